"""Errors in answer to a click become a plain message in the window, never a traceback."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabtimer.installation import IncompleteInstallation
from rehabtimer.paths import DataDirError
from rehabtimer.safe_output import UnsafeOutput
from rehabtimer.storage.errors import (
    DatabaseBusy,
    DatabaseNotWritable,
    DatabaseTooNew,
    DatabaseUnreadable,
    HistoryLocked,
    NotAHistory,
    StorageError,
)
from rehabtimer.storage.session_records import SessionProblem, UnreadableSession
from rehabtimer.ui.widgets.plain import plain

F = TypeVar("F", bound=Callable[..., Any])


def _storage_message(error: StorageError) -> str:
    """The storage layer's sentence, in the patient's language where it is a known one."""
    path = str(error.path)
    if isinstance(error, DatabaseTooNew):
        text = QCoreApplication.translate(
            "Errors", "The history file {path} was created by a newer version of RehabTimer. "
                      "Please install that version to open it. The file has not been changed.")
    elif isinstance(error, DatabaseUnreadable):
        text = QCoreApplication.translate(
            "Errors", "The history file {path} is damaged or is not a RehabTimer database. "
                      "RehabTimer has not changed it.")
    elif isinstance(error, DatabaseNotWritable):
        text = QCoreApplication.translate(
            "Errors", "RehabTimer cannot save to the history file {path}. Please check that "
                      "the disk is not full and that you are allowed to change this file and "
                      "its folder.")
    elif isinstance(error, HistoryLocked):
        text = QCoreApplication.translate(
            "Errors", "The history file {path} is being restored or backed up by another "
                      "RehabTimer. Please wait until that has finished and try again. Nothing "
                      "was changed.")
    elif isinstance(error, NotAHistory):
        text = QCoreApplication.translate(
            "Errors", "{path} cannot be restored: it is not a good RehabTimer backup. It may be "
                      "damaged, come from a newer version or another program, or be the "
                      "history itself. The history was not changed.")
    elif isinstance(error, DatabaseBusy):
        text = QCoreApplication.translate(
            "Errors", "The history file {path} is in use by another program. Please close "
                      "any other RehabTimer window and try again.")
    else:
        return error.message
    return text.format(path=path)


def _unsafe_output_message(error: UnsafeOutput) -> str:
    texts = {
        "data-folder": QCoreApplication.translate(
            "Errors", "{path} is inside RehabTimer's own data folder, where the history is "
                      "kept. Choose a file in another folder, for example Documents."),
        "folder": QCoreApplication.translate("Errors", "{path} is a folder. Choose a file name."),
        "special": QCoreApplication.translate(
            "Errors", "{path} is not an ordinary file (it is a device, a pipe or a socket). "
                      "Choose a file name."),
        "linked": QCoreApplication.translate(
            "Errors", "{path} is another name for one of RehabTimer's own files. Choose "
                      "another file name."),
    }
    text = texts.get(error.kind)
    return error.message if text is None else text.format(path=error.path)


def session_problem_text(problem: SessionProblem) -> str:
    """The sentence for a session that cannot be read, in the patient's language."""
    if problem.day is None:
        text = QCoreApplication.translate(
            "Errors", "Session {id} cannot be read: its {column} is “{value}”, which is not "
                      "valid. It is left out; the history file has not been changed.")
    else:
        text = QCoreApplication.translate(
            "Errors", "Session {id} ({day}) cannot be read: its {column} is “{value}”, which "
                      "is not valid. It is left out; the history file has not been changed.")
    return text.format(id=problem.session_id, day=problem.day, column=problem.column,
                       value=problem.value)


def explain(error: Exception) -> str:
    if isinstance(error, UnsafeOutput):
        return _unsafe_output_message(error)
    if isinstance(error, UnreadableSession):
        return session_problem_text(error.problem)
    if isinstance(error, StorageError):
        return error.message if error.path is None else _storage_message(error)
    if isinstance(error, LookupError):
        return QCoreApplication.translate(
            "Errors", "That entry no longer exists. It may have been deleted meanwhile."
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate("Errors", "Cannot write {path}: {reason}").format(
            path=error.filename or "", reason=error.strerror or error
        )
    if isinstance(error, DataDirError):
        return QCoreApplication.translate(
            "Errors", "Cannot use the data folder {folder}: {reason}.").format(
            folder=error.folder, reason=error.reason)
    if isinstance(error, IncompleteInstallation):
        return QCoreApplication.translate(
            "Errors", "RehabTimer cannot start: some of its own files are missing (in {folders})."
                      " Please install RehabTimer again; your history is not touched.").format(
            folders=", ".join(map(str, error.folders)))
    raise error


def reported(slot: F) -> F:
    """Show storage, lookup and file errors from the slot of a widget, or of an object that
    belongs to one (a flow of the window), in a message box over that widget."""

    @functools.wraps(slot)
    def guarded(self: QObject, *args: Any, **kwargs: Any) -> Any:
        try:
            return slot(self, *args, **kwargs)
        except (StorageError, LookupError, OSError, UnsafeOutput) as error:
            owner = self if isinstance(self, QWidget) else self.parent()
            QMessageBox.warning(owner if isinstance(owner, QWidget) else None, "RehabTimer",
                                plain(explain(error)))
            return None

    return guarded  # type: ignore[return-value]
