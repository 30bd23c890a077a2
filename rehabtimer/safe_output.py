"""Where an export, a report, a backup or a shared routine may be written.

The command line and the save dialogs both ask here first. A file chosen by a person can
be anything: the history itself under another name (through "..", a symbolic link or a
hard link), a device such as /dev/full, a named pipe that would block forever. None of
those is ever replaced; a symbolic link to an ordinary file is written through, so the
link stays and the file it names gets the new content.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

WALK_LIMIT = 10_000
"""Files looked at in the data folder when a hard-linked target is checked."""


class UnsafeOutput(Exception):
    """The chosen file must not be written; `message` says which and why, `kind` is one of
    KINDS so that the window can say it in the patient's language."""

    KINDS = ("data-folder", "folder", "special", "linked")

    def __init__(self, kind: str, message: str, path: Path) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.path = path


def output_target(chosen: Path, data_dir: Path) -> Path:
    """The ordinary file to write for `chosen`, with every link and ".." resolved.

    Raises UnsafeOutput for anything inside RehabTimer's data folder (the history, its
    backups, the settings, the user's routines), another name for one of those files, a
    folder, a device, a pipe or a socket.
    """
    real = Path(os.path.realpath(chosen))
    data = Path(os.path.realpath(data_dir))
    if real == data or data in real.parents:
        raise UnsafeOutput(
            "data-folder", f"{chosen} is inside RehabTimer's data folder {data}, where the "
            "history is kept. Choose a file in another folder, for example Documents.", chosen)
    try:
        status = os.stat(real)
    except OSError:
        return real  # nothing there, or no folder to put it in: writing it will say which
    if stat.S_ISDIR(status.st_mode):
        raise UnsafeOutput("folder", f"{chosen} is a folder. Choose a file name.", chosen)
    if not stat.S_ISREG(status.st_mode):
        raise UnsafeOutput(
            "special", f"{chosen} is not an ordinary file (it is a device, a pipe or a socket). "
            "Choose a file name.", chosen)
    if status.st_nlink > 1 and _is_linked_into(status, data):
        raise UnsafeOutput(
            "linked", f"{chosen} is another name for one of RehabTimer's own files in {data}. "
            "Choose another file name.", chosen)
    return real


def _is_linked_into(status: os.stat_result, folder: Path) -> bool:
    seen = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            seen += 1
            if seen > WALK_LIMIT:
                return True  # cannot rule it out: refusing is the safe answer
            try:
                other = os.stat(os.path.join(root, name), follow_symlinks=False)
            except OSError:
                continue
            if (other.st_dev, other.st_ino) == (status.st_dev, status.st_ino):
                return True
    return False
