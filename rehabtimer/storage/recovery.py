"""When the history file cannot be used: set it aside, find a good backup, restore it.

Nothing here deletes a history file. A damaged one is renamed with a timestamp and stays
next to the new one, so whatever is still in it can be rescued later.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path

from rehabtimer.storage.backup import backup_database, backup_files
from rehabtimer.storage.errors import DatabaseNotWritable, StorageError


def _companions(path: Path) -> list[Path]:
    """The file with its write-ahead log and shared-memory index, which belong with it."""
    return [path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")]


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged history file (and its -wal and -shm) to <name>.damaged-<UTC time>."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        for source, moved in zip(_companions(path), _companions(target), strict=True):
            with suppress(FileNotFoundError):
                os.replace(source, moved)
    except OSError as error:
        raise DatabaseNotWritable(
            f"Cannot move the damaged history file {path} aside: {error.strerror or error}.",
            path,
        ) from None
    return target


def is_good_backup(path: Path) -> bool:
    """A file SQLite reads without complaint that holds a RehabTimer history."""
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
            return conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    except (sqlite3.Error, OSError):
        return False


def newest_good_backup(backups_dir: Path) -> Path | None:
    """The most recent backup that passes its check; damaged ones are skipped."""
    return next((b for b in backup_files(backups_dir) if is_good_backup(b)), None)


def restore(backup: Path, path: Path, backups_dir: Path, now: datetime) -> Path | None:
    """Make `backup` the history file. The file it replaces is kept first: backed up as
    pre-restore-<time>.sqlite if it is readable, else set aside as damaged. Returns where
    the replaced file went, or None if there was none.

    The history must not be open while this runs.
    """
    if not is_good_backup(backup):
        raise StorageError(f"{backup} is not a good RehabTimer backup; nothing was changed.",
                           backup)
    kept = None
    if path.exists():
        stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        try:
            kept = backup_database(path, backups_dir / f"pre-restore-{stamp}.sqlite")
        except StorageError:
            kept = set_aside(path, now)
    for leftover in _companions(path):
        with suppress(FileNotFoundError):
            leftover.unlink()
    backup_database(backup, path)
    return kept
