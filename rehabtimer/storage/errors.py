"""Storage failures, each carrying a sentence a patient can read and act on."""

from __future__ import annotations

from pathlib import Path
from typing import Self


class StorageError(Exception):
    """The history cannot be read or saved; `message` says why and names the file."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        """The file concerned, so the app can say it in the patient's language."""


class DatabaseTooNew(StorageError):
    @classmethod
    def at(cls, path: Path) -> Self:
        return cls(
            f"The history file {path} was created by a newer version of RehabTimer. "
            "Please install that version to open it. The file has not been changed.",
            path,
        )


class DatabaseUnreadable(StorageError):
    @classmethod
    def at(cls, path: Path) -> Self:
        return cls(
            f"The history file {path} is damaged or is not a RehabTimer database. "
            "RehabTimer has not changed it; move it elsewhere to start a new history.",
            path,
        )


class DatabaseNotWritable(StorageError):
    @classmethod
    def at(cls, path: Path) -> Self:
        return cls(
            f"RehabTimer cannot save to the history file {path}. Please check that the disk "
            "is not full and that you are allowed to change this file and its folder.",
            path,
        )


class DatabaseBusy(StorageError):
    @classmethod
    def at(cls, path: Path) -> Self:
        return cls(
            f"The history file {path} is in use by another program. "
            "Please close any other RehabTimer window and try again.",
            path,
        )


class MigrationFailed(StorageError):
    @classmethod
    def at(cls, path: Path, backup: Path) -> Self:
        return cls(
            f"RehabTimer could not update the history file {path} for this version, "
            f"so it was left as it was. A copy was saved as {backup}.",
            path,
        )


class HistoryLocked(StorageError):
    @classmethod
    def at(cls, path: Path) -> Self:
        return cls(
            f"The history file {path} is being restored or backed up by another RehabTimer. "
            "Please wait until that has finished and try again. Nothing was changed.",
            path,
        )


class HistoryMissing(StorageError):
    """The history file is gone from a folder that had one: never start an empty one quietly."""

    def __init__(self, path: Path, traces: list[Path]) -> None:
        found = ", ".join(str(trace) for trace in traces[:5])
        more = f" and {len(traces) - 5} more" if len(traces) > 5 else ""
        super().__init__(
            f"The history file {path} is missing, but this folder held a history before: "
            f"found {found}{more}. RehabTimer has not started a new, empty history. "
            "To go on with the newest good backup, open RehabTimer, or run: "
            "rehabtimer restore BACKUP_FILE",
            path,
        )
        self.traces = traces


class NotAHistory(StorageError):
    """A file offered as a backup that cannot become the history; `reason` says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} cannot be restored: {reason}. The history was not changed.",
                         path)
        self.reason = reason
