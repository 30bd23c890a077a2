"""Each day's activity per routine, summed by SQLite: a decade of sessions is one query.

A stopped or interrupted session earns the share of its planned exercise time that was
done, capped at one; sessions still in progress are not counted yet. A session that cannot
be read (a row edited by hand) is left out; the session list names it. Both the local day
and that check are kept in the row when it is written (storage/local_day.py), and an index
holds every column summed here, so the query reads neither the table nor a row twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, func, literal_column, select
from sqlalchemy.exc import OperationalError

from rehabtimer.core.adherence import DayActivity
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import SessionRow

# Bits per score in a day's packed scores: up to 31 sessions of one routine with the same
# score on one day, more than anyone does; past that the scores are listed instead.
_BITS = 5
_MASK = (1 << _BITS) - 1
_SCORES = range(11)
_SCORE_COLUMNS = (SessionRow.pain_before, SessionRow.pain_after, SessionRow.effort)

Scores = Callable[[Any], list[ColumnElement[Any]]]


def daily_activity(
    db: Database, profile_id: int, start: date, end: date, routine_id: str | None = None
) -> list[DayActivity]:
    """Finished sessions per local day and routine, from `start` to `end` both included.

    Days without sessions are left out; the list is ordered by day, then routine.
    """
    conditions = [
        SessionRow.profile_id == profile_id,
        SessionRow.local_day.between(start.toordinal(), end.toordinal()),
        SessionRow.status != "in_progress",
    ]
    if routine_id is not None:
        conditions.append(SessionRow.routine_id == routine_id)
    with db.reading() as s:
        # Through the connection: these are plain rows, and the ORM's handling of each
        # one would cost as much as the query.
        conn = s.connection()
        try:
            found = _unpacked(_rows(conn, conditions, _packed))
        except OperationalError as error:
            # SQLite's integer sum overflows only past 8,000 sessions of one day.
            if "integer overflow" not in str(error.orig):
                raise
            found = None
        if found is None:
            found = _listed(_rows(conn, conditions, _joined))
    return found


def _rows(conn: Connection, conditions: list[ColumnElement[bool]],
          scores: Scores) -> Sequence[Any]:
    credit = case(
        # Complete only with every step done (SessionRecord.complete); else in proportion.
        (and_(SessionRow.status == "completed",
              SessionRow.steps_done >= SessionRow.steps_total), 1.0),
        (SessionRow.planned_s > 0, func.min(1.0, SessionRow.active_s / SessionRow.planned_s)),
        else_=0.0,
    )
    query = (
        select(
            SessionRow.local_day,
            SessionRow.routine_id,
            func.count(),
            func.sum(credit),
            func.sum(SessionRow.active_s),
            *(part for column in _SCORE_COLUMNS for part in scores(column)),
        )
        .where(*conditions)
        .group_by(SessionRow.local_day, SessionRow.routine_id)
        .order_by(SessionRow.local_day, SessionRow.routine_id)
    )
    return conn.execute(query).all()


def _packed(column: Any) -> list[ColumnElement[Any]]:
    # A day's scores as one integer, _BITS bits counting each score from 0 to 10 (NULLs
    # add nothing), and how many there are: integer sums cost far less than lists of text.
    return [func.sum(literal_column("1").op("<<")(column * _BITS)), func.count(column)]


def _joined(column: Any) -> list[ColumnElement[Any]]:
    return [func.group_concat(column)]


def _unpacked(rows: Sequence[Any]) -> list[DayActivity] | None:
    """The days of rows of packed scores; None if a count overflowed its bits."""
    # A day's scores are a handful of small numbers, so the same few packed values come
    # back thousands of times over the years: each is unpacked once.
    known: dict[int | None, tuple[int, ...]] = {None: ()}
    found = []
    for on, routine, sessions, credit, active_s, *scores in rows:
        if type(on) is not int:  # a hand-edited day, not one the triggers wrote
            continue
        unpacked = []
        for packed, count in zip(scores[::2], scores[1::2], strict=True):
            values = known.get(packed)
            if values is None:
                values = known[packed] = _unpack(packed)
            if len(values) != count:
                return None
            unpacked.append(values)
        found.append(DayActivity(date.fromordinal(on), routine, sessions, credit, active_s,
                                 *unpacked))
    return found


def _unpack(packed: int) -> tuple[int, ...]:
    return tuple(score for score in _SCORES
                 for _ in range((packed >> score * _BITS) & _MASK))


def _listed(rows: Sequence[Any]) -> list[DayActivity]:
    known: dict[str | None, tuple[int, ...]] = {None: ()}
    found = []
    for on, routine, sessions, credit, active_s, *joined in rows:
        if type(on) is not int:
            continue
        scores = []
        for text in joined:
            values = known.get(text)
            if values is None:
                values = known[text] = tuple(sorted(map(int, text.split(","))))
            scores.append(values)
        found.append(DayActivity(date.fromordinal(on), routine, sessions, credit, active_s,
                                 *scores))
    return found
