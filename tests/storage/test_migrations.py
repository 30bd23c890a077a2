"""The migration scripts agree with the models, and upgrades keep the patient's history."""

from __future__ import annotations

import re
import shutil
import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine

from rehabtimer.core.plans import Excuse
from rehabtimer.storage import db as db_module
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.storage.db import MIGRATIONS_DIR, Database, open_database
from rehabtimer.storage.errors import MigrationFailed
from rehabtimer.storage.models import SCHEMA_REVISION, Base
from rehabtimer.storage.sessions import SessionRepository

from .conftest import Query, StartSession

# The test scripts below come after the real head, whatever it is by now.
NEXT_REVISION = f"{int(SCHEMA_REVISION) + 1:04d}"

REBUILD_SESSIONS = f"""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT_REVISION}"
down_revision = "{SCHEMA_REVISION}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A table rebuild: copy, DROP TABLE sessions, rename, as SQLite migrations must do.
    with op.batch_alter_table("sessions", recreate="always") as batch:
        batch.add_column(sa.Column("mood", sa.Integer(), nullable=True))
"""

FAILING = f"""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT_REVISION}"
down_revision = "{SCHEMA_REVISION}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("mood", sa.Integer(), nullable=True))
    op.execute("DELETE FROM step_results")
    raise RuntimeError("a bug in the migration")
"""


