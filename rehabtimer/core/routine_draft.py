"""A routine being edited: its file data, changed one field at a time and checked whole.

The editor window only shows a draft and hands the user's edits to it. Every rule lives here
and in routine.py, so the editor shows the same messages as `routine check`, and the rules
are tested without Qt.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from rehabtimer.core.routine import (
    FORMAT_VERSION,
    MAX_STEPS,
    BreathingStep,
    HoldStep,
    RepsStep,
    Routine,
    TimedStep,
)
from rehabtimer.core.routine_loading import parse_routine
from rehabtimer.core.routine_problems import Problem, RoutineError
from rehabtimer.core.timeline import DEFAULT_GET_READY_S, build_timeline

Loc = tuple[str | int, ...]
"""Where a value sits in the routine data: ("steps", 2, "hold_s")."""

EDITED_LANGUAGES = ("ja", "en")
MAX_CAUTIONS = 20
MAX_GATE = 10
MAX_PHASES = 10

_FIELDS = {
    "timed": frozenset(TimedStep.model_fields),
    "breathing": frozenset(BreathingStep.model_fields),
    "hold": frozenset(HoldStep.model_fields),
    "reps": frozenset(RepsStep.model_fields),
}
# What a new step of each kind starts with: valid numbers, so only the words are missing.
_DEFAULTS: dict[str, dict[str, Any]] = {
    "timed": {"duration_s": 60},
    "breathing": {"duration_s": 120, "inhale_s": 4, "exhale_s": 6},
    "hold": {"hold_s": 10},
    "reps": {"reps": 10, "pace": "self"},
}
# Kept when a step changes kind: its words, and the numbers that mean the same in both kinds
# (a breathing step's hold_s is a held breath, not a held position, so it is not carried).
_CARRIED = frozenset({"title", "instructions", "caution", "say", "image", "figure",
                      "rest_after_s", "duration_s", "reps", "rest_s", "sides", "switch_s"})
# Step texts the app can do without: left out when working out the length.
_OPTIONAL_STEP_TEXTS = ("caution", "say")
# Added to each language of a copy's title, so home does not show two routines of one name.
COPY_SUFFIX = {"ja": "(自分用)", "en": " (my copy)"}

_PART = re.compile(r"\[\d+\]|[^.\[]+")
_STEP = re.compile(r"steps\[(\d+)\]")


def place(loc: Loc) -> str:
    """A location written as routine.py writes it in a Problem: `steps[2].hold_s`."""
    return _join([f"[{item}]" if isinstance(item, int) else item for item in loc])


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        out += part if part.startswith("[") else ("." if out else "") + part
    return out


def enclosing(where: str) -> Iterator[str]:
    """`where`, then each place that holds it, out to the routine itself ("")."""
    parts = _PART.findall(where)
    for end in range(len(parts), -1, -1):
        yield _join(parts[:end])


def nearest(where: str, places: Collection[str]) -> str | None:
    """The innermost of `places` that holds `where`: where a problem is shown."""
    return next((p for p in enclosing(where) if p in places), None)


def step_of(where: str) -> int | None:
    """The index of the step a problem is about, if it is about one step."""
    match = _STEP.match(where)
    return int(match.group(1)) if match else None


def unique_id(base: str, taken: Collection[str]) -> str:
    base = base[:60].rstrip("-")  # room for "-99" within the 64 characters an id may have
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _numbered(prefix: str, taken: Collection[str | None]) -> str:
    number = 1
    while f"{prefix}-{number}" in taken:
        number += 1
    return f"{prefix}-{number}"


def _ordered(text: Mapping[str, str]) -> dict[str, str]:
    """Japanese, then English, then any other language the file had, as the built-ins do."""
    rank = {lang: i for i, lang in enumerate(EDITED_LANGUAGES)}
    return {lang: text[lang] for lang in sorted(text, key=lambda lang: rank.get(lang, 99))}


def new_step(kind: str, step_id: str) -> dict[str, Any]:
    return {"id": step_id, "kind": kind, "title": {}, "instructions": {},
            **copy.deepcopy(_DEFAULTS[kind])}


def new_phase() -> dict[str, Any]:
    return {"label": {}, "seconds": 3}


@dataclass(frozen=True)
class Timing:
    """How long the routine takes as planned, including get-ready countdowns and rests."""

    total_s: float
    active_s: float
    steps_s: tuple[float, ...]
    counts: tuple[int | None, ...]
    """Per step, the reps (or breaths) on all sides together; None for a timed step."""


@dataclass(frozen=True)
class Check:
    routine: Routine | None
    """The routine to save; None while anything is wrong."""
    problems: tuple[Problem, ...]
    timing: Timing | None
    """None only while some number is not valid: missing words do not stop the sum."""


class RoutineDraft:
    """Routine data being edited. `others` maps the ids of the other routines the app knows
    to whether each is built in; the draft may use none of them."""

    def __init__(self, data: dict[str, Any], others: Mapping[str, bool] | None = None,
                 get_ready_s: float = DEFAULT_GET_READY_S, saved: bool = True) -> None:
        self.data = copy.deepcopy(data)
        self._others = dict(others or {})
        self._get_ready_s = get_ready_s
        self._saved: dict[str, Any] | None = copy.deepcopy(data) if saved else None
        # What a step had before its kind or pace changed, so changing back restores it.
        self._stash: dict[tuple[str, str], Any] = {}

    @classmethod
    def new(cls, others: Mapping[str, bool],
            get_ready_s: float = DEFAULT_GET_READY_S) -> RoutineDraft:
        data = {
            "format": FORMAT_VERSION,
            "id": unique_id("my-routine", others),
            "title": {},
            "recommended": {"per_day": 1},
            "steps": [new_step("timed", "step-1")],
        }
        return cls(data, others, get_ready_s, saved=False)

    @classmethod
    def copy_of(cls, routine: Routine, others: Mapping[str, bool],
                get_ready_s: float = DEFAULT_GET_READY_S) -> RoutineDraft:
        """A new routine made from another; the original stays as it is."""
        data = routine.to_data()
        data["id"] = unique_id(f"{routine.id}-mine", {*others, routine.id})
        data["title"] = {lang: words + COPY_SUFFIX.get(lang, "")
                         for lang, words in data["title"].items()}
        return cls(data, others, get_ready_s, saved=False)

    @property
    def dirty(self) -> bool:
        """Whether leaving now would lose something: unsaved changes, or a routine never saved."""
        return self._saved is None or self._saved != self.data

    def mark_saved(self) -> None:
        self._saved = copy.deepcopy(self.data)

    # -- reading and writing single values ---------------------------------------------------

    def get(self, loc: Loc, default: Any = None) -> Any:
        node: Any = self.data
        for key in loc:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    def set(self, loc: Loc, value: Any) -> None:
        """Set one value; None removes an optional key (files leave defaults out)."""
        *parent_loc, key = loc
        parent = self.get(tuple(parent_loc))
        if value is None:
            parent.pop(key, None)
        else:
            parent[key] = value

    def text(self, loc: Loc, lang: str) -> str:
        return str((self.get(loc) or {}).get(lang, ""))

    def set_text(self, loc: Loc, lang: str, words: str, required: bool = True) -> None:
        """One language of a text. An empty box removes that language (so does a blank one,
        for an optional text); a required text with no language left stays, empty, so the
        check says it is missing."""
        text = dict(self.get(loc) or {})
        if words and (required or words.strip()):
            text[lang] = words
        else:
            text.pop(lang, None)
        self.set(loc, _ordered(text) if text or required else None)

    @property
    def steps(self) -> list[dict[str, Any]]:
        steps: list[dict[str, Any]] = self.data["steps"]
        return steps

    # -- steps -------------------------------------------------------------------------------

    def can_add_step(self) -> bool:
        return len(self.steps) < MAX_STEPS

    def add_step(self, at: int) -> int:
        """A new timed step at index `at`; returns where it is."""
        at = max(0, min(at, len(self.steps)))
        step_id = _numbered("step", {s.get("id") for s in self.steps})
        self.steps.insert(at, new_step("timed", step_id))
        return at

    def remove_step(self, index: int) -> None:
        step_id = self.steps.pop(index).get("id")
        self._change_presets(step_id, lambda _changes: {})

    def move_step(self, index: int, to: int) -> int:
        """Move a step to index `to` (clamped); returns where it went."""
        to = max(0, min(to, len(self.steps) - 1))
        self.steps.insert(to, self.steps.pop(index))
        return to

    def set_kind(self, index: int, kind: str) -> None:
        old = self.steps[index]
        step_id = old["id"]
        if old["kind"] == kind:
            return
        self._stash[(step_id, old["kind"])] = copy.deepcopy(old)
        new = copy.deepcopy(self._stash.get((step_id, kind))) or {"id": step_id, "kind": kind}
        new.update({key: value for key, value in old.items()
                    if key in _CARRIED and key in _FIELDS[kind]})
        for key, value in _DEFAULTS[kind].items():
            # A reps step with phases carried from the stash has no "pace" to add.
            if key not in new and not (key == "pace" and "phases" in new):
                new[key] = copy.deepcopy(value)
        self.steps[index] = new
        # A preset may only change what the step's new kind has.
        self._change_presets(step_id, lambda changes: {
            key: value for key, value in changes.items() if key in _FIELDS[kind]})

    def set_self_paced(self, index: int, self_paced: bool) -> None:
        """Switch a reps step between timed movements ("phases") and the patient's own pace."""
        step = self.steps[index]
        if self_paced == ("pace" in step):
            return
        if self_paced:
            self._stash[(step["id"], "phases")] = step.pop("phases", None)
            step["pace"] = "self"
        else:
            step.pop("pace", None)
            step.pop("estimate_s", None)
            step["phases"] = self._stash.pop((step["id"], "phases"), None) or [new_phase()]
        self._change_presets(step["id"], lambda changes: {
            key: value for key, value in changes.items() if key not in ("phases", "pace")})

    def _change_presets(self, step_id: str | None,
                        change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Keep presets pointing at steps that exist, with keys they have; a preset left
        with nothing to change is dropped."""
        presets = self.data.get("presets")
        if not presets:
            return
        for preset in presets:
            changes = preset.get("changes", {})
            if step_id in changes:
                kept = change(changes[step_id])
                if kept:
                    changes[step_id] = kept
                else:
                    del changes[step_id]
        self.data["presets"] = [p for p in presets if p.get("changes")]
        if not self.data["presets"]:
            del self.data["presets"]

    # -- lists of things: cautions, safety questions, movements of a rep ----------------------

    def add_caution(self) -> int:
        cautions = self.data.setdefault("cautions", [])
        cautions.append({})
        return len(cautions) - 1

    def add_question(self) -> int:
        gate = self.data.setdefault("gate", [])
        question_id = _numbered("question", {q.get("id") for q in gate})
        gate.append({"id": question_id, "question": {}, "stop_if": "yes", "advice": {}})
        return len(gate) - 1

    def add_phase(self, step: int) -> int:
        phases = self.steps[step].setdefault("phases", [])
        phases.append(new_phase())
        return len(phases) - 1

    def remove(self, loc: Loc, index: int) -> None:
        """Remove one entry of a list; an optional list left empty goes from the file."""
        items = self.get(loc)
        del items[index]
        if not items and loc in (("cautions",), ("gate",)):
            self.set(loc, None)

    def set_plan(self, times: int, per_week: bool) -> None:
        self.data["recommended"] = {"per_week" if per_week else "per_day": times}

    # -- checking ----------------------------------------------------------------------------

    def check(self) -> Check:
        problems: list[Problem] = []
        routine: Routine | None = None
        try:
            routine = parse_routine(self.data)
        except RoutineError as error:
            problems.extend(error.problems)
        problems.extend(self._id_problems())
        return Check(None if problems else routine, tuple(problems), self._timing())

    def _id_problems(self) -> list[Problem]:
        routine_id = self.data.get("id")
        if routine_id not in self._others:
            return []
        if self._others[routine_id]:
            message = f'"{routine_id}" is used by a built-in routine; give yours another id'
        else:
            message = (f'"{routine_id}" is used by another of your routines;'
                       " give this one another id")
        return [Problem("", "id", message)]

    def _timing(self) -> Timing | None:
        """The planned length, worked out from the numbers alone: words stand in for any
        text, so a routine still without titles already shows how long it takes."""
        data = copy.deepcopy(self.data)
        words = {"en": "-"}
        data.update(id="x", title=words)
        for key in ("summary", "cautions", "pain_advice", "gate", "presets"):
            data.pop(key, None)
        for index, step in enumerate(data.get("steps", [])):
            step.update(id=f"s{index}", title=words, instructions=words)
            for key in _OPTIONAL_STEP_TEXTS:
                step.pop(key, None)
            for phase in step.get("phases") or []:
                phase["label"] = words
        try:
            routine = Routine.model_validate(data, strict=True)
        except ValidationError:
            return None
        timeline = build_timeline(routine, self._get_ready_s)
        steps = tuple(sum(p.seconds for p in timeline.phases[plan.first_phase:plan.end_phase])
                      for plan in timeline.steps)
        counts = tuple(None if plan.sides[0].planned_reps is None
                       else sum(side.planned_reps or 0 for side in plan.sides)
                       for plan in timeline.steps)
        return Timing(timeline.planned_seconds, timeline.active_seconds, steps, counts)
