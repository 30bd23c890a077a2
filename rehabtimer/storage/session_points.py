"""Finished sessions' scores for the history charts, at the chart's grain: over days, every
value as the patient entered it at its session's local start time; over years, how many
times each value was entered in each month. storage/aggregates.py gives each day's summary.

Both read only the window's sessions by the local day the triggers keep
(storage/local_day.py), which is NULL for a row that cannot be read: the session list names
such a row, and no check is needed here."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal_column, select

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
        .where(*_window(profile_id, start, end, routine_id))
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


# date.toordinal() counts from 1 January of year 1, which is this Julian day, at midnight.
_ORDINAL_TO_JULIAN = 1721424.5


def month_scores(
    db: Database, profile_id: int, start: date, end: date, routine_id: str | None = None
) -> list[MonthScores]:
    """For each local month from `start` to `end` (both days included) with a finished
    session, how many times each score was entered, and how the sessions ended; ordered
    by month."""
    row = SessionRow
    month = func.strftime("%Y-%m-01", row.local_day + _ORDINAL_TO_JULIAN).label("month")
    window = _window(profile_id, start, end, routine_id)
    ended = (
        select(
            month,
            func.count().filter(row.stop_reason == "pain"),
            func.count().filter(_complete()),
            func.count().filter(~_complete(), row.active_s > 0),
        )
        .where(*window)
        .group_by(month)
        .order_by(month)
    )
    counts: dict[str, dict[str, list[int]]] = {}
    with db.reading() as s:
        conn = s.connection()
        months = conn.execute(ended).all()
        for column in (row.pain_before, row.pain_after, row.effort):
            entered = conn.execute(
                select(month, column, func.count())
                .where(*window, column.is_not(None))
                .group_by(month, column)
            )
            for on, score, times in entered:
                histogram = counts.setdefault(on, {}).setdefault(column.key, [0] * len(SCORES))
                histogram[score] += times
    none = [0] * len(SCORES)
    found: list[MonthScores] = []
    for on, for_pain, complete, in_part in months:
        scores = counts.get(on, {})
        found.append(MonthScores(
            date.fromisoformat(on), tuple(scores.get("pain_before", none)),
            tuple(scores.get("pain_after", none)), tuple(scores.get("effort", none)),
            for_pain, complete, in_part))
    return found


def _complete() -> ColumnElement[bool]:
    # SessionRecord.complete: every step done.
    row = SessionRow
    return and_(row.status == "completed", row.steps_done >= row.steps_total)


def _window(profile_id: int, start: date, end: date,
            routine_id: str | None) -> list[ColumnElement[Any]]:
    row = SessionRow
    conditions: list[ColumnElement[Any]] = [
        row.profile_id == profile_id,
        # Through the index on the local day, which is NULL where a row cannot be read.
        row.local_day.between(start.toordinal(), end.toordinal()),
        row.status != "in_progress",
    ]
    if routine_id is not None:
        conditions.append(row.routine_id == routine_id)
    return conditions
