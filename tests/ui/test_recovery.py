"""A damaged history file at start-up or found later: kept aside, a backup or a fresh start."""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from rehabtimer.app import _main_window_or_recover
from rehabtimer.core.clock import FakeClock
from rehabtimer.storage.backup import daily_backup
from rehabtimer.ui.backups.recovery import IntegrityCheck, RecoveryDialog

from .conftest import open_window
from .test_reminders import MORNING, finish_one_session_today

GARBAGE_HEADER = b"SQLite format 3\x00" + b"\xff" * 4000


class Answer:
    """Stands in for the patient at the question: clicks the button that starts so."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, starts: str) -> None:
        self.shown: list[tuple[str, list[str]]] = []
        monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: self._click(dialog, starts))

    def _click(self, dialog: RecoveryDialog, starts: str) -> int:
        texts = [b.text() for b in dialog.choices()]
        self.shown.append((dialog.problem, texts))
        next(b for b in dialog.choices() if b.text().startswith(starts)).click()
        return 0


def history_with_a_backup(qtbot, data_dir: Path) -> None:
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    finish_one_session_today(window, clock)
    daily_backup(window.ctx.database.path, window.ctx.backups_dir, clock.now())
    window.close()
    window.ctx.database.close()


def damaged_files(data_dir: Path) -> list[Path]:
    return sorted(data_dir.glob("rehabtimer.sqlite.damaged-*"))


def args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), lang="en", command=None, profile=None)


@pytest.mark.parametrize("content", [GARBAGE_HEADER, b"", b"my shopping list\n" * 200],
                         ids=["garbage header", "zero length", "not a database"])
def test_at_start_the_newest_backup_takes_over_and_the_bad_file_is_kept(
    qtbot, data_dir, monkeypatch, content
):
    history_with_a_backup(qtbot, data_dir)
    (data_dir / "rehabtimer.sqlite").write_bytes(content)
    answer = Answer(monkeypatch, "Use the backup of")

    window = _main_window_or_recover(args(data_dir))
    qtbot.addWidget(window)

    [(text, buttons)] = answer.shown
    damaged = data_dir / "rehabtimer.sqlite"
    assert text == f"The history file {damaged} is damaged and cannot be read."
    assert sorted(buttons) == ["Quit", "Start a new history", "Use the backup of 2026-01-05 08:00"]
    assert len(window.ctx.sessions.list()) == 1
    [kept] = damaged_files(data_dir)
    assert kept.read_bytes() == content


def test_without_a_backup_a_fresh_history_starts_and_the_bad_file_is_kept(
    qtbot, data_dir, monkeypatch
):
    data_dir.mkdir(parents=True)
    (data_dir / "rehabtimer.sqlite").write_bytes(GARBAGE_HEADER)
    answer = Answer(monkeypatch, "Start a new history")

    window = _main_window_or_recover(args(data_dir))
    qtbot.addWidget(window)

    assert sorted(answer.shown[0][1]) == ["Quit", "Start a new history"]
    assert window.ctx.sessions.list() == []
    assert damaged_files(data_dir)[0].read_bytes() == GARBAGE_HEADER


def test_quitting_leaves_the_damaged_file_exactly_as_it_was(qtbot, data_dir, monkeypatch):
    history_with_a_backup(qtbot, data_dir)
    (data_dir / "rehabtimer.sqlite").write_bytes(GARBAGE_HEADER)
    Answer(monkeypatch, "Quit")

    assert _main_window_or_recover(args(data_dir)) is None
    assert (data_dir / "rehabtimer.sqlite").read_bytes() == GARBAGE_HEADER
    assert damaged_files(data_dir) == []


def corrupt_a_page_of(path: Path, table: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)


def test_a_damaged_page_found_after_start_is_recovered_from_the_backup(
    qtbot, data_dir, monkeypatch
):
    history_with_a_backup(qtbot, data_dir)
    # A page nothing reads at start-up: only the check in the background comes across it.
    corrupt_a_page_of(data_dir / "rehabtimer.sqlite", "audit_log")
    answer = Answer(monkeypatch, "Use the backup of")
    window, _ = open_window(qtbot, data_dir, clock=FakeClock(MORNING))

    window.check_history()
    qtbot.waitUntil(lambda: len(answer.shown) == 1, timeout=5000)

    assert len(window.ctx.sessions.list()) == 1
    assert len(damaged_files(data_dir)) == 1
    with closing(sqlite3.connect(data_dir / "rehabtimer.sqlite")) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_damaged_page_read_at_start_up_leads_to_the_same_offer(qtbot, data_dir, monkeypatch):
    history_with_a_backup(qtbot, data_dir)
    corrupt_a_page_of(data_dir / "rehabtimer.sqlite", "sessions")
    answer = Answer(monkeypatch, "Use the backup of")

    window = _main_window_or_recover(args(data_dir))
    qtbot.addWidget(window)

    assert len(answer.shown) == 1
    assert len(window.ctx.sessions.list()) == 1


def test_a_sound_history_raises_no_alarm(qtbot, data_dir, monkeypatch):
    answer = Answer(monkeypatch, "Quit")
    window, _ = open_window(qtbot, data_dir)
    check = IntegrityCheck(window)
    with qtbot.waitSignal(check.finished, timeout=10_000):
        window.backups.check_in_background(check)
    assert answer.shown == []
