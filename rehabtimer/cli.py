"""The command line: the GUI by default, and commands for caregivers, scripts and tests.

Exit codes: 0 ok, 1 invalid input, 2 cannot read or write.
Qt is imported only when the GUI is asked for, so commands start fast and run headless; the
routine parser and the database only by the commands that use them, so the window's first
frame comes before either is loaded (see gui.py).
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from rehabtimer.core.texts import pick
from rehabtimer.language import LANGUAGES
from rehabtimer.paths import DataDirError, builtin_routines_dir, prepare
from rehabtimer.safe_output import UnsafeOutput, output_target
from rehabtimer.start import start_of

if TYPE_CHECKING:
    from rehabtimer.core.library import Library
    from rehabtimer.storage.db import Database

OK, INVALID, CANNOT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    # argparse exits 2 on bad arguments, but 2 means "cannot read or write" here.
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(INVALID, f"{self.prog}: {message}\n")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from None


# The storage layer widens a range of days by one before and two after, in datetimes, which
# end where dates do; no session can be stored outside these days anyway.
_STORABLE_DAYS = (date(1, 1, 2), date(9999, 12, 29))
# Each day of a report costs time and memory: thousands of years take minutes and gigabytes.
# No rehab session falls outside these days.
_REPORT_DAYS = (date(1970, 1, 1), date(2199, 12, 31))


def _within(days: tuple[date, date], day: date) -> date:
    return min(max(day, days[0]), days[1])


def _backwards(since: date | None, until: date | None) -> bool:
    """Whether the range runs backwards; if so, the user has been told."""
    if since is not None and until is not None and since > until:
        print("--since must not be after --until.", file=sys.stderr)
        return True
    return False


def _folder(text: str) -> str:
    if not text:
        raise argparse.ArgumentTypeError(
            "an empty name is not a folder; leave --data-dir out to use the usual one")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rehabtimer", description="Guided home-rehab routines with timers.")
    parser.add_argument("--data-dir", type=_folder, metavar="DIR",
                        help="where the history is kept")
    parser.add_argument("--lang", choices=LANGUAGES, help="language (default: the system's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    run = commands.add_parser("run", help="open the app straight into a routine")
    run.add_argument("routine_id", metavar="ROUTINE_ID")
    run.add_argument("--profile", metavar="NAME")

    routine = commands.add_parser("routine", help="check, import or list routines")
    routine_commands = routine.add_subparsers(dest="routine_command", metavar="ACTION",
                                              required=True, parser_class=_Parser)
    check = routine_commands.add_parser("check", help="validate routine files")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp = routine_commands.add_parser("import", help="add a routine of your own")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--replace", action="store_true", help="update a routine imported before")
    routine_commands.add_parser("list", help="list the routines you can run")

    export = commands.add_parser("export", help="export the history")
    export_formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True,
                                           parser_class=_Parser)
    csv_parser = export_formats.add_parser("csv", help="sessions as CSV")
    csv_parser.add_argument("--profile", metavar="NAME")
    csv_parser.add_argument("--since", type=_date, metavar="DATE")
    csv_parser.add_argument("--until", type=_date, metavar="DATE")
    csv_parser.add_argument("-o", "--output", type=Path, metavar="FILE")

    pdf_parser = export_formats.add_parser("pdf", help="a report for the clinician (A4 PDF)")
    pdf_parser.add_argument("--profile", metavar="NAME")
    pdf_parser.add_argument("--since", type=_date, metavar="DATE")
    pdf_parser.add_argument("--until", type=_date, metavar="DATE")
    pdf_parser.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)

    backup = commands.add_parser("backup", help="copy the history to a backup file")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE")

    restore = commands.add_parser(
        "restore", help="replace the history with a backup (the current one is kept first)")
    restore.add_argument("file", type=Path, metavar="FILE")

    desktop = commands.add_parser("desktop", help="add RehabTimer to the desktop")
    desktop_commands = desktop.add_subparsers(dest="desktop_command", metavar="ACTION",
                                              required=True, parser_class=_Parser)
    desktop_commands.add_parser("install", help="add it to the application menu (Linux)")
    _options_after_the_command(parser)
    return parser


def _options_after_the_command(parser: argparse.ArgumentParser) -> None:
    """--data-dir and --lang after the command too (`routine list --data-dir X`).

    SUPPRESS leaves the value given before the command in place when none comes after.
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument("--data-dir", type=_folder, metavar="DIR",
                                     default=argparse.SUPPRESS, help="where the history is kept")
                command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                                     help="language (default: the system's)")
                _options_after_the_command(command)


