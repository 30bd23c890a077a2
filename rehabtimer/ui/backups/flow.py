"""The history file while the app runs: the daily and the asked-for backups, putting a
backup back, and recovering when damage turns up. Each of them closes the history, lets
storage change the file, and opens what is there then."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rehabtimer.context import AppContext
from rehabtimer.storage.backup import daily_backup, manual_backup
from rehabtimer.storage.db import open_database
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.recovery import restore
from rehabtimer.ui.backups.recovery import IntegrityCheck, recover
from rehabtimer.ui.errors import explain, reported
from rehabtimer.ui.widgets.plain import plain, plain_message_box


class HistoryFileFlow(QObject):
    reopened = Signal()
    """The history file was replaced (a restored backup, a fresh start) and is open again."""
    leave = Signal()
    """The patient chose to quit rather than go on without their history."""
    daily_backup_done = Signal()
    """Today's automatic backup was made, found made already, or its failure was said."""

    def __init__(self, ctx: AppContext, busy: Callable[[], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._busy = busy
        self._window = parent
        self._daily = _DailyBackup(self)
        self._daily.done.connect(self._daily_backup_over)
        self._daily_running = False

    def check_in_background(self, check: IntegrityCheck | None = None) -> None:
        """Look for damage in the whole file in the background, once the window is up;
        tests hand in the check to wait for its `finished`."""
        check = check or IntegrityCheck(self)
        check.damaged.connect(self.recover)
        check.start(self._ctx.database.path)

    def recover(self) -> None:
        self._switch(lambda path, now: recover(path, self._ctx.backups_dir, now, self._window))

    @reported
    def back_up_now(self) -> None:
        made = manual_backup(self._ctx.database.path, self._ctx.backups_dir,
                             self._ctx.clock.now())
        QMessageBox.information(self._window, "RehabTimer", plain(
            self.tr("A backup was saved as {path}.").format(path=made)))

    def restore_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Restore a backup"), str(self._ctx.backups_dir),
            self.tr("RehabTimer backups (*.sqlite)"))
        if not chosen:
            return
        answer = QMessageBox.question(
            self._window, self.tr("Restore this backup?"),
            plain(self.tr("The history will be replaced by the backup {path}. The history as "
                          "it is now is saved as a backup first.").format(path=chosen)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def replace_with_backup(path: Path, now: datetime) -> bool:
            restore(Path(chosen), path, self._ctx.backups_dir, now)
            return True

        self._switch(replace_with_backup)

    def daily_backup(self) -> None:
        """Make today's automatic backup on a thread of its own: its check of the copy
        takes a tenth of a second for ten years of history, and the window goes on."""
        if self._daily_running:
            return  # one is under way, and it is today's
        self._daily_running = True
        self._daily.start(self._ctx.database.path, self._ctx.backups_dir, self._ctx.clock.now())

    def _daily_backup_over(self, error: StorageError | None) -> None:
        self._daily_running = False
        if error is not None:
            self._problem(self.tr("Today's automatic backup could not be made."),
                          explain(error))
        self.daily_backup_done.emit()

    def _switch(self, change: Callable[[Path, datetime], bool]) -> None:
        """Close the history file, let `change` replace it, and open what is there now.

        If `change` says False, the patient chose to leave: the app quits."""
        if self._busy():
            return  # never under a running session; the check comes back at the next start
        path = self._ctx.database.path
        self._ctx.database.close()
        try:
            if not change(path, self._ctx.clock.now()):
                self.leave.emit()
                return
        except StorageError as error:
            self._problem(explain(error))
        try:
            database = open_database(path, self._ctx.backups_dir)
        except StorageError as error:
            QMessageBox.critical(self._window, "RehabTimer", plain(explain(error)))
            self.leave.emit()
            return
        self._ctx.use_database(database)
        self.reopened.emit()

    def _problem(self, text: str, detail: str = "") -> None:
        plain_message_box(QMessageBox.Icon.Warning, "RehabTimer", text, detail,
                          self._window).open()


class _DailyBackup(QObject):
    """storage.backup.daily_backup() on a worker thread. It holds the history's lock while
    it copies, so a restore or another backup waits for it as for another program."""

    done = Signal(object)
    """Over: None, or the StorageError that stopped it."""

    def start(self, source: Path, backups_dir: Path, now: datetime) -> None:
        # A daemon: quitting does not wait for it; a copy cut short is removed at the
        # next start, as after a power cut.
        threading.Thread(target=self._run, args=(source, backups_dir, now),
                         name="daily-backup", daemon=True).start()

    def _run(self, source: Path, backups_dir: Path, now: datetime) -> None:
        error: StorageError | None = None
        try:
            daily_backup(source, backups_dir, now)
        except StorageError as failure:
            error = failure
        finally:
            # Queued to the window's thread, which this object belongs to.
            self.done.emit(error)
