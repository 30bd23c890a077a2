"""Exports and the routine list read the history without writing the data folder, so they
work where the folder may not be written (a backup drive, another account's copy)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.cli.test_cli import record_sessions

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534


@pytest.fixture
def read_only_data_dir():
    """A data folder with a history, owned by `nobody` and not writable by it (root may
    write anywhere, so the commands run as nobody)."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run a command as another user")
    top = Path(tempfile.mkdtemp(prefix="rehabtimer-ro-"))
    top.chmod(0o755)
    data = top / "data"
    record_sessions(data, 2)
    for path in [data, *data.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)
        path.chmod(0o500 if path.is_dir() else 0o400)
    yield data
    shutil.rmtree(top)


def as_nobody(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "QT_QPA_PLATFORM": "offscreen", "HOME": str(data.parent),
           "XDG_RUNTIME_DIR": str(data.parent), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
         sys.executable, "main.py", "--data-dir", str(data), *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_exports_and_the_routine_list_work_in_a_read_only_folder(read_only_data_dir):
    data = read_only_data_dir
    before = {p: (p.stat().st_mode, p.read_bytes()) for p in data.rglob("*") if p.is_file()}
    folder_mode = data.stat().st_mode

    csv = as_nobody(data, "export", "csv")
    assert csv.returncode == 0, csv.stderr
    assert len(csv.stdout.splitlines()) == 3
    listed = as_nobody(data, "routine", "list")
    assert listed.returncode == 0, listed.stderr
    assert "knee-oa" in listed.stdout
    report = data.parent / "report.pdf"
    os.chown(data.parent, NOBODY, NOBODY)  # the report goes beside the data folder
    pdf = as_nobody(data, "export", "pdf", "-o", str(report))
    assert pdf.returncode == 0, pdf.stderr
    assert report.read_bytes()[:5] == b"%PDF-"

    assert data.stat().st_mode == folder_mode, "not made private: it is not ours to change"
    after = {p: (p.stat().st_mode, p.read_bytes()) for p in data.rglob("*") if p.is_file()}
    assert after == before
