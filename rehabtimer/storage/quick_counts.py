"""Today's counts for the home screen's first frame, read with the standard sqlite3 module.

Importing SQLAlchemy and the ORM models costs about a third of a second, and the first frame
only needs a few numbers: the profile's name, the sessions completed today and this week, a
rest day, the plans in force. They are read here from the history as it is, never created,
upgraded or changed (query-only); anything unusual (a history lost, another revision,
damage, a session cut short, a lock that does not clear at once) gives None, and the full
opening of the history after the first paint meets it and takes the same recovery paths as
always. Where no history was ever kept, the new one is read as what it will be: empty.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from rehabtimer.storage.default_profile import DEFAULT_PROFILE_NAME
from rehabtimer.storage.history_check import APPLICATION_ID
from rehabtimer.storage.leftovers import history_traces
from rehabtimer.storage.query_only import connect_query_only

# The revision these queries are written for; a test keeps it equal to the models' one.
REVISION = "0006"
# As storage/reading.py: read-write with query_only leaves no -wal or -shm behind when
# closed; read-only where the file may not be written.
_MODES = ("mode=rw", "mode=ro")
# A writer holding the history is waited for only this long: the first frame does not wait.
_BUSY_MS = 100


class Plan(NamedTuple):
    per_day: int | None
    per_week: int | None


class TodayCounts(NamedTuple):
    profile_name: str
    profile_is_default: bool
    excused: bool
    """Today is marked as a rest, sick or away day."""
    done_today: Mapping[str, int]
    """Completed sessions started today, per routine."""
    done_this_week: Mapping[str, int]
    """Completed sessions started from the week's first day to today, per routine."""
    plans: Mapping[str, Plan]
    """The patient's own plan in force today, per routine that has one."""


def week_start_of(today: date, week_start: int) -> date:
    """The first day of today's week, with weeks starting on `week_start` (0 is Monday)."""
    return today - timedelta(days=(today.weekday() - week_start) % 7)


def read_today(path: Path, today: date, week_start: int, profile: str | None = None,
               backups: Path | None = None) -> TodayCounts | None:
    """Today's counts for the named profile (else the default one), or None when they
    cannot be read at once exactly as the full history would read them.

    With `backups` (the backups folder), a history never kept here reads as the new, empty
    one the full opening makes: nothing done yet, no plans."""
    if not path.exists():
        if backups is None or history_traces(path, backups):
            return None  # a history kept here once and lost: the full opening offers a backup
        return TodayCounts(profile or DEFAULT_PROFILE_NAME, profile is None, False, {}, {}, {})
    if not path.is_file():
        return None
    try:
        with closing(_connect(path)) as conn:
            return _read(conn, today, week_start, profile)
    except (sqlite3.Error, ValueError, TypeError):
        return None


def _connect(path: Path) -> sqlite3.Connection:
    return connect_query_only(path, _MODES, _BUSY_MS / 1000, isolation_level=None)


def _read(conn: sqlite3.Connection, today: date, week_start: int,
          profile: str | None) -> TodayCounts | None:
    # One snapshot for all the reads, as the full history's reading() gives.
    conn.execute("BEGIN DEFERRED")
    if conn.execute("PRAGMA application_id").fetchone()[0] not in (0, APPLICATION_ID):
        return None  # another program's database: the full open refuses it
    if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(REVISION,)]:
        return None  # older (to be upgraded) or newer (to be refused): the full open says
    if conn.execute("SELECT 1 FROM sessions WHERE status = 'in_progress'").fetchone():
        return None  # cut short by a crash: the full open offers to go on with it
    found = conn.execute(
        "SELECT id, name, is_default FROM profiles WHERE name = ?"
        if profile else "SELECT id, name, is_default FROM profiles WHERE is_default = 1",
        (profile,) if profile else (),
    ).fetchone()
    if found is None:
        return None  # made by the full open, which the first frame does not do
    profile_id, name, is_default = found
    first = week_start_of(today, week_start)
    done_today: dict[str, int] = {}
    done_this_week: dict[str, int] = {}
    # local_day is kept by the history's triggers, NULL where a column cannot be read; a
    # session whose routine title is missing or damaged is left out, as the full list does.
    for routine_id, on_day, in_week in conn.execute(
        "SELECT s.routine_id, sum(s.local_day = ?), count(*) FROM sessions s "
        "JOIN routine_snapshots r ON r.id = s.snapshot_id "
        "WHERE s.profile_id = ? AND s.local_day BETWEEN ? AND ? "
        "AND s.status = 'completed' AND s.steps_done >= s.steps_total "
        "AND json_valid(r.title_json) GROUP BY s.routine_id",
        (today.toordinal(), profile_id, first.toordinal(), today.toordinal()),
    ):
        done_today[str(routine_id)] = int(on_day)
        done_this_week[str(routine_id)] = int(in_week)
    excused = conn.execute(
        "SELECT 1 FROM day_marks WHERE profile_id = ? AND day = ?",
        (profile_id, today.isoformat()),
    ).fetchone() is not None
    plans: dict[str, Plan] = {}
    # Oldest first, so each routine ends with its latest plan begun by today.
    for routine_id, per_day, per_week in conn.execute(
        "SELECT routine_id, per_day, per_week FROM plans "
        "WHERE profile_id = ? AND start_date <= ? ORDER BY start_date, id",
        (profile_id, today.isoformat()),
    ):
        plans[str(routine_id)] = Plan(_count(per_day), _count(per_week))
    return TodayCounts(str(name), bool(is_default), excused, done_today, done_this_week,
                       plans)


def _count(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int):
        raise ValueError(value)  # a hand edit: the full history names it
    return value
