"""The model of a routine file (`"format": 1`, see docs/routine-format.md): its steps, their
settings and the limits on each.

Reading a file into this model is routine_loading.py; how a problem reads to the user is
routine_problems.py. The checks here word their own complaints, in the same one-line style.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)
from pydantic_core import PydanticCustomError

from rehabtimer.core.figures.library import FIGURE_NAMES

FORMAT_VERSION = 1
MAX_TOTAL_SECONDS = 4 * 3600
MIN_SECONDS, MAX_SECONDS = 1, 3600
MIN_REPS, MAX_REPS = 1, 100
MAX_STEPS = 50
MAX_TEXT_CHARS = 2000
STEP_KINDS = ("timed", "breathing", "hold", "reps")
SIDES = ("right", "left")

# Used with fullmatch: "$" would let a trailing newline through.
_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def _err(kind: str, message: str, **ctx: Any) -> PydanticCustomError:
    return PydanticCustomError(kind, message, ctx)


def shown(value: Any) -> str:
    """A value as the user wrote it in JSON, shortened for a one-line message."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)  # pydantic hands seconds over as floats: show -3, not -3.0
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        # Not JSON (parse_routine takes any data), an int of thousands of digits, or too deep.
        if isinstance(value, int):
            text = "a number with thousands of digits"
        elif isinstance(value, Mapping):
            text = "{...}"
        elif isinstance(value, list | tuple):
            text = "[...]"
        else:
            text = type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _seconds(value: float) -> float:
    if not MIN_SECONDS <= value <= MAX_SECONDS:
        raise _err(
            "seconds_range",
            "must be between {lo} and {hi} seconds (got {got})",
            lo=MIN_SECONDS,
            hi=MAX_SECONDS,
            got=shown(value),
        )
    return float(value)


def _format(value: int) -> int:
    if value != FORMAT_VERSION:
        raise _err(
            "format_version",
            "this version of RehabTimer reads format {want} (got {got})",
            want=FORMAT_VERSION,
            got=shown(value),
        )
    return value


def _reps(value: int) -> int:
    if not MIN_REPS <= value <= MAX_REPS:
        raise _err(
            "reps_range",
            "must be between {lo} and {hi} (got {got})",
            lo=MIN_REPS,
            hi=MAX_REPS,
            got=shown(value),
        )
    return value


