"""The whole app on a Python without the POSIX-only calls, as Windows' Python is.

The type checks per platform (make typecheck) find such calls statically; this runs them:
a first start, a session, settings and routine saves, exports, backup and restore.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
from dataclasses import replace
from types import ModuleType

import pytest
from PySide6.QtWidgets import QPushButton

import rehabtimer
from rehabtimer.cli import OK, main
from rehabtimer.core.card_cache import read_cards, stamp, write_cards
from rehabtimer.core.clock import FakeClock, SystemClock
from rehabtimer.core.library import load_library, save_user_routine
from rehabtimer.paths import builtin_routines_dir, data_paths
from rehabtimer.settings import load_settings
from tests.core.routines_for_tests import routine, step
from tests.ui.conftest import open_window
from tests.ui.test_session_window import click, through_the_gate, visible

# What Windows' Python 3.11 lacks (os.fchmod arrives there only in 3.13).
_OS_NAMES = ("fchmod", "fchown", "chown", "lchown", "getuid", "geteuid", "getgid", "getegid",
             "getgroups", "O_NONBLOCK", "O_NOCTTY", "O_NOFOLLOW", "O_CLOEXEC", "O_DIRECTORY",
             "mkfifo", "mknod", "sync", "statvfs", "fstatvfs", "getpgid", "setsid", "uname",
             "getloadavg", "pipe2")
_TIME_NAMES = ("CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_UPTIME_RAW",
               "clock_gettime", "clock_gettime_ns", "clock_settime", "clock_getres")
_MODULES = ("fcntl", "pwd", "grp", "termios", "resource")


def _stripped(module: ModuleType, names: tuple[str, ...]) -> ModuleType:
    copy = ModuleType(module.__name__, module.__doc__)
    copy.__dict__.update({k: v for k, v in vars(module).items() if k not in names})
    return copy


@pytest.fixture
def without_posix(monkeypatch):
    """Every module of the package sees `os` and `time` without their POSIX-only names, and
    the POSIX-only modules cannot be imported.

    Only our code is given the stripped modules: libraries such as filelock choose their own
    implementation per platform (msvcrt on Windows), which this machine cannot run.
    """
    for found in pkgutil.walk_packages(rehabtimer.__path__, "rehabtimer."):
        # Not __main__ (it would run the program) nor the migrations (Alembic runs those).
        if not found.name.endswith("__main__") and ".migrations" not in found.name:
            importlib.import_module(found.name)  # the lazily imported ones too
    bare = {"os": _stripped(os, _OS_NAMES), "time": _stripped(time, _TIME_NAMES)}
    for name, module in list(sys.modules.items()):
        if name == "rehabtimer" or name.startswith("rehabtimer."):
            for attribute, replacement in bare.items():
                if getattr(module, attribute, None) is sys.modules[attribute]:
                    monkeypatch.setattr(module, attribute, replacement)
    for name in _MODULES:
        monkeypatch.setitem(sys.modules, name, None)  # `import fcntl` raises ImportError
    return bare


def test_the_fixture_takes_the_posix_calls_away(without_posix):
    from rehabtimer.core import atomic, clock

    assert not hasattr(atomic.os, "fchmod") and not hasattr(clock.time, "clock_gettime")
    with pytest.raises(ImportError):
        import fcntl  # noqa: F401


def test_the_clocks_fall_back_where_the_posix_clocks_are_missing(without_posix):
    clock = SystemClock()
    first = clock.since_boot()
    assert clock.since_boot() >= first
    assert clock.monotonic() >= 0


def test_first_start_session_saves_exports_backup_and_restore(qtbot, data_dir, tmp_path,
                                                              without_posix, capsys):
    clock = FakeClock()
    window, drive = open_window(qtbot, data_dir, lang="ja", clock=clock)
    # The first start keeps the home screen's cards for the next one.
    files = stamp((builtin_routines_dir(), data_dir / "routines"), 5)
    made = window.ctx.library.summaries(5)
    write_cards(data_paths(data_dir).card_cache, files, made)
    assert read_cards(data_paths(data_dir).card_cache, files).cards == made

    through_the_gate(window, pain=3)
    drive.run_until(lambda: visible(window, QPushButton, "save") is not None)
    click(window, "save")
    assert [s.status for s in window.ctx.sessions.list()] == ["completed"]

    window.apply_settings(replace(window.ctx.settings, get_ready_s=10))
    assert load_settings(data_dir / "settings.json")[0].get_ready_s == 10

    mine = routine(step("a", "timed", duration_s=60), id="mine")
    save_user_routine(mine, window.ctx.routines_dir)
    assert "mine" in [e.routine.id for e in
                      load_library(builtin_routines_dir(), window.ctx.routines_dir).entries]
    window.close()
    window.ctx.database.close()

    assert main(["export", "csv", "-o", str(tmp_path / "s.csv")]) == OK
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").count("\n") == 2
    assert main(["export", "pdf", "-o", str(tmp_path / "r.pdf")]) == OK
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert main(["backup", "-o", str(tmp_path / "b.sqlite")]) == OK
    assert main(["restore", str(tmp_path / "b.sqlite")]) == OK
    capsys.readouterr()
    assert main(["--lang", "en", "routine", "list"]) == OK
    assert "mine" in capsys.readouterr().out
