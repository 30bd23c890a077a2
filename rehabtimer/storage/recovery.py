"""When the history file cannot be used: set it aside, find a good backup, restore it.

Nothing here deletes a history file. A damaged one is kept with a timestamp next to the
new one, so whatever is still in it can be rescued later. A restore never removes the
history before its replacement is in place: the backup is copied beside it, flushed and
checked, and then takes the history's place in one atomic rename, so a crash at any moment
leaves either the old history or the restored one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path

from rehabtimer.storage.backup import backup_database, backup_files
from rehabtimer.storage.errors import (
    DatabaseBusy,
    DatabaseNotWritable,
    NotAHistory,
)
from rehabtimer.storage.files import (
    companions,
    remove_with_companions,
    replace_durably,
    sync_file,
)
from rehabtimer.storage.history_check import check_history_file
from rehabtimer.storage.leftovers import restoring_copy
from rehabtimer.storage.lock import history_lock


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged history file (and its -wal and -shm) to <name>.damaged-<UTC time>."""
    target = path.with_name(f"{path.name}.damaged-{_stamp(now)}")
    try:
        for source, moved in zip(companions(path), companions(target), strict=True):
            with suppress(FileNotFoundError):
                os.replace(source, moved)
    except OSError as error:
        raise DatabaseNotWritable(
            f"Cannot move the damaged history file {path} aside: {error.strerror or error}.",
            path,
        ) from None
    return target


def is_good_backup(path: Path) -> bool:
    """A file this version can restore: a RehabTimer history that passes SQLite's check."""
    try:
        check_history_file(path)
    except NotAHistory:
        return False
    return True


def newest_good_backup(backups_dir: Path) -> Path | None:
    """The most recent backup that passes its check; damaged ones are skipped."""
    return next((b for b in backup_files(backups_dir) if is_good_backup(b)), None)


def restore(backup: Path, path: Path, backups_dir: Path, now: datetime) -> Path | None:
    """Make `backup` the history file. The file it replaces is kept first: backed up as
    pre-restore-<time>.sqlite if it is readable, else copied aside as damaged. Returns where
    the replaced file went, or None if there was none.

    Refuses (NotAHistory, before anything changes) the history itself, and any file that is
    not a good RehabTimer history of a known schema. Holds the history's lock throughout;
    refuses (DatabaseBusy) while an app still has the history open.
    """
    with history_lock(path):
        if _is_the_history(backup, path):
            raise NotAHistory(backup, "it is the history file itself")
        check_history_file(backup)
        copy = restoring_copy(path)
        try:
            _copy_checked(backup, copy)
            kept = _keep_current(path, backups_dir, now) if path.exists() else None
            replace_durably(copy, path)
        finally:
            remove_with_companions(copy)
    return kept


def _is_the_history(candidate: Path, path: Path) -> bool:
    for file in companions(path):
        with suppress(OSError):
            if candidate.samefile(file):
                return True
    return False


def _copy_checked(backup: Path, copy: Path) -> None:
    remove_with_companions(copy)
    try:
        os.close(os.open(copy, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        uri = f"{backup.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as src, \
                closing(sqlite3.connect(copy)) as dst:
            src.backup(dst)
        sync_file(copy)
    except sqlite3.Error as error:
        raise NotAHistory(backup, f"it could not be copied ({error})") from None
    except OSError as error:
        raise DatabaseNotWritable(
            f"Cannot write {copy}: {error.strerror or error}.", copy) from None
    # The copy is what becomes the history, so it is the copy that must pass.
    check_history_file(copy)


def _keep_current(path: Path, backups_dir: Path, now: datetime) -> Path:
    """Keep the history that is about to be replaced, and leave it with no write-ahead log
    that the restored file could be mistaken for."""
    if not is_good_backup(path):
        return _copy_damaged(path, now)
    kept = backup_database(path, backups_dir / f"pre-restore-{_stamp(now)}.sqlite")
    _settle(path)
    return kept


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file; closing the last connection removes it."""
    with closing(sqlite3.connect(path, timeout=5.0)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if path.with_name(f"{path.name}-wal").exists():
        # Another connection still has the history open: replacing the file now would
        # pull it from under a running app.
        raise DatabaseBusy.at(path)


def _copy_damaged(path: Path, now: datetime) -> Path:
    """A byte-for-byte copy of a history SQLite cannot read; its -wal and -shm move along,
    so they never meet the restored file."""
    target = path.with_name(f"{path.name}.damaged-{_stamp(now)}")
    try:
        shutil.copyfile(path, target)
        sync_file(target)
        for source, moved in zip(companions(path)[1:], companions(target)[1:], strict=True):
            with suppress(FileNotFoundError):
                os.replace(source, moved)
    except OSError as error:
        raise DatabaseNotWritable(
            f"Cannot keep a copy of the damaged history file {path}: "
            f"{error.strerror or error}.", path) from None
    return target


def start_new_history(path: Path, now: datetime) -> Path | None:
    """The patient chose a new, empty history: the old file (if any) is set aside as
    damaged and a new one made. Returns where the old one went."""
    # Deferred import: db.py depends on this module's neighbours, not the other way round.
    from rehabtimer.storage.db import create_history

    with history_lock(path):
        moved = set_aside(path, now) if path.exists() else None
        try:
            create_history(path)
        except OSError as error:
            raise DatabaseNotWritable.at(path) from error
    return moved
