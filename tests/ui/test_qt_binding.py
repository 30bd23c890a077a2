"""The Qt binding must survive the calls a long session makes thousands of times.

PySide6 6.12.0 on Python 3.11 loses a reference on each QTimer.start() and Signal.emit();
after a few thousand calls (an hour of session) the interpreter frees None or True and dies.
"""

from __future__ import annotations

import subprocess
import sys

CALLS = 20_000

SCRIPT = f"""
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

class Source(QObject):
    changed = Signal(object)

app = QCoreApplication([])
source = Source()
source.changed.connect(lambda value: None)
timer = QTimer()
timer.setSingleShot(True)
for i in range({CALLS}):
    source.changed.emit(i)
    timer.start(1000)
timer.stop()
print("survived")
"""


def test_emit_and_timer_start_many_times_without_a_crash():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "survived"
