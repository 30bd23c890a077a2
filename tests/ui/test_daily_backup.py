"""Today's automatic backup is made off the GUI thread: the window goes on at once, one
backup runs at a time, and a failure is still said in a sentence."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from rehabtimer.core.clock import FakeClock
from rehabtimer.storage.lock import history_lock
from tests.ui.conftest import open_window
from tests.ui.test_history import add_session

JST = timezone(timedelta(hours=9))
EVENING = datetime(2026, 11, 23, 20, 0, tzinfo=JST)


@pytest.fixture
def window(qtbot, data_dir):
    window, _ = open_window(qtbot, data_dir, clock=FakeClock(start=EVENING))
    add_session(window.ctx, "low-back", EVENING - timedelta(hours=2))
    return window


def daily_backups(data_dir):
    return sorted((data_dir / "backups").glob("rehabtimer-*.sqlite"))


def test_the_window_does_not_wait_for_the_daily_backup(qtbot, window, data_dir):
    # Another program holds the history (a backup from the command line, say): the daily
    # backup waits for it on its own thread, not on the window's.
    with history_lock(window.ctx.database.path):
        started = time.monotonic()
        window.backups.daily_backup()
        window.backups.daily_backup()  # one is under way already: not a second one
        assert time.monotonic() - started < 1.0
        assert daily_backups(data_dir) == []
        with qtbot.waitSignal(window.backups.daily_backup_done, timeout=5000, raising=False):
            pass
    with qtbot.waitSignal(window.backups.daily_backup_done, timeout=15000):
        pass
    [made] = daily_backups(data_dir)
    assert made.name == "rehabtimer-20261123-200000.sqlite"
    # It is over: the next day's backup starts again.
    window.ctx.clock.advance(timedelta(days=1).total_seconds())
    with qtbot.waitSignal(window.backups.daily_backup_done, timeout=15000):
        window.backups.daily_backup()
    assert len(daily_backups(data_dir)) == 2


def test_a_daily_backup_that_fails_is_said_in_a_sentence(qtbot, window, data_dir):
    (data_dir / "backups").rmdir()
    (data_dir / "backups").write_text("not a folder")
    with qtbot.waitSignal(window.backups.daily_backup_done, timeout=15000):
        window.backups.daily_backup()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    [box] = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert box.text() == "Today's automatic backup could not be made."
    assert "backups" in box.detailedText() or "backups" in box.informativeText()
