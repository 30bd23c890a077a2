"""Files that are not what their name says: a FIFO, or a symlink to /dev/zero.

Read the usual way, the first blocks forever and the second never ends, so code is tried on
them in a child process that is killed after a timeout (and may use only so much memory):
a hang fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TIMEOUT_S = 30
MEMORY_BYTES = 2 << 30

KINDS = ("fifo", "dev-zero")


def make(kind: str, path: Path) -> Path:
    """`path` as a FIFO or as a symlink to /dev/zero; skips where the system has no such thing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs on this system")
        os.mkfifo(path)
    else:
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero on this system")
        path.symlink_to("/dev/zero")
    return path


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    """Run a child Python (`-c CODE` or main.py with arguments) within the time limit."""
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=TIMEOUT_S,
        cwd=REPO, preexec_fn=_limit_memory if os.name == "posix" else None, **kwargs,
    )
