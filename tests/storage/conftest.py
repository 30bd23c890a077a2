"""Fixtures for storage tests: real SQLite files in the test's own tmp_path."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from rehabtimer.storage.db import Database, open_database
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository

JST = timezone(timedelta(hours=9))
PST = timezone(timedelta(hours=-8))
TITLE = {"ja": "膝の体操", "en": "Knee exercises"}
DEFINITION = {"format": 1, "id": "knee", "title": TITLE, "steps": [{"id": "bend", "hold_s": 30}]}

Query = Callable[..., list[tuple[Any, ...]]]
StartSession = Callable[..., int]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite"


@pytest.fixture
def backups_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def db(db_path: Path, backups_dir: Path) -> Iterator[Database]:
    with open_database(db_path, backups_dir) as database:
        yield database


@pytest.fixture
def query(db_path: Path) -> Query:
    """Plain SQL on a file through sqlite3, bypassing the code under test."""

    def run(sql: str, *params: Any, path: Path = db_path) -> list[tuple[Any, ...]]:
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute(sql, params).fetchall()

    return run


@pytest.fixture
def sessions(db: Database) -> SessionRepository:
    return SessionRepository(db)


@pytest.fixture
def profile_id(db: Database) -> int:
    return ProfileRepository(db).ensure_default().id


@pytest.fixture
def snapshot_id(db: Database) -> int:
    return SnapshotRepository(db).ensure("knee", TITLE, DEFINITION)


@pytest.fixture
def start_session(sessions: SessionRepository, profile_id: int, snapshot_id: int) -> StartSession:
    """Start a session of the knee routine; keywords override the defaults."""

    def start(**overrides: Any) -> int:
        values: dict[str, Any] = {
            "profile_id": profile_id,
            "snapshot_id": snapshot_id,
            "routine_id": "knee",
            "started_at": datetime(2026, 1, 5, 9, 0, tzinfo=JST),
            "planned_s": 600.0,
            "steps_total": 4,
            "pain_before": 3,
        }
        return sessions.start(**(values | overrides))

    return start
