"""Phase changes and redraws through the real window: timer.py --window.

The benchmark routine runs in the app's own MainWindow on a data folder of its own, with
the flow, the recorder writing every step to the history file, the guide and its sound
path, and the session view. For every phase boundary it records when the controller's
events reached the window (after the cue and the guide, before the step is written) and
when the session view was next painted, against the scheduled monotonic deadline. With
--load, the GUI thread is blocked for 350 ms on every third boundary, starting 100 ms
before it: the boundary lands inside the block, and the display has to catch up.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from rehabtimer.core.clock import SystemClock
from rehabtimer.core.events import PhaseStarted, SessionFinished

BLOCK_S = 0.35
BLOCK_LEAD_S = 0.1


def run_in_window(data: dict[str, Any], load: bool) -> dict[str, list[float]]:
    """Seconds late, per boundary: the events reaching the window, and the view's paint."""
    from tests.driving import build_window

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch)
        (data_dir / "routines").mkdir(mode=0o700)
        (data_dir / "routines" / f"{data['id']}.json").write_text(json.dumps(data))
        window = build_window(data_dir, "en", SystemClock())
        window.resize(1200, 800)
        window.show()
        late = _run(app, window, data["id"], load)
        window.close()
        window.ctx.database.close()
    return late


def _click_through(app: Any, window: Any) -> None:
    """The notice, then no pain score before: what a patient clicks to begin."""
    for name in ("accept", "continue", "skip"):
        app.processEvents()
        found = [b for b in window.findChildren(QPushButton, name) if b.isVisible()]
        if found:
            found[0].click()


def _run(app: Any, window: Any, routine_id: str, load: bool) -> dict[str, list[float]]:
    late: dict[str, list[float]] = {"events": [], "paint": []}
    awaited: list[float] = []  # deadlines of boundaries not painted yet

    class Painted(QObject):
        # Any widget of the window: a label's new text paints the label, not the page.
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and awaited
                    and isinstance(watched, QWidget) and watched.window() is window):
                now = time.monotonic()
                late["paint"] += [now - at for at in awaited]
                awaited.clear()
            return False

    def block() -> None:
        time.sleep(BLOCK_S)

    blocks: list[QTimer] = []

    def on_events(events: list[Any]) -> None:
        received = time.monotonic()
        for event in events:
            if isinstance(event, PhaseStarted):
                if event.phase.index > 0:
                    late["events"].append(received - event.at)
                    awaited.append(event.at)
                end = event.at + event.phase.seconds
                if load and event.phase.index % 3 == 2:
                    timer = QTimer()
                    timer.setSingleShot(True)
                    timer.setTimerType(Qt.TimerType.PreciseTimer)
                    timer.timeout.connect(block)
                    timer.start(max(0, round((end - BLOCK_LEAD_S - time.monotonic()) * 1000)))
                    blocks.append(timer)
            if isinstance(event, SessionFinished):
                QTimer.singleShot(200, QCoreApplication.quit)

    painted = Painted()
    window.come_forward(["run", routine_id])
    _click_through(app, window)
    controller = window.session.controller
    assert controller is not None, "the session did not start"
    app.installEventFilter(painted)
    controller.events.connect(on_events)
    app.exec()
    return late


def summary(name: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    return (f"{name:<34} n={len(ms):<4} p50={statistics.median(ms):6.2f} ms  "
            f"p99={p99:6.2f} ms  max={ms[-1]:6.2f} ms")
