"""How long from process start to the first painted home screen, against a bare window?

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs N]

Each run is a fresh process. The app goes through the same start-up as `python main.py`
(translations, style, single instance, database, routines) on a data folder with a year of
history. Five moments are timed, each against the bare window: the first frame (the home
screen's routine cards, first painted, from the cards kept by the last start); today's
progress first shown; the usable home (the home as the patient uses it: the routines, the
profile's name and today's progress painted, every button working: on the first frame, read
without SQLAlchemy, its clicks kept for the full window, else on the full window; its
resident memory then is printed too); the full window (the home in the window with the
database open and the ORM loaded, first painted: a click on the first frame that needs them
waits until then); and the first start ever (a new, empty data folder: the home with its
routines, profile and progress first painted). The bare run is a PySide6 QApplication with
one QLabel, first painted. Runs are interleaved so all see the same machine; medians are
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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

ROOT = Path(__file__).resolve().parents[1]
KINDS = {
    "bare": "bare PySide6 window, first paint",
    "first frame": "first frame: the home screen's routine cards, first paint",
    "progress shown": "today's progress on the home, first paint (first frame or full window)",
    "usable home": "usable home: routines, profile and today's progress, first paint",
    "full window": "full window (database and ORM loaded): its home, first paint",
    "first start ever": "first start ever (new data folder): the usable home, first paint",
}
# Where a ready home shows what the patient needs; a full window is also always usable.
USABLE = ("usable home", "first start ever")
AIMS = {"first frame": 1.5, "usable home": 3.0, "first start ever": 4.0}


def child(kind: str, data_dir: str) -> None:
    """Runs in the measured process: print time.monotonic() at the first wanted paint."""
    if kind != "bare":
        # Before Qt, as main.py imports it: what the app imports first pays no PySide
        # import hook (see rehabtimer/ui/__init__.py).
        from rehabtimer.cli import main
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if kind in ("progress shown", "full window", *USABLE):
                assert isinstance(watched, QWidget)
                full = type(watched.window()).__name__ == "MainWindow"
                labels = watched.findChildren(QLabel)
                ready = (full or kind != "full window") and any(
                    label.objectName().startswith("progress-") and label.text()
                    for label in labels)
                if kind in USABLE:
                    ready = ready and any(label.objectName() == "profile" and label.text()
                                          for label in labels)
            else:
                ready = kind == "bare" or any(frame.objectName().startswith("card-")
                                              for frame in watched.findChildren(QFrame))
            if ready:
                print(time.monotonic(), resident_mib(), flush=True)
                if kind == "full window":
                    close_single_instance_server(app)
                os._exit(0)
            return False

    # On the painted widget only: a filter on the whole app would run Python for each of
    # the thousands of events before the first frame, wrapping every object they concern,
    # a cost the app does not have and the bare window hardly pays.
    spy = FirstPaint()
    if kind == "bare":
        label = QLabel("RehabTimer")
        label.installEventFilter(spy)
        label.show()
        app.exec()
        return
    from rehabtimer.ui.import_hook import lighten_pyside_import_hook

    lighten_pyside_import_hook()  # as the app does before it imports its window
    from rehabtimer.ui.home.view import HomeView

    built = HomeView.__init__

    def watched_home(home: HomeView, *args: Any, **kwargs: Any) -> None:
        built(home, *args, **kwargs)
        home.installEventFilter(spy)

    HomeView.__init__ = watched_home  # type: ignore[method-assign,assignment]
    main(["--data-dir", data_dir, "--lang", "ja"])


def close_single_instance_server(app: QObject) -> None:
    """Close the full window's single-instance server, as a patient's closing the app does:
    a start after a crash finds its socket left behind and pays for a look at it, which the
    runs after this one would otherwise all do."""
    from PySide6.QtNetwork import QLocalServer

    for server in app.findChildren(QLocalServer):
        server.close()


# As on a patient's computer, where Python keeps the compiled modules from the first start:
# without them every start compiles the app's modules again.
CHILD_ENV = {
    **{name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"},
    "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
}


def resident_mib() -> float:
    """The process's resident memory now, where /proc tells it (Linux); else 0."""
    if sys.platform != "linux":
        return 0.0
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(kind: str, data_dir: Path, scratch: Path) -> tuple[float, float]:
    """Seconds from the process's start to the paint, and the resident MiB then."""
    folder = data_dir
    if kind == "first start ever":
        folder = Path(tempfile.mkdtemp(dir=scratch))
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(folder)],
        capture_output=True, text=True, check=True, cwd=ROOT,
        env=CHILD_ENV,
    ).stdout
    painted, resident = out.split()[-2:]
    return float(painted) - started, float(resident)


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
        measure("first frame", data_dir, Path(scratch))  # warms the disk cache for all
        times: dict[str, list[float]] = {kind: [] for kind in KINDS}
        ratios: dict[str, list[float]] = {kind: [] for kind in KINDS if kind != "bare"}
        memory: dict[str, list[float]] = {"usable home": [], "full window": []}
        for _ in range(args.runs):
            for kind in KINDS:
                seconds, resident = measure(kind, data_dir, Path(scratch))
                times[kind].append(seconds)
                if kind in memory:
                    memory[kind].append(resident)
            # Each against the bare window of its own round, as the machine was then.
            for kind in ratios:
                ratios[kind].append(times[kind][-1] / times["bare"][-1])
    for kind, label in KINDS.items():
        runs = times[kind]
        line = (f"{label}: median {statistics.median(runs) * 1000:.0f} ms "
                f"(min {min(runs) * 1000:.0f}, max {max(runs) * 1000:.0f})")
        if kind in ratios:
            line += f"; ratio to bare {statistics.median(ratios[kind]):.2f}"
            line += f" (aim <= {AIMS[kind]})" if kind in AIMS else ""
        print(line)
    print(f"resident memory at the usable home: {statistics.median(memory['usable home']):.0f}"
          f" MiB, at the full window: {statistics.median(memory['full window']):.0f} MiB; "
          f"{args.runs} runs each, interleaved")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
