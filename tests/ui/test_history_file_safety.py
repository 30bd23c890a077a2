"""The window keeps the history safe as the command line does: its save dialogs never write
over the history's own files, its backups are never rotated away, and a lost history is
offered back from a backup instead of being replaced by an empty one."""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from rehabtimer.app import _main_window_or_recover
from rehabtimer.core.clock import FakeClock
from rehabtimer.storage.backup import daily_backup
from rehabtimer.ui.backups.recovery import RecoveryDialog
from tests.ui.conftest import open_window
from tests.ui.test_history import add_session, visible

JST = timezone(timedelta(hours=9))
EVENING = datetime(2026, 11, 23, 20, 0, tzinfo=JST)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k:
                        shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return shown


@pytest.fixture
def window(qtbot, data_dir):
    window, _ = open_window(qtbot, data_dir, clock=FakeClock(start=EVENING))
    add_session(window.ctx, "low-back", EVENING - timedelta(hours=2))
    return window


def files_of(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("button", ["csv", "pdf"])
def test_a_save_dialog_pointed_at_the_history_writes_nothing(window, data_dir, tmp_path,
                                                             monkeypatch, warnings, button):
    link = tmp_path / "sessions.csv"
    link.symlink_to(data_dir / "rehabtimer.sqlite")
    window.show_history()
    for chosen in (data_dir / "rehabtimer.sqlite", data_dir / "settings.json", link):
        before = files_of(data_dir)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, c=chosen, **k: (str(c), ""))

        visible(window, QPushButton, button).click()

        assert files_of(data_dir) == before
        [warning] = warnings
        assert str(chosen) in warning and "own data folder" in warning
        warnings.clear()
    assert len(window.ctx.sessions.list()) == 1


def test_back_up_now_keeps_every_backup_the_user_asked_for(window, data_dir, warnings):
    for _ in range(3):
        window.backups.back_up_now()
    for day in range(40):
        daily_backup(window.ctx.database.path, window.ctx.backups_dir,
                     datetime(2026, 1, 1, 9) + timedelta(days=day))

    assert len(list((data_dir / "backups").glob("manual-*.sqlite"))) == 3


def test_a_lost_history_is_offered_back_from_its_backup(qtbot, window, data_dir, monkeypatch):
    daily_backup(window.ctx.database.path, window.ctx.backups_dir, EVENING)
    window.close()
    window.ctx.database.close()
    (data_dir / "rehabtimer.sqlite").unlink()
    shown: list[str] = []

    def use_the_backup(dialog: RecoveryDialog) -> int:
        shown.append(dialog.problem)
        next(b for b in dialog.choices() if b.text().startswith("Use the backup of")).click()
        return 0

    monkeypatch.setattr(RecoveryDialog, "exec", use_the_backup)

    again = _main_window_or_recover(argparse.Namespace(
        data_dir=str(data_dir), lang="en", command=None, profile=None))
    qtbot.addWidget(again)

    [text] = shown
    assert "is missing, but this folder held a history before" in text
    assert len(again.ctx.sessions.list()) == 1


def test_choosing_a_new_history_for_a_lost_one_starts_it_once(qtbot, window, data_dir,
                                                             monkeypatch):
    daily_backup(window.ctx.database.path, window.ctx.backups_dir, EVENING)
    window.close()
    window.ctx.database.close()
    (data_dir / "rehabtimer.sqlite").unlink()
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: next(
        b for b in dialog.choices() if b.text() == "Start a new history").click() or 0)

    again = _main_window_or_recover(argparse.Namespace(
        data_dir=str(data_dir), lang="en", command=None, profile=None))
    qtbot.addWidget(again)

    assert again.ctx.sessions.list() == []
    with closing(sqlite3.connect(data_dir / "rehabtimer.sqlite")) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert list((data_dir / "backups").glob("rehabtimer-*.sqlite")), "the backup stays"
