"""Screen readers hear the phases: a real AT-SPI listener (as Orca is one) on the bus of a
D-Bus session of the test's own, with the app in a real X window (Xvfb)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str | None:
    for tool, package in (("dbus-run-session", "dbus-bin"), ("xvfb-run", "xvfb")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian package {package})"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "the AT-SPI bus is not installed (Debian package at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        return "pyatspi is not installed (Debian packages python3-pyatspi, gir1.2-atspi-2.0)"
    return None


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="AT-SPI is the Linux accessibility bus")
def test_the_hold_phase_is_announced_to_a_screen_reader(tmp_path, data_dir):
    missing = _missing()
    if missing:
        pytest.skip(missing)
    heard = tmp_path / "heard.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    command = ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1200x800x24",
               sys.executable, str(ROOT / "tests" / "ui" / "atspi_session.py"),
               str(data_dir), str(heard)]
    # A group of its own: on a time-out the bus, the X server and the listener go too.
    run = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        output, _ = run.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        output, _ = run.communicate()
        pytest.fail(f"the session under AT-SPI did not end in time:\n{output}")
    assert run.returncode == 0, output
    lines = heard.read_text(encoding="utf-8").splitlines()
    assert "ANNOUNCED 準備" in lines, lines
    assert "ANNOUNCED キープ" in lines, lines
    # The last seconds are counted down before the hold starts.
    assert lines.index("ANNOUNCED 1") < lines.index("ANNOUNCED キープ"), lines
    # A page of the words turned at large text is read out (its first line, as heard).
    page = heard.with_suffix(".page").read_text(encoding="utf-8")
    assert page and any(line.startswith(f"ANNOUNCED {page}") for line in lines), (page, lines)
