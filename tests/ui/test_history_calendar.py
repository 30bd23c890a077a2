"""The 12-month calendar on the history screen names every weekday, legibly, at the window
a patient gets, in either language and at large text."""

from __future__ import annotations

from datetime import datetime
from itertools import combinations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage, QPainter

from rehabtimer.core.clock import FakeClock
from rehabtimer.ui.widgets.style import stylesheet
from tests.driving import seed_history
from tests.ui.conftest import open_window
from tests.ui.test_history import JST


def drawn_weekdays(axis) -> list[tuple[str, tuple[float, float]]]:
    """The weekday names the axis draws, top first, with the top and bottom of each."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.setFont(axis.style["tickFont"])
    _, _, texts = axis.generateDrawSpecs(painter)
    painter.end()
    return sorted((text, (rect.top(), rect.bottom())) for rect, _, text in texts)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_calendar_names_all_seven_weekdays_without_overlap(qtbot, data_dir, real_fonts,
                                                                lang, scale):
    clock = FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=JST))
    window, _ = open_window(qtbot, data_dir, lang=lang, clock=clock)
    window.setStyleSheet(stylesheet(scale))
    seed_history(window.ctx, 30, clock.now().date())
    window.show_history()  # the last 4 weeks, as it opens
    qtbot.wait(20)
    calendar = window.history.view.charts.calendar
    assert calendar.isVisible()

    drawn = drawn_weekdays(calendar.getAxis("left"))

    locale = QLocale(lang)
    names = {locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)}
    assert {text for text, _ in drawn} == names
    for (first, (top, bottom)), (second, (top2, bottom2)) in combinations(drawn, 2):
        assert bottom <= top2 or bottom2 <= top, f"{first} and {second} overlap"
