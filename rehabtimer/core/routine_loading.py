"""Reading routines: a file, its bytes or decoded JSON data in; a Routine or a RoutineError out.

Every problem found is reported, each naming the file and the place (see routine_problems.py),
and nothing but RoutineError is ever raised.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from rehabtimer.core.routine import MAX_TOTAL_SECONDS, Routine, apply_preset, shown
from rehabtimer.core.routine_problems import (
    Problem,
    RoutineError,
    place_of,
    problem_from_error,
    quoted_key,
)
from rehabtimer.core.small_file import FileTooBig, NotAFile, read_small_file
from rehabtimer.core.timeline import build_timeline

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 20  # a routine needs about 10 levels of [...] and {...}; more is a broken file

_SURROGATE = re.compile(r"[\ud800-\udfff]")


class _Duplicates(dict[str, Any]):
    """A JSON object in which a key appeared twice; _plain_problems says where."""

    duplicates: list[str]


@dataclass(frozen=True)
class _Constant:
    """NaN, Infinity or -Infinity in a file; _plain_problems says where."""

    name: str


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    duplicates: list[str] = []
    for key, value in pairs:
        if key in result:
            duplicates.append(key)
        result[key] = value
    if not duplicates:
        return result
    marked = _Duplicates(result)
    marked.duplicates = duplicates
    return marked


def _plain_problems(data: Any, source: str) -> list[Problem]:
    """What must be caught before pydantic sees the data: duplicate keys, NaN, text that is
    not Unicode (a lone \\ud800 escape), keys that are not text, and absurd nesting."""
    problems: list[Problem] = []
    too_deep = False
    todo: list[tuple[tuple[int | str, ...], Any]] = [((), data)]
    while todo:
        loc, value = todo.pop()
        where = place_of(loc, tags=False)
        if isinstance(value, _Constant):
            message = f"{value.name} is not valid JSON; write a number"
            problems.append(Problem(source, where, message))
        elif isinstance(value, str):
            if bad := _SURROGATE.search(value):
                problems.append(Problem(source, where, _not_unicode(bad.group())))
        elif isinstance(value, Mapping | list):
            if len(loc) >= MAX_DEPTH:
                if not too_deep:
                    message = f"is nested too deeply (over {MAX_DEPTH} levels of [...] and {{...}})"
                    problems.append(Problem(source, place_of(loc[:4], tags=False), message))
                too_deep = True
                continue
            for key in getattr(value, "duplicates", ()):
                problems.append(Problem(source, where, f"the key {shown(key)} appears twice"))
            children: list[tuple[tuple[int | str, ...], Any]] = []
            if isinstance(value, list):
                children = [((*loc, i), item) for i, item in enumerate(value)]
            else:
                for key, item in value.items():
                    if not isinstance(key, str):
                        message = f"keys must be text (got {shown(key)})"
                        problems.append(Problem(source, where, message))
                    elif bad := _SURROGATE.search(key):
                        message = "a key " + _not_unicode(bad.group())
                        problems.append(Problem(source, where, message))
                    else:
                        children.append(((*loc, key), item))
            todo.extend(reversed(children))  # in file order
    return problems


def _not_unicode(char: str) -> str:
    return f"contains \\u{ord(char):04x}, which is not a character (half of a \\u pair)"


def _reject_constant(name: str) -> Any:
    return _Constant(name)


def _check_presets(routine: Routine, data: dict[str, Any], source: str) -> list[Problem]:
    problems: list[Problem] = []
    step_ids = {step.id: i for i, step in enumerate(routine.steps)}
    for p_index, preset in enumerate(routine.presets):
        where = f"presets[{p_index}]"
        unknown = [sid for sid in preset.changes if sid not in step_ids]
        for sid in unknown:
            problems.append(
                Problem(source, f"{where}.changes.{quoted_key(sid)}", "no step has this id")
            )
        forbidden = [
            (sid, key) for sid, ch in preset.changes.items() for key in ch if key in ("id", "kind")
        ]
        for sid, key in forbidden:
            place = f"{where}.changes.{quoted_key(sid)}.{key}"
            problems.append(Problem(source, place, "a preset cannot change this"))
        if unknown or forbidden:
            continue
        try:
            changed = _parse_data(apply_preset(data, preset), source)
        except RoutineError as error:
            index_to_id = {i: sid for sid, i in step_ids.items()}
            for problem in error.problems:
                m = re.match(r"steps\[(\d+)\]\.?(.*)", problem.where)
                if m and index_to_id.get(int(m.group(1))) in preset.changes:
                    inner = f"{where}.changes.{index_to_id[int(m.group(1))]}"
                    place = f"{inner}.{m.group(2)}" if m.group(2) else inner
                else:
                    place = where
                problems.append(Problem(source, place, problem.message))
            continue
        problems.extend(_check_total(changed, source, where))
    return problems


def _check_total(routine: Routine, source: str, where: str = "steps") -> list[Problem]:
    total = build_timeline(routine).planned_seconds
    if total > MAX_TOTAL_SECONDS:
        minutes = math.ceil(total / 60)  # never "4 h 0 min" for a routine over 4 hours
        return [
            Problem(
                source,
                where,
                f"the routine would take {minutes // 60} h {minutes % 60} min;"
                f" at most {MAX_TOTAL_SECONDS // 3600} h is allowed",
            )
        ]
    return []


def _parse_data(data: Any, source: str) -> Routine:
    if not isinstance(data, dict):
        message = f"must be a JSON object {{...}} describing one routine (got {shown(data)})"
        raise RoutineError([Problem(source, "", message)])
    if problems := _plain_problems(data, source):
        raise RoutineError(problems)
    try:
        return Routine.model_validate(data, strict=True)
    except ValidationError as error:
        raise RoutineError([problem_from_error(source, e) for e in error.errors()]) from None


def parse_routine(data: Any, source: str = "") -> Routine:
    """Validate routine data already decoded from JSON; raise RoutineError listing every problem."""
    routine = _parse_data(data, source)
    problems = _check_total(routine, source) + _check_presets(routine, data, source)
    if problems:
        raise RoutineError(problems)
    return routine


def _too_big(source: str, size: int) -> RoutineError:
    message = f"the file is {size:,} bytes; at most {MAX_FILE_BYTES:,} (1 MB) are allowed"
    return RoutineError([Problem(source, "", message)])


_JSON_WORDS = {"Extra data": "there is more text after the end of the routine"}


def _json_problem(error: json.JSONDecodeError, source: str) -> Problem:
    doc, pos = error.doc, error.pos
    # A comma before } or ] is the mistake people make most when editing by hand; the json
    # module reports it at the bracket (3.11) or the comma (3.13) in words that do not say so.
    comma = pos if doc[pos : pos + 1] == "," else len(doc[:pos].rstrip()) - 1
    if comma >= 0 and doc[comma] == ",":
        after = doc[comma + 1 :].lstrip()[:1]
        if after in ("}", "]"):
            line = doc.count("\n", 0, comma) + 1
            column = comma - doc.rfind("\n", 0, comma)
            return Problem(
                source,
                f"line {line}, column {column}",
                f'not valid JSON: remove this comma; JSON allows none before "{after}"',
            )
    words = _JSON_WORDS.get(error.msg, error.msg.removesuffix(" at"))
    return Problem(
        source,
        f"line {error.lineno}, column {error.colno}",
        f"not valid JSON: {words[:1].lower()}{words[1:]}",
    )


def parse_routine_bytes(raw: bytes, source: str) -> Routine:
    if len(raw) > MAX_FILE_BYTES:
        raise _too_big(source, len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise RoutineError(
            [Problem(source, f"line {line}", "is not UTF-8 text; save the file as UTF-8")]
        ) from None
    if not text.strip():
        raise RoutineError([Problem(source, "", "the file is empty")])
    try:
        data = json.loads(text, object_pairs_hook=_json_object, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise RoutineError([_json_problem(error, source)]) from None
    except ValueError:  # the only other one: an int longer than Python converts (4300 digits)
        message = "not valid JSON: a number has far too many digits"
        raise RoutineError([Problem(source, "", message)]) from None
    except RecursionError:
        raise RoutineError([Problem(source, "", "not valid JSON: nested too deeply")]) from None
    return parse_routine(data, source)


def load_routine(path: Path) -> Routine:
    """Read and validate one routine file; every failure is a RoutineError naming the file."""
    source = path.name
    try:
        raw = read_small_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise RoutineError([Problem(source, "", "file not found")]) from None
    except NotAFile as error:
        message = f"is {error.kind}, not a routine file"
        raise RoutineError([Problem(source, "", message)]) from None
    except FileTooBig as error:
        raise _too_big(source, error.size) from None
    except OSError as error:
        raise RoutineError([Problem(source, "", f"cannot be read ({error.strerror})")]) from None
    return parse_routine_bytes(raw, source)


IMAGE_SUFFIXES = (".svg", ".png")


def image_problems(routine: Routine, path: Path) -> list[Problem]:
    """The pictures a routine file names that are not an SVG or PNG beside it: missing, of
    another kind, or reached through a link that leads out of the routine's folder."""
    problems: list[Problem] = []
    for index, step in enumerate(routine.steps):
        if step.image is None:
            continue
        target = path.parent / step.image
        got = shown(step.image)
        try:
            inside = target.resolve().is_relative_to(path.parent.resolve())
            found = target.is_file()
        except OSError:  # a link loop, or a name the system cannot take
            inside, found = False, False
        if target.suffix.lower() not in IMAGE_SUFFIXES:
            message = f"must be an SVG or PNG picture (got {got})"
        elif not inside:
            message = f"leads outside the routine's folder (got {got})"
        elif not found:
            message = f"no such picture next to the routine file (got {got})"
        else:
            continue
        problems.append(Problem(path.name, f"steps[{index}].image", message))
    return problems
