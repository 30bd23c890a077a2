"""The routines a patient can run: the built-in ones and the ones added by the user."""

from __future__ import annotations

import errno
import json
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TextIO

from rehabtimer.core.atomic import write_text_atomically
from rehabtimer.core.card_cache import RoutineSummary, routine_files
from rehabtimer.core.routine import Preset, Routine
from rehabtimer.core.routine_loading import load_routine
from rehabtimer.core.routine_problems import Problem, RoutineError
from rehabtimer.core.timeline import DEFAULT_GET_READY_S, Timeline, build_timeline


@dataclass(frozen=True)
class RoutineVersion:
    """One way to do a routine: as written (no preset) or with one of its presets applied."""

    routine: Routine
    preset: Preset | None = None
    _timelines: dict[float, Timeline] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def preset_id(self) -> str | None:
        return None if self.preset is None else self.preset.id

    def timeline(self, get_ready_s: float = DEFAULT_GET_READY_S) -> Timeline:
        """Built once for each get-ready length, a setting that can change while the library
        stays loaded; the home screen, the choice of version and the session share it."""
        timeline = self._timelines.get(get_ready_s)
        if timeline is None:
            timeline = self._timelines[get_ready_s] = build_timeline(self.routine, get_ready_s)
        return timeline


@dataclass(frozen=True)
class RoutineEntry:
    """One routine of the library. Never changed: reloading the library makes new entries."""

    routine: Routine
    path: Path
    builtin: bool

    @cached_property
    def as_written(self) -> RoutineVersion:
        return RoutineVersion(self.routine)

    @cached_property
    def versions(self) -> tuple[RoutineVersion, ...]:
        """As written first, then each preset. Made when first asked for, as most routines are
        only shown on the home screen; the presets were checked when the file was loaded."""
        presets = (RoutineVersion(self.routine.with_preset(p.id), p) for p in self.routine.presets)
        return (self.as_written, *presets)

    def version(self, preset_id: str | None) -> RoutineVersion:
        return next(v for v in self.versions if v.preset_id == preset_id)


@dataclass(frozen=True)
class Library:
    entries: tuple[RoutineEntry, ...]
    problems: tuple[Problem, ...]
    """Files that could not be loaded; they are left out, and the app says so."""

    def get(self, routine_id: str) -> RoutineEntry | None:
        return next((e for e in self.entries if e.routine.id == routine_id), None)

    def summaries(self, get_ready_s: float) -> tuple[RoutineSummary, ...]:
        """What the home screen shows of each routine."""
        return tuple(
            RoutineSummary(entry.routine.id, dict(entry.routine.title),
                           dict(entry.routine.summary or {}), len(entry.routine.steps),
                           entry.as_written.timeline(get_ready_s).planned_seconds,
                           entry.routine.recommended.per_day, entry.routine.recommended.per_week)
            for entry in self.entries
        )


def load_library(builtin_dir: Path, user_dir: Path) -> Library:
    entries: list[RoutineEntry] = []
    problems: list[Problem] = []
    for folder, builtin in ((builtin_dir, True), (user_dir, False)):
        for path in routine_files(folder):
            try:
                routine = load_routine(path)
            except RoutineError as error:
                problems.extend(error.problems)
                continue
            clash = next((e for e in entries if e.routine.id == routine.id), None)
            if clash is not None:
                problems.append(
                    Problem(path.name, "id", f"{routine.id!r} is already used by {clash.path.name}")
                )
                continue
            entries.append(RoutineEntry(routine, path, builtin))
    return Library(tuple(entries), tuple(problems))


def import_routine(source: Path, library: Library, user_dir: Path, replace: bool = False) -> Path:
    """Validate a routine file and copy it into the user's routines as <id>.json.

    Raises RoutineError for a bad file or an id that is taken; OSError if it cannot be written.
    """
    routine = load_routine(source)
    existing = library.get(routine.id)
    if existing is not None and (existing.builtin or not replace):
        why = (
            "a built-in routine has this id; give yours another id"
            if existing.builtin
            else "a routine with this id is already imported; use --replace to update it"
        )
        raise RoutineError([Problem(source.name, "id", f"{routine.id!r}: {why}")])
    target = user_dir / f"{routine.id}.json"
    write_routine(routine, target)
    return target


def write_routine(routine: Routine, target: Path) -> None:
    """The routine as a file in the format of the built-ins, written whole or not at all.

    Readable by others (0644): routine files hold no health data and are made to be shared.
    """
    write_text_atomically(target, lambda out: _dump(routine, out), mode=0o644)


def save_user_routine(routine: Routine, user_dir: Path, replaces: Path | None = None) -> Path:
    """Write the routine into the user's routines as <id>.json and return that path.

    `replaces` is the file the routine was loaded from; if the id changed, that file goes, so
    the routine is not listed twice. Any other file already at the target is left alone
    (FileExistsError): it belongs to another routine. Built-in routines are never written.
    """
    target = user_dir / f"{routine.id}.json"
    if target.exists() and (replaces is None or not target.samefile(replaces)):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    write_routine(routine, target)
    if replaces is not None and replaces != target and _inside(replaces, user_dir):
        replaces.unlink(missing_ok=True)
    return target


def delete_user_routine(entry: RoutineEntry, user_dir: Path) -> None:
    """Delete one of the user's routines. Sessions done with it keep their own copy."""
    if entry.builtin or not _inside(entry.path, user_dir):
        raise ValueError(f"{entry.path} is not one of the user's routines")
    entry.path.unlink()


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().parent == folder.resolve()


def _dump(routine: Routine, out: TextIO) -> None:
    json.dump(routine.to_data(), out, ensure_ascii=False, indent=2)
    out.write("\n")
