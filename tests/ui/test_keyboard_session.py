"""A whole session with the keyboard alone: Enter moves on on every page, Space pauses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from rehabtimer.core.events import Status
from rehabtimer.ui.session.prestart import CautionsPage
from tests.ui.conftest import open_window


def _press(window, key: Qt.Key) -> None:
    QTest.keyClick(window.focusWidget() or window, key)


def test_enter_alone_goes_from_home_to_the_saved_summary(qtbot, data_dir):
    window, drive = open_window(qtbot, data_dir)
    # As a window manager does for a window just opened; Space is a shortcut, and shortcuts
    # go to the active window only.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.focusWidget()
    assert first is not None and first.objectName().startswith("start-")
    routine_id = first.objectName().removeprefix("start-")
    paused_once = False
    presses = 0
    # Return and the keypad's Enter in turn: either must do.
    keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    while not (window.ctx.sessions.list() and window.is_showing(window.home)):
        controller = window.controller
        if controller is not None and controller.engine.status is Status.RUNNING:
            if not paused_once:
                _press(window, Qt.Key.Key_Space)
                assert controller.engine.status is Status.PAUSED
                _press(window, Qt.Key.Key_Space)
                paused_once = True
            drive.run(1.0)
            continue
        if controller is not None and controller.engine.status is not Status.FINISHED:
            drive.run(1.0)  # resuming after the pause
            continue
        assert presses < 30, f"Enter did not move on from {window._stack.currentWidget()!r}"
        _press(window, keys[presses % 2])
        presses += 1
    [session] = window.ctx.sessions.list()
    assert session.routine_id == routine_id
    assert session.status == "completed"
    assert window.is_showing(window.home)


def test_a_routine_without_cautions_goes_straight_to_its_questions(qtbot, data_dir):
    import json

    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    routine = {
        "format": 1, "id": "plain", "title": {"en": "Plain", "ja": "ふつう"},
        "recommended": {"per_day": 1},
        "steps": [{"id": "march", "kind": "timed", "title": {"en": "March", "ja": "足踏み"},
                   "instructions": {"en": "March on the spot.", "ja": "その場で足踏みします。"},
                   "duration_s": 30}],
    }
    (folder / "plain.json").write_text(json.dumps(routine), encoding="utf-8")
    window, _ = open_window(qtbot, data_dir)
    window.start_routine("plain")
    _press(window, Qt.Key.Key_Return)  # the medical notice, once
    assert not any(isinstance(page, CautionsPage) and page.isVisible()
                   for page in window.findChildren(CautionsPage))
