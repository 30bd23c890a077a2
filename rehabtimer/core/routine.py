"""Routine files: the model of a routine and its strict, kind validation.

A routine file is JSON (`"format": 1`, see docs/routine-format.md). Every problem found is
reported as one line naming the file and the place, e.g.
`knee.json: steps[2].hold_s: must be between 1 and 3600 seconds (got -3)`.
Loading never raises anything but RoutineError.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

FORMAT_VERSION = 1
MAX_FILE_BYTES = 1_000_000
MAX_TOTAL_SECONDS = 4 * 3600
MIN_SECONDS, MAX_SECONDS = 1, 3600
MIN_REPS, MAX_REPS = 1, 100
MAX_STEPS = 50
MAX_TEXT_CHARS = 2000
STEP_KINDS = ("timed", "breathing", "hold", "reps")
SIDES = ("right", "left")

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _err(kind: str, message: str, **ctx: Any) -> PydanticCustomError:
    return PydanticCustomError(kind, message, ctx)


def _shown(value: Any) -> str:
    """A value as the user wrote it in JSON, shortened for a one-line message."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _seconds(value: float) -> float:
    if not MIN_SECONDS <= value <= MAX_SECONDS:
        raise _err(
            "seconds_range",
            "must be between {lo} and {hi} seconds (got {got})",
            lo=MIN_SECONDS,
            hi=MAX_SECONDS,
            got=_shown(value),
        )
    return float(value)


def _format(value: int) -> int:
    if value != FORMAT_VERSION:
        raise _err(
            "format_version",
            "this version of RehabTimer reads format {want} (got {got})",
            want=FORMAT_VERSION,
            got=_shown(value),
        )
    return value


def _reps(value: int) -> int:
    if not MIN_REPS <= value <= MAX_REPS:
        raise _err(
            "reps_range",
            "must be between {lo} and {hi} (got {got})",
            lo=MIN_REPS,
            hi=MAX_REPS,
            got=_shown(value),
        )
    return value


def _identifier(value: str) -> str:
    if not _ID_RE.match(value):
        raise _err(
            "identifier",
            "must be 1 to 64 characters of a-z, 0-9 and '-', starting with a letter or digit"
            " (got {got})",
            got=_shown(value),
        )
    return value


def _text(value: dict[str, str]) -> dict[str, str]:
    if not value:
        raise _err(
            "text_empty",
            "must give the text in at least one language, e.g. {example}",
            example='{"ja": "...", "en": "..."}',
        )
    for lang, text in value.items():
        if not _LANG_RE.match(lang):
            raise _err(
                "text_lang",
                "{lang} is not a language code such as \"ja\" or \"en\"",
                lang=_shown(lang),
            )
        if not text.strip():
            raise _err("text_blank", "the {lang} text is empty", lang=_shown(lang))
        if len(text) > MAX_TEXT_CHARS:
            raise _err(
                "text_long",
                "the {lang} text is longer than {n} characters",
                lang=_shown(lang),
                n=MAX_TEXT_CHARS,
            )
    return value


def _sides(value: list[str]) -> list[str]:
    if not value:
        raise _err("sides_empty", 'must name at least one side ("right" or "left")')
    seen: set[str] = set()
    for side in value:
        if side in seen:
            raise _err("sides_duplicate", "names {side} twice", side=_shown(side))
        seen.add(side)
    return value


def _relative_path(value: str) -> str:
    path = Path(value)
    if not value or path.is_absolute() or ".." in path.parts or "\\" in value:
        raise _err(
            "image_path",
            "must be a file name relative to the routine file (got {got})",
            got=_shown(value),
        )
    return value


Seconds = Annotated[float, AfterValidator(_seconds)]
Reps = Annotated[int, AfterValidator(_reps)]
Identifier = Annotated[str, AfterValidator(_identifier)]
Text = Annotated[dict[str, str], AfterValidator(_text)]
Side = Literal["right", "left"]
Sides = Annotated[list[Side], AfterValidator(_sides)]


class _Model(BaseModel):
    # strict: "10" is not 10 and true is not 1; extra="forbid": a misspelt key is an error,
    # not a silently ignored setting.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class _StepBase(_Model):
    id: Identifier
    title: Text
    instructions: Text
    caution: Text | None = None
    image: Annotated[str, AfterValidator(_relative_path)] | None = None
    rest_after_s: Seconds | None = None


class TimedStep(_StepBase):
    kind: Literal["timed"]
    duration_s: Seconds


class BreathingStep(_StepBase):
    kind: Literal["breathing"]
    duration_s: Seconds
    inhale_s: Seconds
    exhale_s: Seconds
    hold_s: Seconds | None = None

    @property
    def breath_s(self) -> float:
        return self.inhale_s + (self.hold_s or 0) + self.exhale_s

    @property
    def breaths(self) -> int:
        """Whole breaths that fit the duration; the step's length is rounded to them."""
        return max(1, round(self.duration_s / self.breath_s))

    @model_validator(mode="after")
    def _breath_fits(self) -> BreathingStep:
        if self.breath_s > self.duration_s:
            raise _err(
                "breath_too_long",
                "one breath ({breath} s) is longer than duration_s ({duration} s)",
                breath=_shown(self.breath_s),
                duration=_shown(self.duration_s),
            )
        return self


