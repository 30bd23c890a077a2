"""The history made ready while the patient looks at the home screen."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from rehabtimer.gui import load_charts
from tests.ui.conftest import open_window


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()  # the collector as the other tests expect it


def test_the_history_screen_is_built_before_it_is_asked_for(qtbot, data_dir, unfrozen):
    window, _ = open_window(qtbot, data_dir)
    load_charts(window)
    qtbot.waitUntil(lambda: window.history is not None)
    built = window.history
    # Opening it then only reads and draws.
    window.show_history()
    assert window.history is built
    assert window.centralWidget().currentWidget() is built
    # What was loaded until then is left out of the collector's full passes.
    assert gc.get_freeze_count() > 0
