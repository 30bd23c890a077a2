"""What a data folder shows of a history it held, and what killed copies leave behind."""

from __future__ import annotations

import contextlib
from pathlib import Path

from rehabtimer.storage.files import remove_with_companions

PARTIAL = ".partial"


def restoring_copy(path: Path) -> Path:
    """Where a restore builds the new history before it takes the old one's place."""
    return path.with_name(f".{path.name}.restoring")


def history_traces(path: Path, backups_dir: Path) -> list[Path]:
    """Files that show a history was kept here: backups, copies of a history set aside as
    damaged, a write-ahead log without its file, a copy left by a killed restore or backup.
    """
    folder = path.parent
    patterns = [(backups_dir, "*.sqlite"), (backups_dir, f"*{PARTIAL}"),
                (folder, f"{path.name}.damaged-*"), (folder, f"{path.name}-wal"),
                (folder, restoring_copy(path).name)]
    found: list[Path] = []
    for where, pattern in patterns:
        try:
            found.extend(sorted(where.glob(pattern)))
        except OSError:
            continue  # an unreadable folder shows nothing; opening the history will say why
    return found


def remove_leftovers(path: Path, backups_dir: Path) -> None:
    """Delete what a killed backup or restore left: copies that never became anything.

    Called with the history's lock held, so no backup or restore is writing them now.
    """
    leftovers = [restoring_copy(path), path.with_name(f".{path.name}.new")]
    with contextlib.suppress(OSError):
        leftovers += [p for p in backups_dir.glob(f"*{PARTIAL}")]
    for leftover in leftovers:
        remove_with_companions(leftover)
