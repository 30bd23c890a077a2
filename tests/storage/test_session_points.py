"""Each finished session's scores, as entered, at the local time it started."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta

from rehabtimer.storage.db import Database
from rehabtimer.storage.session_points import session_points
from rehabtimer.storage.sessions import SessionRepository

from .conftest import JST, PST, StartSession


def test_every_score_at_its_local_time_with_pain_stops_and_whole_sessions(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int,
) -> None:
    late = datetime(2026, 1, 5, 23, 30, tzinfo=PST)  # 6 January in UTC, 5th where it was
    stopped = start_session(started_at=late, pain_before=3)
    sessions.finish(stopped, status="stopped", ended_at=late + timedelta(minutes=5),
                    active_s=120.0, paused_s=0.0, steps_done=0, stop_reason="pain")
    sessions.set_feedback(stopped, pain_after=7, effort=None, note=None)
    morning = datetime(2026, 1, 6, 8, 15, tzinfo=JST)
    done = start_session(started_at=morning, pain_before=None)
    sessions.finish(done, status="completed", ended_at=morning + timedelta(minutes=10),
                    active_s=600.0, paused_s=0.0, steps_done=4, stop_reason=None)
    sessions.set_feedback(done, pain_after=2, effort=6, note=None)
    start_session(started_at=morning)  # still in progress: not yet a point
    other = start_session(started_at=morning, routine_id="hip")
    sessions.finish(other, status="interrupted", ended_at=morning, active_s=0.0, paused_s=0.0,
                    steps_done=0, stop_reason=None)

    # In the order of the patient's clock: the evening in California before the morning
    # in Japan, though in UTC the morning came first.
    points = session_points(db, profile_id, date(2026, 1, 5), date(2026, 1, 6))
    assert [(p.started, p.pain_before, p.pain_after, p.effort) for p in points] == [
        (datetime(2026, 1, 5, 23, 30), 3, 7, None),
        (datetime(2026, 1, 6, 8, 15), None, 2, 6),
        (datetime(2026, 1, 6, 8, 15), 3, None, None),
    ]
    assert [(p.stopped_for_pain, p.complete, p.active) for p in points] == [
        (True, False, True), (False, True, True), (False, False, False)]
    assert session_points(db, profile_id, date(2026, 1, 6), date(2026, 1, 6), "knee") == [
        points[1]]
    # A row edited by hand is left out, not a failure of the whole read.
    with closing(sqlite3.connect(db.path)) as conn:
        conn.execute("UPDATE sessions SET active_s = 'a lot' WHERE id = ?", (done,))
        conn.commit()
    assert len(session_points(db, profile_id, date(2026, 1, 5), date(2026, 1, 6))) == 2
