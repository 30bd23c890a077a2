"""Moving history files so that a crash or a power cut leaves either the old file or the
new one in place, never neither."""

from __future__ import annotations

import os
from pathlib import Path


def companions(path: Path) -> list[Path]:
    """The file with its write-ahead log and shared-memory index, which belong with it."""
    return [path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")]


def remove_with_companions(path: Path) -> None:
    for file in [*companions(path), path.with_name(f"{path.name}-journal")]:
        file.unlink(missing_ok=True)


def sync_file(path: Path) -> None:
    # Opened for writing: Windows flushes only handles that may write.
    with open(path, "r+b") as file:
        os.fsync(file.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut, where the system allows it."""
    if os.name == "nt":
        return  # NTFS journals renames itself; Windows cannot open a folder to flush it
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot flush a folder; the rename is still atomic
    finally:
        os.close(fd)


def replace_durably(source: Path, target: Path) -> None:
    """Put `source` in the place of `target` in one step, flushed to the disk first."""
    sync_file(source)
    os.replace(source, target)
    sync_folder(target.parent)
