"""Where RehabTimer keeps things. The only module that asks appdirs.

The data folder holds health data, so it is private to the user (0700). `--data-dir` or
REHABTIMER_DATA_DIR moves it, which is how tests keep away from the real home folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_NAME = "RehabTimer"
DATA_DIR_ENV = "REHABTIMER_DATA_DIR"
_PACKAGE = Path(__file__).resolve().parent


class DataDirError(Exception):
    """The data folder cannot be created or written; the message says which and why."""

    def __init__(self, folder: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"Cannot use the data folder {folder}: {reason}.")
        self.folder = folder
        self.reason = reason


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "rehabtimer.sqlite"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def routines(self) -> Path:
        return self.root / "routines"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def card_cache(self) -> Path:
        """What the home screen lists, kept for a fast start (see core/card_cache.py)."""
        return self.root / "home-cards.json"


def default_data_dir() -> Path:
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def data_paths(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder chosen by --data-dir, then REHABTIMER_DATA_DIR, then the platform's.

    An empty override is an error, not a wish for the usual folder; an empty variable counts
    as unset, as is usual for environment variables.
    """
    if override is not None and not os.fspath(override):
        raise DataDirError('""', "an empty name is not a folder")
    chosen = override or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return DataPaths(Path(chosen).expanduser().absolute())


def prepare(paths: DataPaths) -> DataPaths:
    """Create the private data folders (0700) if they are missing."""
    for folder in (paths.root, paths.backups, paths.routines):
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.chmod(0o700)
        except OSError as error:
            reason = error.strerror or str(error)
            raise DataDirError(folder, reason) from None
    return paths


def resources_dir() -> Path:
    """Installed, resources sit inside the package; in a source checkout, beside it."""
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def builtin_routines_dir() -> Path:
    return resources_dir() / "routines"
