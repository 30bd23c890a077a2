"""The layouts that keep long or large text whole: the wrapping button row, the scroll area
that scrolls only when cramped, and dialogs that grow for wrapped text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.ui.widgets.flow_layout import FlowLayout
from rehabtimer.ui.widgets.page import ScrollIfCramped, grow_for_wrapped_text
from rehabtimer.ui.widgets.style import stylesheet
from tests.ui.layout_check import find_problems

LONG = ("Stop at once if an exercise hurts, and ask your care team before you go on. "
        "If you have chest pain or trouble breathing, call an ambulance.")


@pytest.fixture
def buttons(qtbot):
    root = QWidget()
    row = FlowLayout(root)
    made = [QPushButton(text) for text in ("Back", "Pause (Space)", "Skip")]
    for button in made:
        row.addWidget(button)
    row.add_stretch()
    hurt = QPushButton("It hurts — stop (H)")
    row.addWidget(hurt)
    qtbot.addWidget(root)
    return root, row, [*made, hurt]


def test_the_flow_row_keeps_one_line_when_it_fits_and_the_stretch_pushes_right(buttons):
    root, row, (back, pause, skip, hurt) = buttons
    wide = sum(b.sizeHint().width() for b in (back, pause, skip, hurt)) + 200
    root.resize(wide, 200)
    root.show()
    QApplication.processEvents()
    assert len({b.y() for b in (back, pause, skip, hurt)}) == 1
    assert pause.x() > back.x() and skip.x() > pause.x()
    assert hurt.geometry().right() == root.width() - 1
    assert row.heightForWidth(wide) == max(b.sizeHint().height() for b in (back, hurt))


def test_the_flow_row_wraps_and_asks_only_for_its_widest_button(qtbot, buttons):
    root, row, (back, pause, skip, hurt) = buttons
    assert row.minimumSize().width() == max(b.sizeHint().width() for b in (back, pause, skip,
                                                                          hurt))
    narrow = hurt.sizeHint().width() + 10
    one_line = row.heightForWidth(10_000)
    assert row.heightForWidth(narrow) > 2 * one_line
    root.resize(narrow, row.heightForWidth(narrow))
    root.show()
    QApplication.processEvents()
    assert find_problems(root, "wrapped") == []
    assert back.y() < skip.y() < hurt.y()


def test_a_cramped_scroll_area_scrolls_and_a_roomy_one_fills_the_view(qtbot):
    content = QWidget()
    column = QVBoxLayout(content)
    label = QLabel(LONG * 3)
    label.setWordWrap(True)
    column.addWidget(label)
    stretchy = QWidget()
    column.addWidget(stretchy, 1)
    area = ScrollIfCramped(content)
    qtbot.addWidget(area)
    area.resize(300, 120)
    area.show()
    QApplication.processEvents()
    assert content.width() == area.viewport().width()  # the scroll bar's room left free
    assert content.height() == column.minimumHeightForWidth(content.width()) > 120
    assert area.verticalScrollBar().isVisible()
    area.resize(900, 600)
    QApplication.processEvents()
    assert content.size() == area.viewport().size()
    assert not area.verticalScrollBar().isVisible()
    assert stretchy.height() > 300  # the room left over, not the size it would like


def test_a_dialog_grows_for_its_wrapped_text(qtbot):
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    label = QLabel(LONG)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(QPushButton("Close"))
    grow_for_wrapped_text(dialog)
    qtbot.addWidget(dialog)
    dialog.resize(200, 60)
    dialog.show()
    qtbot.wait(1)  # the layout follows the grown height on the next turn of the event loop
    assert dialog.height() >= layout.totalHeightForWidth(200)
    assert find_problems(dialog, "dialog") == []


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_a_button_squeezed_to_its_minimum_still_shows_its_text(qtbot, qapp, scale):
    # The style sheet's min-height becomes the button's minimum, which a crowded layout uses.
    old_sheet, old_font = qapp.styleSheet(), qapp.font()
    font = QFont(old_font)
    font.setFamilies(["Noto Sans CJK JP", *font.families()])  # the tallest lines we use
    qapp.setFont(font)
    qapp.setStyleSheet(stylesheet(scale))
    try:
        root = QWidget()
        column = QVBoxLayout(root)
        for text in ("Back up now", "Restore a backup…"):
            column.addWidget(QPushButton(text))
        qtbot.addWidget(root)
        root.show()
        root.resize(root.minimumSize())
        QApplication.processEvents()
        assert find_problems(root, f"at {scale:.0%}") == []
    finally:
        qapp.setStyleSheet(old_sheet)
        qapp.setFont(old_font)
