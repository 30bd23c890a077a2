"""The editor's drop-down lists at the text sizes patients use: every entry reads whole, and
the arrow is a button one can see and hit, not a hairline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from rehabtimer.ui.editor.fields import ChoiceBox
from rehabtimer.ui.widgets.style import stylesheet

KINDS = ["時間で行う", "呼吸", "キープ", "くり返し", "Timed", "Breathing", "Repetitions"]


def _room(box: ChoiceBox, part: QStyle.SubControl) -> QRect:
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    option.rect = QRect(QPoint(0, 0), box.size())
    return box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, part, box)


@pytest.fixture
def styled(qapp, real_fonts):
    yield qapp
    qapp.setStyleSheet("")


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_every_entry_reads_whole_and_the_arrow_is_big(qtbot, styled, scale):
    styled.setStyleSheet(stylesheet(scale))
    box = ChoiceBox()
    box.addItems(KINDS)
    qtbot.addWidget(box)
    box.show()
    box.resize(box.sizeHint())
    QApplication.processEvents()
    text = _room(box, QStyle.SubControl.SC_ComboBoxEditField)
    for entry in KINDS:
        assert box.fontMetrics().horizontalAdvance(entry) <= text.width(), entry
    arrow = _room(box, QStyle.SubControl.SC_ComboBoxArrow)
    assert arrow.width() >= round(28 * scale) and arrow.height() >= round(20 * scale)
