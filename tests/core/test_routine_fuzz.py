"""Whatever a routine file holds, loading it gives a Routine or a RoutineError, never a crash,
and every problem is one readable line."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehabtimer.core.routine import Routine
from rehabtimer.core.routine_loading import parse_routine, parse_routine_bytes
from rehabtimer.core.routine_problems import RoutineError

VALID = Path(__file__).parent / "routines" / "valid"
EVERY_KIND: dict[str, Any] = json.loads((VALID / "every-kind.json").read_text("utf-8"))
EVERY_KIND_BYTES = (VALID / "every-kind.json").read_bytes()
SOURCE = "every-kind.json"

FUZZ = settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
LEAKS = ("Traceback", "pydantic", "ValidationError", "Input should")

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
# Keys a routine, a step or a preset has, so fuzzed objects get past "unknown key" sometimes.
KNOWN_KEYS = sorted(
    {"format", "id", "title", "summary", "cautions", "gate", "recommended", "steps", "presets",
     "kind", "instructions", "duration_s", "hold_s", "reps", "sides", "phases", "pace",
     "per_day", "per_week", "changes", "en", "ja"}
)
keys = st.sampled_from(KNOWN_KEYS) | st.text(max_size=10)


def check(parse: Any, *args: Any) -> Routine | None:
    """Parse; a RoutineError must list problems that are each one readable line."""
    try:
        routine = parse(*args)
    except RoutineError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.message.strip()
            assert problem.source == SOURCE
            line = str(problem)
            assert line.startswith(f"{SOURCE}: ")
            assert "\n" not in line and "\r" not in line
            assert not any(leak in problem.message for leak in LEAKS), line
        str(error).encode("utf-8")  # printable, and loggable to a UTF-8 file
        return None
    assert isinstance(routine, Routine)
    return routine


@FUZZ
@given(st.binary(max_size=500))
def test_arbitrary_bytes(raw):
    check(parse_routine_bytes, raw, SOURCE)


@FUZZ
@given(st.data())
def test_damaged_file(data):
    """The valid file with bytes overwritten, cut out or slipped in."""
    raw = bytearray(EVERY_KIND_BYTES)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw)))
        cut = data.draw(st.integers(0, 8))
        new = data.draw(st.binary(max_size=8) | st.sampled_from([b",", b"}", b"]", b'"', b"\\u"]))
        raw[at : at + cut] = new
    check(parse_routine_bytes, bytes(raw), SOURCE)


@FUZZ
@given(json_values)
def test_arbitrary_json_values(value):
    check(parse_routine, value, SOURCE)


@FUZZ
@given(st.dictionaries(keys, json_values, max_size=10))
def test_arbitrary_objects(value):
    check(parse_routine, value, SOURCE)


def places(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in JSON data, as the keys and indexes leading to it."""
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += places(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += places(item, (*at, index))
    return found


PLACES = places(EVERY_KIND)[1:]


def nudged(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int | float):
        return st.integers(-1, 4000) | st.floats(0, 4000) | st.sampled_from([0, 1, 100, 3600])
    if isinstance(value, str):
        return st.text(max_size=8) | st.sampled_from(["right", "left", "self", "timed", "reps"])
    if isinstance(value, list):
        return st.lists(st.sampled_from(value), max_size=len(value) + 1) if value else st.just([])
    return st.just(value)


def holds(data: Any, key: Any) -> bool:
    if isinstance(data, dict):
        return key in data
    return isinstance(data, list) and isinstance(key, int) and key < len(data)


def container_of(data: Any, place: tuple[Any, ...]) -> dict[str, Any] | list[Any] | None:
    """The dict or list holding `place`, if earlier mutations left it there."""
    for part in place[:-1]:
        if not holds(data, part):
            return None
        data = data[part]
    return data if holds(data, place[-1]) else None


@FUZZ
@given(st.data())
def test_mutated_valid_routine(data):
    routine = copy.deepcopy(EVERY_KIND)
    for _ in range(data.draw(st.integers(1, 3))):
        place = data.draw(st.sampled_from(PLACES))
        parent = container_of(routine, place)
        if parent is None:
            continue
        action = data.draw(st.sampled_from(["replace", "nudge", "delete", "add"]))
        if action == "replace":
            parent[place[-1]] = data.draw(json_values)
        elif action == "nudge":  # a value of the same type, so that checks further on run too
            parent[place[-1]] = data.draw(nudged(parent[place[-1]]))
        elif action == "delete":
            del parent[place[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(keys)] = data.draw(json_values)
        else:
            parent.append(data.draw(json_values))
    result = check(parse_routine, routine, SOURCE)
    if result is not None:
        # What loads must load again from its own data, unchanged: as JSON, so that a 1
        # turning into 1.0 or True counts as a change.
        again = parse_routine(result.to_data(), SOURCE)
        assert json.dumps(again.to_data(), sort_keys=True) == json.dumps(
            result.to_data(), sort_keys=True
        )


def test_the_mutations_start_from_a_valid_routine():
    assert check(parse_routine, EVERY_KIND, SOURCE) is not None
