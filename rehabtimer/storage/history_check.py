"""Is this file a RehabTimer history that this version can use? Asked before anything is
replaced by it (restore, recovery), so a wrong file is refused while the history is intact.

Files made by this version carry APPLICATION_ID in their header; older ones are known by
their tables. Checks only read.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

from rehabtimer.storage.errors import NotAHistory

APPLICATION_ID = 0x52485442
"""'RHTB' in SQLite's header (PRAGMA application_id), so `file` and other tools can tell."""

TABLES = frozenset({"alembic_version", "profiles", "routine_snapshots", "sessions",
                    "step_results"})
"""The tables every released schema has."""


MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def known_revisions(migrations: Path = MIGRATIONS_DIR) -> set[str]:
    # Deferred import: alembic is loaded only when a file's revision matters.
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(migrations)).walk_revisions()}


def check_history_file(path: Path) -> str:
    """The file's schema revision if it is a good RehabTimer history; NotAHistory if not."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise NotAHistory(path, "it is not a regular file")
        # mode=rw, not ro: a read-only connection leaves a -wal and -shm behind it, and a
        # file that may not be written is opened read-only by SQLite all the same. Nothing
        # here writes; closing only folds a crashed writer's log back into the file.
        uri = f"{path.resolve().as_uri()}?mode=rw"
        with closing(sqlite3.connect(uri, uri=True, timeout=5.0)) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise NotAHistory(path, "it is damaged (SQLite's check failed)")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id not in (0, APPLICATION_ID) or not tables >= TABLES:
                raise NotAHistory(path, "it is not a RehabTimer history")
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except FileNotFoundError:
        raise NotAHistory(path, "there is no such file") from None
    except OSError as error:
        raise NotAHistory(path, f"it cannot be read ({error.strerror or error})") from None
    except sqlite3.DatabaseError:
        raise NotAHistory(path, "it is damaged or is not a database") from None
    except sqlite3.Error as error:
        raise NotAHistory(path, f"it cannot be read ({error})") from None
    if len(rows) != 1 or rows[0][0] not in known_revisions():
        raise NotAHistory(path, "it comes from a newer version of RehabTimer, or is not "
                                "a RehabTimer history")
    return str(rows[0][0])
