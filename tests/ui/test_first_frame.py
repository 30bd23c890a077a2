"""The home screen is on screen before the routine parser and the database are loaded, with
the cards kept by the last start, and the full window takes its place without losing a click.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QPushButton, QWidget
from shiboken6 import isValid

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.library import load_library
from rehabtimer.paths import builtin_routines_dir, data_paths
from rehabtimer.settings import load_settings
from rehabtimer.ui.editor.routines import RoutinesScreen
from rehabtimer.ui.home.first_frame import FirstFrame
from rehabtimer.ui.home.presenter import first_home_state
from rehabtimer.ui.settings_dialog import SettingsDialog
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
            profile = watched.findChild(QLabel, "profile").text()
            notices = [label.text() for label in watched.findChildren(QLabel)
                       if label.property("role") == "notice" and label.isVisible()]
            print(json.dumps({"cards": cards, "loaded": loaded, "progress": progress,
                              "profile": profile, "notices": notices}), flush=True)
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


def test_the_second_start_shows_the_home_before_loading_the_parser_or_the_database(
        data_dir):
    routines = sorted(f"card-{path.stem}" for path in builtin_routines_dir().glob("*.json"))
    full = first_paint(data_dir, "MainWindow")
    assert full["cards"] == routines and full["profile"] == "Profile: Me"
    assert data_paths(data_dir).card_cache.exists()
    again = first_paint(data_dir, "FirstFrame")
    assert again == {"cards": routines, "loaded": [], "progress": full["progress"],
                     "profile": "Profile: Me", "notices": []}


def test_settings_that_could_not_be_read_are_told_on_the_first_frame(data_dir):
    first_paint(data_dir, "MainWindow")
    (data_dir / "settings.json").write_text("{not json", encoding="utf-8")
    assert first_paint(data_dir, "FirstFrame")["notices"] == [
        "Some settings could not be read, so their usual values are used."]


def test_a_routine_file_that_cannot_be_read_is_told_on_the_first_frame(data_dir):
    routines = data_paths(data_dir).routines
    routines.mkdir(parents=True)
    (routines / "broken.json").write_text("{not json", encoding="utf-8")
    first = first_paint(data_dir, "FirstFrame")  # the files read anew: nothing kept yet
    full = first_paint(data_dir, "MainWindow")
    kept = first_paint(data_dir, "FirstFrame")
    assert len(full["notices"]) == 1 and "broken.json" in full["notices"][0]
    assert first["notices"] == kept["notices"] == full["notices"]
    assert kept["loaded"] == []


# Starts the app; clicks History on the first frame the moment it is painted, and says when
# the full window shows the history.
CLICK_CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
loaded_at_click = []

class Spy(QObject):
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint:
            return False
        window = watched.window()
        if type(window).__name__ == "FirstFrame" and not loaded_at_click:
            loaded_at_click.append("sqlalchemy" in sys.modules)
            window.findChild(QPushButton, "history").click()
        elif (type(window).__name__ == "MainWindow" and window.history is not None
              and window.is_showing(window.history)):
            print(json.dumps(loaded_at_click), flush=True)
            os._exit(0)
        return False

spy = Spy()
app.installEventFilter(spy)
from rehabtimer.cli import main
main(["--data-dir", sys.argv[1], "--lang", "en"])
"""


