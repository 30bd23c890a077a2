"""Each finished session's scores at its local start time, for the history charts: every
value as the patient entered it, where storage/aggregates.py gives each day's summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, literal_column, select

from rehabtimer.core.pain import SessionPoint
from rehabtimer.storage.convert import session_checks, started_near
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
            and_(row.status == "completed", row.steps_done >= row.steps_total),
            row.active_s > 0,
        )
        .where(
            row.profile_id == profile_id,
            row.status != "in_progress",
            # Only the coarse UTC bounds, which the index serves: the local dates are
            # checked below, as storage/aggregates.py does, at a fraction of SQL's cost.
            *started_near(start, end),
            *session_checks().values(),
        )
        .order_by(row.started_at, row.id)
    )
    if routine_id is not None:
        query = query.where(row.routine_id == routine_id)
    with db.reading() as s:
        rows = s.connection().execute(query).all()
    first, last = start.isoformat(), (end + timedelta(days=1)).isoformat()
    points = [
        SessionPoint(datetime.fromisoformat(started), before, after, effort,
                     bool(for_pain), bool(complete), bool(active))
        for started, before, after, effort, for_pain, complete, active in rows
        if first <= started < last
    ]
    # By the patient's clock, as the charts place them: only a change of time zone can
    # put the UTC order out of it.
    points.sort(key=lambda point: point.started)
    return points
