"""A page that goes on below the window shows it: its scroll bar's handle stands out from the
track, read from the pixels, in either palette."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from rehabtimer.ui.widgets.style import HIGH_CONTRAST, NORMAL, stylesheet
from tests.ui.contrast import contrast


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"])
def test_a_scroll_bars_handle_stands_out(qtbot, scale, high_contrast):
    content = QWidget()
    lines = QVBoxLayout(content)
    for number in range(60):
        lines.addWidget(QLabel(f"line {number}"))
    area = QScrollArea()
    area.setWidget(content)
    area.setStyleSheet(stylesheet(scale, high_contrast))
    qtbot.addWidget(area)
    area.resize(600, 400)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    assert bar.isVisible()
    assert bar.width() >= 14
    image = bar.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    middle = image.width() // 2
    column = [image.pixelColor(middle, y) for y in range(image.height())]
    palette = HIGH_CONTRAST if high_contrast else NORMAL
    track = QColor(palette.track)
    handle = max(column, key=lambda colour: contrast(colour, track))
    # The handle is at the top, a tenth of the bar or more: the rest is track.
    assert sum(colour == handle for colour in column) >= image.height() // 10
    assert contrast(handle, track) >= 3.0