def _minutes(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _library(args: argparse.Namespace) -> Library:
    from rehabtimer.core.library import load_library

    return load_library(builtin_routines_dir(), start_of(args).paths.routines)


def _check(args: argparse.Namespace) -> int:
    from rehabtimer.core.routine_loading import image_problems, load_routine
    from rehabtimer.core.routine_problems import RoutineError
    from rehabtimer.core.timeline import build_timeline

    status = OK
    for path in args.files:
        try:
            routine = load_routine(path)
            if problems := image_problems(routine, path):
                raise RoutineError(problems)
        except RoutineError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            status = INVALID
            continue
        total = build_timeline(routine).planned_seconds
        title = pick(routine.title, args.lang)
        print(f"{path.name}: ok — {routine.id} “{title}”, {len(routine.steps)} steps, "
              f"{_minutes(total)}")
    return status


def _import(args: argparse.Namespace) -> int:
    from rehabtimer.core.library import import_routine
    from rehabtimer.core.routine_problems import RoutineError

    paths = prepare(start_of(args).paths)
    try:
        target = import_routine(args.file, _library(args), paths.routines, args.replace)
    except RoutineError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return INVALID
    print(f"Imported {args.file.name} as {target}")
    return OK


def _list(args: argparse.Namespace) -> int:
    library = _library(args)
    for entry in library.entries:
        routine = entry.routine
        total = entry.as_written.timeline().planned_seconds
        origin = "built-in" if entry.builtin else "yours"
        print(f"{routine.id}\t{pick(routine.title, args.lang)}\t{len(routine.steps)} steps\t"
              f"{_minutes(total)}\t{origin}")
    for problem in library.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return OK


def _export_csv(args: argparse.Namespace) -> int:
    from rehabtimer.export import save_sessions_csv, write_sessions_csv
    from rehabtimer.storage.profiles import ProfileRepository
    from rehabtimer.storage.reading import open_for_reading
    from rehabtimer.storage.sessions import SessionRepository

    if _backwards(args.since, args.until):
        return INVALID
    paths = start_of(args).paths
    # Checked before the history is opened: a refused target leaves every file as it was.
    # "-o -" is standard output, as for most commands.
    to_stdout = args.output is None or str(args.output) == "-"
    target = None if to_stdout else output_target(args.output, paths.root)
    database = open_for_reading(paths.database, paths.backups)
    try:
        profiles = ProfileRepository(database)
        profile_id = None
        if args.profile is not None:
            profile = profiles.get_by_name(args.profile)
            if profile is None:
                known = ", ".join(p.name for p in profiles.list()) or "none yet"
                print(f"There is no profile named {args.profile!r} (profiles: {known}).",
                      file=sys.stderr)
                return INVALID
            profile_id = profile.id
        sessions = SessionRepository(database).list(
            profile_id, args.since and _within(_STORABLE_DAYS, args.since),
            args.until and _within(_STORABLE_DAYS, args.until))
        for problem in sessions.problems:
            print(f"skipped: {problem}", file=sys.stderr)
        names = {p.id: p.name for p in profiles.list()}
        if target is None:
            write_sessions_csv(sys.stdout, sessions, names, args.lang)
            return OK
        count = save_sessions_csv(target, sessions, names, args.lang)
        print(f"Wrote {count} sessions to {args.output}", file=sys.stderr)
        return OK
    finally:
        database.close()


def _export_pdf(args: argparse.Namespace) -> int:
    # The report's charts are drawn by Qt; no window is ever shown from the command line.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rehabtimer.app import build_context
    from rehabtimer.ui.history.report import write_pdf
    from rehabtimer.ui.history.report_builder import build_report
    from rehabtimer.ui.i18n import install_translators

    target = output_target(args.output, start_of(args).paths.root)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    try:
        ctx = build_context(args, create_profile=False)
    except LookupError:
        if args.profile is None:
            print("The history has no sessions yet, so there is nothing to report.",
                  file=sys.stderr)
        else:
            print(f"There is no profile named {args.profile!r}.", file=sys.stderr)
        return INVALID
    try:
        until = args.until or ctx.clock.now().date()
        since = args.since or date.fromordinal(max(1, until.toordinal() - 27))
        if _backwards(since, until):
            return INVALID
        report = build_report(ctx, ctx.profile.id, None, "", _within(_REPORT_DAYS, until),
                              _within(_REPORT_DAYS, since))
        pages = write_pdf(target, report)
    finally:
        ctx.database.close()
    print(f"Wrote a {pages}-page report to {args.output}", file=sys.stderr)
    return OK


def _backup(args: argparse.Namespace) -> int:
    from datetime import datetime

    from rehabtimer.storage.backup import manual_backup

    paths = prepare(start_of(args).paths)
    target = None if args.output is None else output_target(args.output, paths.root)
    database = _open_database(args)  # refuses a damaged or too-new database before copying it
    database.close()
    made = manual_backup(paths.database, paths.backups, datetime.now(), target)
    print(f"Backed up to {made}")
    return OK


def _restore(args: argparse.Namespace) -> int:
    from datetime import datetime

    from rehabtimer.storage.db import open_database
    from rehabtimer.storage.errors import NotAHistory
    from rehabtimer.storage.recovery import restore
    from rehabtimer.ui.single_instance import is_running, server_name

    paths = prepare(start_of(args).paths)
    if is_running(server_name(paths.root)):
        # One writer only: the app would go on writing to the file being replaced.
        print("RehabTimer is open. Close it first, or use “Restore a backup” in its settings.",
              file=sys.stderr)
        return CANNOT
    try:
        kept = restore(args.file, paths.database, paths.backups, datetime.now().astimezone())
    except NotAHistory as error:
        print(error, file=sys.stderr)
        return INVALID
    open_database(paths.database, paths.backups).close()  # brings an older backup up to date
    print(f"Restored {args.file}.")
    if kept is not None:
        print(f"The history as it was is kept as {kept}.")
    return OK


def _desktop_install(args: argparse.Namespace) -> int:
    from rehabtimer.desktop import default_exec_command, install_desktop_entry

    for path in install_desktop_entry(default_exec_command()):
        print(path)
    return OK


def _open_database(args: argparse.Namespace) -> Database:
    from rehabtimer.storage.db import open_database

    paths = prepare(start_of(args).paths)
    return open_database(paths.database, paths.backups)


def _run_gui(args: argparse.Namespace) -> int:
    # No collector passes until the first frame is painted (gui.py turns it back on): the
    # imports and the frame make almost no garbage, and each pass walks all they made.
    gc.disable()
    from rehabtimer.ui.import_hook import lighten_pyside_import_hook

    lighten_pyside_import_hook()  # before the window's imports
    from rehabtimer.gui import run_gui

    try:
        return run_gui(args)
    finally:
        gc.enable()  # also where the start ended before its first frame


_COMMANDS = {
    ("routine", "check"): _check,
    ("routine", "import"): _import,
    ("routine", "list"): _list,
    ("export", "csv"): _export_csv,
    ("export", "pdf"): _export_pdf,
    ("backup", None): _backup,
    ("restore", None): _restore,
    ("desktop", "install"): _desktop_install,
}


class _Nowhere(io.TextIOBase):
    """Where the messages go when there is no console to show them."""

    def write(self, text: str, /) -> int:
        return len(text)


def _without_console() -> bool:
    """Give every print a place to write where there is no console (Windows' windowed
    `rehabtimer-gui`, pythonw): True if standard output was missing."""
    missing = sys.stdout is None
    if sys.stdout is None:
        sys.stdout = _Nowhere()
    if sys.stderr is None:
        sys.stderr = _Nowhere()
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    no_stdout = _without_console()
    args = build_parser().parse_args(argv)
    start_of(args)  # the data folder, the settings and the language, once
    if args.command in (None, "run"):
        return _run_gui(args)
    from rehabtimer.desktop import UnsupportedPlatform
    from rehabtimer.installation import IncompleteInstallation, check_installation
    from rehabtimer.storage.errors import DatabaseUnreadable, StorageError

    action = next((getattr(args, name) for name in ("routine_command", "format", "desktop_command")
                   if getattr(args, name, None)), None)
    if no_stdout and (args.command, action) == ("export", "csv") and args.output is None:
        return CANNOT  # the sessions would go nowhere; the console `rehabtimer` shows them
    try:
        if (args.command, action) != ("routine", "check"):  # which reads only the files given
            check_installation()
        return _COMMANDS[(args.command, action)](args)
    except DatabaseUnreadable as error:
        print(f"{error}\nOpen RehabTimer to go on with the newest good backup or a new "
              "history, or run: rehabtimer restore BACKUP_FILE", file=sys.stderr)
        return CANNOT
    except UnsafeOutput as error:
        print(error, file=sys.stderr)
        return INVALID
    except (DataDirError, StorageError, UnsupportedPlatform, IncompleteInstallation) as error:
        print(error, file=sys.stderr)
        return CANNOT
    except OSError as error:
        print(f"Cannot read or write {error.filename or 'a file'}: {error.strerror or error}.",
              file=sys.stderr)
        return CANNOT