class _SidedStep(_StepBase):
    sides: Sides | None = None
    switch_s: Seconds = 5


class HoldStep(_SidedStep):
    kind: Literal["hold"]
    hold_s: Seconds
    reps: Reps = 1
    rest_s: Seconds = 5


class RepPhase(_Model):
    label: Text
    seconds: Seconds


class RepsStep(_SidedStep):
    kind: Literal["reps"]
    reps: Reps
    phases: Annotated[list[RepPhase], Field(min_length=1, max_length=10)] | None = None
    pace: Literal["self"] | None = None
    estimate_s: Seconds = 5
    rest_s: Seconds | None = None

    @model_validator(mode="after")
    def _one_pace(self) -> RepsStep:
        if (self.phases is None) == (self.pace is None):
            raise _err(
                "reps_pace",
                'needs either "phases" (timed movements for each rep) or "pace": "self"'
                " (the patient confirms each rep), not both",
            )
        return self

    @property
    def self_paced(self) -> bool:
        return self.pace == "self"


Step = Annotated[TimedStep | BreathingStep | HoldStep | RepsStep, Field(discriminator="kind")]


class GateQuestion(_Model):
    id: Identifier
    question: Text
    stop_if: Literal["yes", "no"]
    advice: Text


class Recommended(_Model):
    per_day: Annotated[int, Field(ge=1, le=10)] | None = None
    per_week: Annotated[int, Field(ge=1, le=50)] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Recommended:
        if (self.per_day is None) == (self.per_week is None):
            raise _err(
                "plan_shape",
                "must be either {per_day} or {per_week}",
                per_day='{"per_day": N}',
                per_week='{"per_week": N}',
            )
        return self


class Preset(_Model):
    id: Identifier
    title: Text
    description: Text | None = None
    changes: dict[str, dict[str, Any]]


