"""What the first frame must not pay for (issue 18: first frame within 1.5 times a bare window).

Each of these cost milliseconds before the home screen showed, and each is easy to bring
back with one innocent line, so a start is run here in a process of its own and looked at
when the home is first painted: Qt's `Qt` namespace not built (PySide makes its 93
enumerations, about 12 ms, the first time it is named: widgets/controls.py), no search
through every widget class (PySide does one the first time Python is handed a widget Qt
made: home/view.py), the collector off until then, PySide's import hook made light
(ui/import_hook.py), and with the routine cards kept, no socket module when no other
RehabTimer runs. benchmarks/startup.py measures the time itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_START = r"""
import gc, json, os, sys
from rehabtimer.cli import main  # first, as main.py does
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
import PySide6.QtCore, PySide6.QtWidgets

app = QApplication(sys.argv[:1])
seen = []

class AtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint:
            return False
        feature = sys.modules.get("shibokensupport.feature")
        seen.append({
            "window": type(watched.window()).__name__,
            "qt_namespace": "Qt" in vars(PySide6.QtCore),
            "widget_types": sorted(name for name in vars(PySide6.QtWidgets)
                                   if name.startswith("Q")),
            "collector_on": gc.isenabled(),
            "socket_module": "socket" in sys.modules,
            "hook": getattr(getattr(feature, "_mod_uses_pyside", None), "__module__", None),
        })
        if seen[-1]["window"] == "MainWindow":
            print(json.dumps(seen[0]), json.dumps(seen[-1]), sep="\n", flush=True)
            from PySide6.QtNetwork import QLocalServer
            for server in app.findChildren(QLocalServer):
                server.close()  # as the app closed by the patient: no socket left behind
            os._exit(0)
        return False

spy = AtPaint()
from rehabtimer.ui.home.view import HomeView
made = HomeView.__init__
def watched(home, *args, **kwargs):
    made(home, *args, **kwargs)
    home.installEventFilter(spy)
HomeView.__init__ = watched
main(["--data-dir", sys.argv[1], "--lang", "ja"])
"""


def _start(data_dir: Path) -> tuple[dict, dict]:
    """The first frame's first paint and the full window's, as a start sees them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "SPEECHD_ADDRESS": "unix_socket:/nonexistent/speechd.sock"}
    out = subprocess.run([sys.executable, "-c", _START, str(data_dir)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    first, full = out.stdout.strip().splitlines()[-2:]
    return json.loads(first), json.loads(full)


@pytest.mark.parametrize("start", ["first start ever", "routine cards kept"])
def test_the_first_frame_is_painted_without_what_it_does_not_need(tmp_path, start):
    data_dir = tmp_path / "data"
    if start == "routine cards kept":
        _start(data_dir)  # the full window keeps the cards for the next start
        assert (data_dir / "home-cards.json").exists()
    first, full = _start(data_dir)
    assert first["window"] == "FirstFrame"
    assert not first["qt_namespace"], (
        "Qt's namespace was built before the first frame: name no Qt.Something on its way "
        "(see widgets/controls.py)")
    # A handful of widget classes is what the home uses; PySide's search through all of
    # them (some 190, with every enumeration they hold) is what this keeps out.
    assert "QFileDialog" not in first["widget_types"], first["widget_types"]
    assert len(first["widget_types"]) < 50, first["widget_types"]
    assert not first["collector_on"], "the collector ran while the first frame was built"
    if start == "routine cards kept" and sys.platform != "win32":
        # Nobody else runs: the single-instance check needs no socket (ui/single_instance.py).
        # (A first start reads the routine files, whose parser loads it anyway.)
        assert not first["socket_module"]
    assert first["hook"] == "rehabtimer.ui.import_hook"
    assert full["collector_on"], "the collector was left off after the first frame"
