"""Reading a small file that may turn out to be anything but one.

Settings, the home card cache and routine files can be edited by hand or handed over by
someone else. Behind the name there may be a FIFO (opening it waits for a writer forever),
a symlink to /dev/zero (reading it never ends), a folder, gigabytes, or JSON nested deeper
than Python parses. Here each of those becomes an exception the callers already handle:
OSError for what cannot be read, ValueError for what cannot be parsed.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

MIB = 1 << 20

# Without O_NONBLOCK a FIFO swapped in after the first stat would still block the open;
# platforms without the flag (Windows) have no FIFOs in the file system. O_BINARY keeps
# Windows from translating line ends and stopping at Ctrl+Z.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))


class NotAFile(OSError):
    """The path leads (through any symlinks) to something other than a regular file."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"is {kind}, not a file", str(path))
        self.kind = kind


class FileTooBig(OSError):
    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"is {size:,} bytes; at most {limit:,} are read",
                         str(path))
        self.size = size


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "something other than a file"


def _check(path: Path, status: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise NotAFile(path, _kind(status.st_mode))
    if status.st_size > limit:
        raise FileTooBig(path, status.st_size, limit)


def read_small_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; symlinks to one are followed.

    Raises OSError (FileNotFoundError and the like, NotAFile, FileTooBig) without opening
    what is not a regular file and without reading more than `limit` + 1 bytes.
    """
    _check(path, os.stat(path), limit)
    with open(os.open(path, _OPEN_FLAGS), "rb") as file:
        # Again on what was opened: the name may have been pointed elsewhere meanwhile.
        _check(path, os.fstat(file.fileno()), limit)
        data = file.read(limit + 1)
        if len(data) > limit:  # it grew while being read
            raise FileTooBig(path, max(len(data), os.fstat(file.fileno()).st_size), limit)
    return data


def read_small_json(path: Path, limit: int = MIB) -> Any:
    """The JSON in a small UTF-8 file; a byte-order mark (Windows Notepad) is allowed.

    Raises OSError as read_small_file does, and ValueError for anything that is not JSON
    Python can hold: bad UTF-8 or syntax, deeper nesting than the parser goes, or a number
    with more digits than int() converts.
    """
    text = read_small_file(path, limit).decode("utf-8-sig")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError(f"{path} is nested too deeply to be read") from None
