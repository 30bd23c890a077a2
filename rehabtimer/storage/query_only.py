"""A connection to a history that can only read it: the one way both the exports and the
first frame open a history without changing it (plain sqlite3, no SQLAlchemy, so the start
path can use it too)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def connect_query_only(path: Path, modes: Sequence[str], timeout_s: float,
                       **options: Any) -> sqlite3.Connection:
    """The first of `modes` (SQLite URI modes, tried in turn) that opens `path` for queries;
    the last mode's error when none does. Never creates the file."""
    uri = path.resolve().as_uri()
    failure: sqlite3.Error | None = None
    for mode in modes:
        conn: sqlite3.Connection = sqlite3.connect(
            f"{uri}?{mode}", uri=True, timeout=timeout_s, **options)
        try:
            conn.execute("PRAGMA query_only=ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as error:
            conn.close()
            failure = error
            continue
        return conn
    assert failure is not None
    raise failure
