"""A real main window on a real database in a temp folder, driven by a fake clock."""

from __future__ import annotations

import pytest

from rehabtimer.core.clock import FakeClock
from rehabtimer.ui.widgets.style import stylesheet
from tests.driving import FakeTimeDriver, build_window


def open_window(qtbot, data_dir, lang="en", clock=None):
    clock = clock or FakeClock()
    window = build_window(data_dir, lang, clock)
    window.setStyleSheet(stylesheet())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window, FakeTimeDriver(window, clock)


@pytest.fixture
def app_window(qtbot, data_dir):
    return open_window(qtbot, data_dir)
