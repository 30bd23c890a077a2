"""Copies of the database made with SQLite's online backup API, verified before they count.

Automatic backups are named rehabtimer-<local date>-<time>.sqlite and thinned out like a
grandfather-father-son scheme: the newest of each of the last 7 days, 4 weeks and 12
months stay. Backups the user asked for (manual-<local date>-<time>.sqlite) and copies
taken before a migration or a restore are never thinned out.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path

from rehabtimer.storage.errors import DatabaseNotWritable, StorageError
from rehabtimer.storage.files import remove_with_companions, sync_file
from rehabtimer.storage.leftovers import PARTIAL
from rehabtimer.storage.lock import history_lock

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_REGULAR = re.compile(r"rehabtimer-(\d{8}-\d{6})\.sqlite")


def default_backup_name(now: datetime) -> str:
    return f"rehabtimer-{now:%Y%m%d-%H%M%S}.sqlite"


def manual_backup_path(backups_dir: Path, now: datetime) -> Path:
    """A new name for a backup the user asked for; two in one second both stay."""
    stem = f"manual-{now:%Y%m%d-%H%M%S}"
    target, number = backups_dir / f"{stem}.sqlite", 1
    while target.exists():
        number += 1
        target = backups_dir / f"{stem}-{number}.sqlite"
    return target


def backup_files(backups_dir: Path) -> list[Path]:
    """Every backup in the folder, newest first."""
    try:
        found = [p for p in backups_dir.glob("*.sqlite") if p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def taken_at(path: Path) -> datetime | None:
    """The local time in a regular backup's name; None for other files."""
    match = _REGULAR.fullmatch(path.name)
    return None if match is None else datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")


def to_keep(taken: Iterable[datetime]) -> set[datetime]:
    """Which regular backups a rotation keeps: the newest of each of the latest days,
    weeks and months that have one."""
    newest_first = sorted(set(taken), reverse=True)
    kept: set[datetime] = set()
    periods: tuple[tuple[Callable[[datetime], object], int], ...] = (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    )
    for period_of, count in periods:
        seen: list[object] = []
        for moment in newest_first:
            period = period_of(moment)
            if period not in seen:
                if len(seen) == count:
                    break
                seen.append(period)
                kept.add(moment)
    return kept


def rotate(backups_dir: Path) -> list[Path]:
    """Delete the regular backups the rotation no longer keeps; returns them."""
    regular = {path: taken_at(path) for path in backup_files(backups_dir)}
    stamps = {path: at for path, at in regular.items() if at is not None}
    keep = to_keep(stamps.values())
    removed = [path for path, at in stamps.items() if at not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup(source: Path, backups_dir: Path, now: datetime) -> Path | None:
    """The automatic backup: at most one a day, then the rotation. None if today's exists."""
    today: date = now.date()
    with history_lock(source):
        if any(at is not None and at.date() == today
               for at in map(taken_at, backup_files(backups_dir))):
            return None
        made = backup_database(source, backups_dir / default_backup_name(now))
        rotate(backups_dir)
    return made


def manual_backup(source: Path, backups_dir: Path, now: datetime,
                  target: Path | None = None) -> Path:
    """A backup the user asked for, into `target` or the backups folder; never rotated."""
    with history_lock(source):
        return backup_database(source, target or manual_backup_path(backups_dir, now))


def backup_database(source: Path, target: Path) -> Path:
    """Copy a live database to `target` (mode 0600) and check the copy with quick_check.

    A copy that fails the check is removed, so a file at `target` is always a good backup.
    The caller holds the history's lock.
    """
    if not source.is_file():
        raise StorageError(f"There is no database to back up at {source}.")
    partial = target.with_name(target.name + PARTIAL)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        remove_with_companions(partial)
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
        sync_file(partial)
        os.replace(partial, target)
    except sqlite3.DatabaseError as error:
        raise StorageError(f"Cannot back up {source}: {error}.") from None
    except OSError as error:
        raise DatabaseNotWritable(
            f"Cannot write the backup {target}: {error.strerror or error}."
        ) from None
    finally:
        # Where the folder could not be made there is nothing to remove, and the error
        # that says why must not be replaced by this one.
        with suppress(OSError):
            remove_with_companions(partial)
    return target