class Routine(_Model):
    format: Annotated[int, AfterValidator(_format)]
    id: Identifier
    title: Text
    summary: Text | None = None
    cautions: Annotated[list[Text], Field(max_length=20)] = []
    gate: Annotated[list[GateQuestion], Field(max_length=10)] = []
    recommended: Recommended
    steps: Annotated[list[Step], Field(min_length=1, max_length=MAX_STEPS)]
    presets: Annotated[list[Preset], Field(max_length=10)] = []

    @model_validator(mode="after")
    def _unique_ids(self) -> Routine:
        for what, ids in (
            ("steps", [s.id for s in self.steps]),
            ("gate", [q.id for q in self.gate]),
            ("presets", [p.id for p in self.presets]),
        ):
            seen: set[str] = set()
            for index, ident in enumerate(ids):
                if ident in seen:
                    raise _err(
                        "duplicate_id",
                        "{ident} is already used by an earlier entry",
                        at=f"{what}[{index}].id",
                        ident=_shown(ident),
                    )
                seen.add(ident)
        return self

    def step_index(self, step_id: str) -> int:
        return next(i for i, step in enumerate(self.steps) if step.id == step_id)

    def with_preset(self, preset_id: str) -> Routine:
        """The routine with one of its presets applied (validated when the file was loaded)."""
        preset = next(p for p in self.presets if p.id == preset_id)
        return Routine.model_validate(_apply_preset(self.to_data(), preset), strict=True)

    def to_data(self) -> dict[str, Any]:
        """The routine as plain JSON data, without defaults the file did not spell out."""
        return self.model_dump(mode="json", exclude_none=True)

    def content_hash(self) -> str:
        canonical = json.dumps(self.to_data(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()


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
    "union_tag_not_found": "is required (one of " + ", ".join(STEP_KINDS) + ")",
    "union_tag_invalid": "must be one of " + ", ".join(STEP_KINDS) + " (got {tag})",
    "literal_error": "must be one of {expected} (got {got})",
    "too_short": "must have at least {min_length} entries (got {actual_length})",
    "too_long": "must have at most {max_length} entries (got {actual_length})",
    "greater_than_equal": "must be at least {ge} (got {got})",
    "less_than_equal": "must be at most {le} (got {got})",
}

_ALL_KEYS = sorted(
    {
        name
        for model in (TimedStep, BreathingStep, HoldStep, RepsStep, RepPhase, GateQuestion,
                      Recommended, Preset, Routine)
        for name in model.model_fields
    }
    | {"kind"}
)


def _place(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for i, item in enumerate(loc):
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif i >= 2 and loc[i - 2] == "steps" and isinstance(loc[i - 1], int) and item in STEP_KINDS:
            continue  # pydantic's tag for which step model it tried, not a place in the file
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts)


def _problem(source: str, error: Any) -> Problem:
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    where = _place(error["loc"])
    got = _shown(error.get("input"))
    if kind == "extra_forbidden":
        loc = error["loc"]
        key = str(loc[-1])
        if key in _ALL_KEYS:
            kind_tag = next((item for item in loc if item in STEP_KINDS), None)
            owner = f'a "{kind_tag}" step' if kind_tag else "this place"
            return Problem(source, where, f"is not a setting of {owner}")
        guess = difflib.get_close_matches(key, _ALL_KEYS, n=1, cutoff=0.7)
        hint = f"; did you mean {guess[0]!r}?" if guess else ""
        return Problem(source, where, f"unknown key{hint}")
    if kind == "literal_error":
        ctx["expected"] = ctx.get("expected", "").replace("'", '"')
    if kind.startswith("union_tag"):
        ctx["at"] = "kind"
        ctx["tag"] = _shown(ctx.get("tag"))
    # Checks that span several fields say in their context which field they are about.
    at = ctx.pop("at", None)
    if at:
        where = f"{where}.{at}" if where else at
    template = _MESSAGES.get(kind)
    message = template.format(got=got, **ctx) if template else error["msg"]
    return Problem(source, where, message)


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _apply_preset(data: dict[str, Any], preset: Preset) -> dict[str, Any]:
    steps = [dict(step) for step in data["steps"]]
    by_id = {step["id"]: step for step in steps}
    for step_id, changes in preset.changes.items():
        by_id[step_id].update(changes)
    return {**data, "steps": steps}


def _check_presets(routine: Routine, data: dict[str, Any], source: str) -> list[Problem]:
    problems: list[Problem] = []
    step_ids = {step.id: i for i, step in enumerate(routine.steps)}
    for p_index, preset in enumerate(routine.presets):
        where = f"presets[{p_index}]"
        unknown = [sid for sid in preset.changes if sid not in step_ids]
        for sid in unknown:
            problems.append(Problem(source, f"{where}.changes.{sid}", "no step has this id"))
        forbidden = [
            (sid, key) for sid, ch in preset.changes.items() for key in ch if key in ("id", "kind")
        ]
        for sid, key in forbidden:
            problems.append(
                Problem(source, f"{where}.changes.{sid}.{key}", "a preset cannot change this")
            )
        if unknown or forbidden:
            continue
        try:
            changed = _parse_data(_apply_preset(data, preset), source)
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
    from rehabtimer.core.timeline import build_timeline  # the timeline is built from routines

    total = build_timeline(routine).planned_seconds
    if total > MAX_TOTAL_SECONDS:
        hours = total / 3600
        return [Problem(source, where, f"the routine would take {hours:.1f} hours; at most 4 are allowed")]
    return []


def _parse_data(data: Any, source: str) -> Routine:
    if not isinstance(data, dict):
        raise RoutineError(
            [Problem(source, "", f"must be a JSON object {{...}} describing one routine (got {_shown(data)})")]
        )
    try:
        return Routine.model_validate(data, strict=True)
    except ValidationError as error:
        raise RoutineError([_problem(source, e) for e in error.errors()]) from None


def parse_routine(data: Any, source: str = "") -> Routine:
    """Validate routine data already decoded from JSON; raise RoutineError listing every problem."""
    routine = _parse_data(data, source)
    problems = _check_total(routine, source) + _check_presets(routine, data, source)
    if problems:
        raise RoutineError(problems)
    return routine


def parse_routine_bytes(raw: bytes, source: str) -> Routine:
    if len(raw) > MAX_FILE_BYTES:
        size = len(raw) / 1_000_000
        raise RoutineError([Problem(source, "", f"the file is {size:.1f} MB; at most 1 MB is allowed")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RoutineError(
            [Problem(source, "", f"is not UTF-8 text (bad byte at position {error.start})")]
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_json_object, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise RoutineError(
            [Problem(source, f"line {error.lineno}, column {error.colno}", f"not valid JSON: {error.msg}")]
        ) from None
    except ValueError as error:
        raise RoutineError([Problem(source, "", f"not valid JSON: {error}")]) from None
    except RecursionError:
        raise RoutineError([Problem(source, "", "not valid JSON: nested too deeply")]) from None
    return parse_routine(data, source)


def load_routine(path: Path) -> Routine:
    """Read and validate one routine file; every failure is a RoutineError naming the file."""
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RoutineError(
                [Problem(source, "", f"the file is {size / 1_000_000:.1f} MB; at most 1 MB is allowed")]
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RoutineError([Problem(source, "", "file not found")]) from None
    except IsADirectoryError:
        raise RoutineError([Problem(source, "", "is a folder, not a routine file")]) from None
    except OSError as error:
        raise RoutineError([Problem(source, "", f"cannot be read ({error.strerror})")]) from None
    return parse_routine_bytes(raw, source)