def config(script_location: Path, conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    cfg.attributes["connection"] = conn
    return cfg


@pytest.fixture
def upgraded_path(tmp_path: Path) -> Path:
    """A database built by the migration scripts alone, from an empty file."""
    path = tmp_path / "migrated.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(config(MIGRATIONS_DIR, conn), "head")
    engine.dispose()
    return path


@pytest.fixture
def scripts_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Make the app see the real scripts plus a revision after them with the given body."""
    scripts = tmp_path / "scripts"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))

    def install(body: str) -> None:
        (scripts / "versions" / f"{NEXT_REVISION}_test.py").write_text(body)
        monkeypatch.setattr(db_module, "MIGRATIONS_DIR", scripts)
        monkeypatch.setattr(db_module, "SCHEMA_REVISION", NEXT_REVISION)

    return install


def schema(path: Path) -> list[tuple[str, str, str | tuple[str, ...]]]:
    """Every table, index and trigger as SQLite keeps its definition.

    A table rebuilt by a batch migration lists its constraints in another order, and its
    name in quotes: a table's columns are compared in order, its constraints as a set.
    """
    with closing(sqlite3.connect(path)) as conn:
        found = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    return [(kind, name, table_parts(sql) if kind == "table" else sql)
            for kind, name, sql in found]


def table_parts(sql: str) -> tuple[str, ...]:
    head, *parts = (line.strip().removesuffix(",").strip() for line in sql.split("\n"))
    columns = [part for part in parts if not part.startswith("CONSTRAINT")]
    constraints = sorted(part for part in parts if part.startswith("CONSTRAINT"))
    return (head.replace('"', ""), *columns, *constraints)


def columns(path: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_schema_revision_is_the_head_of_the_scripts() -> None:
    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_heads() == [SCHEMA_REVISION]


def test_the_scripts_build_what_the_models_describe(upgraded_path: Path) -> None:
    engine = create_engine(f"sqlite:///{upgraded_path}")
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_the_scripts_build_exactly_what_a_new_file_gets(
    upgraded_path: Path, db_path: Path, backups_dir: Path
) -> None:
    # Autogenerate overlooks CHECK constraints; the DDL text compares everything.
    open_database(db_path, backups_dir).close()
    assert schema(db_path) == schema(upgraded_path)
    # Indexes among them: the month sums' one holds the reason a session stopped.
    indexes = {name: sql for kind, name, sql in schema(upgraded_path) if kind == "index"}
    assert indexes["ix_sessions_daily_sums"] == (
        "CREATE INDEX ix_sessions_daily_sums ON sessions (profile_id, local_day, routine_id, "
        "status, steps_done, steps_total, planned_s, active_s, pain_before, pain_after, effort, "
        "stop_reason)")


def test_alembic_sees_a_new_file_at_head_and_finds_nothing_to_do(
    db_path: Path, backups_dir: Path, query: Query
) -> None:
    open_database(db_path, backups_dir).close()
    before = schema(db_path)
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == SCHEMA_REVISION
        command.upgrade(config(MIGRATIONS_DIR, conn), "head")
    engine.dispose()
    assert schema(db_path) == before


def test_an_older_file_is_backed_up_then_upgraded_keeping_step_results(
    db_path: Path,
    backups_dir: Path,
    query: Query,
    db: Database,
    start_session: StartSession,
    sessions: SessionRepository,
    scripts_with: Callable[[str], None],
) -> None:
    session_id = start_session()
    for side in ("right", "left"):
        sessions.save_step_result(
            session_id,
            step_index=0,
            step_id="bend",
            side=side,
            planned_s=30.0,
            done_s=30.0,
            planned_reps=None,
            done_reps=None,
            status="completed",
        )
    db.close()
    scripts_with(REBUILD_SESSIONS)

    with open_database(db_path, backups_dir) as upgraded:
        with upgraded.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        results = SessionRepository(upgraded).step_results(session_id)
    assert [r.side for r in results] == ["right", "left"]

    assert query("SELECT version_num FROM alembic_version") == [(NEXT_REVISION,)]
    assert "mood" in columns(db_path, "sessions")
    [backup] = backups_dir.iterdir()
    assert re.fullmatch(rf"pre-migration-{SCHEMA_REVISION}-\d{{8}}T\d{{6}}Z\.sqlite", backup.name)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups_dir.stat().st_mode) == 0o700
    assert query("SELECT version_num FROM alembic_version", path=backup) == [(SCHEMA_REVISION,)]
    assert query("SELECT count(*) FROM step_results", path=backup) == [(2,)]
    assert "mood" not in columns(backup, "sessions")


def test_a_failed_migration_leaves_the_file_as_it_was(
    db_path: Path,
    backups_dir: Path,
    query: Query,
    db: Database,
    start_session: StartSession,
    sessions: SessionRepository,
    scripts_with: Callable[[str], None],
) -> None:
    session_id = start_session()
    sessions.save_step_result(
        session_id,
        step_index=0,
        step_id="bend",
        side="",
        planned_s=30.0,
        done_s=12.5,
        planned_reps=None,
        done_reps=None,
        status="partial",
    )
    db.close()
    scripts_with(FAILING)

    with pytest.raises(MigrationFailed) as caught:
        open_database(db_path, backups_dir)

    [backup] = backups_dir.iterdir()
    assert str(backup) in caught.value.message
    assert str(db_path) in caught.value.message
    assert query("SELECT version_num FROM alembic_version") == [(SCHEMA_REVISION,)]
    assert "mood" not in columns(db_path, "sessions")
    assert query("SELECT done_s FROM step_results") == [(12.5,)]


def test_a_revision_drafted_from_the_template_runs(
    db_path: Path, backups_dir: Path, tmp_path: Path, query: Query
) -> None:
    scripts = tmp_path / "scripts"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    open_database(db_path, backups_dir).close()
    before = schema(db_path)
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.revision(
            config(scripts, conn), "nothing changed", autogenerate=True, rev_id=NEXT_REVISION
        )
    with engine.begin() as conn:
        command.upgrade(config(scripts, conn), "head")
    engine.dispose()
    drafted = [p.name for p in (scripts / "versions").glob(f"{NEXT_REVISION}_*.py")]
    assert drafted == [f"{NEXT_REVISION}_nothing_changed.py"]
    assert query("SELECT version_num FROM alembic_version") == [(NEXT_REVISION,)]
    assert schema(db_path) == before


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Every released schema, written by RehabTimer at that revision: a profile, a routine
# snapshot, a completed session in Japan and a stopped one in California with step results,
# and a plan; from 0002 on also a rest day with a note and an audit entry; from 0003 on
# also a reminder time and the last reminder check; from 0004 on also a gate answer and a
# kept answer; from 0005 on also each session's local day.
RELEASED_SCHEMAS = {
    "0001": {"profiles": 1, "routine_snapshots": 1, "sessions": 2, "step_results": 3, "plans": 1},
    "0002": {"profiles": 1, "routine_snapshots": 1, "sessions": 2, "step_results": 3, "plans": 1,
             "day_marks": 1, "audit_log": 1},
    "0003": {"profiles": 1, "routine_snapshots": 1, "sessions": 2, "step_results": 3, "plans": 1,
             "day_marks": 1, "audit_log": 1, "reminder_times": 1, "reminder_checks": 1},
    "0004": {"profiles": 1, "routine_snapshots": 1, "sessions": 2, "step_results": 3, "plans": 1,
             "day_marks": 1, "audit_log": 1, "reminder_times": 1, "reminder_checks": 1,
             "safety_answers": 1, "kept_answers": 1},
    "0005": {"profiles": 1, "routine_snapshots": 1, "sessions": 2, "step_results": 3, "plans": 1,
             "day_marks": 1, "audit_log": 1, "reminder_times": 1, "reminder_checks": 1,
             "safety_answers": 1, "kept_answers": 1},
}


def every_row(path: Path, table: str, names: list[str]) -> list[tuple[Any, ...]]:
    """The rows of `table` in the file at `path`, in the columns named."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()


def test_every_schema_revision_has_a_fixture() -> None:
    revisions = [p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.sqlite")]
    released = [f"{n:04d}" for n in range(1, int(SCHEMA_REVISION))]
    assert sorted(revisions) == sorted(RELEASED_SCHEMAS) == released


@pytest.mark.parametrize("revision", sorted(RELEASED_SCHEMAS))
def test_a_file_from_an_older_revision_is_backed_up_and_upgraded_intact(
    revision: str, tmp_path: Path, backups_dir: Path, query: Query
) -> None:
    counts = RELEASED_SCHEMAS[revision]
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite", path)
    # The columns a released file has; an upgrade may add others.
    names = {table: columns(path, table) for table in counts}
    before = {table: every_row(path, table, names[table]) for table in counts}
    assert {table: len(rows) for table, rows in before.items()} == counts

    with open_database(path, backups_dir) as upgraded:
        records = SessionRepository(upgraded).list()
        assert {table: every_row(path, table, names[table]) for table in before} == before
        # The upgraded file takes new rows.
        DayMarkRepository(upgraded).set(records[0].profile_id, date(2026, 1, 9), Excuse.SICK)

    assert [(r.started_at.isoformat(), r.status) for r in records] == [
        ("2026-01-05T23:30:00+09:00", "completed"),
        ("2026-01-06T20:00:00-08:00", "stopped"),
    ]
    assert ("2026-01-09", "sick") in query("SELECT day, kind FROM day_marks", path=path)
    assert query("SELECT version_num FROM alembic_version", path=path) == [(SCHEMA_REVISION,)]
    [backup] = backups_dir.iterdir()
    assert backup.name.startswith(f"pre-migration-{revision}-")
    assert query("SELECT version_num FROM alembic_version", path=backup) == [(revision,)]
    assert {table: every_row(backup, table, names[table]) for table in before} == before
    assert schema(path) == schema(upgraded_from_nothing(tmp_path))
    # Each session's local start day, filled in by the upgrade: 5 January in Japan, and
    # 6 January in California although it was the 7th in UTC.
    assert query("SELECT id, local_day FROM sessions ORDER BY id", path=path) == [
        (records[0].id, date(2026, 1, 5).toordinal()),
        (records[1].id, date(2026, 1, 6).toordinal()),
    ]


def upgraded_from_nothing(tmp_path: Path) -> Path:
    path = tmp_path / "new.sqlite"
    open_database(path, tmp_path / "unused-backups").close()
    return path
