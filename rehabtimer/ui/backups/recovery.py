"""A damaged history file: say so plainly, keep it, and offer the newest good backup or a
fresh start. Used at start-up and when damage shows up while the app runs."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabtimer.storage.backup import taken_at
from rehabtimer.storage.recovery import newest_good_backup, restore, start_new_history


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
    else:
        problem = QCoreApplication.translate(
            "Recovery", "The history file {path} is missing, but this folder held a history "
                        "before (its backups are still there).")
    box = QMessageBox(QMessageBox.Icon.Warning, "RehabTimer", problem.format(path=path),
                      parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(QCoreApplication.translate(
        "Recovery", "RehabTimer will keep the damaged file, renamed, in the same folder. "
                    "You can go on with the newest good backup, or start a new, empty "
                    "history."))
    restore_button = None
    if backup is not None:
        taken = taken_at(backup) or datetime.fromtimestamp(backup.stat().st_mtime)
        restore_button = box.addButton(QCoreApplication.translate(
            "Recovery", "Use the backup of {when}").format(when=f"{taken:%Y-%m-%d %H:%M}"),
            QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore_button)
    fresh_button = box.addButton(QCoreApplication.translate(
        "Recovery", "Start a new history"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Recovery", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    chosen = box.clickedButton()
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
