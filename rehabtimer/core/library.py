"""The routines a patient can run: the built-in ones and the ones added by the user."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rehabtimer.core.atomic import write_text_atomically
from rehabtimer.core.routine import Problem, Routine, RoutineError, load_routine


@dataclass(frozen=True)
class RoutineEntry:
    routine: Routine
    path: Path
    builtin: bool


@dataclass(frozen=True)
class Library:
    entries: tuple[RoutineEntry, ...]
    problems: tuple[Problem, ...]
    """Files that could not be loaded; they are left out, and the app says so."""

    def get(self, routine_id: str) -> RoutineEntry | None:
        return next((e for e in self.entries if e.routine.id == routine_id), None)


def _files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.glob("*.json") if p.is_file())
    except OSError:
        return []


def load_library(builtin_dir: Path, user_dir: Path) -> Library:
    entries: list[RoutineEntry] = []
    problems: list[Problem] = []
    for folder, builtin in ((builtin_dir, True), (user_dir, False)):
        for path in _files(folder):
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
    write_text_atomically(target, lambda out: _dump(routine, out), mode=0o644)
    return target


def _dump(routine: Routine, out: TextIO) -> None:
    json.dump(routine.to_data(), out, ensure_ascii=False, indent=2)
    out.write("\n")
