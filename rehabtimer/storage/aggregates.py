"""Each day's activity per routine, summed by SQLite: a decade of sessions is one query.

A stopped or interrupted session earns the share of its planned exercise time that was
done, capped at one; sessions still in progress are not counted yet. A session that cannot
be read (a row edited by hand) is left out; the session list names it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, select

from rehabtimer.core.adherence import DayActivity
from rehabtimer.storage.convert import local_ordinal, session_checks, started_near
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import SessionRow


def daily_activity(
    db: Database, profile_id: int, start: date, end: date, routine_id: str | None = None
) -> list[DayActivity]:
    """Finished sessions per local day and routine, from `start` to `end` both included.

    Days without sessions are left out; the list is ordered by day, then routine.
    """
    day = local_ordinal().label("day")
    credit = case(
        # Complete only with every step done (SessionRecord.complete); else in proportion.
        (and_(SessionRow.status == "completed",
              SessionRow.steps_done >= SessionRow.steps_total), 1.0),
        (SessionRow.planned_s > 0, func.min(1.0, SessionRow.active_s / SessionRow.planned_s)),
        else_=0.0,
    )
    query = (
        select(
            day,
            SessionRow.routine_id,
            func.count(),
            func.sum(credit),
            func.sum(SessionRow.active_s),
            # Scores come as text lists (NULLs skipped): medians need every value, and a
            # day holds only a handful.
            func.group_concat(SessionRow.pain_before),
            func.group_concat(SessionRow.pain_after),
            func.group_concat(SessionRow.effort),
        )
        .where(
            SessionRow.profile_id == profile_id,
            SessionRow.status != "in_progress",
            # Only the coarse UTC bounds: the local day is computed once per session, for
            # GROUP BY, and the few groups just outside the range are dropped below.
            # Filtering on it in SQL too would compute it twice more per session.
            *started_near(start, end),
            *session_checks().values(),
        )
        .group_by(day, SessionRow.routine_id)
        .order_by(day, SessionRow.routine_id)
    )
    if routine_id is not None:
        query = query.where(SessionRow.routine_id == routine_id)
    with db.reading() as s:
        # Through the connection: these are plain rows, and the ORM's handling of each
        # one would cost as much as the query.
        rows = s.connection().execute(query).all()
    first, last = start.toordinal(), end.toordinal()
    parsed: dict[str | None, tuple[int, ...]] = {}
    return [
        DayActivity(
            day=date.fromordinal(on),
            routine_id=routine,
            sessions=sessions,
            credit=credit_sum,
            active_s=active_s,
            pain_before=_scores(pain_before, parsed),
            pain_after=_scores(pain_after, parsed),
            effort=_scores(effort, parsed),
        )
        for on, routine, sessions, credit_sum, active_s, pain_before, pain_after, effort in rows
        if first <= on <= last
    ]


def _scores(joined: str | None, parsed: dict[str | None, tuple[int, ...]]) -> tuple[int, ...]:
    # A day's scores are a handful of values from 0 to 10, so the same few strings come
    # back thousands of times over the years: parsing each once halves the query's time.
    found = parsed.get(joined)
    if found is None:
        found = parsed[joined] = (
            () if joined is None else tuple(sorted(map(int, joined.split(","))))
        )
    return found
