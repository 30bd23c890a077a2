"""Every screen in a real window, as patients get it: no text cut off or overlapped, and what
each screen is for in view without scrolling (the rule is in real_window.py).

Each case starts an Xvfb screen of a patient's size and runs real_window.py against it in a
pytest of its own on Qt's xcb platform, with the app's fonts (Noto Sans CJK JP here), its
translations and text size. The default window at both text sizes in both languages runs
with every `make test`; the other screens people have run with the slow tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.real_window import CONFIG_ENV

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = "1200x800"
SIZES = (DEFAULT, "1366x768", "1920x1080")
INNER_TIMEOUT_S = 280

CASES = [
    pytest.param(size, scale, lang, id=f"{size}-{scale}-{lang}",
                 marks=[] if size == DEFAULT else [pytest.mark.slow])
    for size in SIZES for scale in (100, 200) for lang in ("ja", "en")
]


def _xvfb(size: str) -> Iterator[str]:
    """An X server with one screen of `size`; its display name, while it runs."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed: `make test` installs it (Debian's xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()  # written once the server takes clients
        if not number:
            pytest.fail(f"Xvfb did not start (exit status {server.wait(10)})")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def display(request: pytest.FixtureRequest) -> Iterator[str]:
    yield from _xvfb(request.node.callspec.params["size"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is an X11 server")
@pytest.mark.parametrize(("size", "scale", "lang"), CASES)
def test_every_screen_is_whole_in_a_real_window(display, tmp_path, size, scale, lang):
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           CONFIG_ENV: f"{size},{scale},{lang}"}
    env.pop("WAYLAND_DISPLAY", None)
    # Voice guidance off the same way on every machine: a speech service found or spawned
    # here would change the home's words, and spawning one can take seconds per window.
    env["SPEECHD_ADDRESS"] = "unix_socket:" + str(tmp_path / "no-speech-service")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "--tb=short", "-p", "no:cacheprovider",
         "--basetemp", str(tmp_path / "inner"), "tests/ui/real_window.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=INNER_TIMEOUT_S)
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-4000:]
