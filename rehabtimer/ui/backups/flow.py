"""The history file while the app runs: the daily and the asked-for backups, putting a
backup back, and recovering when damage turns up. Each of them closes the history, lets
storage change the file, and opens what is there then."""

from __future__ import annotations

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

    def __init__(self, ctx: AppContext, busy: Callable[[], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._busy = busy
        self._window = parent

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
        try:
            daily_backup(self._ctx.database.path, self._ctx.backups_dir, self._ctx.clock.now())
        except StorageError as error:
            self._problem(self.tr("Today's automatic backup could not be made."),
                          explain(error))

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
