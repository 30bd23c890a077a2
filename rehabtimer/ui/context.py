"""What the screens need from the rest of the app, gathered in one place by app.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rehabtimer.core.clock import Clock
from rehabtimer.core.library import Library
from rehabtimer.settings import Settings
from rehabtimer.storage.db import Database
from rehabtimer.storage.repositories import (
    PlanRepository,
    ProfileInfo,
    ProfileRepository,
    SessionRepository,
    SnapshotRepository,
)


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
    database: Database
    settings: Settings
    settings_path: Path
    problems: tuple[str, ...] = ()
    """Things the user should hear about once, at start-up."""
