"""Errors in answer to a click become a plain message in the window, never a traceback."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabtimer.storage.errors import StorageError

F = TypeVar("F", bound=Callable[..., Any])


def explain(error: Exception) -> str:
    if isinstance(error, StorageError):
        return error.message
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
