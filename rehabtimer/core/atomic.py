"""Writing a file whole or not at all: a crash mid-write leaves the old file in place."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")


def write_text_atomically(target: Path, write: Callable[[TextIO], T], mode: int = 0o600) -> T:
    """Call `write` on a temporary file beside `target`, then put it in place in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        if sys.platform == "win32":
            # No fchmod before Python 3.13 there; chmod only sets the read-only flag anyway.
            os.chmod(temp, mode)
        else:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            result = write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return result
