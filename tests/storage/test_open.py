"""Opening the history file: creating it, reopening it, and refusing what is not ours."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event, text

from rehabtimer.storage.db import Database, open_database
from rehabtimer.storage.errors import (
    DatabaseBusy,
    DatabaseNotWritable,
    DatabaseTooNew,
    DatabaseUnreadable,
    StorageError,
)
from rehabtimer.storage.models import SCHEMA_REVISION
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.sessions import SessionRepository

from .conftest import Query, StartSession

TABLES = {
    "alembic_version",
    "profiles",
    "routine_snapshots",
    "sessions",
    "step_results",
    "plans",
    "reminder_times",
    "reminder_checks",
    "day_marks",
    "audit_log",
    "safety_answers",
    "kept_answers",
}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def snapshot_of(folder: Path) -> dict[str, bytes]:
    """The folder's files, but for the empty lock file that opening leaves (storage/lock.py)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix != ".lock"}


def test_a_new_file_gets_the_schema_and_the_current_revision(db: Database, query: Query) -> None:
    tables = {name for (name,) in query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == TABLES
    assert query("SELECT version_num FROM alembic_version") == [(SCHEMA_REVISION,)]


def test_a_new_file_is_private_to_the_user_with_its_wal_and_shm(
    db: Database, db_path: Path
) -> None:
    ProfileRepository(db).ensure_default()
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    assert wal.exists()
    assert shm.exists()
    assert [mode(db_path), mode(wal), mode(shm)] == [0o600, 0o600, 0o600]


def test_every_connection_is_durable_and_checks_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


def test_the_parent_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there.sqlite"
    with open_database(path, tmp_path / "backups"):
        pass
    assert path.is_file()


def test_reopening_keeps_the_data_and_tightens_loose_permissions(
    db_path: Path, backups_dir: Path
) -> None:
    with open_database(db_path, backups_dir) as db:
        ProfileRepository(db).add("Grandma")
    db_path.chmod(0o644)
    with open_database(db_path, backups_dir) as db:
        names = [p.name for p in ProfileRepository(db).list()]
    assert names == ["Grandma"]
    assert mode(db_path) == 0o600
    assert not backups_dir.exists()


def test_closing_folds_the_wal_back_into_the_file(db_path: Path, backups_dir: Path) -> None:
    with open_database(db_path, backups_dir) as db:
        ProfileRepository(db).ensure_default()
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name,
                                                                  f"{db_path.name}.lock"]


def test_opening_a_current_file_loads_no_migration_code_and_no_qt(db: Database) -> None:
    db.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from rehabtimer.storage.db import open_database\n"
        "from rehabtimer.storage import plans, profiles, recorder, sessions, snapshots\n"
        f"open_database(Path({str(db.path)!r}), Path({str(db.path.parent / 'b')!r})).close()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'PySide6'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_zero_length_file_is_refused_not_taken_for_a_new_one(
    tmp_path: Path, db_path: Path, backups_dir: Path
) -> None:
    # Emptied by a full disk or a bad copy, it was a history: starting over would hide that.
    db_path.touch()
    before = snapshot_of(tmp_path)
    with pytest.raises(DatabaseUnreadable):
        open_database(db_path, backups_dir)
    assert snapshot_of(tmp_path) == before


def test_a_sqlite_file_without_tables_becomes_a_new_database(
    db_path: Path, backups_dir: Path, query: Query
) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
    assert db_path.stat().st_size > 0
    with open_database(db_path, backups_dir):
        pass
    assert query("SELECT version_num FROM alembic_version") == [(SCHEMA_REVISION,)]


@pytest.mark.parametrize(
    "content",
    [
        b"Shopping list: milk, eggs\n",
        b"SQLite format 3\x00" + b"\xff" * 4000,
        bytes(range(256)) * 64,
    ],
    ids=["text", "broken-header", "binary"],
)
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    tmp_path: Path, db_path: Path, backups_dir: Path, content: bytes
) -> None:
    db_path.write_bytes(content)
    db_path.chmod(0o644)
    before = snapshot_of(tmp_path)
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(db_path, backups_dir)
    assert "is damaged or is not a RehabTimer database" in caught.value.message
    assert str(db_path) in caught.value.message
    assert snapshot_of(tmp_path) == before
    assert mode(db_path) == 0o644


