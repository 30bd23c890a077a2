"""The home screen is on screen before the routine parser and the database are loaded, with
the cards kept by the last start, and the full window takes its place without losing a click.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtWidgets import QFrame, QPushButton

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.library import load_library
from rehabtimer.paths import builtin_routines_dir, data_paths
from rehabtimer.ui.home.first_frame import FirstFrame
from rehabtimer.ui.home.presenter import first_home_state
from rehabtimer.ui.shell import MainWindow
from tests.driving import build_window, seed_history
from tests.ui.test_session_window import click, visible

HEAVY = ("pydantic", "sqlalchemy", "alembic", "pyqtgraph", "numpy")

# Starts the app as `python main.py` does and reports what is on screen and loaded at the
# first paint of the given window, then leaves at once.
CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QFrame, QLabel
app = QApplication([])
wanted = sys.argv[2]

class Spy(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == wanted:
            cards = sorted(frame.objectName() for frame in watched.findChildren(QFrame)
                           if frame.objectName().startswith("card-") and frame.isVisible())
            loaded = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[3:]))
            progress = {label.objectName(): label.text() for label in watched.findChildren(QLabel)
                        if label.objectName().startswith("progress-") and label.text()}
            print(json.dumps({"cards": cards, "loaded": loaded, "progress": progress}),
                  flush=True)
            os._exit(0)
        return False

spy = Spy()
app.installEventFilter(spy)
from rehabtimer.cli import main
main(["--data-dir", sys.argv[1], "--lang", "en"])
"""


def first_paint(data_dir, window: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), window, *HEAVY],
        capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return json.loads(out.stdout)


def test_the_second_start_lists_the_routines_before_loading_the_parser_or_the_database(
        data_dir):
    routines = sorted(f"card-{path.stem}" for path in builtin_routines_dir().glob("*.json"))
    first = first_paint(data_dir, "FirstFrame")
    assert first["cards"] == []  # nothing kept yet: the cards come with the full window
    full = first_paint(data_dir, "MainWindow")
    assert full["cards"] == routines
    assert data_paths(data_dir).card_cache.exists()
    again = first_paint(data_dir, "FirstFrame")
    assert again == {"cards": routines, "loaded": [], "progress": full["progress"]}


def test_the_first_frame_shows_todays_progress_as_the_full_window_does(qtbot, data_dir):
    window = build_window(data_dir, "en", FakeClock())
    qtbot.addWidget(window)
    seed_history(window.ctx, 10, date.today())
    window.close()
    window.ctx.database.close()
    full = first_paint(data_dir, "MainWindow")  # also keeps the cards for the next start
    assert full["progress"]
    first = first_paint(data_dir, "FirstFrame")
    assert first["loaded"] == [] and first["progress"] == full["progress"]


def test_a_changed_routine_file_is_never_shown_from_the_kept_cards(data_dir):
    first_paint(data_dir, "MainWindow")
    mine = data_paths(data_dir).routines / "mine.json"
    source = builtin_routines_dir() / "low-back.json"
    mine.write_text(source.read_text(encoding="utf-8").replace('"low-back"', '"mine"', 1),
                    encoding="utf-8")
    assert first_paint(data_dir, "FirstFrame")["cards"] == []
    assert "card-mine" in first_paint(data_dir, "MainWindow")["cards"]


@pytest.fixture
def frame_and_window(qtbot, data_dir) -> tuple[FirstFrame, MainWindow]:
    """A first frame on screen and the full window made meanwhile, not yet shown."""
    window = build_window(data_dir, "en", FakeClock())
    qtbot.addWidget(window)
    ctx = window.ctx
    library = load_library(builtin_routines_dir(), ctx.routines_dir)
    state = first_home_state(library.summaries(ctx.settings.get_ready_s), ctx.lang,
                             ctx.settings)
    frame = FirstFrame(state, 2)
    qtbot.addWidget(frame)
    frame.show_painted()
    return frame, window


def test_a_start_pressed_on_the_first_frame_opens_that_routine_in_the_full_window(
        frame_and_window):
    frame, window = frame_and_window
    frame.move(40, 30)
    assert visible(frame, QFrame, "card-low-back").findChild(QPushButton).text() == "Start"
    click(frame, "start-low-back")
    frame.hand_over(window)
    assert window.isVisible() and not frame.isVisible()
    assert window.geometry() == frame.geometry()
    window.come_forward(frame.wishes)
    assert visible(window, QPushButton, "accept") is not None  # the medical notice first


def test_a_first_frame_closed_before_the_window_is_ready_keeps_it_from_opening(
        frame_and_window):
    frame, window = frame_and_window
    frame.close()
    frame.hand_over(window)
    assert frame.left and not window.isVisible()
