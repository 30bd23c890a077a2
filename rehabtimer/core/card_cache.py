"""What the home screen lists about each routine, kept between starts.

Loading the routine parser (pydantic) and the database (SQLAlchemy) takes most of a second,
and the home screen's first frame needs neither: only each routine's title, summary, number
of steps and length. Those are kept in a small file in the data folder, stamped with the
size and modification time of every routine file they came from and the get-ready time
they were added up with. Any change to those makes the stamp differ, and then the cards are
made again from the routine files themselves, so a stale card is never shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from rehabtimer.core.atomic import write_text_atomically
from rehabtimer.core.small_file import MIB, read_small_json

# 2: each card keeps the routine's advised times, for today's progress on the first frame.
# 3: the routine files' problems are kept too, told on the first frame as on the full window.
FORMAT = 3


class RoutineSummary(NamedTuple):
    routine_id: str
    title: Mapping[str, str]
    summary: Mapping[str, str]
    steps: int
    planned_s: float
    per_day: int | None = None
    """The routine's advice, in force where the patient has no plan of their own."""
    per_week: int | None = None


class KeptCards(NamedTuple):
    cards: tuple[RoutineSummary, ...]
    problems: tuple[str, ...]
    """What was wrong with the routine files the cards were made from, one line each."""


def routine_files(folder: Path) -> list[Path]:
    """The files the routine library reads from a folder, in the order it reads them.

    Anything but a folder is listed, a FIFO or a device too, so the library says why it
    cannot be read instead of leaving it out silently.
    """
    try:
        return sorted(p for p in folder.glob("*.json") if not p.is_dir())
    except OSError:
        return []


def stamp(folders: Sequence[Path], get_ready_s: float) -> dict[str, Any]:
    files = []
    for folder in folders:
        for path in routine_files(folder):
            try:
                status = path.stat()
            except OSError:
                continue
            files.append([str(path), status.st_size, status.st_mtime_ns])
    return {"format": FORMAT, "get_ready_s": get_ready_s, "files": files}


def read_cards(path: Path, expected: Mapping[str, Any]) -> KeptCards | None:
    """The kept cards if they were made from exactly these files, else None."""
    try:
        data = read_small_json(path, MIB)
        if data["stamp"] != expected:
            return None
        cards = tuple(
            RoutineSummary(str(card["id"]), dict(card["title"]), dict(card["summary"]),
                           int(card["steps"]), float(card["planned_s"]),
                           _times(card["per_day"]), _times(card["per_week"]))
            for card in data["cards"]
        )
        if not isinstance(data["problems"], list):
            raise TypeError(data["problems"])
        return KeptCards(cards, tuple(str(problem) for problem in data["problems"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, damaged or from another version: made again from the files


def _times(value: Any) -> int | None:
    return None if value is None else int(value)


def write_cards(path: Path, made_from: Mapping[str, Any],
                cards: Iterable[RoutineSummary], problems: Iterable[str] = ()) -> None:
    data = {
        "stamp": made_from,
        "cards": [
            {"id": card.routine_id, "title": dict(card.title), "summary": dict(card.summary),
             "steps": card.steps, "planned_s": card.planned_s, "per_day": card.per_day,
             "per_week": card.per_week}
            for card in cards
        ],
        "problems": list(problems),
    }
    write_text_atomically(path, lambda out: json.dump(data, out, ensure_ascii=False))
