"""Daily activity summed by SQLite agrees with sums over the sessions in Python."""

from __future__ import annotations

import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from rehabtimer.core.activity import DayActivity
from rehabtimer.storage.aggregates import daily_activity
from rehabtimer.storage.db import Database, open_database
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.session_records import SessionRecord
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository

from .conftest import DEFINITION, JST, PST, TITLE, StartSession

JAN1 = date(2026, 1, 1)


def finish(sessions: SessionRepository, session_id: int, status: Any, active_s: float,
           steps_done: int = 0) -> None:
    sessions.finish(
        session_id,
        status=status,
        ended_at=datetime(2026, 2, 1, tzinfo=JST),
        active_s=active_s,
        paused_s=0.0,
        steps_done=steps_done,
        stop_reason=None,
    )


def test_credit_counts_completed_sessions_and_shares_of_the_others(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    monday = datetime(2026, 1, 5, 9, 0, tzinfo=JST)
    done = [
        ("completed", 100.0, 600.0, 2),
        ("stopped", 300.0, 600.0, 5),  # half of the planned time: 0.5
        ("interrupted", 900.0, 600.0, None),  # more than planned still earns one at most
        ("stopped", 50.0, 0.0, 4),  # nothing planned: nothing to earn
    ]
    for status, active_s, planned_s, pain in done:
        session_id = start_session(started_at=monday, planned_s=planned_s, pain_before=pain)
        finish(sessions, session_id, status, active_s, 4 if status == "completed" else 0)
    start_session(started_at=monday)  # in progress: not counted yet
    hip = start_session(started_at=monday, routine_id="hip", pain_before=None)
    finish(sessions, hip, "completed", 60.0, steps_done=4)
    sessions.set_feedback(hip, pain_after=1, effort=6, note=None)
    tuesday = monday + timedelta(days=1)
    finish(sessions, start_session(started_at=tuesday, planned_s=0.0), "stopped", 30.0)

    assert daily_activity(db, profile_id, monday.date(), monday.date()) == [
        DayActivity(monday.date(), "hip", 1, 1.0, 60.0, (), (1,), (6,)),
        DayActivity(monday.date(), "knee", 4, 2.5, 1350.0, (2, 4, 5), (), ()),
    ]
    assert daily_activity(db, profile_id, tuesday.date(), tuesday.date()) == [
        DayActivity(tuesday.date(), "knee", 1, 0.0, 30.0, (3,), (), ()),
    ]
    assert daily_activity(db, profile_id, monday.date(), monday.date(), routine_id="hip") == [
        DayActivity(monday.date(), "hip", 1, 1.0, 60.0, (), (1,), (6,)),
    ]


def test_sessions_count_on_the_local_day_they_started(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    # 23:30 in Japan is 14:30 UTC the same day; 20:00 in California is 04:00 UTC the next.
    for pain, when in (
        (1, datetime(2026, 1, 5, 23, 30, tzinfo=JST)),
        (2, datetime(2026, 1, 6, 0, 30, tzinfo=JST)),
        (3, datetime(2026, 1, 5, 20, 0, tzinfo=PST)),
    ):
        finish(sessions, start_session(started_at=when, pain_before=pain), "completed", 600.0,
               steps_done=4)

    found = daily_activity(db, profile_id, date(2026, 1, 4), date(2026, 1, 7))
    assert [(a.day, a.pain_before) for a in found] == [
        (date(2026, 1, 5), (1, 3)),
        (date(2026, 1, 6), (2,)),
    ]
    [jan6] = daily_activity(db, profile_id, date(2026, 1, 6), date(2026, 1, 6))
    assert jan6.pain_before == (2,)


def test_the_query_reads_the_index_alone(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    statements: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        if "GROUP BY" in sql:
            statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", remember)
    daily_activity(db, profile_id, JAN1, date(2026, 12, 31))
    [(sql, params)] = statements
    with db.engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    details = " ".join(row[-1] for row in plan)
    assert "USING COVERING INDEX ix_sessions_daily_sums (profile_id=? AND local_day>?" in details
    # Rows come in the order they are grouped in: no sorting.
    assert "TEMP B-TREE" not in details


def test_more_sessions_of_one_score_in_a_day_than_the_packed_sums_hold(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    monday = datetime(2026, 1, 5, 9, 0, tzinfo=JST)
    for n in range(40):
        session_id = start_session(started_at=monday + timedelta(minutes=n), pain_before=10)
        finish(sessions, session_id, "completed", 600.0, steps_done=4)
        sessions.set_feedback(session_id, pain_after=n % 2, effort=None, note=None)

    [day] = daily_activity(db, profile_id, monday.date(), monday.date())
    assert day.sessions == 40
    assert day.pain_before == (10,) * 40
    assert day.pain_after == (0,) * 20 + (1,) * 20
    assert day.effort == ()


def test_a_start_edited_by_hand_moves_the_session_to_its_new_day(
    db_path: Path, db: Database, sessions: SessionRepository, start_session: StartSession,
    profile_id: int,
) -> None:
    finish(sessions, start_session(started_at=datetime(2026, 1, 5, 9, 0, tzinfo=JST)),
           "completed", 600.0, steps_done=4)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE sessions SET started_at = '2026-01-06 20:00:00.000000'")

    found = daily_activity(db, profile_id, date(2026, 1, 4), date(2026, 1, 8))
    assert [a.day for a in found] == [date(2026, 1, 7)]  # 05:00 the next morning in Japan


# --- Random histories ----------------------------------------------------------------------

OFFSETS = [9 * 60, -8 * 60, 0, 5 * 60 + 45, 14 * 60, -12 * 60]
NEAR_MIDNIGHT = st.one_of(st.sampled_from([0, 1, 30, 1410, 1438, 1439]), st.integers(0, 1439))
SCORE = st.one_of(st.none(), st.integers(0, 10))


class Planned(NamedTuple):
    profile: int
    routine_id: str
    started_at: datetime
    status: str
    planned_s: float
    active_s: float
    pain_before: int | None
    pain_after: int | None
    effort: int | None


planned_sessions = st.builds(
    Planned,
    profile=st.integers(0, 1),
    routine_id=st.sampled_from(["knee", "hip"]),
    started_at=st.builds(
        lambda day, minute, offset: (
            datetime.combine(
                JAN1 + timedelta(days=day), datetime.min.time(), timezone(timedelta(minutes=offset))
            )
            + timedelta(minutes=minute)
        ),
        st.integers(0, 4),
        NEAR_MIDNIGHT,
        st.sampled_from(OFFSETS),
    ),
    status=st.sampled_from(["completed", "stopped", "interrupted", "in_progress"]),
    planned_s=st.sampled_from([0.0, 90.5, 600.0]),
    active_s=st.floats(0, 1200),
    pain_before=SCORE,
    pain_after=SCORE,
    effort=SCORE,
)


@contextmanager
def new_database() -> Iterator[Database]:
    """A database of its own for each example (function-scoped fixtures are shared)."""
    with (
        tempfile.TemporaryDirectory() as folder,
        open_database(Path(folder) / "history.sqlite", Path(folder) / "backups") as db,
    ):
        yield db


def record(db: Database, planned: list[Planned]) -> list[int]:
    profiles = ProfileRepository(db)
    profile_ids = [profiles.ensure_default().id, profiles.add("Grandpa").id]
    snapshot_id = SnapshotRepository(db).ensure("knee", TITLE, DEFINITION)
    sessions = SessionRepository(db)
    for p in planned:
        session_id = sessions.start(
            profile_id=profile_ids[p.profile],
            snapshot_id=snapshot_id,
            routine_id=p.routine_id,
            started_at=p.started_at,
            planned_s=p.planned_s,
            steps_total=3,
            pain_before=p.pain_before,
        )
        if p.status == "in_progress":
            sessions.update_progress(
                session_id, active_s=p.active_s, paused_s=0.0, steps_done=0, current_step=0
            )
        else:
            # Completed ones did every step, or (odd active times) skipped one: done in part.
            steps = 3 if p.status == "completed" and int(p.active_s) % 2 == 0 else 0
            finish(sessions, session_id, p.status, p.active_s, steps)
        sessions.set_feedback(session_id, pain_after=p.pain_after, effort=p.effort, note=None)
    return profile_ids


def reference(
    records: list[SessionRecord], start: date, end: date, routine_id: str | None
) -> dict[tuple[date, str], tuple[Any, ...]]:
    """The same sums in Python, from every session of the profile."""
    groups: defaultdict[tuple[date, str], list[SessionRecord]] = defaultdict(list)
    for r in records:
        day = r.started_at.date()  # in the offset the session started in
        if start <= day <= end and r.status != "in_progress" and routine_id in (None, r.routine_id):
            groups[day, r.routine_id].append(r)

    def credit(r: SessionRecord) -> float:
        if r.complete:
            return 1.0
        return min(1.0, r.active_s / r.planned_s) if r.planned_s > 0 else 0.0

    def scores(values: list[int | None]) -> tuple[int, ...]:
        return tuple(sorted(v for v in values if v is not None))

    return {
        key: (
            len(rs),
            sum(credit(r) for r in rs),
            sum(r.active_s for r in rs),
            scores([r.pain_before for r in rs]),
            scores([r.pain_after for r in rs]),
            scores([r.effort for r in rs]),
        )
        for key, rs in groups.items()
    }


@settings(max_examples=30, deadline=None)
@given(
    planned=st.lists(planned_sessions, max_size=12),
    first=st.integers(-1, 5),
    days=st.integers(0, 5),
    routine_id=st.sampled_from([None, "knee"]),
)
def test_sqlite_sums_match_python_on_random_histories(
    planned: list[Planned], first: int, days: int, routine_id: str | None
) -> None:
    start = JAN1 + timedelta(days=first)
    end = start + timedelta(days=days)
    with new_database() as db:
        profile_id = record(db, planned)[0]
        found = daily_activity(db, profile_id, start, end, routine_id)
        records = SessionRepository(db).list(profile_id=profile_id)

    expected = reference(records, start, end, routine_id)
    assert [(a.day, a.routine_id) for a in found] == sorted(expected)
    for a in found:
        sessions, credit, active_s, *scores = expected[a.day, a.routine_id]
        assert a.sessions == sessions
        assert a.credit == pytest.approx(credit)
        assert a.active_s == pytest.approx(active_s)
        assert [a.pain_before, a.pain_after, a.effort] == scores


@pytest.mark.parametrize("offset", [JST, PST])
def test_the_last_instant_of_a_local_day_stays_on_it(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int,
    offset: timezone,
) -> None:
    # A microsecond before local midnight: rounding to the second would move it a day on.
    last = datetime(2026, 1, 5, 23, 59, 59, 999_999, tzinfo=offset)
    for pain, when in ((1, last), (2, last + timedelta(microseconds=1))):
        finish(sessions, start_session(started_at=when, pain_before=pain), "completed", 600.0,
               steps_done=4)

    found = daily_activity(db, profile_id, date(2026, 1, 4), date(2026, 1, 7))
    assert [(a.day, a.pain_before) for a in found] == [
        (date(2026, 1, 5), (1,)),
        (date(2026, 1, 6), (2,)),
    ]
    assert [a.day for a in daily_activity(db, profile_id, date(2026, 1, 6), date(2026, 1, 6))] == [
        date(2026, 1, 6)
    ]
