"""Copies of the database made with SQLite's online backup API, verified before they count."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from rehabtimer.storage.errors import DatabaseNotWritable, StorageError


def default_backup_name(now: datetime) -> str:
    return f"rehabtimer-{now:%Y%m%d-%H%M%S}.sqlite"


def backup_database(source: Path, target: Path) -> Path:
    """Copy a live database to `target` (mode 0600) and check the copy with quick_check.

    A copy that fails the check is removed, so a file at `target` is always a good backup.
    """
    if not source.is_file():
        raise StorageError(f"There is no database to back up at {source}.")
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        # Create the file private before SQLite writes any health data into it.
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise StorageError(f"The backup of {source} failed its check ({verdict}).")
        os.replace(partial, target)
    except sqlite3.DatabaseError as error:
        raise StorageError(f"Cannot back up {source}: {error}.") from None
    except OSError as error:
        raise DatabaseNotWritable(
            f"Cannot write the backup {target}: {error.strerror or error}."
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return target