def test_a_click_on_the_first_frame_waits_for_the_database_and_is_never_lost(data_dir):
    first_paint(data_dir, "MainWindow")  # the cards kept: the next first frame is the home
    out = subprocess.run([sys.executable, "-c", CLICK_CHILD, str(data_dir)],
                         capture_output=True, text=True, timeout=60, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert json.loads(out.stdout) == [False]  # clicked before SQLAlchemy was even loaded


def test_the_first_start_shows_the_whole_home_before_the_database_is_made(data_dir):
    first = first_paint(data_dir, "FirstFrame")
    routines = sorted(f"card-{path.stem}" for path in builtin_routines_dir().glob("*.json"))
    # The routine files are read (pydantic) as no cards are kept yet; the history is made
    # after the first paint, and as it is new, nothing is done yet.
    assert first["cards"] == routines and first["loaded"] == ["pydantic"]
    assert first["profile"] == "Profile: Me"
    assert set(first["progress"]) == {card.replace("card-", "progress-") for card in routines}
    assert not data_paths(data_dir).database.exists()
    assert first["progress"] == first_paint(data_dir, "MainWindow")["progress"]


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
    first = first_paint(data_dir, "FirstFrame")
    assert "card-mine" in first["cards"] and "pydantic" in first["loaded"]  # read anew
    first_paint(data_dir, "MainWindow")  # which keeps the cards for the next start
    assert first_paint(data_dir, "FirstFrame")["loaded"] == []


@pytest.fixture
def frame_and_window(qtbot, data_dir) -> Iterator[tuple[FirstFrame, MainWindow]]:
    """A first frame on screen and the full window made meanwhile, not yet shown."""
    window = build_window(data_dir, "en", FakeClock())
    qtbot.addWidget(window)
    ctx = window.ctx
    library = load_library(builtin_routines_dir(), ctx.routines_dir)
    state = first_home_state(library.summaries(ctx.settings.get_ready_s), ctx.lang,
                             ctx.settings)
    frame = FirstFrame(state, 2)
    frame.show_painted()
    yield frame, window
    if isValid(frame):  # else deleted after its hand-over, as in the app
        frame.close()


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


def test_the_history_asked_on_the_first_frame_opens_in_the_full_window(frame_and_window):
    frame, window = frame_and_window
    click(frame, "history")
    frame.hand_over(window)
    window.follow(frame.wishes, frame.options)
    assert window.history is not None and window.is_showing(window.history)


def test_the_routines_asked_on_the_first_frame_open_in_the_full_window(frame_and_window):
    frame, window = frame_and_window
    click(frame, "routines")
    frame.hand_over(window)
    window.follow(frame.wishes, frame.options)
    assert visible(window, RoutinesScreen, "") is not None


def test_the_settings_asked_on_the_first_frame_open_in_the_full_window(qtbot,
                                                                       frame_and_window):
    frame, window = frame_and_window
    click(frame, "settings")
    frame.hand_over(window)
    shown: list[QWidget] = []

    def close_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SettingsDialog):
            shown.append(dialog)
            dialog.reject()
        else:
            QTimer.singleShot(20, close_the_dialog)

    QTimer.singleShot(0, close_the_dialog)
    window.follow(frame.wishes, frame.options)
    qtbot.waitUntil(lambda: bool(shown))


def test_sound_and_voice_switched_on_the_first_frame_are_kept(frame_and_window):
    frame, window = frame_and_window
    sounds, voice = window.ctx.settings.sounds, window.ctx.settings.voice
    # Sound cues only where a device plays them (test_first_frame_sound.py); voice anywhere.
    can_sound = visible(frame, QCheckBox, "sound").isEnabled()
    for name in ("sound", "voice") if can_sound else ("voice",):
        visible(frame, QCheckBox, name).click()
    frame.hand_over(window)
    window.follow(frame.wishes, frame.options)
    assert window.ctx.settings.sounds is (not sounds if can_sound else sounds)
    assert window.ctx.settings.voice is not voice
    saved, _ = load_settings(window.ctx.settings_path)
    assert (saved.sounds, saved.voice) == (window.ctx.settings.sounds, not voice)
    if can_sound:
        assert visible(window, QCheckBox, "sound").isChecked() is not sounds


def test_a_routine_asked_by_another_start_meanwhile_opens_in_the_full_window(
        frame_and_window):
    frame, window = frame_and_window
    frame.come_forward([])  # a plain second start only brings the app forward
    assert frame.wishes == []
    frame.come_forward(["run", "low-back"])
    frame.hand_over(window)
    window.follow(frame.wishes, frame.options)
    assert visible(window, QPushButton, "accept") is not None  # the medical notice first
