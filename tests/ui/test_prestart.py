"""The pages before a session as a patient meets them: the cautions read in a box of their
own, the version chosen by click or arrow key, the safety question whole over its answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QScrollArea, QWidget

from rehabtimer.ui.widgets.style import stylesheet
from tests.ui.conftest import answer_postpartum_gate, open_window
from tests.ui.test_presets import to_cautions
from tests.ui.test_session_window import click, visible

pytestmark = pytest.mark.usefixtures("real_fonts")


def _cautions(qtbot, data_dir, scale: float = 1.0, size: tuple[int, int] = (1200, 800)):
    window, drive = open_window(qtbot, data_dir)
    window.setStyleSheet(stylesheet(scale))
    window.resize(*size)
    to_cautions(window, "postpartum-back")
    qtbot.wait(10)
    return window, drive


def _in_view(widget: QWidget, window: QWidget) -> bool:
    """Wholly inside every ancestor up to the window: not scrolled away, not cut."""
    rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
    ancestor = widget.parentWidget()
    while ancestor is not None:
        shown = ancestor.rect().translated(ancestor.mapTo(window, ancestor.rect().topLeft()))
        if not shown.contains(rect):
            return False
        if ancestor is window:
            return True
        ancestor = ancestor.parentWidget()
    return True


def test_the_arrow_keys_change_the_version_and_enter_goes_on_with_it(qtbot, data_dir):
    window, _ = _cautions(qtbot, data_dir)
    window.activateWindow()  # Qt moves the focus between radio buttons in the active window
    qtbot.waitUntil(window.isActiveWindow)
    go = visible(window, QPushButton, "continue")
    assert window.focusWidget() is go

    QTest.keyClick(go, Qt.Key.Key_Down)
    QTest.keyClick(go, Qt.Key.Key_Down)
    QTest.keyClick(go, Qt.Key.Key_Up)

    assert visible(window, QRadioButton, "version:gentle").isChecked()
    assert window.focusWidget() is go, "the focus stays on the button Enter presses"
    # On the versions themselves, as on any radio buttons; Enter still goes on.
    QTest.keyClick(go, Qt.Key.Key_Down)
    longer = visible(window, QRadioButton, "version:longer")
    assert longer.isChecked()
    longer.setFocus()
    QTest.keyClick(longer, Qt.Key.Key_Up)
    assert visible(window, QRadioButton, "version:gentle").isChecked()
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    # The gentle version is what the session runs: shorter breaths.
    click(window, "long-ago")
    answer_postpartum_gate(window)
    click(window, "skip")
    assert window.controller.engine.timeline.routine.steps[0].inhale_s == 3


def test_the_chosen_versions_description_is_shown_once_under_the_choice(qtbot, data_dir):
    window, _ = _cautions(qtbot, data_dir)
    detail = visible(window, QLabel, "version-detail")
    assert detail.text() == "About 12 min."

    # A click on a version's title chooses it, as on a radio button's own text.
    gentle = visible(window, QRadioButton, "version:gentle")
    title = next(label for label in gentle.parentWidget().findChildren(QLabel)
                 if label.text().startswith("Gentle breathing"))
    QTest.mouseClick(title, Qt.MouseButton.LeftButton)

    assert gentle.isChecked()
    assert detail.text().startswith("About ") and "Shorter breaths" in detail.text()
    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    assert sum("Shorter breaths" in text for text in shown) == 1


def test_long_cautions_scroll_in_their_box_with_the_choice_and_button_in_view(qtbot, data_dir):
    window, _ = _cautions(qtbot, data_dir, scale=2.0)
    box = visible(window, QScrollArea, "reading-box")
    more = visible(window, QLabel, "more-below")
    assert box is not None and more is not None, "the cautions' own box, and its cue"
    for name in ("version:", "version:gentle", "version:longer", "version:longer-stretch"):
        assert _in_view(visible(window, QRadioButton, name), window), name
    assert _in_view(visible(window, QPushButton, "continue"), window)
    assert _in_view(box, window) and _in_view(more, window)
    first = box.widget().findChildren(QLabel)[0]
    assert first.text().startswith("•  "), "the cautions come first in the box"

    bar = box.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    assert not more.isVisible(), "nothing more below at the end"
    assert bar.value() == bar.maximum()


def test_a_long_safety_question_is_whole_above_its_answers_at_large_text(qtbot, data_dir):
    window, _ = _cautions(qtbot, data_dir, size=(1366, 768))
    click(window, "continue")
    click(window, "long-ago")
    click(window, "yes")  # the third question is the longest
    qtbot.wait(10)
    question = visible(window, QLabel, "question")
    assert question.text().startswith("Do you have any of these right now")
    assert question.property("role") == "title", "as large as a title where it fits"

    window.setStyleSheet(stylesheet(2.0))
    qtbot.wait(10)

    assert _in_view(question, window), "the question scrolls at the title's size"
    for answer in ("yes", "no"):
        assert _in_view(visible(window, QPushButton, answer), window)
    assert question.property("role") == "heading"
