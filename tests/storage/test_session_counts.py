"""count() and problems() answer through the local day the triggers keep, as the checks in
SQL over every row did."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, func, select

from rehabtimer.storage.db import Database
from rehabtimer.storage.models import SessionRow, SnapshotRow
from rehabtimer.storage.session_records import SessionProblem
from rehabtimer.storage.session_rows import FAILED, READABLE, chosen, read_session, sessions_query
from rehabtimer.storage.sessions import SessionRepository

from .test_aggregates import JAN1, Planned, new_database, planned_sessions, record

# Hand edits as someone with the sqlite3 tool makes them; the triggers see each one.
EDITS = [
    ("started_at", "garbage"),
    ("started_at", "2026-01-03 25:00:00.000000"),
    ("started_at", 20260103),
    ("ended_at", "yesterday"),
    ("utc_offset_min", 1440),
    ("active_s", "a lot"),
    ("pain_before", 5.5),
    ("routine_id", b"knee"),
    ("note", b"\x00\xff"),
    ("snapshot_id", 999),  # a snapshot that is gone
    ("snapshot_id", -1),  # stands for the snapshot whose title was edited
]


def old_count(db: Database, profile_id: int, since: date | None, until: date | None,
              routine_id: str | None) -> int:
    """count() before the local day: every row checked in SQL."""
    query = (
        select(func.count())
        .select_from(SessionRow)
        .outerjoin(SnapshotRow, SessionRow.snapshot_id == SnapshotRow.id)
        .where(*chosen(profile_id, since, until, routine_id), READABLE)
    )
    with db.reading() as s:
        return s.scalar(query) or 0


def old_problems(db: Database, profile_id: int | None, since: date | None, until: date | None,
                 routine_id: str | None) -> list[SessionProblem]:
    query = sessions_query(
        *chosen(profile_id, since, until, routine_id, undated=True), FAILED.is_not(None),
        checked=True)
    with db.reading() as s:
        found = s.execute(query.order_by(SessionRow.started_at, SessionRow.id))
        return [p for p in map(read_session, found) if isinstance(p, SessionProblem)]


def spoil(db: Database, edits: list[tuple[int, int]]) -> None:
    with closing(sqlite3.connect(db.path)) as conn:
        broken = conn.execute(
            "INSERT INTO routine_snapshots (routine_id, title_json, definition_json, "
            "content_hash, created_at) SELECT routine_id, '{\"en\": 1}', definition_json, "
            "printf('%064d', 1), created_at FROM routine_snapshots LIMIT 1 RETURNING id"
        ).fetchone()[0]
        ids = [row[0] for row in conn.execute("SELECT id FROM sessions ORDER BY id")]
        for which, edit in edits:
            if ids:
                column, value = EDITS[edit]
                conn.execute(f"UPDATE sessions SET {column} = ? WHERE id = ?",
                             (broken if value == -1 else value, ids[which % len(ids)]))
        conn.commit()


@settings(max_examples=40, deadline=None)
@given(
    planned=st.lists(planned_sessions, max_size=12),
    edits=st.lists(st.tuples(st.integers(0, 20), st.integers(0, len(EDITS) - 1)), max_size=4),
    first=st.one_of(st.none(), st.integers(-1, 5)),
    days=st.one_of(st.none(), st.integers(0, 5)),
    routine_id=st.sampled_from([None, "knee"]),
)
def test_count_and_problems_match_the_checks_over_every_row(
    planned: list[Planned], edits: list[tuple[int, int]], first: int | None, days: int | None,
    routine_id: str | None,
) -> None:
    since = None if first is None else JAN1 + timedelta(days=first)
    until = None if days is None else (since or JAN1) + timedelta(days=days)
    with new_database() as db:
        profile_id = record(db, planned)[0]
        spoil(db, edits)
        sessions = SessionRepository(db)
        assert sessions.count(profile_id, since, until, routine_id) == old_count(
            db, profile_id, since, until, routine_id)
        for owner in (profile_id, None):
            assert sessions.problems(owner, since, until, routine_id) == old_problems(
                db, owner, since, until, routine_id)


def plans(db: Database, call: Any) -> str:
    statements: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    with db.engine.connect() as conn:
        return " | ".join(row[-1] for sql, params in statements
                          for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))


def test_count_and_problems_find_sessions_through_the_local_day_index(
    db: Database, sessions: SessionRepository, profile_id: int
) -> None:
    end = date(2026, 12, 31)
    counted = plans(db, lambda: sessions.count(profile_id, JAN1, end, "knee"))
    assert "USING INDEX ix_sessions_daily_sums (profile_id=? AND local_day>? AND local_day<?)" \
        in counted
    assert "SCAN sessions" not in counted
    named = plans(db, lambda: sessions.problems(profile_id, JAN1, end, "knee"))
    # The rows the triggers found unreadable (local_day IS NULL), then those of the dates.
    assert "COVERING INDEX ix_sessions_daily_sums (profile_id=? AND local_day=?" in named
    assert "INDEX ix_sessions_daily_sums (profile_id=? AND local_day>? AND local_day<?)" \
        in named
    assert "SCAN sessions" not in named
