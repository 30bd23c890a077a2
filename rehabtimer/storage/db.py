"""Opening the history file: create it, migrate it, or refuse it without touching it.

The schema revision is read with plain sqlite3 before anything writes, so a file from a
newer RehabTimer, a damaged file or a foreign file is left byte for byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    CursorResult,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    Result,
    String,
    Table,
    create_engine,
    event,
    insert,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rehabtimer.storage.backup import backup_database
from rehabtimer.storage.errors import (
    DatabaseBusy,
    DatabaseNotWritable,
    DatabaseTooNew,
    DatabaseUnreadable,
    HistoryMissing,
    MigrationFailed,
    StorageError,
)
from rehabtimer.storage.files import remove_with_companions, replace_durably
from rehabtimer.storage.history_check import (
    APPLICATION_ID,
    MIGRATIONS_DIR,
    TABLES,
    known_revisions,
)
from rehabtimer.storage.leftovers import history_traces, remove_leftovers
from rehabtimer.storage.local_day import TRIGGERS
from rehabtimer.storage.lock import history_lock
from rehabtimer.storage.models import SCHEMA_REVISION, Base

_PRAGMAS = (
    # First, so that the pragmas below already wait for another process's lock.
    "PRAGMA busy_timeout=5000",
    "PRAGMA journal_mode=WAL",
    # FULL syncs the WAL on every commit: a confirmed step survives a power cut.
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
)

# Alembic's own bookkeeping table, created exactly as Alembic creates it.
_VERSION_TABLE = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)

_UNREADABLE_CODES = frozenset({sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT})
_NOT_WRITABLE_CODES = frozenset(
    {
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_IOERR,
    }
)
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


class Database:
    """The open history file. The app keeps a single one, so there is a single writer."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine)
        # The same connections, marked so that begin_transaction leaves the write lock alone.
        self._reads = sessionmaker(engine.execution_options(**{_READS: True}))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back if it raises.

        It holds the write lock from its first statement: use it for anything that writes.
        """
        with self._begin(self._sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only: a plain deferred transaction, one consistent snapshot.

        Another program holding the write lock does not hold it up, as the history is in
        WAL mode.
        """
        with self._begin(self._reads) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A plain connection in a transaction that holds the write lock, as transaction(),
        without an ORM session around it: for what is written while an exercise runs."""
        with self._failures(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def _begin(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        with self._failures(), sessions.begin() as session:
            yield session

    @contextmanager
    def _failures(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            error = storage_error(exc, self.path)
            if error is None:
                raise
            raise error from exc

    def close(self) -> None:
        # Closing the last connection checkpoints the WAL into the file and removes it.
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_database(path: Path, backups_dir: Path) -> Database:
    """Open the history file at `path`, creating or migrating it as needed.

    A new history is made only where there never was one: a missing file beside backups or
    a damaged file set aside is refused (HistoryMissing), so a lost history is restored,
    not silently replaced by an empty one. A SQLite file with no tables at all becomes a
    new history: there is nothing in it to lose. Any other file, an empty one included,
    must be a RehabTimer database, or it is refused untouched. Before a migration the file
    is copied into `backups_dir`. All of it happens under the history's lock, so a restore
    or a backup in another process is waited for.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with history_lock(path):
            return _open(path, backups_dir)
    except OSError as exc:
        raise DatabaseNotWritable.at(path) from exc
    except (sqlite3.Error, DBAPIError) as exc:
        error = storage_error(exc, path)
        if error is None:
            raise
        raise error from exc


def _open(path: Path, backups_dir: Path) -> Database:
    if not path.exists():
        traces = history_traces(path, backups_dir)
        if traces:
            raise HistoryMissing(path, traces)
        create_history(path)
    elif path.stat().st_size == 0:
        # A history that lost its content (a full disk, a bad copy): never quietly begin
        # a new one over it; the app offers a backup or a fresh start.
        raise DatabaseUnreadable.at(path)
    remove_leftovers(path, backups_dir)
    revision = stored_revision(path)
    outdated = revision if revision not in (None, SCHEMA_REVISION) else None
    if outdated is not None and outdated not in _known_revisions():
        raise DatabaseTooNew.at(path)
    _restrict_access(path)
    backup = _backup(path, backups_dir, outdated) if outdated is not None else None
    engine = _engine(path)
    try:
        # BEGIN IMMEDIATE takes the write lock, so this also proves the file is writable
        # now rather than at the end of the patient's first exercise.
        with engine.begin() as conn:
            if revision is None:
                create_schema(conn)
            if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        if backup is not None:
            _upgrade(engine, path, backup)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine)


