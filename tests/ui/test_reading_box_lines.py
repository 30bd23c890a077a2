"""The cautions' reading box shows whole lines only: while some of its words are out of view,
its last line is not cut through the middle, where the patient would read half of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from rehabtimer.ui.widgets.style import stylesheet
from tests.ui.conftest import open_window
from tests.ui.test_presets import to_cautions
from tests.ui.test_session_window import visible

pytestmark = pytest.mark.usefixtures("real_fonts")


def _lines(label: QLabel, viewport: QWidget) -> list[tuple[int, int]]:
    """Top and bottom of each line of `label` as Qt lays it out, in `viewport`'s pixels."""
    rect = label.contentsRect()
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    tops, height = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, height))
        tops.append((height, height + line.height()))
        height += line.height()
    layout.endLayout()
    assert abs(height - rect.height()) <= 1, (label.text()[:20], height, rect.height())
    origin = label.mapTo(viewport, rect.topLeft()).y()
    return [(origin + round(top), origin + round(bottom)) for top, bottom in tops]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"])
def test_the_reading_box_shows_no_half_line_while_there_is_more_below(qtbot, data_dir, lang,
                                                                      scale):
    window, _ = open_window(qtbot, data_dir, lang)
    window.setStyleSheet(stylesheet(scale))
    to_cautions(window, "postpartum-back")
    qtbot.wait(20)
    box = visible(window, QScrollArea, "reading-box")
    assert visible(window, QLabel, "more-below") is not None, "the cue stays"
    viewport = box.viewport()
    shown = viewport.mask().boundingRect() if not viewport.mask().isEmpty() else viewport.rect()
    # The box's paragraphs; the captions in the strip of figures at its end are the strip's.
    labels = [label for label in box.widget().findChildren(QLabel)
              if label.isVisible() and label.parentWidget() is box.widget()]
    lines = [line for label in labels for line in _lines(label, viewport)]
    assert any(top >= shown.bottom() for top, _ in lines), "words out of view below"
    cut = [(top, bottom) for top, bottom in lines if top < shown.bottom() + 1 < bottom]
    assert not cut, (shown, cut)
