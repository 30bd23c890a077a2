"""Finished sessions' scores for the history charts, at the chart's grain: over days, every
value as the patient entered it at its session's local start time; over years, how many
times each value was entered in each month; and each day, how many sessions of each routine
were done in full or in part. storage/aggregates.py gives each day's summary.

All read only the window's sessions by the local day the triggers keep
(storage/local_day.py), which is NULL for a row that cannot be read: the session list names
such a row, and no check is needed here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Connection,
    Integer,
    and_,
    bindparam,
    cast,
    func,
    literal_column,
    select,
    type_coerce,
)

from rehabtimer.core.pain import SCORES, MonthScores, SessionPoint
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import SessionRow


def session_points(
    db: Database, profile_id: int, start: date, end: date, routine_id: str | None = None
) -> list[SessionPoint]:
    """Finished sessions started from local date `start` to `end` (both included), in the
    order of their local start times. A session that cannot be read is left out; the
    session list names it."""
    row = SessionRow
    shift = row.utc_offset_min.op("||")(literal_column("' minutes'"))
    # SQLite shifts the time: one string to parse per session, not a time zone.
    local = func.datetime(row.started_at, shift).label("local")
    query = (
        select(
            local,
            row.pain_before,
            row.pain_after,
            row.effort,
            row.stop_reason == "pain",
            _complete(),
            row.active_s > 0,
        )
        .where(*_window(profile_id, start.toordinal(), end.toordinal() + 1, routine_id))
        # By the patient's clock, as the charts place them: a change of time zone can put
        # the UTC order out of it.
        .order_by(local, row.id)
    )
    with db.reading() as s:
        rows = s.connection().execute(query).all()
    return [
        SessionPoint(datetime.fromisoformat(started), before, after, effort,
                     bool(for_pain), bool(complete), bool(active))
        for started, before, after, effort, for_pain, complete, active in rows
    ]


@dataclass(frozen=True)
class DayCount:
    """One routine's finished sessions on one local day, by how they ended."""

    day: date
    routine_id: str
    complete: int
    """Sessions with every step done (SessionRecord.complete)."""
    in_part: int
    """Sessions not complete, but with some exercise done."""


def day_counts(
    db: Database, profile_id: int, start: date, end: date, routine_id: str | None = None
) -> list[DayCount]:
    """For each local day from `start` to `end` (both included) and each routine done on it,
    its sessions done in full and in part; ordered by day. Counted in SQL: years of
    sessions are a row per day and routine."""
    row = SessionRow
    query = (
        select(
            # Never NULL here: the window reads only days the triggers wrote.
            type_coerce(row.local_day, Integer),
            row.routine_id,
            func.count().filter(_complete()),
            func.count().filter(~_complete(), row.active_s > 0),
        )
        .where(*_window(profile_id, start.toordinal(), end.toordinal() + 1, routine_id))
        .group_by(row.local_day, row.routine_id)
        .order_by(row.local_day, row.routine_id)
    )
    with db.reading() as s:
        rows = s.connection().execute(query).all()
    return [DayCount(date.fromordinal(day), routine, complete, in_part)
            for day, routine, complete, in_part in rows]


# date.toordinal() counts from 1 January of year 1, which is this Julian day, at midnight.
_ORDINAL_TO_JULIAN = 1721424.5


def month_scores(
    db: Database, profile_id: int, start: date, end: date, routine_id: str | None = None
) -> list[MonthScores]:
    """For each local month from `start` to `end` (both days included) with a finished
    session, how many times each score was entered, and how the sessions ended; ordered
    by month."""
    with db.reading() as s:
        return scores_in(s.connection(), profile_id, start, end, routine_id)


def scores_in(conn: Connection, profile_id: int, start: date, end: date,
              routine_id: str | None = None) -> list[MonthScores]:
    """month_scores() in a transaction already open on `conn`."""
    row = SessionRow
    counted = [func.count().filter(score == value)
               for score in (row.pain_before, row.pain_after, row.effort) for value in SCORES]
    months = _months()
    query = (
        select(
            months.c.first,
            func.count().filter(row.stop_reason == "pain"),
            func.count().filter(_complete()),
            func.count().filter(~_complete(), row.active_s > 0),
            *counted,
        )
        .select_from(months)
        .join(row, and_(*_window(profile_id, months.c.first,
                                 func.min(_next_month(months.c.first), bindparam("after")),
                                 routine_id)))
        .group_by(months.c.first)
        .order_by(months.c.first)
    )
    rows = conn.execute(query, {"start": start.toordinal(), "after": end.toordinal() + 1}).all()
    scores = len(SCORES)
    return [
        MonthScores(date.fromordinal(first).replace(day=1), tuple(counts[:scores]),
                    tuple(counts[scores:2 * scores]), tuple(counts[2 * scores:]),
                    for_pain, complete, in_part)
        for first, for_pain, complete, in_part, *counts in rows
    ]


def _months() -> CTE:
    """The first day of each month from local day `start` (that day itself for its month)
    to the day before `after`, as date ordinals. Made by SQLite, a row a month: the
    statement stays the same whatever the range, and is compiled once."""
    first = select(bindparam("start", type_=Integer).label("first")).cte("months",
                                                                          recursive=True)
    following = _next_month(first.c.first)
    return first.union_all(select(following).where(following < bindparam("after")))


def _next_month(day: ColumnElement[int]) -> ColumnElement[int]:
    """The first day of the month after the local `day`, both as date ordinals."""
    return cast(func.julianday(day + _ORDINAL_TO_JULIAN, "start of month", "+1 month")
                - _ORDINAL_TO_JULIAN, Integer)


def _complete() -> ColumnElement[bool]:
    # SessionRecord.complete: every step done.
    row = SessionRow
    return and_(row.status == "completed", row.steps_done >= row.steps_total)


def _window(profile_id: int, first: int | ColumnElement[int], after: int | ColumnElement[int],
            routine_id: str | None) -> list[ColumnElement[Any]]:
    """Finished sessions from local day `first` to the day before `after` (ordinals)."""
    row = SessionRow
    conditions: list[ColumnElement[Any]] = [
        row.profile_id == profile_id,
        # Through the index on the local day, which is NULL where a row cannot be read.
        row.local_day >= first,
        row.local_day < after,
        row.status != "in_progress",
    ]
    if routine_id is not None:
        conditions.append(row.routine_id == routine_id)
    return conditions
