"""The session screen at twice the text size in a laptop's window: the step's words in whole
pages instead of a scroll, the figure kept beside the countdown, and what comes first
depending on the phase (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from rehabtimer.core.events import Status
from rehabtimer.core.phases import PhaseKind
from rehabtimer.ui.session.figure import ExerciseFigure
from rehabtimer.ui.session.view import PAGE_SECONDS
from rehabtimer.ui.session.words_area import WordsArea
from rehabtimer.ui.widgets.line_breaks import JOINER
from rehabtimer.ui.widgets.style import stylesheet
from tests.ui.test_session_window import click, key, through_the_gate, visible

PELVIC = ["Lie on your back with your knees bent.", "Rest one hand lightly on your belly.",
          "Breathe in and let your belly rise.",
          "As you breathe out, gently lift your pelvic floor, as if holding in urine."]


@pytest.fixture
def large(app_window):
    window, drive = app_window
    window.setStyleSheet(stylesheet(2.0))
    window.resize(1200, 800)
    return window, drive


def _activate(window: QWidget, qtbot) -> None:
    """The keys are the window's shortcuts: they reach only the active window (the pages
    before the session may have left it inactive, as a window manager would not)."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _shown(window: QWidget, name: str) -> str | None:
    label = visible(window, QLabel, name)
    return None if label is None else label.text().replace(JOINER, "")


def _whole(window: QWidget) -> None:
    """The words on the page are all in view: none scrolled past the bottom."""
    area = next(w for w in window.findChildren(WordsArea) if w.isVisible())
    assert area.height_at(area.viewport().width()) <= area.viewport().height()


def _pages(window: QWidget, qtbot) -> list[tuple[str | None, ...]]:
    """Each page's instructions, caution and "Next" line, turning with ↓ until back at the
    first."""
    pages: list[tuple[str | None, ...]] = []
    _activate(window, qtbot)
    while True:
        _settle()
        _whole(window)
        page = tuple(_shown(window, name) for name in ("instructions", "step-caution", "next"))
        if pages and page == pages[0]:
            return pages
        pages.append(page)
        assert len(pages) < 20, "the pages never come back to the first"
        key(qtbot, window, Qt.Key.Key_Down)


def test_the_words_come_in_whole_pages_turned_with_the_arrow_keys(large, qtbot):
    window, drive = large
    through_the_gate(window)
    drive.run(1)
    more = visible(window, QPushButton, "more-words")
    assert more is not None, "at 200 % the words need more than one page here"
    pages = _pages(window, qtbot)
    assert len(pages) > 1
    # Getting ready, the patient reads what to do: the instructions start the first page.
    assert pages[0][0] is not None and pages[0][0].startswith(PELVIC[0])
    # Every word on some page, once, in reading order.
    lines = [line for page in pages if page[0] for line in page[0].split("\n")]
    assert lines == PELVIC
    assert sum(page[1] is not None for page in pages) == 1
    assert sum(page[2] is not None for page in pages) == 1
    # ↑ goes back a page; the button goes on like ↓.
    key(qtbot, window, Qt.Key.Key_Up)
    _settle()
    assert _shown(window, "instructions") == pages[-1][0]
    more.click()
    _settle()
    assert _shown(window, "instructions") == pages[0][0]
    # Space still pauses, on the page being read.
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Space)
    assert drive.controller.engine.status is Status.PAUSED
    _settle()
    assert "page 2 of" in more.text()  # the words paged again, round the pause notice


def test_in_a_hold_the_stop_rule_comes_first_and_the_countdown_grows(large, qtbot):
    window, drive = large
    through_the_gate(window)
    _activate(window, qtbot)
    key(qtbot, window, Qt.Key.Key_Right)  # to the towel stretch: a hold on each side
    _settle()
    face = visible(window, QWidget, "face")
    getting_ready = face.height()
    drive.run(5.5)
    assert drive.controller.state().phase.kind is PhaseKind.HOLD
    _settle()
    caution = _shown(window, "step-caution")
    assert caution is not None and caution.startswith("If anything below the knee hurts")
    assert face.height() > getting_ready
    _whole(window)
    # The side beside the countdown, not under it: the row it would take is the words'.
    side = visible(window, QLabel, "side")
    middle = side.mapTo(window, side.rect().center()).y()
    top = face.mapTo(window, face.rect().topLeft()).y()
    assert top <= middle <= top + face.height()


def test_the_figure_stays_beside_the_countdown(large):
    window, drive = large
    through_the_gate(window)
    click(window, "skip")
    click(window, "skip")
    drive.run(5.5)  # cat-cow, moving
    _settle()
    figure = visible(window, ExerciseFigure, "figure")
    face = visible(window, QWidget, "face")
    assert figure is not None, "the patients who need large text lose the figure"
    assert figure.width() >= 180 and figure.height() >= face.height() * 0.9
    middle = figure.mapTo(window, figure.rect().center()).y()
    top = face.mapTo(window, face.rect().topLeft()).y()
    assert top <= middle <= top + face.height()


def test_resting_the_pages_turn_by_themselves_and_stand_still_while_paused(large, qtbot):
    window, drive = large
    through_the_gate(window)
    drive.run(5 + 300 + 1)  # resting before the towel stretch, its words on screen
    assert drive.controller.state().phase.kind is PhaseKind.REST
    _settle()
    first = _shown(window, "instructions")
    assert first is not None and first.startswith("Lie on your back with one knee bent")
    drive.run(PAGE_SECONDS)
    _settle()
    _whole(window)
    second = (_shown(window, "instructions"), _shown(window, "step-caution"))
    assert second != (first, None)
    more = visible(window, QPushButton, "more-words")
    assert "page 2 of" in more.text()
    _activate(window, qtbot)
    key(qtbot, window, Qt.Key.Key_Space)
    drive.run(3 * PAGE_SECONDS)
    _settle()
    assert "page 2 of" in more.text()
