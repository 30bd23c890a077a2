"""Reading the history never takes the write lock: another program writing cannot block it."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from rehabtimer.storage.aggregates import daily_activity
from rehabtimer.storage.audit import AuditRepository
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.storage.db import Database
from rehabtimer.storage.plans import PlanRepository
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.reminders import ReminderRepository
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository
from tests.storage.conftest import JST, StartSession


@pytest.fixture
def finished(start_session: StartSession, sessions: SessionRepository) -> int:
    session_id = start_session()
    sessions.finish(session_id, status="completed",
                    ended_at=datetime(2026, 1, 5, 9, 10, tzinfo=JST), active_s=600.0,
                    paused_s=0.0, steps_done=4, stop_reason=None)
    return session_id


@pytest.fixture
def write_lock(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write transaction on the same file."""
    with closing(sqlite3.connect(db_path, isolation_level=None,
                                 check_same_thread=False)) as other:
        other.execute("BEGIN IMMEDIATE")
        yield other
        if other.in_transaction:
            other.execute("ROLLBACK")


def test_every_read_works_while_another_program_holds_the_write_lock(
    db: Database, finished: int, profile_id: int, snapshot_id: int, write_lock
) -> None:
    sessions = SessionRepository(db)
    started = time.monotonic()
    assert [s.id for s in sessions.list()] == [finished]
    assert [s.id for s in sessions.newest(profile_id, None, None, None, 0, 10)] == [finished]
    assert sessions.count(profile_id, None, None) == 1
    assert sessions.first_day(profile_id) == date(2026, 1, 5)
    assert sessions.get(finished).status == "completed"
    assert sessions.step_results(finished) == []
    assert [p.id for p in ProfileRepository(db).list()] == [profile_id]
    assert ProfileRepository(db).get_by_name("default") is not None
    assert SnapshotRepository(db).definition(snapshot_id)["id"] == "knee"
    assert PlanRepository(db).history(profile_id, "knee") == []
    assert PlanRepository(db).in_force(profile_id, "knee", date(2026, 1, 5)) is None
    days = daily_activity(db, profile_id, date(2026, 1, 1), date(2026, 1, 31))
    assert [d.day for d in days] == [date(2026, 1, 5)]
    assert DayMarkRepository(db).for_range(profile_id, date(2026, 1, 1), date(2026, 1, 31)) == {}
    assert DayMarkRepository(db).get(profile_id, date(2026, 1, 5)) is None
    assert ReminderRepository(db).times(profile_id) == []
    assert ReminderRepository(db).last_check(profile_id) is None
    assert AuditRepository(db).list() == []
    # None of them waited for the lock (the busy timeout is five seconds).
    assert time.monotonic() - started < 2


def test_a_write_still_waits_for_the_lock_to_be_released(
    db: Database, finished: int, write_lock: sqlite3.Connection
) -> None:
    release = threading.Timer(0.5, write_lock.execute, ["COMMIT"])
    started = time.monotonic()
    release.start()
    try:
        SessionRepository(db).set_feedback(finished, pain_after=1, effort=2, note="later")
    finally:
        release.join()
    assert time.monotonic() - started >= 0.5
    assert SessionRepository(db).get(finished).note == "later"


def test_a_read_sees_the_last_committed_state_not_the_other_program_s_pending_write(
    db: Database, finished: int, write_lock: sqlite3.Connection
) -> None:
    write_lock.execute("DELETE FROM step_results")
    write_lock.execute("DELETE FROM sessions")
    assert [s.id for s in SessionRepository(db).list()] == [finished]
    write_lock.execute("COMMIT")
    assert SessionRepository(db).list() == []
