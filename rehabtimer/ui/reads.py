"""What the presenters read, as small protocols: each presenter names the reads it makes,
and any object that has them serves — the app's AppContext, or a test's own object. The
screens never open the history themselves, nor see more of it than these reads."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from rehabtimer.core.activity import DayActivity
from rehabtimer.core.library import Library
from rehabtimer.core.month_sums import LongActivity
from rehabtimer.core.pain import SessionPoint
from rehabtimer.core.plans import Excuse
from rehabtimer.settings import Settings
from rehabtimer.storage.day_marks import DayMark
from rehabtimer.storage.plans import PlanRecord
from rehabtimer.storage.profiles import ProfileInfo
from rehabtimer.storage.session_points import DayCount
from rehabtimer.storage.session_records import SessionProblem, SessionRecord


class SessionReads(Protocol):
    def list(self, profile_id: int | None = None, since: date | None = None,
             until: date | None = None, routine_id: str | None = None
             ) -> Sequence[SessionRecord]: ...

    def problems(self, profile_id: int | None = None, since: date | None = None,
                 until: date | None = None, routine_id: str | None = None
                 ) -> Sequence[SessionProblem]: ...

    def newest(self, profile_id: int, since: date | None, until: date | None,
               routine_id: str | None, offset: int, limit: int) -> Sequence[SessionRecord]: ...

    def count(self, profile_id: int, since: date | None, until: date | None,
              routine_id: str | None = None) -> int: ...

    def first_day(self, profile_id: int) -> date | None: ...


class PlanReads(Protocol):
    def in_force(self, profile_id: int, routine_id: str, day: date) -> PlanRecord | None: ...

    def history(self, profile_id: int, routine_id: str) -> Sequence[PlanRecord]: ...


class DayMarkReads(Protocol):
    def get(self, profile_id: int, day: date) -> DayMark | None: ...

    def for_range(self, profile_id: int, start: date, end: date) -> dict[date, Excuse]: ...


class ProfileReads(Protocol):
    def list(self) -> Sequence[ProfileInfo]: ...


class TodayReads(Protocol):
    """What today's progress reads: the plan in force, the sessions, a rest day."""

    @property
    def profile(self) -> ProfileInfo: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def library(self) -> Library: ...
    @property
    def sessions(self) -> SessionReads: ...
    @property
    def plans(self) -> PlanReads: ...
    @property
    def day_marks(self) -> DayMarkReads: ...


class HistoryReads(TodayReads, Protocol):
    """What the history screen and the report read, in the patient's language."""

    @property
    def lang(self) -> str: ...
    @property
    def profiles(self) -> ProfileReads: ...

    def activity(self, profile_id: int, start: date, end: date,
                 routine_id: str | None = None) -> list[DayActivity]: ...

    def month_activity(self, profile_id: int, start: date, end: date,
                       routine_id: str | None = None) -> LongActivity: ...

    def session_points(self, profile_id: int, start: date, end: date,
                       routine_id: str | None = None) -> list[SessionPoint]: ...

    def day_counts(self, profile_id: int, start: date, end: date,
                   routine_id: str | None = None) -> list[DayCount]: ...
