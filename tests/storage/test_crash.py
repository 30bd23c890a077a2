"""kill -9 in the middle of a session, again and again: nothing confirmed is ever lost."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from rehabtimer.storage.db import open_database
from rehabtimer.storage.sessions import SessionRepository

REPO = Path(__file__).resolve().parents[2]


def run_and_kill(data_dir: Path, after_s: float) -> int:
    """Start the child, kill it with SIGKILL `after_s` into its session; the steps it
    confirmed by then."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", str(data_dir)],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    with child.stdout:
        confirmed = int(child.stdout.readline().split()[1])  # the session has begun
        deadline = time.monotonic() + after_s
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            confirmed = int(line.split()[1])
        child.kill()
    child.wait()
    return confirmed


@pytest.mark.parametrize(
    "kills", [3, pytest.param(20, marks=pytest.mark.slow)], ids=["3 kills", "20 kills"])
def test_every_confirmed_step_survives_kill_9_at_random_moments(
    tmp_path: Path, kills: int
) -> None:
    rng = random.Random(20261123 + kills)
    data_dir = tmp_path / "data"
    confirmed = []
    for round_number in range(kills):
        confirmed.append(run_and_kill(data_dir, rng.uniform(0.0, 1.5)))
        db_path = data_dir / "rehabtimer.sqlite"
        with closing(sqlite3.connect(db_path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with open_database(db_path, data_dir / "backups") as db:
            sessions = SessionRepository(db)
            [cut_off] = sessions.mark_in_progress_interrupted()
            record = sessions.get(cut_off)
            saved = sessions.step_results(cut_off)
        assert record.status == "interrupted"
        assert len(saved) >= confirmed[-1], f"round {round_number}: a confirmed step was lost"
        assert record.steps_done == len(saved)
    assert len(set(confirmed)) > kills // 4, "the kills should land at different moments"
