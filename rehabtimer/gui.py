"""Starting the window: the home screen on screen first, the rest of the app just after.

Before the first frame only Qt, the settings, the kept routine cards (see
core/card_cache.py) and today's counts and profile read with plain sqlite3
(storage/quick_counts.py) are loaded; that frame is the usable home, its buttons kept for
the full window (ui/home/first_frame.py). The database layer (SQLAlchemy), the routine
parser (pydantic) and the full window come once it is painted, from the composition root in
app.py, loaded a step at a time so that clicks are taken in between. Where no cards are kept
(the first start, a routine file changed), the routine files are read before the first
frame, so that it lists them. benchmarks/startup.py measures the gain.
"""

from __future__ import annotations

import argparse
import gc
import sys
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from rehabtimer.core.card_cache import read_cards, stamp
from rehabtimer.installation import IncompleteInstallation, check_installation
from rehabtimer.paths import DataDirError, builtin_routines_dir, prepare, resources_dir
from rehabtimer.start import start_of
from rehabtimer.storage.quick_counts import read_today
from rehabtimer.ui.home.first_frame import FirstFrame
from rehabtimer.ui.home.presenter import (
    first_home_state,
    home_columns,
    routine_notice,
    settings_notice,
)
from rehabtimer.ui.i18n import install_translators
from rehabtimer.ui.single_instance import SingleInstance, server_name
from rehabtimer.ui.widgets.fonts import app_font
from rehabtimer.ui.widgets.style import stylesheet

if TYPE_CHECKING:
    from rehabtimer.core.library import Library
    from rehabtimer.ui.shell import MainWindow

# Once the home screen has settled and today's progress is in.
CHARTS_AFTER_MS = 1500
# What the full window needs, a step at a time: the database layer, the routine parser, the
# screens, the composition root. The longest, SQLAlchemy's own import, takes about 0.17 s of
# processor time. (QtMultimedia is left to the cue player, which tells a patient whose
# multimedia cannot be loaded why.)
LOADING_STEPS = ("sqlalchemy", "sqlalchemy.orm", "rehabtimer.storage.sessions", "pydantic",
                 "rehabtimer.core.library", "rehabtimer.ui.session.flow", "rehabtimer.ui.shell",
                 "rehabtimer.app")


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # the widgets need a QApplication, not a QCoreApplication
    app.setApplicationName("RehabTimer")
    app.setOrganizationName("RehabTimer")
    # Matches the installed rehabtimer.desktop, so Wayland docks show the right name and icon.
    app.setDesktopFileName("rehabtimer")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "rehabtimer.svg")))
    start = start_of(args)
    install_translators(app, start.lang)
    try:
        check_installation()
        # Before anything is kept in the folder (the single-instance name, the cards).
        paths = prepare(start.paths)
    except (IncompleteInstallation, DataDirError) as error:
        # Not needed on the way to the first frame.
        from PySide6.QtWidgets import QMessageBox

        from rehabtimer.ui.errors import explain
        from rehabtimer.ui.widgets.plain import plain

        QMessageBox.critical(None, "RehabTimer", plain(explain(error)))
        return 2
    app.setFont(app_font(app.font()))
    settings = start.settings
    app.setStyleSheet(stylesheet(settings.text_scale / 100, settings.high_contrast))
    wishes = ["run", args.routine_id] if getattr(args, "command", None) == "run" else []
    instance = SingleInstance(server_name(paths.root), app)
    if instance.running_elsewhere(wishes):
        return 0  # the running app comes forward instead
    # Taken before the routines are read: a file changed meanwhile makes the next start
    # miss the kept cards, never show stale ones.
    routine_files = stamp((builtin_routines_dir(), paths.routines), settings.get_ready_s)
    kept = read_cards(paths.card_cache, routine_files)
    library = None
    if kept is None:
        library = _read_routines(paths.routines)
        cards = library.summaries(settings.get_ready_s)
        problems = tuple(str(problem) for problem in library.problems)
    else:
        cards, problems = kept.cards, kept.problems
    # Read as it is, without SQLAlchemy; the full opening just after meets anything amiss.
    counts = read_today(paths.database, date.today(), settings.week_start,
                        getattr(args, "profile", None), paths.backups)
    notices = ((settings_notice(),) if start.settings_problem else ()) + tuple(
        routine_notice(problem) for problem in problems)
    frame = FirstFrame(first_home_state(cards, start.lang, settings, counts, notices),
                       home_columns(settings))
    frame.show_painted()
    gc.enable()  # off since cli._run_gui, for a faster first frame
    if not instance.claim(wishes):
        # Another start got there first, between the question and now: it comes forward.
        frame.close()
        return 0
    instance.activated.connect(frame.come_forward)
    if not _load_in_steps(frame):
        return 0  # closed before the rest was there: the history was not even opened
    from rehabtimer.app import open_main_window

    window = open_main_window(args, frame, routine_files, kept, library)
    instance.activated.disconnect(frame.come_forward)
    if window is None:
        return 2
    if frame.left:
        window.quit()
        return 0
    instance.activated.connect(window.come_forward)
    window.start_reminders()
    window.check_history()
    window.follow(frame.wishes or wishes, frame.options)
    QTimer.singleShot(CHARTS_AFTER_MS, lambda: load_charts(window))
    return app.exec()


def _read_routines(own: Path) -> Library:
    from rehabtimer.core.library import load_library  # the routine parser: pydantic

    return load_library(builtin_routines_dir(), own)


def _load_in_steps(frame: FirstFrame) -> bool:
    """Import the rest of the app a step at a time, taking the clicks on the first frame in
    between (see LOADING_STEPS); False if the patient closed the frame meanwhile."""
    for module in LOADING_STEPS:
        import_module(module)
        QApplication.processEvents()
        if frame.left:
            return False
    return True


def load_charts(window: MainWindow) -> None:
    """Import the history screen with its charts (pyqtgraph: half a second, about 40 MiB),
    then build it and style it, while the patient looks at the home screen, so that the
    history opens without that wait: it then only reads and draws. Never while a session
    runs: the import holds the window up."""
    if window.session.running:
        return
    import_module("rehabtimer.ui.history.screen")
    # The building in a turn of its own, with the clicks taken in between.
    QTimer.singleShot(0, window, lambda: _build_history(window))


def _build_history(window: MainWindow) -> None:
    if not window.session.running:
        window.prepare_history().ensurePolished()
    # What is loaded by now lives as long as the app: kept out of the collector's full
    # passes, which would otherwise walk it all (about 100 ms) at moments of their own,
    # in the middle of a chart or a cue.
    gc.freeze()
