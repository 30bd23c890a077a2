"""Opening the history only to read it, for exports: nothing in the data folder is created,
changed or made private, so a history in a read-only folder (a backup drive, another
account's copy) can still be exported.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from rehabtimer.storage.db import (
    Database,
    begin_transaction,
    create_schema,
    open_database,
    storage_error,
    stored_revision,
)
from rehabtimer.storage.errors import DatabaseUnreadable, HistoryMissing
from rehabtimer.storage.leftovers import history_traces
from rehabtimer.storage.models import SCHEMA_REVISION
from rehabtimer.storage.query_only import connect_query_only

# Tried in turn: read-write leaves no -wal or -shm behind when closed; read-only works where
# the file may not be written; immutable where not even the shared-memory index can be
# made, which in a read-only folder no writer can be using either.
_MODES = ("mode=rw", "mode=ro", "mode=ro&immutable=1")


def open_for_reading(path: Path, backups_dir: Path) -> Database:
    """The history at `path`, to read from.

    With no history yet (and none ever kept here), an empty one in memory: there is nothing
    to export, and nothing is made on disk. A missing history that was kept here before is
    refused (HistoryMissing), as for every other command. A file from an older version is
    upgraded first, as open_database does, which needs a folder that can be written.
    """
    if not path.exists():
        traces = history_traces(path, backups_dir)
        if traces:
            raise HistoryMissing(path, traces)
        return _empty_in_memory(path)
    try:
        if path.stat().st_size == 0:
            raise DatabaseUnreadable.at(path)
        revision = stored_revision(path, _connect)
    except sqlite3.Error as exc:
        error = storage_error(exc, path)
        if error is None:
            raise
        raise error from exc
    if revision != SCHEMA_REVISION:
        return open_database(path, backups_dir)
    engine = create_engine("sqlite://", creator=lambda: _connect(path))
    _configure(engine)
    return Database(path, engine)


def _connect(path: Path) -> sqlite3.Connection:
    return connect_query_only(path, _MODES, 5.0, check_same_thread=False)


def _empty_in_memory(path: Path) -> Database:
    engine = create_engine("sqlite://")
    _configure(engine)
    with engine.begin() as conn:
        create_schema(conn)
    return Database(path, engine)


def _configure(engine: Engine) -> None:
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", begin_transaction)


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions begin in begin_transaction only
    dbapi_connection.execute("PRAGMA busy_timeout=5000").close()
    dbapi_connection.execute("PRAGMA foreign_keys=ON").close()