def create_history(path: Path) -> None:
    """Make a new, empty history at `path`, whole or not at all.

    It is built beside `path` and moved into place in one step, so a full disk or a crash
    leaves no empty or half-made file that a later start would take for a damaged history.
    Raises FileExistsError if a history is already there; the caller holds the lock.
    """
    if path.exists():
        raise FileExistsError(path)
    temp = path.with_name(f".{path.name}.new")
    remove_with_companions(temp)
    try:
        # Created with owner-only access before SQLite writes any health data into it;
        # SQLite gives its -wal and -shm files the same mode.
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        engine = _engine(temp)
        try:
            with engine.begin() as conn:
                create_schema(conn)
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        finally:
            engine.dispose()
        replace_durably(temp, path)
    finally:
        remove_with_companions(temp)


def create_schema(conn: Connection) -> None:
    Base.metadata.create_all(conn)
    for trigger in TRIGGERS:
        conn.exec_driver_sql(trigger)
    _VERSION_TABLE.create(conn)
    conn.execute(insert(_VERSION_TABLE).values(version_num=SCHEMA_REVISION))


def _connect_existing(path: Path) -> sqlite3.Connection:
    # mode=rw: never create a file here, and never open anything but an existing one.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5.0)


def stored_revision(
    path: Path, connect: Callable[[Path], sqlite3.Connection] = _connect_existing
) -> str | None:
    """The schema revision recorded in the file, or None if SQLite finds no tables in it.

    A file with tables that is not a RehabTimer history (another program's database, even
    one that uses Alembic too) is refused as unreadable, untouched.
    """
    # Plain SELECTs: sqlite3 opens no transaction for them and nothing is written.
    with closing(connect(path)) as conn:
        names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        if not names:
            return None
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID) or not names >= TABLES:
            raise DatabaseUnreadable.at(path)
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise DatabaseUnreadable.at(path)
    return rows[0][0]


def _known_revisions() -> set[str]:
    return known_revisions(MIGRATIONS_DIR)


def _restrict_access(path: Path) -> None:
    for file in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        with suppress(FileNotFoundError):
            file.chmod(0o600)


def _backup(path: Path, backups_dir: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return backup_database(path, backups_dir / f"pre-migration-{revision}-{stamp}.sqlite")


def _upgrade(engine: Engine, path: Path, backup: Path) -> None:
    # Deferred import: alembic.command costs about 0.4 s of start-up.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None, "an open connection has a driver connection"
        # A batch migration rebuilds a table by dropping it; with foreign keys on, that drop
        # would cascade and delete the step results of every session. SQLite ignores this
        # pragma inside a transaction, so it is set before the migration's transaction.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise RuntimeError(f"foreign keys broken by the migration: {violations}")
        except Exception as exc:
            raise MigrationFailed.at(path, backup) from exc
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _engine(path: Path) -> Engine:
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", begin_transaction)
    return engine


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # sqlite3's own transaction handling skips BEGIN before DDL (a crash could leave a
    # half-built schema) and is due to change in future Pythons; with it off, only
    # begin_transaction starts transactions, DDL included.
    dbapi_connection.isolation_level = None
    for pragma in _PRAGMAS:
        dbapi_connection.execute(pragma).close()


# The execution option that marks Database.reading()'s transactions.
_READS = "rehabtimer_reads"


def begin_transaction(conn: Connection) -> None:
    # Taking the write lock up front makes a second writer wait for busy_timeout instead
    # of failing half-way through its transaction. Reads need no lock: taking it would
    # make even an export wait for, and fail behind, another program's write.
    read_only = conn.get_execution_options().get(_READS, False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def changed_rows(result: Result[*tuple[Any, ...]]) -> int:
    """How many rows an UPDATE or DELETE run by Session.execute() changed."""
    # The session returns a CursorResult for them, though its signature promises a Result.
    assert isinstance(result, CursorResult)
    return result.rowcount


def storage_error(exc: sqlite3.Error | DBAPIError, path: Path) -> StorageError | None:
    """The patient-facing error for a failure of the file, None for a failure of the code."""
    cause = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(cause, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in _UNREADABLE_CODES:
        return DatabaseUnreadable.at(path)
    if primary in _NOT_WRITABLE_CODES:
        return DatabaseNotWritable.at(path)
    if primary in _BUSY_CODES:
        return DatabaseBusy.at(path)
    return None
