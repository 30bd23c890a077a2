"""Seconds of CPU per minute of session, for holds, the breathing pacer and the moving figure.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/cpu.py [--seconds 60]

The real window runs a real session on the system clock (offscreen, so painting is done in
software, as on a machine without a GPU): once a routine of long holds, once a breathing
step with its animated pacer (alone, and with the breathing figure beside it), once reps of
cat-cow with the figure moving through every phase. CPU time is the process's user + system
time over the run.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from rehabtimer.core.clock import SystemClock
from tests.driving import build_window

TEXT = {"ja": "テスト", "en": "test"}


def routine(kind: str, seconds: int) -> dict:
    steps = {
        "hold": {"kind": "hold", "hold_s": seconds},
        "breathing": {"kind": "breathing", "duration_s": seconds, "inhale_s": 4, "exhale_s": 6},
        "breathing-figure": {"kind": "breathing", "duration_s": seconds, "inhale_s": 4,
                             "exhale_s": 6, "figure": "belly-breathing"},
        "figure": {"kind": "reps", "reps": seconds // 8 + 1, "figure": "cat-cow",
                   "phases": [{"label": TEXT, "seconds": 4}, {"label": TEXT, "seconds": 4}]},
    }
    step = steps[kind]
    return {"format": 1, "id": f"cpu-{kind}", "title": TEXT, "recommended": {"per_day": 1},
            "steps": [{"id": kind, "title": TEXT, "instructions": TEXT, **step}]}


def click(window, name: str) -> None:
    for button in window.findChildren(QPushButton, name):
        if button.isVisible():
            button.click()
            return


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run(app: QApplication, data_dir: Path, kind: str, seconds: int) -> float:
    (data_dir / "routines").mkdir(parents=True, exist_ok=True)
    (data_dir / "routines" / f"cpu-{kind}.json").write_text(json.dumps(routine(kind, seconds)))
    window = build_window(data_dir, "ja", SystemClock())
    window.resize(1280, 800)
    window.show()
    window.start_routine(f"cpu-{kind}")
    for name in ("accept", "continue", "skip"):
        app.processEvents()
        click(window, name)
    start_cpu, start = cpu_seconds(), time.monotonic()
    QTimer.singleShot(seconds * 1000, app.quit)
    app.exec()
    used, elapsed = cpu_seconds() - start_cpu, time.monotonic() - start
    assert window.controller is not None, "the session did not start"
    window.close()
    window.deleteLater()
    app.processEvents()
    return used / elapsed * 60


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--seconds", type=int, default=60)
    args = options.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        for kind, aim in (("hold", 1.0), ("breathing", 3.0), ("breathing-figure", 3.0),
                          ("figure", 3.0)):
            per_minute = run(app, Path(scratch) / kind, kind, args.seconds + 10)
            print(f"{kind:<16} {per_minute:.2f} s of CPU per minute of session (aim < {aim:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
