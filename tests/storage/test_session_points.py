"""Each finished session's scores, as entered, at the local time it started."""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from rehabtimer.core.pain import SCORES
from rehabtimer.storage.aggregates import month_activity
from rehabtimer.storage.db import Database
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.session_points import month_scores, session_points
from rehabtimer.storage.session_records import SessionRecord
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository

from .conftest import DEFINITION, JST, PST, TITLE, StartSession
from .test_aggregates import NEAR_MIDNIGHT, OFFSETS, SCORE, new_database


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


def test_the_window_is_read_through_the_local_day_index(db: Database, profile_id: int) -> None:
    statements: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", remember)
    session_points(db, profile_id, date(2026, 1, 1), date(2026, 3, 31))
    month_scores(db, profile_id, date(2016, 1, 1), date(2026, 3, 31))
    reads = [(sql, params) for sql, params in statements if "sessions" in sql]
    # Ten years of months in one read, not one per score.
    assert len(reads) == 2
    with db.engine.connect() as conn:
        for sql, params in reads:
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
            details = " ".join(row[-1] for row in plan)
            assert "ix_sessions_daily_sums (profile_id=? AND local_day>? AND local_day<?)" in (
                details), details


# --- Random histories over a few months --------------------------------------------------


def _started(day: int, minute: int, offset: int) -> datetime:
    local = timezone(timedelta(minutes=offset))
    return datetime.combine(date(2026, 1, 1) + timedelta(days=day), datetime.min.time(),
                            local) + timedelta(minutes=minute)


history = st.lists(
    st.tuples(
        st.builds(_started, st.integers(0, 95), NEAR_MIDNIGHT, st.sampled_from(OFFSETS)),
        st.sampled_from(["completed", "stopped", "interrupted", "in_progress"]),
        st.sampled_from([None, "pain", "tired"]),
        st.integers(0, 3),  # steps done of 3
        st.sampled_from([0.0, 30.0]),  # active seconds
        SCORE, SCORE, SCORE,
        st.sampled_from(["knee", "hip"]),
    ),
    max_size=25,
)


def _record(db: Database, planned: list[Any]) -> tuple[int, list[SessionRecord]]:
    profile_id = ProfileRepository(db).ensure_default().id
    snapshot_id = SnapshotRepository(db).ensure("knee", TITLE, DEFINITION)
    sessions = SessionRepository(db)
    for started, status, reason, steps, active_s, before, after, effort, routine in planned:
        session_id = sessions.start(profile_id=profile_id, snapshot_id=snapshot_id,
                                    routine_id=routine, started_at=started, planned_s=60.0,
                                    steps_total=3, pain_before=before)
        if status != "in_progress":
            sessions.finish(session_id, status=status, ended_at=started, active_s=active_s,
                            paused_s=0.0, steps_done=steps, stop_reason=reason)
        sessions.set_feedback(session_id, pain_after=after, effort=effort, note=None)
    return profile_id, sessions.list(profile_id=profile_id)


def _finished(records: list[SessionRecord], start: date, end: date,
              routine_id: str | None) -> list[SessionRecord]:
    return [r for r in records if r.status != "in_progress"
            and start <= r.started_at.date() <= end and routine_id in (None, r.routine_id)]


WINDOW = {"first": st.integers(-3, 100), "days": st.integers(0, 100),
          "routine_id": st.sampled_from([None, "knee"])}


@settings(max_examples=30, deadline=None)
@given(planned=history, **WINDOW)
def test_the_points_are_the_values_entered_in_the_window(
    planned: list[Any], first: int, days: int, routine_id: str | None
) -> None:
    start = date(2026, 1, 1) + timedelta(days=first)
    end = start + timedelta(days=days)
    with new_database() as db:
        profile_id, records = _record(db, planned)
        points = session_points(db, profile_id, start, end, routine_id)
    expected = sorted(_finished(records, start, end, routine_id),
                      key=lambda r: (r.started_at.replace(tzinfo=None), r.id))
    assert [(p.started, p.pain_before, p.pain_after, p.effort, p.stopped_for_pain, p.complete,
             p.active) for p in points] == [
        (r.started_at.replace(tzinfo=None, microsecond=0), r.pain_before, r.pain_after,
         r.effort, r.stop_reason == "pain", r.complete, r.active_s > 0) for r in expected]


@settings(max_examples=30, deadline=None)
@given(planned=history, **WINDOW)
def test_each_month_counts_every_value_entered_in_it(
    planned: list[Any], first: int, days: int, routine_id: str | None
) -> None:
    start = date(2026, 1, 1) + timedelta(days=first)
    end = start + timedelta(days=days)
    with new_database() as db:
        profile_id, records = _record(db, planned)
        found = month_scores(db, profile_id, start, end, routine_id)
    months: dict[date, list[SessionRecord]] = {}
    for r in _finished(records, start, end, routine_id):
        months.setdefault(r.started_at.date().replace(day=1), []).append(r)

    def histogram(values: list[int | None]) -> tuple[int, ...]:
        counted = Counter(values)
        return tuple(counted[score] for score in SCORES)

    assert [m.month for m in found] == sorted(months)
    for m in found:
        rs = months[m.month]
        assert m.pain_before == histogram([r.pain_before for r in rs])
        assert m.pain_after == histogram([r.pain_after for r in rs])
        assert m.effort == histogram([r.effort for r in rs])
        assert m.stopped_for_pain == sum(r.stop_reason == "pain" for r in rs)
        assert m.complete == sum(r.complete for r in rs)
        assert m.in_part == sum(not r.complete and r.active_s > 0 for r in rs)


@settings(max_examples=30, deadline=None)
@given(planned=history, **WINDOW)
def test_the_month_sums_count_the_scores_and_ends_as_month_scores_does(
    planned: list[Any], first: int, days: int, routine_id: str | None
) -> None:
    # Years are read once, as month sums: their months stand in for month_scores().
    start = date(2026, 1, 1) + timedelta(days=first)
    end = start + timedelta(days=days)
    with new_database() as db:
        profile_id, _ = _record(db, planned)
        expected = month_scores(db, profile_id, start, end, routine_id)
        found = [m.scores for m in month_activity(db, profile_id, start, end, routine_id).months]
    assert found == expected
