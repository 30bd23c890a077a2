"""Writing a file whole or not at all: a crash mid-write leaves the old file in place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")


def write_text_atomically(target: Path, write: Callable[[TextIO], T], mode: int = 0o600,
                          encoding: str = "utf-8") -> T:
    """Call `write` on a temporary file beside `target`, then put it in place in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # Windows' Python has no fchmod before 3.13; chmod there only sets the read-only flag.
        fchmod = getattr(os, "fchmod", None)
        if fchmod is None:
            os.chmod(temp, mode)
        else:
            fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return result
