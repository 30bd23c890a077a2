"""A real main window on a real database in a temp folder, driven by a fake clock."""

from __future__ import annotations

import argparse

import pytest

from rehabtimer.app import build_main_window
from rehabtimer.core.clock import FakeClock
from rehabtimer.ui.main_window import MainWindow
from rehabtimer.ui.style import stylesheet


class Driver:
    """Moves the fake clock the way a precise timer would, waking the controller each time."""

    def __init__(self, window: MainWindow, clock: FakeClock) -> None:
        self.window = window
        self.clock = clock

    @property
    def controller(self):
        assert self.window.controller is not None, "no session is running"
        return self.window.controller

    def run(self, seconds: float) -> None:
        end = self.clock.monotonic() + seconds
        while self.window.controller is not None:
            due = self.controller.engine.next_due()
            if due is None or due > end:
                break
            self.clock.advance(max(0.0, due - self.clock.monotonic()))
            self.controller.wake()
        if self.clock.monotonic() < end:
            self.clock.advance(end - self.clock.monotonic())

    def run_until(self, predicate, limit_s: float = 4 * 3600) -> None:
        end = self.clock.monotonic() + limit_s
        while not predicate() and self.clock.monotonic() < end:
            self.run(0.5)
        assert predicate(), "condition not reached"


def open_window(qtbot, data_dir, lang="en", clock=None, **extra):
    clock = clock or FakeClock()
    args = argparse.Namespace(data_dir=str(data_dir), lang=lang, command=None, profile=None,
                              **extra)
    window = build_main_window(args, clock)
    window.setStyleSheet(stylesheet())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window, Driver(window, clock)


@pytest.fixture
def app_window(qtbot, data_dir):
    return open_window(qtbot, data_dir)
