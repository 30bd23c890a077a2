"""Every test runs with its own data folder; none may touch the real home folder."""

from __future__ import annotations

import os
import sys

import pytest

from rehabtimer.paths import DATA_DIR_ENV

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    # Start-at-login and menu entries live under these; keep them away from the real home.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return folder


@pytest.fixture(autouse=True)
def no_timer_left_running(request):
    """A QTimer still running once a test's widgets are closed would fire into the next
    test: fail the test that left it (as napari's test suite does)."""
    if "PySide6.QtCore" not in sys.modules:
        yield
        return
    from PySide6.QtCore import QTimer

    started: list[QTimer] = []
    original = QTimer.start

    def start(self: QTimer, *args: object) -> None:
        started.append(self)
        original(self, *args)

    QTimer.start = start  # type: ignore[method-assign]
    try:
        yield
    finally:
        QTimer.start = original  # type: ignore[method-assign]
    running = [timer for timer in started if _still_running(timer)]
    for timer in running:
        timer.stop()
    if running:
        names = ", ".join(sorted({timer.objectName() or _owner(timer) for timer in running}))
        pytest.fail(f"{len(running)} QTimer(s) left running after the test: {names}")


def _still_running(timer) -> bool:
    try:
        return timer.isActive()
    except RuntimeError:  # deleted on the C++ side with its parent
        return False


def _owner(timer) -> str:
    parent = timer.parent()
    return f"a timer of {type(parent).__name__}" if parent is not None else "a timer"
