"""Values between records and rows: stored times are naive UTC plus a separate offset."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, get_args

from sqlalchemy import ColumnElement, Integer, and_, case, exists, func, literal_column, or_

from rehabtimer.storage.models import SessionRow, SessionStatus


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


# Far enough inside the years datetime holds that any offset of a day can be applied.
_FIRST_TIME, _LAST_TIME = "0001-01-02", "9999-12-30"
# Seconds beyond this are a hand edit (or infinity), not an exercise.
_MAX_SECONDS = 1e12


def read_time(value: Any, offset_min: int = 0) -> datetime:
    """A time as stored, read raw from SQLite, in the offset given; ValueError if it is not
    one (text edited by hand, a number, a day that does not exist)."""
    if not isinstance(value, str) or not _FIRST_TIME <= value < _LAST_TIME:
        raise ValueError(f"not a stored time: {value!r}")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        raise ValueError(f"not a stored time: {value!r}")
    return aware(parsed, offset_min)


def _readable_time(column: Any) -> ColumnElement[bool]:
    """Where `column` holds a time that read_time() reads: SQLite's side of the same rule.

    That is "YYYY-MM-DD HH:MM:SS", with or without ".ffffff", a day and time that exist.
    Cheap tests first: this runs for every session in a decade of history.
    """
    length = func.length(column)
    day = func.substr(column, 1, 10)
    return and_(
        func.typeof(column) == "text",
        length.in_((19, 26)),
        func.substr(column, 20, 1).in_(("", ".")),
        # Not a time zone or a blank after the fraction, which SQLite would accept.
        or_(length == 19, func.substr(column, 26).between("0", "9")),
        column >= _FIRST_TIME,
        column < _LAST_TIME,
        # SQLite writes the date and time back the same only if they were written its way
        # and the minute and second exist; it keeps an hour of 24, though.
        func.coalesce(func.datetime(column), "") == func.substr(column, 1, 19),
        func.substr(column, 12, 2) < "24",
        # It takes 30 February, though; adding nothing carries it into March. Asked only
        # past the 28th, as it costs more than all the rest.
        case((func.substr(column, 9, 2) <= "28", True),
             else_=func.coalesce(func.date(day, "+0 days"), "") == day),
    )


def _of_type(column: Any, *types: str) -> ColumnElement[bool]:
    return func.typeof(column).in_(types)


def _seconds(column: Any) -> ColumnElement[bool]:
    return and_(_of_type(column, "integer", "real"), column.between(0, _MAX_SECONDS))


def _score(column: Any) -> ColumnElement[bool]:
    return or_(column.is_(None), and_(_of_type(column, "integer"), column.between(0, 10)))


def session_checks() -> dict[str, ColumnElement[bool]]:
    """What each column of a session row must hold to be read, as SQLite can tell.

    A row edited by hand can hold anything SQLite lets it: text in a number, a day that
    does not exist. Each check is true or false, never NULL, so that its negation finds
    the rows that fail it. The first failing column names the problem.
    """
    row = SessionRow
    return {
        "started_at": _readable_time(row.started_at),
        "utc_offset_min": and_(_of_type(row.utc_offset_min, "integer"),
                               row.utc_offset_min.between(-1439, 1439)),
        "ended_at": or_(row.ended_at.is_(None), _readable_time(row.ended_at)),
        "profile_id": _of_type(row.profile_id, "integer"),
        "snapshot_id": _of_type(row.snapshot_id, "integer"),
        "routine_id": _of_type(row.routine_id, "text"),
        "status": and_(_of_type(row.status, "text"), row.status.in_(get_args(SessionStatus))),
        "planned_s": _seconds(row.planned_s),
        "active_s": _seconds(row.active_s),
        "paused_s": _seconds(row.paused_s),
        "steps_total": _of_type(row.steps_total, "integer"),
        "steps_done": _of_type(row.steps_done, "integer"),
        "current_step": _of_type(row.current_step, "integer"),
        "pain_before": _score(row.pain_before),
        "pain_after": _score(row.pain_after),
        "effort": _score(row.effort),
        "stop_reason": _of_type(row.stop_reason, "text", "null"),
        "note": _of_type(row.note, "text", "null"),
    }


def readable_title(title: Any) -> ColumnElement[bool]:
    """Where `title` is a JSON object of texts, as a routine's title is stored."""
    entries = func.json_each(title).table_valued("type")
    all_texts = ~exists().select_from(entries).where(entries.c.type != "text")
    # CASE, not AND: SQLite may evaluate both sides of an AND, and json_type() and
    # json_each() fail on text that is not JSON.
    shape = case((func.json_valid(title) == 1, func.json_type(title)))
    return case((shape == "object", all_texts), else_=False)
