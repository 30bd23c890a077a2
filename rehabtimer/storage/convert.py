"""Values between records and rows: stored times are naive UTC plus a separate offset."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import ColumnElement, Integer, func, literal_column

from rehabtimer.storage.models import SessionRow


def utc_naive(when: datetime) -> datetime:
    if when.utcoffset() is None:
        raise ValueError(f"a timezone-aware datetime is required, got {when!r}")
    return when.astimezone(UTC).replace(tzinfo=None)


def offset_minutes(when: datetime) -> int:
    offset = when.utcoffset()
    if offset is None or offset % timedelta(minutes=1):
        raise ValueError(f"the UTC offset must be whole minutes, got {when!r}")
    return offset // timedelta(minutes=1)


def aware(utc: datetime, offset_min: int = 0) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone(timezone(timedelta(minutes=offset_min)))


def now_utc_naive() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def local_date() -> ColumnElement[str]:
    """A session's calendar date where the patient was, as SQLite computes it."""
    # "540 minutes" or "-480 minutes": a concatenation costs a third of printf() over ten
    # years of sessions. The suffix is a literal, not a parameter, so that SQLite sees one
    # and the same expression in WHERE, GROUP BY and ORDER BY.
    shift = SessionRow.utc_offset_min.op("||")(literal_column("' minutes'"))
    return func.date(SessionRow.started_at, shift)


def started_near(since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    """Coarse UTC bounds around local dates `since` to `until`: a day wider on each side,
    as offsets stay within a day. The index on (profile_id, started_at) serves them."""
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(
            SessionRow.started_at >= datetime.combine(since, time()) - timedelta(days=1))
    if until is not None:
        conditions.append(
            SessionRow.started_at < datetime.combine(until, time()) + timedelta(days=2))
    return conditions


def started_between(since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    """Conditions for sessions started from local date `since` to `until`, both included."""
    # The coarse UTC bounds narrow the scan; the local date decides.
    conditions = started_near(since, until)
    if since is not None:
        conditions.append(local_date() >= since.isoformat())
    if until is not None:
        conditions.append(local_date() <= until.isoformat())
    return conditions


# Seconds from 0001-01-01 to 1970-01-01: shifting the epoch by them keeps the sum positive
# (SQLite's integer division truncates towards zero) and makes its quotient a proleptic
# Gregorian ordinal, as date.toordinal() counts them, minus one.
_YEAR_ONE_S = (date(1970, 1, 1).toordinal() - 1) * 86400


def local_ordinal() -> ColumnElement[int]:
    """A session's local calendar date as date.toordinal() numbers it, computed by SQLite.

    The same day as local_date() at about half its cost: integer arithmetic instead of
    formatting a date string. The fraction of a second is cut off first, as unixepoch()
    would round it and could carry a session into the next day.
    """
    started_s = func.unixepoch(func.substr(SessionRow.started_at, 1, 19), type_=Integer)
    return (started_s + SessionRow.utc_offset_min * 60 + _YEAR_ONE_S) // 86400 + 1
