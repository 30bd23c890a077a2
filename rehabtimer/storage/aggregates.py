"""Each day's activity per routine, summed by SQLite: a decade of sessions is one query.

A stopped or interrupted session earns the share of its planned exercise time that was
done, capped at one; sessions still in progress are not counted yet. A session that cannot
be read (a row edited by hand) is left out; the session list names it. Both the local day
and that check are kept in the row when it is written (storage/local_day.py), and an index
holds every column the days and months sum (the reason a session stopped among them), so
their queries read neither the table nor a row twice.

Years are read as month sums and each routine's credit per day (month_activity): a few
thousand numbers instead of a record per day and routine; the plan is judged in the core.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import OperationalError

from rehabtimer.core.activity import DayActivity
from rehabtimer.core.month_sums import LongActivity, MonthActivity
from rehabtimer.core.pain import Histogram, MonthScores
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import SessionRow
from rehabtimer.storage.session_points import scores_in

# Bits per score in a day's packed scores: up to 31 sessions of one routine with the same
# score on one day, more than anyone does; past that the scores are listed instead.
_BITS = 5
_MASK = (1 << _BITS) - 1
_SCORES = range(11)
_SCORE_COLUMNS = (SessionRow.pain_before, SessionRow.pain_after, SessionRow.effort)
# How a month's sessions ended: stopped for pain, complete, in part.
_ENDS = ("for_pain", "complete", "in_part")
# A day's packed counts of the even scores, each moved into a slot of twice the bits: summed
# over a month of days of at most 31 sessions each, a slot holds up to 961 without a carry.
_EVEN = sum(_MASK << (2 * _BITS * slot) for slot in range(6))
# date.toordinal() counts from 1 January of year 1, which is this Julian day, at midnight.
_ORDINAL_TO_JULIAN = 1721424.5

Scores = Callable[[Any], list[ColumnElement[Any]]]


def daily_activity(
    db: Database, profile_id: int, start: date, end: date, routine_id: str | None = None
) -> list[DayActivity]:
    """Finished sessions per local day and routine, from `start` to `end` both included.

    Days without sessions are left out; the list is ordered by day, then routine.
    """
    with db.reading() as s:
        # Through the connection: these are plain rows, and the ORM's handling of each
        # one would cost as much as the query.
        return _days(s.connection(),
                     _window(profile_id, start.toordinal(), end.toordinal(), routine_id))


def month_activity(
    db: Database, profile_id: int, start: date, end: date, routine_id: str | None = None
) -> LongActivity:
    """Finished sessions from `start` to `end` (both included) summed per local month, and
    each routine's credit per local day: monthly_sums() and streaks_over() take them.

    Months without sessions are left out; months are ordered.
    """
    one_routine = routine_id is not None
    values: dict[str, Any] = {"profile_id": profile_id, "first": start.toordinal(),
                              "last": end.toordinal(), "routine_id": routine_id}
    with db.reading() as s:
        conn = s.connection()
        routines = [routine for (routine,) in _run(conn, _routines_sql(one_routine), values)]
        values.update((f"routine_{i}", routine) for i, routine in enumerate(routines))
        try:
            found = _month_sums(_run(conn, _month_sql(len(routines), one_routine), values),
                                routines)
        except OperationalError as error:
            if "integer overflow" not in str(error.orig):
                raise
            found = None
        if found is None:
            found = months_of(
                _days(conn, _window(profile_id, values["first"], values["last"], routine_id)),
                ends={m.month: (m.stopped_for_pain, m.complete, m.in_part)
                      for m in scores_in(conn, profile_id, start, end, routine_id)})
        return found


def months_of(days: Iterable[DayActivity],
              ends: Mapping[date, tuple[int, int, int]]) -> LongActivity:
    """The month sums of day records, as month_activity() reads them; day records do not
    say how sessions ended: `ends` has (stopped for pain, complete, in part) by month,
    0 where left out."""
    sessions: defaultdict[date, int] = defaultdict(int)
    active_s: defaultdict[date, list[float]] = defaultdict(list)
    scores: defaultdict[date, list[list[int]]] = defaultdict(
        lambda: [[0] * len(_SCORES) for _ in _SCORE_COLUMNS])
    credit: defaultdict[str, defaultdict[int, float]] = defaultdict(lambda: defaultdict(float))
    for day in days:
        month = day.day.replace(day=1)
        sessions[month] += day.sessions
        active_s[month].append(day.active_s)
        for counts, values in zip(scores[month], (day.pain_before, day.pain_after, day.effort),
                                  strict=True):
            for value in values:
                counts[value] += 1
        credit[day.routine_id][day.day.toordinal()] += day.credit
    return LongActivity(
        [_month(month, sessions[month], math.fsum(active_s[month]),
                [tuple(counts) for counts in scores[month]], ends.get(month, (0, 0, 0)))
         for month in sorted(sessions)],
        {routine: dict(by_day) for routine, by_day in credit.items()},
    )


def _window(profile_id: Any, first: Any, last: Any,
            routine_id: Any | None) -> list[ColumnElement[bool]]:
    """Finished sessions of the profile from local day `first` to `last` (ordinals), of
    one routine unless `routine_id` is None: values, or parameters of a statement made once."""
    conditions = [
        SessionRow.profile_id == profile_id,
        SessionRow.local_day.between(first, last),
        SessionRow.status != "in_progress",
    ]
    if routine_id is not None:
        conditions.append(SessionRow.routine_id == routine_id)
    return conditions


# A statement made once, as SQL text, its parameters' names in order and their values
# where the statement holds them: building and compiling it took as long as running it.
_Compiled = tuple[str, tuple[str, ...], dict[str, Any]]


def _compiled(statement: Any) -> _Compiled:
    compiled = statement.compile(dialect=sqlite.dialect())
    return str(compiled), tuple(compiled.positiontup or ()), compiled.params


def _run(conn: Connection, statement: _Compiled, values: dict[str, Any]) -> Sequence[Any]:
    sql, names, held = statement
    return conn.exec_driver_sql(
        sql, tuple(values[name] if name in values else held[name] for name in names)).all()


def _in_window(one_routine: bool) -> list[ColumnElement[bool]]:
    return _window(bindparam("profile_id"), bindparam("first"), bindparam("last"),
                   bindparam("routine_id") if one_routine else None)


def _by_trigger(day: Any) -> ColumnElement[bool]:
    # A day not written by the triggers (a hand edit of local_day itself) counts nowhere,
    # as in daily_activity().
    return func.typeof(day) == "integer"


@functools.cache
def _routines_sql(one_routine: bool) -> _Compiled:
    return _compiled(select(SessionRow.routine_id).distinct().where(
        *_in_window(one_routine), _by_trigger(SessionRow.local_day)))


@functools.cache
def _month_sql(routines: int, one_routine: bool) -> _Compiled:
    return _compiled(_month_query(_in_window(one_routine),
                                  [bindparam(f"routine_{i}") for i in range(routines)]))


def _days(conn: Connection, conditions: list[ColumnElement[bool]]) -> list[DayActivity]:
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


def _complete() -> ColumnElement[bool]:
    # SessionRecord.complete: every step done.
    return and_(SessionRow.status == "completed",
                SessionRow.steps_done >= SessionRow.steps_total)


def _credit() -> ColumnElement[float]:
    return case(
        # Complete only with every step done; else in proportion.
        (_complete(), 1.0),
        (SessionRow.planned_s > 0, func.min(1.0, SessionRow.active_s / SessionRow.planned_s)),
        else_=0.0,
    )


def _month_query(conditions: list[ColumnElement[bool]],
                 routines: Sequence[ColumnElement[str]]) -> Any:
    """Rows (0, month, sessions, active_s, busiest day, 6 score slots, sessions stopped for
    pain, complete and in part, NULLs) for each month, then (1, day, NULLs, each routine's
    credit) for each day: one pass over the index alone, which also spares month_scores() a
    pass of its own.

    Grouped by the day alone, the index's own order, a sum per routine instead of a group:
    the credit of a routine on a day is the same sum, in the same order, as in a group of
    its own.
    """
    row = SessionRow
    days = (
        select(
            row.local_day.label("day"),
            func.count().label("sessions"),
            func.sum(row.active_s).label("active_s"),
            *(func.sum(literal_column("1").op("<<")(column * _BITS)).label(column.key)
              for column in _SCORE_COLUMNS),
            # Counted as month_scores() counts them.
            *(func.sum(case((counted, 1), else_=0)).label(name) for name, counted in (
                ("for_pain", row.stop_reason == "pain"), ("complete", _complete()),
                ("in_part", and_(~_complete(), row.active_s > 0)))),
            *(func.sum(case((row.routine_id == routine, _credit()))).label(f"credit_{i}")
              for i, routine in enumerate(routines)),
        )
        .where(*conditions)
        .group_by(row.local_day)
        .cte("days")
        # Read twice below: made once.
        .prefix_with("MATERIALIZED")
    )
    day = days.c.day
    first = day - cast(func.strftime("%d", day + _ORDINAL_TO_JULIAN), Integer) + 1
    slots = [
        func.sum(part.op("&")(_EVEN))
        for column in _SCORE_COLUMNS
        for part in (days.c[column.key], days.c[column.key].op(">>")(_BITS))
    ]
    ends = [func.sum(days.c[name]) for name in _ENDS]
    credits = [days.c[f"credit_{i}"] for i in range(len(routines))]
    # Checked once a day rather than once a session.
    months: Select[Any] = select(
        literal(0), first, func.sum(days.c.sessions), func.sum(days.c.active_s),
        func.max(days.c.sessions), *slots, *ends, *(null() for _ in credits),
    ).where(_by_trigger(day)).group_by(first)
    each_day: Select[Any] = select(
        literal(1), day, *(null() for _ in range(3 + len(slots) + len(ends))), *credits,
    ).where(_by_trigger(day))
    return union_all(months, each_day)


def _month_sums(rows: Sequence[Any], routines: Sequence[str]) -> LongActivity | None:
    """The rows of _month_query(); None if a day had more sessions than its slots hold."""
    months = []
    histograms = 2 * len(_SCORE_COLUMNS)
    for _, on, sessions, active_s, busiest, *slots in (row for row in rows if not row[0]):
        if busiest > _MASK:
            return None
        months.append(_month(
            date.fromordinal(on), sessions, active_s,
            [_histogram(slots[i], slots[i + 1]) for i in range(0, histograms, 2)],
            slots[histograms:histograms + len(_ENDS)]))
    months.sort(key=lambda month: month.scores.month)
    # Column by column: each routine's credits, a few thousand days of them.
    first_credit = 5 + histograms + len(_ENDS)
    columns = list(zip(*rows, strict=True)) or [()] * (first_credit + len(routines))
    kinds, days = columns[:2]
    return LongActivity(months, {
        routine: {on: got for kind, on, got in zip(kinds, days, column, strict=True)
                  if kind and got is not None}
        for routine, column in zip(routines, columns[first_credit:], strict=True)
    })


def _month(first: date, sessions: int, active_s: float, histograms: Sequence[Histogram],
           ends: Sequence[int]) -> MonthActivity:
    before, after, effort = histograms
    stopped_for_pain, complete, in_part = ends
    return MonthActivity(
        MonthScores(first, before, after, effort, stopped_for_pain, complete, in_part),
        sessions, active_s)


def _histogram(even: int | None, odd: int | None) -> tuple[int, ...]:
    slots = (even or 0, odd or 0)
    return tuple((slots[score % 2] >> (2 * _BITS * (score // 2))) & ((1 << 2 * _BITS) - 1)
                 for score in _SCORES)


def _rows(conn: Connection, conditions: list[ColumnElement[bool]],
          scores: Scores) -> Sequence[Any]:
    query = (
        select(
            SessionRow.local_day,
            SessionRow.routine_id,
            func.count(),
            func.sum(_credit()),
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
