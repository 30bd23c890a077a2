"""Deleting a session or a profile takes everything that belongs to it and leaves a note."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from rehabtimer.core.plans import Excuse
from rehabtimer.storage.audit import AuditRepository
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.storage.db import Database
from rehabtimer.storage.plans import PlanRepository
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.sessions import SessionRepository

from .conftest import JST, Query, StartSession


def add_step(sessions: SessionRepository, session_id: int, step_index: int = 0) -> None:
    sessions.save_step_result(
        session_id,
        step_index=step_index,
        step_id="bend",
        side="",
        planned_s=30.0,
        done_s=30.0,
        planned_reps=None,
        done_reps=None,
        status="completed",
    )


@pytest.fixture
def in_japan(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's local time zone is Japan's (a POSIX rule: no tz database needed)."""
    monkeypatch.setenv("TZ", "JST-9")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_deleted_session_takes_its_step_results_and_is_noted(
    db: Database,
    sessions: SessionRepository,
    start_session: StartSession,
    query: Query,
    in_japan: None,
) -> None:
    gone = start_session(started_at=datetime(2026, 1, 5, 23, 30, tzinfo=JST))
    kept = start_session()
    for session_id in (gone, gone, kept):
        add_step(sessions, session_id, step_index=len(sessions.step_results(session_id)))

    sessions.delete(gone, "entered by mistake")

    assert [s.id for s in sessions.list()] == [kept]
    assert query("SELECT session_id FROM step_results") == [(kept,)]
    [entry] = AuditRepository(db).list()
    assert entry.action == "session_deleted"
    assert entry.detail == {
        "session_id": gone,
        "profile_id": sessions.get(kept).profile_id,
        "routine_id": "knee",
        "started_at": "2026-01-05T23:30:00+09:00",
        "status": "in_progress",
        "active_s": 0.0,
        "reason": "entered by mistake",
    }
    # Noted in the local time of the moment it happened.
    assert abs(entry.at - datetime.now(UTC)) < timedelta(minutes=1)
    assert entry.at.utcoffset() == timedelta(hours=9)


def test_deleting_a_missing_session_changes_nothing(
    db: Database, sessions: SessionRepository, start_session: StartSession
) -> None:
    kept = start_session()
    with pytest.raises(LookupError):
        sessions.delete(kept + 1, None)
    assert [s.id for s in sessions.list()] == [kept]
    assert AuditRepository(db).list() == []


def test_a_deleted_profile_takes_everything_of_its_own(
    db: Database,
    sessions: SessionRepository,
    start_session: StartSession,
    profile_id: int,
    query: Query,
) -> None:
    profiles = ProfileRepository(db)
    plans = PlanRepository(db)
    marks = DayMarkRepository(db)
    other = profiles.add("Grandpa").id
    for owner in (profile_id, other):
        add_step(sessions, start_session(profile_id=owner))
        plans.set(owner, "knee", per_day=2, start_date=date(2026, 1, 1))
        marks.set(owner, date(2026, 1, 2), Excuse.SICK)
    add_step(sessions, start_session(profile_id=other))
    plans.set(other, "hip", per_week=3, start_date=date(2026, 1, 1))
    marks.set(other, date(2026, 1, 3), Excuse.AWAY)

    profiles.delete(other)

    assert [p.id for p in profiles.list()] == [profile_id]
    assert {s.profile_id for s in sessions.list()} == {profile_id}
    assert query("SELECT count(*) FROM step_results") == [(1,)]
    assert query("SELECT profile_id, routine_id FROM plans") == [(profile_id, "knee")]
    assert query("SELECT profile_id FROM day_marks") == [(profile_id,)]
    # The routine snapshots hold no one's data and may serve other profiles.
    assert query("SELECT count(*) FROM routine_snapshots") == [(1,)]
    [entry] = AuditRepository(db).list()
    assert entry.action == "profile_deleted"
    assert entry.detail == {
        "profile_id": other,
        "name": "Grandpa",
        "sessions": 2,
        "plans": 2,
        "day_marks": 2,
    }


def test_deleting_a_missing_profile_changes_nothing(db: Database, profile_id: int) -> None:
    with pytest.raises(LookupError):
        ProfileRepository(db).delete(profile_id + 1)
    assert AuditRepository(db).list() == []


def test_the_audit_log_lists_oldest_first(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    first, second = start_session(), start_session()
    sessions.delete(second, None)
    sessions.delete(first, "duplicate")
    ProfileRepository(db).delete(profile_id)
    entries = AuditRepository(db).list()
    assert [(e.action, e.detail.get("session_id")) for e in entries] == [
        ("session_deleted", second),
        ("session_deleted", first),
        ("profile_deleted", None),
    ]
    assert entries[2].detail["sessions"] == 0
