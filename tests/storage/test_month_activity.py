"""Years read as month sums: they equal the sums of the day records of the same sessions."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from rehabtimer.core.month_sums import LongActivity, MonthActivity
from rehabtimer.storage.aggregates import daily_activity, month_activity, months_of
from rehabtimer.storage.db import Database
from rehabtimer.storage.session_points import month_scores
from rehabtimer.storage.sessions import SessionRepository

from .conftest import JST, PST, StartSession
from .test_aggregates import SCORE, Planned, finish, new_database, record

# Offsets of Japan, California in winter and in summer, India, Kiribati and Baker Island:
# a patient who travels or lives through a change of clock moves between them.
OFFSETS = [9 * 60, -8 * 60, -7 * 60, 5 * 60 + 30, 14 * 60, -12 * 60]
FIRST = date(2026, 1, 20)


def day_sums(db: Database, profile_id: int, start: date, end: date,
             routine_id: str | None = None) -> LongActivity:
    """The month sums of the day records, with how the sessions ended from month_scores()."""
    return months_of(daily_activity(db, profile_id, start, end, routine_id), ends={
        m.month: (m.stopped_for_pain, m.complete, m.in_part)
        for m in month_scores(db, profile_id, start, end, routine_id)})


def assert_same(found: LongActivity, expected: LongActivity) -> None:
    def exact(m: MonthActivity) -> tuple[Any, ...]:
        return (m.scores, m.sessions)

    assert [exact(m) for m in found.months] == [exact(m) for m in expected.months]
    assert [m.active_s for m in found.months] == pytest.approx(
        [m.active_s for m in expected.months])
    # The same sum of the same sessions in the same order: equal, not only close.
    assert found.credit == expected.credit


sessions_over_months = st.builds(
    Planned,
    profile=st.integers(0, 1),
    routine_id=st.sampled_from(["knee", "hip", "back"]),
    started_at=st.builds(
        lambda day, minute, offset: (
            datetime.combine(FIRST + timedelta(days=day), datetime.min.time(),
                             timezone(timedelta(minutes=offset)))
            + timedelta(minutes=minute)
        ),
        # Around the ends of January, February and March.
        st.one_of(st.sampled_from([10, 11, 38, 39, 40, 70, 71]), st.integers(0, 75)),
        st.one_of(st.sampled_from([0, 1, 1438, 1439]), st.integers(0, 1439)),
        st.sampled_from(OFFSETS),
    ),
    status=st.sampled_from(["completed", "stopped", "interrupted", "in_progress"]),
    planned_s=st.sampled_from([0.0, 90.5, 600.0]),
    active_s=st.floats(0, 1200),
    pain_before=SCORE,
    pain_after=SCORE,
    effort=SCORE,
)


@settings(max_examples=40, deadline=None)
@given(
    planned=st.lists(sessions_over_months, max_size=25),
    first=st.integers(-2, 40),
    days=st.integers(0, 70),
    routine_id=st.sampled_from([None, "knee"]),
)
def test_month_sums_equal_the_sums_of_the_day_records_on_random_histories(
    planned: list[Planned], first: int, days: int, routine_id: str | None
) -> None:
    # Completed sessions with a step skipped (odd active times, see record()) are done in
    # part; stopped and interrupted ones earn their share; those in progress nothing yet.
    start = FIRST + timedelta(days=first)
    end = start + timedelta(days=days)
    with new_database() as db:
        profile_id = record(db, planned)[0]
        found = month_activity(db, profile_id, start, end, routine_id)
        expected = day_sums(db, profile_id, start, end, routine_id)
    assert_same(found, expected)


def test_a_session_late_in_the_evening_counts_in_the_month_of_its_local_day(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    # 23:30 on 31 January in California is already 1 February in UTC (and in Japan).
    for when, pain in ((datetime(2026, 1, 31, 23, 30, tzinfo=PST), 3),
                       (datetime(2026, 2, 1, 0, 30, tzinfo=JST), 5)):
        finish(sessions, start_session(started_at=when, pain_before=pain), "completed", 600.0,
               steps_done=4)

    found = month_activity(db, profile_id, date(2026, 1, 1), date(2026, 2, 28))
    january, february = found.months
    assert (january.scores.month, january.sessions, january.scores.pain_before[3]) == (
        date(2026, 1, 1), 1, 1)
    assert (february.scores.month, february.sessions, february.scores.pain_before[5]) == (
        date(2026, 2, 1), 1, 1)
    assert found.credit == {"knee": {date(2026, 1, 31).toordinal(): 1.0,
                                     date(2026, 2, 1).toordinal(): 1.0}}


def test_more_sessions_in_a_day_than_the_packed_counts_hold(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    monday = datetime(2026, 1, 5, 9, 0, tzinfo=JST)
    for n in range(40):
        session_id = start_session(started_at=monday + timedelta(minutes=n), pain_before=10,
                                   routine_id=("knee", "hip")[n % 2])
        finish(sessions, session_id, "completed", 600.0, steps_done=4)
    finish(sessions, start_session(started_at=monday + timedelta(days=1), pain_before=2),
           "stopped", 150.0)

    found = month_activity(db, profile_id, date(2026, 1, 1), date(2026, 1, 31))
    [january] = found.months
    assert january.sessions == 41
    assert january.scores.pain_before == (0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 40)
    assert found == day_sums(db, profile_id, date(2026, 1, 1), date(2026, 1, 31))


def test_a_day_edited_by_hand_counts_nowhere_as_in_the_day_records(
    db_path: Path, db: Database, sessions: SessionRepository, start_session: StartSession,
    profile_id: int,
) -> None:
    for day in (5, 6):
        finish(sessions, start_session(started_at=datetime(2026, 1, day, 9, tzinfo=JST)),
               "completed", 600.0, steps_done=4)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        # Not a day the triggers write: the column itself set by hand.
        conn.execute("UPDATE sessions SET local_day = local_day + 0.5 WHERE id = 1")

    found = month_activity(db, profile_id, date(2026, 1, 1), date(2026, 1, 31))
    # Nor among the complete sessions, which month_scores() counts by the day's range.
    assert [(m.sessions, m.scores.complete) for m in found.months] == [(1, 1)]
    assert found == months_of(daily_activity(db, profile_id, date(2026, 1, 1),
                                             date(2026, 1, 31)),
                              ends={date(2026, 1, 1): (0, 1, 0)})


def test_years_are_read_from_the_index_in_a_deferred_transaction(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    finish(sessions, start_session(started_at=datetime(2026, 1, 5, 9, tzinfo=JST)),
           "completed", 600.0, steps_done=4)
    statements: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", remember)
    month_activity(db, profile_id, date(2016, 1, 1), date(2026, 12, 31))
    event.remove(db.engine, "before_cursor_execute", remember)
    assert [sql for sql, _ in statements if sql.startswith("BEGIN")] == ["BEGIN"]
    with db.engine.connect() as conn:
        for sql, params in statements:
            if sql.startswith("SELECT") or sql.startswith("WITH"):
                plan = " ".join(row[-1] for row in conn.exec_driver_sql(
                    f"EXPLAIN QUERY PLAN {sql}", params).all())
                # From the index alone, on the window: no session row is read.
                assert ("COVERING INDEX ix_sessions_daily_sums (profile_id=? AND "
                        "local_day>? AND local_day<?)") in plan
                assert "SCAN sessions" not in plan
