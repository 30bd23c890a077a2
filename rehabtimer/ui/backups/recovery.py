"""A damaged history file: say so plainly, keep it, and offer the newest good backup or a
fresh start. Used at start-up and when damage shows up while the app runs."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from rehabtimer.storage.backup import taken_at
from rehabtimer.storage.recovery import newest_good_backup, restore, start_new_history
from rehabtimer.ui.widgets.controls import make_button, make_label


class RecoveryDialog(QDialog):
    """The question asked when the history is damaged or missing: what happened, what
    will be kept, and one big button per way on, one above the other, so long words and
    200 % text are never cut (a QMessageBox is at most 720 pixels wide on such a screen)."""

    def __init__(self, problem: str, choice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("RehabTimer")
        self.setObjectName("recovery")
        self.problem = problem
        self._layout = QVBoxLayout(self)
        self._labels = [make_label(text) for text in (problem, choice)]
        for label in self._labels:
            self._layout.addWidget(label)
        self._layout.addSpacing(12)
        self._chosen: QPushButton | None = None

    def showEvent(self, event: QShowEvent) -> None:
        # A window does not size itself by its wrapped labels' height for a width, and their
        # font (200 % text) is known only once polished: fix the width from the text size,
        # 50 characters within the screen, and give each label the height it then needs.
        width = self._labels[0].fontMetrics().averageCharWidth() * 50
        screen = self.screen().availableGeometry().width()
        margins = self._layout.contentsMargins()
        width = min(width, int(screen * 0.9)) - margins.left() - margins.right()
        for label in self._labels:
            label.setMinimumSize(width, label.heightForWidth(width))
        self.adjustSize()
        super().showEvent(event)

    def add_choice(self, text: str, default: bool = False) -> QPushButton:
        button = make_button(text)
        button.setDefault(default)
        button.setAutoDefault(True)
        button.clicked.connect(lambda: self._choose(button))
        self._layout.addWidget(button)
        if default:
            button.setFocus()
        return button

    def choices(self) -> list[QPushButton]:
        return self.findChildren(QPushButton)

    def chosen(self) -> QPushButton | None:
        return self._chosen

    def _choose(self, button: QPushButton) -> None:
        self._chosen = button
        self.accept()


def recover(path: Path, backups_dir: Path, now: datetime, parent: QWidget | None = None
            ) -> bool:
    """Ask what to do about a damaged or missing history, then restore the newest good
    backup (keeping the damaged file) or start afresh (setting it aside).

    False when the patient chose to quit; the file is then left exactly as it was.
    Raises StorageError if the file cannot be moved or the backup cannot be copied.
    """
    backup = newest_good_backup(backups_dir)
    if path.exists():
        problem = QCoreApplication.translate(
            "Recovery", "The history file {path} is damaged and cannot be read.")
        choice = QCoreApplication.translate(
            "Recovery", "RehabTimer will keep the damaged file, renamed, in the same folder. "
                        "You can go on with the newest good backup, or start a new, empty "
                        "history.")
    else:
        problem = QCoreApplication.translate(
            "Recovery", "The history file {path} is missing, but this folder held a history "
                        "before (its backups are still there).")
        choice = QCoreApplication.translate(
            "Recovery", "You can go on with the newest good backup, or start a new, empty "
                        "history.")
    dialog = RecoveryDialog(problem.format(path=path), choice, parent)
    restore_button = None
    if backup is not None:
        taken = taken_at(backup) or datetime.fromtimestamp(backup.stat().st_mtime)
        restore_button = dialog.add_choice(QCoreApplication.translate(
            "Recovery", "Use the backup of {when}").format(when=f"{taken:%Y-%m-%d %H:%M}"),
            default=True)
    fresh_button = dialog.add_choice(QCoreApplication.translate(
        "Recovery", "Start a new history"), default=backup is None)
    dialog.add_choice(QCoreApplication.translate("Recovery", "Quit"))
    dialog.exec()
    chosen = dialog.chosen()
    if chosen not in (restore_button, fresh_button) or chosen is None:
        return False
    if chosen is restore_button and backup is not None:
        restore(backup, path, backups_dir, now)
    else:
        start_new_history(path, now)
    return True


class IntegrityCheck(QObject):
    """SQLite's quick_check of the whole file, off the GUI thread: about 0.3 s for ten
    years of history, too long to wait for before the first screen."""

    damaged = Signal()
    finished = Signal()
    """The check is over, after `damaged` if it found damage."""

    def start(self, path: Path) -> None:
        threading.Thread(target=self._run, args=(path,), daemon=True).start()

    def _run(self, path: Path) -> None:
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True)) as conn:
                verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError:
            verdict = "unreadable"
        except sqlite3.Error:
            verdict = "ok"  # busy or gone for a moment: not damage
        if verdict != "ok":
            self.damaged.emit()
        self.finished.emit()
