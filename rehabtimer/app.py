"""The composition root: paths, database, repositories, routines, the main window.

All wiring between objects happens here; nothing else creates long-lived services. The
window is started by gui.py, which puts a first frame on screen before importing this.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from contextlib import suppress
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QMessageBox

from rehabtimer.context import AppContext
from rehabtimer.core.card_cache import KeptCards, write_cards
from rehabtimer.core.clock import Clock, SystemClock
from rehabtimer.core.library import Library, load_library
from rehabtimer.paths import DataDirError, builtin_routines_dir, prepare, resources_dir
from rehabtimer.start import start_of
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.storage.db import open_database
from rehabtimer.storage.errors import DatabaseUnreadable, HistoryMissing, StorageError
from rehabtimer.storage.plans import PlanRepository
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.reading import open_for_reading
from rehabtimer.storage.session_records import UnreadableSession
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository
from rehabtimer.ui.backups.recovery import recover
from rehabtimer.ui.errors import explain
from rehabtimer.ui.home.first_frame import FirstFrame
from rehabtimer.ui.home.presenter import routine_notice, settings_notice
from rehabtimer.ui.session.sound import CuePlayer
from rehabtimer.ui.session.voice import Voice
from rehabtimer.ui.shell import MainWindow
from rehabtimer.ui.widgets.plain import plain


def open_main_window(
    args: argparse.Namespace,
    frame: FirstFrame,
    routine_files: Mapping[str, Any],
    kept: KeptCards | None,
    library: Library | None = None,
) -> MainWindow | None:
    """The full window in place of the first frame, or None when it cannot open (the
    patient has been told why). `library`: the routines, if the first frame read them."""
    try:
        window = _main_window_or_recover(args, library)
    except (DataDirError, StorageError) as error:
        QMessageBox.critical(frame, "RehabTimer", plain(explain(error)))
        return None
    if window is None:
        return None  # the history file is damaged and the patient chose to leave it for now
    routines = window.ctx.library
    made = KeptCards(routines.summaries(window.ctx.settings.get_ready_s),
                     tuple(str(problem) for problem in routines.problems))
    if made != kept:
        # If it cannot be written, only the next start is slower; a data folder that cannot
        # be written is told about where the history is saved.
        with suppress(OSError):
            write_cards(start_of(args).paths.card_cache, routine_files, made.cards,
                        made.problems)
    frame.hand_over(window)
    return window


def _main_window_or_recover(args: argparse.Namespace,
                            library: Library | None = None) -> MainWindow | None:
    try:
        return build_main_window(args, library=library)
    except (DatabaseUnreadable, HistoryMissing):
        paths = start_of(args).paths
        if not recover(paths.database, paths.backups, datetime.now().astimezone()):
            return None
        return build_main_window(args, library=library)


def build_context(args: argparse.Namespace, clock: Clock | None = None,
                  create_profile: bool = True, library: Library | None = None) -> AppContext:
    """Data folder, database, repositories and routines; shared by the app and the CLI.

    With create_profile False the history is only read (the command line's report): the
    data folder is left exactly as it is, and an unknown --profile is an error instead of
    a new profile.
    """
    start = start_of(args)
    name = getattr(args, "profile", None)
    if create_profile:
        paths = prepare(start.paths)
        database = open_database(paths.database, paths.backups)
        profiles = ProfileRepository(database)
        profile = profiles.ensure_default()
        if name:
            profile = profiles.get_by_name(name) or profiles.add(name)
    else:
        paths = start.paths
        database = open_for_reading(paths.database, paths.backups)
        profiles = ProfileRepository(database)
        found = profiles.get_by_name(name) if name else next(
            (p for p in profiles.list() if p.is_default), None)
        if found is None:
            database.close()
            raise LookupError(name)
        profile = found
    return AppContext(
        clock=clock or SystemClock(),
        lang=start.lang,
        library=library if library is not None else load_library(builtin_routines_dir(),
                                                                 paths.routines),
        profile=profile,
        profiles=profiles,
        sessions=SessionRepository(database),
        snapshots=SnapshotRepository(database),
        plans=PlanRepository(database),
        day_marks=DayMarkRepository(database),
        database=database,
        settings=start.settings,
        data_dir=paths.root,
        settings_path=paths.settings,
        routines_dir=paths.routines,
        backups_dir=paths.backups,
        problems=(settings_notice(),) if start.settings_problem else (),
    )


def build_main_window(args: argparse.Namespace, clock: Clock | None = None,
                      library: Library | None = None) -> MainWindow:
    """Everything the window needs, from the data folder up; tests pass a FakeClock."""
    ctx = build_context(args, clock, library=library)
    try:
        # Only the app does this, never the command line: a session in progress belongs to
        # the one running app, and it is in progress only if that app died.
        interrupted_ids = ctx.sessions.mark_in_progress_interrupted()
        interrupted = None
        if interrupted_ids:
            # A hand-edited row that cannot be read is not offered for resuming; the
            # history screen names it.
            with suppress(UnreadableSession):
                interrupted = ctx.sessions.get(interrupted_ids[-1])
        notices = ctx.problems + tuple(routine_notice(str(problem))
                                       for problem in ctx.library.problems)
        cues = CuePlayer(resources_dir() / "sounds")
        cues.set_enabled(ctx.settings.sounds)
        cues.set_volume(ctx.settings.volume)
        # The guidance's fixed words are clips the cue player plays: wherever it can sound.
        voice = Voice(args.lang, clips=cues.available, chosen=ctx.settings.voice_name)
        voice.set_enabled(ctx.settings.voice)
        voice.set_rate(ctx.settings.voice_rate)
        window = MainWindow(ctx, cues, voice, interrupted, notices)
    except BaseException:
        # Damage found while reading: let go of the file so it can be set aside.
        ctx.database.close()
        raise
    window.destroyed.connect(ctx.database.close)
    return window
