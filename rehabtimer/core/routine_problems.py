"""How a problem with a routine reads: one line naming the file, the place and what is wrong.

For example `knee.json: steps[2].hold_s: must be between 1 and 3600 seconds (got -3)`.
pydantic's own errors are reworded here; the model's checks (routine.py) word theirs where
they are made.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, get_args

from pydantic import BaseModel
from pydantic_core.core_schema import ErrorType

from rehabtimer.core.routine import (
    STEP_KINDS,
    BreathingStep,
    DateRule,
    GateCondition,
    GateQuestion,
    HoldStep,
    Preset,
    Recommended,
    RepPhase,
    RepsStep,
    Routine,
    TimedStep,
    shown,
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine file: which file, where in it, and what."""

    source: str
    where: str
    message: str

    def __str__(self) -> str:
        return ": ".join(part for part in (self.source, self.where, self.message) if part)


class RoutineError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def _one_of(values: tuple[str, ...] | list[str]) -> str:
    """'"a", "b" or "c"', as pydantic writes the choices of a Literal."""
    quoted = [f'"{v}"' for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


_MESSAGES = {
    "missing": "is required",
    "int_type": "must be a whole number (got {got})",
    "int_from_float": "must be a whole number (got {got})",
    "float_type": "must be a number (got {got})",
    "string_type": "must be text in quotes (got {got})",
    "dict_type": "must be an object {{...}} (got {got})",
    "model_type": "must be an object {{...}} (got {got})",
    "model_attributes_type": "must be an object {{...}} (got {got})",
    "list_type": "must be a list [...] (got {got})",
    "union_tag_not_found": "is required (one of " + _one_of(STEP_KINDS) + ")",
    "union_tag_invalid": "must be one of " + _one_of(STEP_KINDS) + " (got {tag})",
    "literal_error": "must be one of {expected} (got {got})",
    "too_short": "must have at least {min_length} entries (got {actual_length})",
    "too_long": "must have at most {max_length} entries (got {actual_length})",
    "greater_than_equal": "must be at least {ge} (got {got})",
    "less_than_equal": "must be at most {le} (got {got})",
}
# pydantic's own error kinds; one missing from _MESSAGES must not show pydantic's wording.
_PYDANTIC_KINDS = frozenset(get_args(ErrorType))

_STEP_MODELS: dict[str, type[BaseModel]] = {
    "timed": TimedStep,
    "breathing": BreathingStep,
    "hold": HoldStep,
    "reps": RepsStep,
}
# The objects inside a routine, by the key that holds them: words for a message, and model.
_PARTS: dict[str, tuple[str, type[BaseModel]]] = {
    "gate": ("a gate question", GateQuestion),
    "recommended": ('"recommended"', Recommended),
    "presets": ("a preset", Preset),
    "phases": ("a phase of a rep", RepPhase),
    "only_if": ('"only_if"', GateCondition),
    "date_rule": ('"date_rule"', DateRule),
}

_MODELS: tuple[type[BaseModel], ...] = (
    *_STEP_MODELS.values(), RepPhase, GateQuestion, GateCondition, DateRule, Recommended,
    Preset,
    Routine,
)
_ALL_KEYS = sorted({name for model in _MODELS for name in model.model_fields})

_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _is_step_tag(loc: tuple[int | str, ...], i: int) -> bool:
    """Whether loc[i] is pydantic's tag for which step model it tried, not a place in the file."""
    return i >= 2 and loc[i - 2] == "steps" and isinstance(loc[i - 1], int) and loc[i] in STEP_KINDS


def quoted_key(key: str) -> str:
    """A key as part of a place; quoted when it holds spaces, dots, newlines and the like."""
    return key if _PLAIN_KEY.fullmatch(key) else shown(key)


def place_of(loc: tuple[int | str, ...], tags: bool = True) -> str:
    """A place in the file as the user reads it: `steps[2].hold_s`; `tags` drops pydantic's
    step kinds from the places it reports."""
    parts: list[str] = []
    for i, item in enumerate(loc):
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif tags and _is_step_tag(loc, i):
            continue
        else:
            parts.append(("." if parts else "") + quoted_key(str(item)))
    return "".join(parts)


def _owner(loc: tuple[int | str, ...]) -> tuple[str, type[BaseModel]]:
    """The object at a place pydantic reports: words for a message, and its model."""
    owner: tuple[str, type[BaseModel]] = ("the routine", Routine)
    for i, item in enumerate(loc):
        if _is_step_tag(loc, i):
            owner = (f'a "{item}" step', _STEP_MODELS[str(item)])
        elif isinstance(item, str) and item in _PARTS:
            owner = _PARTS[item]
    return owner


def problem_from_error(source: str, error: Any) -> Problem:
    """One of pydantic's errors (an item of ValidationError.errors()) in the user's words."""
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    loc = error["loc"]
    where = place_of(loc)
    value = error.get("input")
    got = shown(value)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        owner, model = _owner(loc[:-1])
        if key in _ALL_KEYS:
            return Problem(source, where, f"is not a setting of {owner}")
        guess = difflib.get_close_matches(key, list(model.model_fields), n=1, cutoff=0.7)
        hint = f'; did you mean "{guess[0]}"?' if guess else ""
        return Problem(source, where, f"unknown key{hint}")
    if kind == "int_type" and isinstance(value, float):
        got = json.dumps(value)  # 2.0 is not a whole number in a routine file: show the ".0"
    if kind == "float_type" and isinstance(value, int) and not isinstance(value, bool):
        return Problem(source, where, f"is out of range (got {got})")  # too big for a float
    if kind == "literal_error":
        ctx["expected"] = ctx.get("expected", "").replace("'", '"')
        if " or " not in ctx["expected"]:
            return Problem(source, where, f"must be {ctx['expected']} (got {got})")
    if kind == "too_short" and ctx.get("min_length") == 1:
        return Problem(source, where, "must not be empty")
    if kind.startswith("union_tag"):
        ctx["at"] = "kind"
        # pydantic gives the tag as str(): show the "kind" as written, 3 rather than "3"
        tag = value.get("kind", ctx.get("tag")) if isinstance(value, Mapping) else ctx.get("tag")
        ctx["tag"] = shown(tag)
    # Checks that span several fields say in their context which field they are about.
    at = ctx.pop("at", None)
    if at:
        where = f"{where}.{at}" if where else at
    template = _MESSAGES.get(kind)
    if template:
        message = template.format(got=got, **ctx)
    elif kind in _PYDANTIC_KINDS:
        message = f"is not valid here (got {got})"
    else:
        message = error["msg"]  # one of the model's own checks, already in words for the user
    return Problem(source, where, message)
