"""The history's charts (pyqtgraph) are loaded after the home screen is usable, not before
it and not on the way into the history."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Starts the app as `python main.py` does; at the full window's first paint, and again
# 3 seconds later, says whether pyqtgraph is loaded; then leaves.
CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
seen = []

def later():
    seen.append("pyqtgraph" in sys.modules)
    print(json.dumps(seen), flush=True)
    os._exit(0)

class Spy(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and not seen
                and type(watched.window()).__name__ == "MainWindow"):
            seen.append("pyqtgraph" in sys.modules)
            QTimer.singleShot(3000, later)
        return False

spy = Spy()
app.installEventFilter(spy)
from rehabtimer.cli import main
main(["--data-dir", sys.argv[1], "--lang", "en"])
"""


def test_pyqtgraph_is_loaded_once_the_home_screen_is_up(tmp_path):
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True,
                         text=True, timeout=60, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert json.loads(out.stdout) == [False, True]
