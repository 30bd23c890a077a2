"""Whether this installation has the files it cannot work without.

A bundle or a package built without its data folders would otherwise start and list no
routines, or open a new history but not upgrade an old one, and say nothing.
"""

from __future__ import annotations

from pathlib import Path

from rehabtimer.paths import builtin_routines_dir
from rehabtimer.storage.history_check import MIGRATIONS_DIR


class IncompleteInstallation(Exception):
    """Files of RehabTimer itself are missing; the message names them and their folders."""

    def __init__(self, message: str, folders: tuple[Path, ...]) -> None:
        super().__init__(message)
        self.folders = folders


def _routines_dir() -> Path:
    return builtin_routines_dir()


def _migrations_dir() -> Path:
    return MIGRATIONS_DIR


def check_installation() -> None:
    missing, folders = [], []
    routines, migrations = _routines_dir(), _migrations_dir()
    if not any(routines.glob("*.json")):
        missing.append(f"its built-in routines (in {routines})")
        folders.append(routines)
    if not (migrations / "env.py").is_file() or not any((migrations / "versions").glob("0*.py")):
        missing.append(f"the migrations that upgrade an older history (in {migrations})")
        folders.append(migrations)
    if missing:
        raise IncompleteInstallation(
            f"This copy of RehabTimer is incomplete: {' and '.join(missing)} cannot be found. "
            "Please install RehabTimer again; your history is not touched.", tuple(folders))
