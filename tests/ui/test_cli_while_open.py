"""The command line while the app has the history open: it reads, copies, never writes
over the app, and nothing is damaged. (Restore refuses while the app is open: test_cli.)"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from rehabtimer.core.clock import FakeClock

from .conftest import open_window
from .test_reminders import MORNING, finish_one_session_today

REPO = Path(__file__).resolve().parents[2]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=60)


def test_export_and_backup_from_another_process_while_the_app_writes(qtbot, data_dir, tmp_path):
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    finish_one_session_today(window, clock)

    exported = cli(data_dir, "export", "csv", "-o", str(tmp_path / "out.csv"))
    backed_up = cli(data_dir, "backup", "-o", str(tmp_path / "copy.sqlite"))
    finish_one_session_today(window, clock)  # the app goes on writing

    assert exported.returncode == 0, exported.stderr
    assert backed_up.returncode == 0, backed_up.stderr
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()) == 2
    assert len(window.ctx.sessions.list()) == 2
    for path in (data_dir / "rehabtimer.sqlite", tmp_path / "copy.sqlite"):
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with closing(sqlite3.connect(tmp_path / "copy.sqlite")) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
