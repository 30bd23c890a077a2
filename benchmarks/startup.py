"""How long from process start to the first painted home screen, against a bare window?

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs N]

Each run is a fresh process. The app goes through the same start-up as `python main.py`
(translations, style, single instance, database, routines) on a data folder with a year of
history, and counts as started when the home screen, with its routine cards, is first
painted: from the cards kept by the last start, and, as on a first start ever, without them
(then the cards come with the full window). The bare run is a PySide6 QApplication with one
QLabel, first painted. Runs are interleaved so all see the same machine; medians are
printed with their ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from rehabtimer.paths import data_paths

ROOT = Path(__file__).resolve().parents[1]
KINDS = {
    "bare": "bare PySide6 window, first paint",
    "app": "RehabTimer home screen with its routine cards, first paint",
    "first start": "the same without the kept cards (first start, or a routine changed)",
}


def child(kind: str, data_dir: str) -> None:
    """Runs in the measured process: print time.monotonic() at the first wanted paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QFrame, QLabel

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def __init__(self, wanted: type) -> None:
            super().__init__()
            self.wanted = wanted

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, self.wanted):
                return False
            if kind == "bare" or any(frame.objectName().startswith("card-")
                                     for frame in watched.findChildren(QFrame)):
                print(time.monotonic(), flush=True)
                os._exit(0)
            return False

    if kind == "bare":
        spy = FirstPaint(QLabel)
        app.installEventFilter(spy)
        label = QLabel("RehabTimer")
        label.show()
        app.exec()
        return
    from rehabtimer.ui.home.view import HomeView

    spy = FirstPaint(HomeView)
    app.installEventFilter(spy)
    from rehabtimer.cli import main

    main(["--data-dir", data_dir, "--lang", "ja"])


# As on a patient's computer, where Python keeps the compiled modules from the first start:
# without them every start compiles the app's modules again.
CHILD_ENV = {
    **{name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"},
    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
}


def measure(kind: str, data_dir: Path) -> float:
    if kind == "first start":
        # As on the first start after installing, or after a routine file changed.
        data_paths(data_dir).card_cache.unlink(missing_ok=True)
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(data_dir)],
        capture_output=True, text=True, check=True, cwd=ROOT,
        env=CHILD_ENV,
    ).stdout
    return float(out.split()[-1]) - started


def prepare_history(data_dir: Path) -> None:
    # Made in its own process, so the measuring one stays free of Qt and the app.
    code = (
        "from datetime import date; from PySide6.QtWidgets import QApplication;"
        "app = QApplication([]);"
        "from rehabtimer.core.clock import FakeClock;"
        "from tests.driving import build_window, seed_history;"
        f"w = build_window({str(data_dir)!r}, 'ja', FakeClock());"
        f"seed_history(w.ctx, 365, date.fromisoformat({date.today().isoformat()!r}));"
        "w.close(); w.ctx.database.close()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--runs", type=int, default=10)
    options.add_argument("--child", nargs=2, metavar=("KIND", "DATA_DIR"), help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    if args.child:
        child(*args.child)
        return 1  # the child exits from its first paint; getting here means it never painted
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"
        prepare_history(data_dir)
        measure("app", data_dir)  # a first run warms the disk cache for both
        times: dict[str, list[float]] = {kind: [] for kind in KINDS}
        for _ in range(args.runs):
            for kind in KINDS:
                times[kind].append(measure(kind, data_dir))
    medians = {kind: statistics.median(runs) for kind, runs in times.items()}
    for kind, label in KINDS.items():
        runs = times[kind]
        print(f"{label}: median {medians[kind] * 1000:.0f} ms "
              f"(min {min(runs) * 1000:.0f}, max {max(runs) * 1000:.0f})")
    print(f"ratio: {medians['app'] / medians['bare']:.2f} (aim <= 1.5); first start ever: "
          f"{medians['first start'] / medians['bare']:.2f}; {args.runs} runs each, interleaved")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
