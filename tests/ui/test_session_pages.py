"""The session's words in pages at 200 % text, round the patient's own reps; a page turned is
told to screen readers; a countdown over a minute in words (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QPushButton

from rehabtimer.ui.session.readout import countdown_text
from rehabtimer.ui.session.view import SessionView
from rehabtimer.ui.widgets.line_breaks import JOINER
from rehabtimer.ui.widgets.style import stylesheet
from tests.ui.conftest import open_window, write_self_paced_routine
from tests.ui.test_session_large_text import _activate, _settle, _shown
from tests.ui.test_session_window import key, through_the_gate, visible


def test_self_paced_reps_at_large_text_keep_the_buttons_on_two_rows(qtbot, data_dir):
    write_self_paced_routine(data_dir)
    window, drive = open_window(qtbot, data_dir)
    window.setStyleSheet(stylesheet(2.0))
    window.resize(1200, 800)
    through_the_gate(window, "self-paced", answers=(), pain=3)
    drive.run(6)
    _settle()
    rows = {button.mapTo(window, button.rect().topLeft()).y()
            for button in window.findChildren(QPushButton)
            if button.isVisible() and button.objectName() in (
                "back", "pause", "skip", "stop", "more-words", "hurt")}
    assert len(rows) <= 2, "a third row of buttons takes the room of the words"
    done = visible(window, QPushButton, "rep_done")
    assert done is not None
    assert window.rect().contains(QRect(done.mapTo(window, QPoint(0, 0)), done.size()))
    more = visible(window, QPushButton, "more-words")
    # One sentence and a notice of two lines: not one line a page.
    assert more is None or "of 2" in more.text(), more.text()


def test_a_page_turned_is_told_to_screen_readers(app_window, qtbot, monkeypatch):
    window, drive = app_window
    window.setStyleSheet(stylesheet(2.0))
    window.resize(1200, 800)
    heard: list[str] = []
    update = QAccessible.updateAccessibility

    def listen(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())
        update(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    through_the_gate(window)
    drive.run(1)
    _settle()
    assert visible(window, QPushButton, "more-words") is not None
    _activate(window, qtbot)
    heard.clear()
    key(qtbot, window, Qt.Key.Key_Down)
    _settle()
    words = _shown(window, "instructions") or _shown(window, "step-caution")
    assert words is not None
    assert any(words.split("\n")[0] in message for message in heard), heard


def test_a_countdown_over_a_minute_reads_in_minutes_and_seconds(qtbot):
    assert countdown_text(90) == "1 min 30 s"
    assert countdown_text(60) == "1 min"
    assert countdown_text(7.2) == "8"


def test_the_sound_notice_ends_on_no_lone_short_line(qtbot):
    view = SessionView("ja")
    qtbot.addWidget(view)
    view.set_sound_notice("音が出ません:このパソコンには音を出す装置がありません。運動は音なしで進みます。")
    (label,) = [label for label in view.findChildren(QLabel) if "音なし" in label.text()]
    assert JOINER in label.text()


def test_each_page_keeps_the_instructions_in_their_order(app_window, qtbot):
    window, drive = app_window
    window.setStyleSheet(stylesheet(2.0))
    window.resize(1200, 800)
    through_the_gate(window)
    drive.run(5 + 300 + 1)  # resting before the towel stretch, its words on screen
    step = drive.controller.engine.timeline.routine.steps[1]
    sentences = [line for line in step.instructions["en"].split("\n") if line.strip()]
    _activate(window, qtbot)
    seen: list[str] = []
    for _ in range(8):
        _settle()
        shown = _shown(window, "instructions")
        seen += shown.split("\n") if shown else []
        key(qtbot, window, Qt.Key.Key_Down)
    # Read page after page, the sentences come as written: none skipped to fill a page.
    assert [line for line in seen if line in sentences][:len(sentences)] == sentences


def test_room_left_on_the_first_page_takes_what_follows(app_window, qtbot):
    window, drive = app_window
    window.setStyleSheet(stylesheet(2.0))
    window.resize(1200, 800)
    through_the_gate(window, "knee-oa", answers=("no",))
    drive.run(5 + 3)  # the first hold of a step without a stop rule of its own
    _settle()
    assert visible(window, QPushButton, "more-words") is not None
    # Not "Next" alone over an empty band: the how-to's first line too.
    assert _shown(window, "next") is not None and _shown(window, "instructions") is not None
