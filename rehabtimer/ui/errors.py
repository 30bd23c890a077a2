"""Errors in answer to a click become a plain message in the window, never a traceback."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabtimer.storage.errors import (
    DatabaseBusy,
    DatabaseNotWritable,
    DatabaseTooNew,
    DatabaseUnreadable,
    StorageError,
)

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
    elif isinstance(error, DatabaseBusy):
        text = QCoreApplication.translate(
            "Errors", "The history file {path} is in use by another program. Please close "
                      "any other RehabTimer window and try again.")
    else:
        return error.message
    return text.format(path=path)


def explain(error: Exception) -> str:
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
    raise error


def reported(slot: F) -> F:
    """Show storage, lookup and file errors from a widget's slot in a message box."""

    @functools.wraps(slot)
    def guarded(self: QWidget, *args: Any, **kwargs: Any) -> Any:
        try:
            return slot(self, *args, **kwargs)
        except (StorageError, LookupError, OSError) as error:
            QMessageBox.warning(self, "RehabTimer", explain(error))
            return None

    return guarded  # type: ignore[return-value]