def _identifier(value: str) -> str:
    if not _ID_RE.fullmatch(value):
        raise _err(
            "identifier",
            "must be 1 to 64 characters of a-z, 0-9 and '-', starting with a letter or digit"
            " (got {got})",
            got=shown(value),
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
        if not _LANG_RE.fullmatch(lang):
            raise _err(
                "text_lang",
                "{lang} is not a language code such as \"ja\" or \"en\"",
                lang=shown(lang),
            )
        if not text.strip():
            raise _err("text_blank", "the {lang} text is empty", lang=shown(lang))
        if len(text) > MAX_TEXT_CHARS:
            raise _err(
                "text_long",
                "the {lang} text is longer than {n} characters",
                lang=shown(lang),
                n=MAX_TEXT_CHARS,
            )
    return value


def _sides(value: list[str]) -> list[str]:
    if not value:
        raise _err("sides_empty", 'must name at least one side ("right" or "left")')
    seen: set[str] = set()
    for side in value:
        if side in seen:
            raise _err("sides_duplicate", "names {side} twice", side=shown(side))
        seen.add(side)
    return value


def _relative_path(value: str) -> str:
    # Judged the same on every system: "C:/x" is absolute for a Windows user.
    path = PurePosixPath(value)
    windows = PureWindowsPath(value)
    if (
        not value
        or path.is_absolute()
        or windows.drive
        or windows.is_absolute()
        or ".." in path.parts
        or "\\" in value
    ):
        raise _err(
            "image_path",
            "must be a file name relative to the routine file (got {got})",
            got=shown(value),
        )
    return value


def _figure_name(value: str) -> str:
    if value not in FIGURE_NAMES:
        guess = difflib.get_close_matches(value, FIGURE_NAMES, n=1, cutoff=0.6)
        hint = f'; did you mean "{guess[0]}"?' if guess else " (docs/routine-format.md lists them)"
        raise _err(
            "figure_name",
            "{got} is not a figure in the library{hint}",
            got=shown(value),
            hint=hint,
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
    say: Text | None = None
    """What the voice says for the step instead of its title: a reading synthesisers get
    right (kana for a kanji title they misread) or a shorter name."""
    image: Annotated[str, AfterValidator(_relative_path)] | None = None
    figure: Annotated[str, AfterValidator(_figure_name)] | None = None
    """A figure from the library (core/figures/library.py) that shows the exercise."""
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
                breath=shown(round(self.breath_s, 2)),  # not 0.30000000000000004
                duration=shown(self.duration_s),
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
        if self.phases is None and self.pace is None:
            raise _err(
                "reps_pace",
                'needs either "phases" (timed movements for each rep) or "pace": "self"'
                " (the patient confirms each rep)",
            )
        if self.phases is not None and self.pace is not None:
            raise _err("reps_pace", 'has both "phases" and "pace"; keep only one')
        return self

    @property
    def self_paced(self) -> bool:
        return self.pace == "self"


Step = Annotated[TimedStep | BreathingStep | HoldStep | RepsStep, Field(discriminator="kind")]


class GateCondition(_Model):
    question: Identifier
    answer: Literal["yes", "no"]


class DateRule(_Model):
    months: Annotated[int, Field(ge=1, le=24)]


class GateQuestion(_Model):
    id: Identifier
    question: Text
    # Without stop_if a question only decides which later questions are asked (only_if).
    stop_if: Literal["yes", "no"] | None = None
    advice: Text | None = None
    emergency: bool = False
    only_if: GateCondition | None = None
    once: bool = False
    """An answer that lets the session go on is kept for the profile and not asked again."""
    date_rule: DateRule | None = None
    """The question asks for a date (kept for the profile); `advice` is shown, and the session
    does not start, until that many months have passed since it."""

    @model_validator(mode="after")
    def _advice_with_stop(self) -> GateQuestion:
        if self.date_rule is not None:
            if self.stop_if is not None or self.advice is None:
                raise _err("gate_advice", 'with "date_rule" give "advice" and no "stop_if"')
            return self
        if (self.stop_if is None) != (self.advice is None):
            raise _err("gate_advice", 'needs "stop_if" and "advice" together, or neither')
        if self.emergency and self.stop_if is None:
            raise _err("gate_emergency", '"emergency" needs "stop_if" and "advice"')
        return self


class Recommended(_Model):
    per_day: Annotated[int, Field(ge=1, le=10)] | None = None
    per_week: Annotated[int, Field(ge=1, le=50)] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Recommended:
        if self.per_day is None and self.per_week is None:
            raise _err(
                "plan_shape",
                "must be either {per_day} or {per_week}",
                per_day='{"per_day": N}',
                per_week='{"per_week": N}',
            )
        if self.per_day is not None and self.per_week is not None:
            raise _err("plan_shape", 'has both "per_day" and "per_week"; keep only one')
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
    pain_advice: Text | None = None
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
                        ident=shown(ident),
                    )
                seen.add(ident)
        asked: set[str] = set()
        for index, question in enumerate(self.gate):
            if question.only_if is not None and question.only_if.question not in asked:
                raise _err(
                    "gate_order",
                    "only_if names {ident}, which is not an earlier gate question",
                    at=f"gate[{index}].only_if.question",
                    ident=shown(question.only_if.question),
                )
            asked.add(question.id)
        return self

    def step_index(self, step_id: str) -> int:
        return next(i for i, step in enumerate(self.steps) if step.id == step_id)

    def with_preset(self, preset_id: str) -> Routine:
        """The routine with one of its presets applied (validated when the file was loaded)."""
        preset = next(p for p in self.presets if p.id == preset_id)
        return Routine.model_validate(apply_preset(self.to_data(), preset), strict=True)

    def to_data(self) -> dict[str, Any]:
        """The routine as plain JSON data, without defaults the file did not spell out."""
        return self.model_dump(mode="json", exclude_none=True)


def apply_preset(data: dict[str, Any], preset: Preset) -> dict[str, Any]:
    """Routine data with a preset's changes made to its steps; not validated."""
    steps = [dict(step) for step in data["steps"]]
    by_id = {step["id"]: step for step in steps}
    for step_id, changes in preset.changes.items():
        by_id[step_id].update(changes)
    return {**data, "steps": steps}
