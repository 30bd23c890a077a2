"""The history's buttons leave the charts room: the way home, the plan, rest days, printing
and the report stay in view in one row at normal text and two at 200 % (three rows pushed
the charts out of view); opening, deleting and the CSV sit under the table they act on."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton, QTableView

from rehabtimer.core.clock import FakeClock
from rehabtimer.ui.i18n import install_translators
from rehabtimer.ui.widgets.style import stylesheet
from tests.driving import build_window, seed_history

IN_VIEW = ("home", "plan", "mark", "print", "pdf")
UNDER_THE_TABLE = ("open", "delete", "csv")


@pytest.fixture
def styled_app(qapp, real_fonts):
    yield qapp
    install_translators(qapp, "en")
    qapp.setStyleSheet("")


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(("scale", "rows"), [(100, 1), (200, 2)])
def test_the_buttons_in_view_take_one_row_at_normal_text_and_two_at_200(
        styled_app, qtbot, data_dir, lang, scale, rows):
    install_translators(styled_app, lang)
    styled_app.setStyleSheet(stylesheet(scale / 100))
    clock = FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=timezone(timedelta(hours=9))))
    window = build_window(data_dir, lang, clock)
    qtbot.addWidget(window)
    window.apply_settings(replace(window.ctx.settings, text_scale=scale))
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    seed_history(window.ctx, 30, clock.now().date())
    window.show_history()
    qtbot.wait(20)

    def top_left(name: str) -> QPoint:
        button = window.findChild(QPushButton, name)
        assert button is not None and button.isVisible(), name
        return button.mapTo(window, QPoint(0, 0))

    tops = {top_left(name).y() for name in IN_VIEW}
    assert len(tops) == rows, tops
    assert all(0 <= top < window.height() for top in tops)
    table = window.findChild(QTableView, "sessions")
    table_bottom = table.mapTo(window, QPoint(0, table.height())).y()
    assert all(top_left(name).y() >= table_bottom for name in UNDER_THE_TABLE)
