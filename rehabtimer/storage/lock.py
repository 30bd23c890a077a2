"""One change to the history file at a time, across processes.

Restore, backup and opening (which may create or migrate the file) each hold this lock for
their whole run. SQLite's own locks cannot do it: a restore replaces the file, and a lock on
the old file says nothing about the new one. The lock is the operating system's (flock on
Linux and macOS, LockFileEx on Windows, through filelock), so a process killed while holding
it lets go of it at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from rehabtimer.storage.errors import DatabaseNotWritable, HistoryLocked

WAIT_S = 10.0
"""Long enough for a restore or a backup of ten years of history (under a second)."""


def lock_path(database: Path) -> Path:
    return database.with_name(f"{database.name}.lock")


@contextmanager
def history_lock(database: Path) -> Iterator[None]:
    """Hold the history's lock, waiting up to WAIT_S for another process to let it go."""
    lock = FileLock(lock_path(database), mode=0o600, thread_local=False)
    try:
        lock.acquire(timeout=WAIT_S)
    except Timeout:
        raise HistoryLocked.at(database) from None
    except OSError as error:
        raise DatabaseNotWritable(
            f"RehabTimer cannot use its data folder {database.parent}: "
            f"{error.strerror or error}.", database) from None
    try:
        yield
    finally:
        lock.release()
