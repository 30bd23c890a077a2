"""What the screens need from the rest of the app, gathered in one place by app.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rehabtimer.core.activity import DayActivity
from rehabtimer.core.clock import Clock
from rehabtimer.core.library import Library
from rehabtimer.core.month_sums import LongActivity
from rehabtimer.core.pain import SessionPoint
from rehabtimer.settings import Settings
from rehabtimer.storage.aggregates import daily_activity, month_activity
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.storage.db import Database
from rehabtimer.storage.plans import PlanRepository
from rehabtimer.storage.profiles import ProfileInfo, ProfileRepository
from rehabtimer.storage.session_points import DayCount, day_counts, session_points
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository


@dataclass
class AppContext:
    clock: Clock
    lang: str
    library: Library
    profile: ProfileInfo
    profiles: ProfileRepository
    sessions: SessionRepository
    snapshots: SnapshotRepository
    plans: PlanRepository
    day_marks: DayMarkRepository
    database: Database
    settings: Settings
    data_dir: Path
    """The data folder; nothing chosen in a save dialog is written inside it."""
    settings_path: Path
    routines_dir: Path
    """The user's own routines; built-in ones are elsewhere and never written."""
    backups_dir: Path
    problems: tuple[str, ...] = ()
    """Things the user should hear about once, at start-up."""

    def use_database(self, database: Database) -> None:
        """Switch to another history file (a restored backup, a fresh start); the old one
        must be closed by the caller. The profile of the same name is kept, if there is one."""
        self.database = database
        self.profiles = ProfileRepository(database)
        self.sessions = SessionRepository(database)
        self.snapshots = SnapshotRepository(database)
        self.plans = PlanRepository(database)
        self.day_marks = DayMarkRepository(database)
        default = self.profiles.ensure_default()
        self.profile = self.profiles.get_by_name(self.profile.name) or default

    def activity(self, profile_id: int, start: date, end: date,
                 routine_id: str | None = None) -> list[DayActivity]:
        """Finished sessions per local day and routine (storage/aggregates.py)."""
        return daily_activity(self.database, profile_id, start, end, routine_id)

    def month_activity(self, profile_id: int, start: date, end: date,
                       routine_id: str | None = None) -> LongActivity:
        """Years of finished sessions as month sums and daily credits (storage/aggregates.py)."""
        return month_activity(self.database, profile_id, start, end, routine_id)

    def session_points(self, profile_id: int, start: date, end: date,
                       routine_id: str | None = None) -> list[SessionPoint]:
        """Each finished session's scores at its local time (storage/session_points.py)."""
        return session_points(self.database, profile_id, start, end, routine_id)

    def day_counts(self, profile_id: int, start: date, end: date,
                   routine_id: str | None = None) -> list[DayCount]:
        """Each day's sessions per routine, done in full and in part
        (storage/session_points.py)."""
        return day_counts(self.database, profile_id, start, end, routine_id)
