"""Today's counts read with plain sqlite3 for the first frame: the same numbers as the full
history's reads, without loading SQLAlchemy, and never a change to the file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehabtimer.core.plans import Excuse
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.storage.db import Database, open_database
from rehabtimer.storage.models import SCHEMA_REVISION
from rehabtimer.storage.plans import PlanRepository
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.quick_counts import REVISION, Plan, read_today, week_start_of
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository
from tests.storage.conftest import DEFINITION, TITLE, StartSession

TODAY = date(2026, 1, 7)
ROUTINES = ("knee", "hip")
STATUSES = ("completed", "stopped", "interrupted", "in_progress")
# From far west to far east, so that a session's local day differs from its UTC day.
OFFSETS = st.sampled_from([-12 * 60, -8 * 60, 0, 9 * 60, 14 * 60]).map(
    lambda minutes: timezone(timedelta(minutes=minutes)))

a_session = st.fixed_dictionaries({
    "routine_id": st.sampled_from(ROUTINES),
    "started_at": st.builds(
        lambda day, minute, zone: datetime.combine(TODAY + timedelta(days=day),
                                                   datetime.min.time(), zone)
        + timedelta(minutes=minute),
        st.integers(-9, 2), st.integers(0, 24 * 60 - 1), OFFSETS),
    "status": st.sampled_from(STATUSES),
    "steps_total": st.integers(1, 4),
    "short_by": st.integers(0, 2),
    "other_profile": st.booleans(),
})
a_plan = st.fixed_dictionaries({
    "routine_id": st.sampled_from(ROUTINES),
    "start_day": st.integers(-20, 3),
    "weekly": st.booleans(),
    "times": st.integers(1, 5),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions=st.lists(a_session, max_size=14), plans=st.lists(a_plan, max_size=4),
       mark=st.sampled_from([None, *Excuse]), week_start=st.integers(0, 6))
def test_the_counts_are_those_the_full_history_reads(
        sessions: list[dict[str, Any]], plans: list[dict[str, Any]], mark: Excuse | None,
        week_start: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite"
        with open_database(path, Path(folder) / "backups") as db:
            profiles = ProfileRepository(db)
            me, other = profiles.ensure_default().id, profiles.add("Other").id
            repo = SessionRepository(db)
            snapshots = {routine: SnapshotRepository(db).ensure(
                routine, TITLE, DEFINITION | {"id": routine}) for routine in ROUTINES}
            for made in sessions:
                session_id = repo.start(
                    profile_id=other if made["other_profile"] else me,
                    snapshot_id=snapshots[made["routine_id"]], routine_id=made["routine_id"],
                    started_at=made["started_at"], planned_s=60.0,
                    steps_total=made["steps_total"], pain_before=None)
                if made["status"] != "in_progress":
                    repo.finish(session_id, status=made["status"],
                                ended_at=made["started_at"] + timedelta(minutes=5),
                                active_s=60.0, paused_s=0.0, stop_reason=None,
                                steps_done=max(0, made["steps_total"] - made["short_by"]))
            for plan in plans:
                times = {"per_week" if plan["weekly"] else "per_day": plan["times"]}
                PlanRepository(db).set(me, plan["routine_id"],
                                       start_date=TODAY + timedelta(days=plan["start_day"]),
                                       **times)
            DayMarkRepository(db).set(me, TODAY, mark)

            first = week_start_of(TODAY, week_start)
            this_week = repo.list(me, since=first, until=TODAY)
            in_force = {routine: PlanRepository(db).in_force(me, routine, TODAY)
                        for routine in ROUTINES}
            excused = DayMarkRepository(db).get(me, TODAY) is not None

        counts = read_today(path, TODAY, week_start)

    if any(made["status"] == "in_progress" for made in sessions):
        assert counts is None  # the full opening offers to go on with it
        return
    assert counts is not None
    assert (counts.profile_name, counts.profile_is_default) == ("default", True)
    assert counts.excused == excused
    for routine in ROUTINES:
        done = [s for s in this_week if s.routine_id == routine and s.complete]
        assert counts.done_this_week.get(routine, 0) == len(done)
        assert counts.done_today.get(routine, 0) == sum(
            1 for s in done if s.started_at.date() == TODAY)
        kept = in_force[routine]
        assert counts.plans.get(routine) == (
            None if kept is None else Plan(kept.per_day, kept.per_week))


def test_a_named_profile_is_read_and_an_unknown_one_is_left_to_the_full_opening(
        db_path: Path, db: Database, start_session: StartSession,
        sessions: SessionRepository) -> None:
    session_id = start_session(started_at=datetime.combine(TODAY, datetime.min.time(),
                                                           UTC))
    sessions.finish(session_id, status="completed", ended_at=datetime.now(UTC),
                    active_s=60.0, paused_s=0.0, steps_done=4, stop_reason=None)
    ProfileRepository(db).add("Anna")
    anna = read_today(db_path, TODAY, 0, "Anna")
    assert anna is not None and anna.profile_name == "Anna" and anna.done_today == {}
    assert read_today(db_path, TODAY, 0, "Nobody") is None
    mine = read_today(db_path, TODAY, 0)
    assert mine is not None and mine.done_today == {"knee": 1}


def test_importing_it_does_not_load_sqlalchemy() -> None:
    out = subprocess.run(
        [sys.executable, "-c",
         "import sys, rehabtimer.storage.quick_counts;"
         "print(sorted(n for n in sys.modules if n.split('.')[0] in "
         "('sqlalchemy', 'alembic', 'pydantic', 'PySide6')))"],
        capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_it_reads_the_revision_the_models_make() -> None:
    assert REVISION == SCHEMA_REVISION


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_missing_history_is_not_made(tmp_path: Path) -> None:
    assert read_today(tmp_path / "history.sqlite", TODAY, 0) is None
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_foreign_or_newer_history_is_left_byte_for_byte(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged" / "history.sqlite"
    damaged.parent.mkdir()
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    foreign = tmp_path / "foreign" / "history.sqlite"
    foreign.parent.mkdir()
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()
    newer = tmp_path / "newer" / "history.sqlite"
    with open_database(newer, tmp_path / "backups") as db:
        ProfileRepository(db).ensure_default()
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    other_program = tmp_path / "other" / "history.sqlite"
    with open_database(other_program, tmp_path / "backups") as db:
        ProfileRepository(db).ensure_default()
    with closing(sqlite3.connect(other_program)) as conn:
        conn.execute("PRAGMA application_id = 12345")
    empty = tmp_path / "empty" / "history.sqlite"
    empty.parent.mkdir()
    empty.touch()
    for path in (damaged, foreign, newer, other_program, empty):
        before = _files(path.parent)
        assert read_today(path, TODAY, 0) is None
        assert _files(path.parent) == before


def test_a_history_another_program_is_writing_is_read_without_waiting(
        db_path: Path, profile_id: int) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO day_marks (profile_id, day, kind) VALUES (?, ?, 'rest')",
                       (profile_id, TODAY.isoformat()))
        began = time.monotonic()
        counts = read_today(db_path, TODAY, 0)
        assert time.monotonic() - began < 1.0
        writer.execute("ROLLBACK")
    assert counts is not None and not counts.excused  # the write was not committed


def test_where_no_history_was_ever_kept_the_new_one_is_read_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "data" / "history.sqlite"
    backups = tmp_path / "data" / "backups"
    counts = read_today(path, TODAY, 0, backups=backups)
    assert counts is not None and counts.profile_is_default
    assert (counts.done_today, counts.done_this_week, counts.plans) == ({}, {}, {})
    named = read_today(path, TODAY, 0, "Anna", backups=backups)
    assert named is not None and (named.profile_name, named.profile_is_default) == (
        "Anna", False)
    assert not path.parent.exists()  # read, never made


def test_a_missing_history_with_backups_beside_it_is_left_to_the_full_opening(
        tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "daily-2026-01-06.sqlite").write_bytes(b"a backup")
    assert read_today(tmp_path / "history.sqlite", TODAY, 0, backups=backups) is None


def test_a_session_cut_short_by_a_crash_is_left_to_the_full_opening(
        db_path: Path, start_session: StartSession) -> None:
    # The full opening offers to go on with it, on the home screen: the first frame cannot.
    start_session(started_at=datetime.combine(TODAY, datetime.min.time(), UTC))
    assert read_today(db_path, TODAY, 0) is None
