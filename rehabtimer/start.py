"""What every start resolves once, before anything else runs: the data folder, the
settings and the language. The command line, the window and the composition root all read
it from here instead of asking the disk and the system again."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from rehabtimer.paths import DataPaths, data_paths
from rehabtimer.settings import Settings, effective_language, load_settings


@dataclass(frozen=True)
class StartUp:
    paths: DataPaths
    settings: Settings
    settings_problem: str | None
    """A sentence about settings that could not be read, told once at start-up."""
    lang: str
    """--lang if given, else the language setting, else the computer's."""


def start_of(args: argparse.Namespace) -> StartUp:
    """The start-up facts for these arguments, resolved at the first call and kept on them."""
    start = getattr(args, "start", None)
    if not isinstance(start, StartUp):
        paths = data_paths(args.data_dir)
        settings, problem = load_settings(paths.settings)
        lang = args.lang or effective_language(settings.language)
        start = StartUp(paths, settings, problem, lang)
        args.start = start
        args.lang = lang
    return start
