"""Driving the real window in fake time, for the tests and the screenshot script."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from rehabtimer.core.clock import Clock, FakeClock
from rehabtimer.ui.main_window import MainWindow
from rehabtimer.ui.session_controller import SessionController


class FakeTimeDriver:
    """Moves a fake clock the way a precise timer would, waking the controller each time."""

    def __init__(self, window: MainWindow, clock: FakeClock) -> None:
        self.window = window
        self.clock = clock

    @property
    def controller(self) -> SessionController:
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

    def run_until(self, predicate: Callable[[], bool], limit_s: float = 4 * 3600) -> None:
        end = self.clock.monotonic() + limit_s
        while not predicate() and self.clock.monotonic() < end:
            self.run(0.5)
        if not predicate():
            raise AssertionError("condition not reached in time")


def build_window(data_dir: Path, lang: str, clock: Clock) -> MainWindow:
    from rehabtimer.app import build_main_window

    args = argparse.Namespace(data_dir=str(data_dir), lang=lang, command=None, profile=None)
    return build_main_window(args, clock)