def test_a_sqlite_file_of_another_program_is_refused_and_left_alone(
    tmp_path: Path, db_path: Path, backups_dir: Path
) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('miso soup')")
        conn.commit()
    before = snapshot_of(tmp_path)
    with pytest.raises(DatabaseUnreadable):
        open_database(db_path, backups_dir)
    assert snapshot_of(tmp_path) == before


def test_a_file_from_a_newer_version_is_refused_and_left_alone(
    tmp_path: Path, db_path: Path, backups_dir: Path
) -> None:
    with open_database(db_path, backups_dir) as db:
        ProfileRepository(db).ensure_default()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = snapshot_of(tmp_path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db_path, backups_dir)
    assert "created by a newer version of RehabTimer" in caught.value.message
    assert str(db_path) in caught.value.message
    assert snapshot_of(tmp_path) == before
    assert not backups_dir.exists()


def test_a_folder_that_cannot_exist_is_reported_as_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    path = blocker / "history.sqlite"
    with pytest.raises(DatabaseNotWritable) as caught:
        open_database(path, tmp_path / "backups")
    assert str(path) in caught.value.message


def test_a_read_only_folder_is_reported_as_not_writable(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "history.sqlite"
    with open_database(path, tmp_path / "backups"):
        pass
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user may write into read-only folders (root)")
        with pytest.raises(DatabaseNotWritable) as caught:
            open_database(path, tmp_path / "backups")
        assert str(path) in caught.value.message
    finally:
        folder.chmod(0o700)


def test_a_full_disk_is_reported_as_not_writable_and_loses_nothing(
    db: Database, start_session: StartSession, sessions: SessionRepository
) -> None:
    session_id = start_session()
    # SQLite's own page limit produces the same SQLITE_FULL error as a full disk.
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(db.engine, "connect")
    def limit_pages(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()
    with pytest.raises(DatabaseNotWritable) as caught:
        sessions.set_feedback(session_id, pain_after=2, effort=5, note="x" * 1_000_000)
    assert str(db.path) in caught.value.message
    assert sessions.get(session_id).note is None


def test_a_transaction_that_raises_saves_nothing(db: Database, query: Query) -> None:
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO profiles (name, created_at, is_default)"
                " VALUES ('Grandma', '2026-01-05 00:00:00', 0)"
            )
        )
        raise RuntimeError("changed my mind")
    assert query("SELECT count(*) FROM profiles") == [(0,)]


def test_a_short_lock_by_another_program_is_waited_for(db: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, other.execute, ["COMMIT"])
    release.start()
    try:
        assert ProfileRepository(db).add("Grandpa").name == "Grandpa"
    finally:
        release.join()
        other.close()


@pytest.mark.slow
def test_a_long_lock_by_another_program_is_reported(db: Database, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(DatabaseBusy) as caught:
            ProfileRepository(db).add("Grandpa")
        other.execute("ROLLBACK")
    assert time.monotonic() - started >= 4.5
    assert isinstance(caught.value, StorageError)
    assert "in use by another program" in caught.value.message


def test_a_saved_step_survives_a_crash(
    tmp_path: Path,
    db_path: Path,
    start_session: StartSession,
    sessions: SessionRepository,
    query: Query,
) -> None:
    session_id = start_session()
    sessions.save_step_result(
        session_id,
        step_index=0,
        step_id="bend",
        side="right",
        planned_s=30.0,
        done_s=30.0,
        planned_reps=None,
        done_reps=None,
        status="completed",
    )
    # The files exactly as they are on disk this instant, the database never closed.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for file in db_path.parent.glob(f"{db_path.name}*"):
        shutil.copy(file, crashed / file.name)
    rows = query("SELECT step_id, side, status FROM step_results", path=crashed / db_path.name)
    assert rows == [("bend", "right", "completed")]
