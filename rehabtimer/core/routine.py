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
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError
from pydantic_core.core_schema import ErrorType

from rehabtimer.core.small_file import FileTooBig, NotAFile, read_small_file

FORMAT_VERSION = 1
MAX_FILE_BYTES = 1_000_000
MAX_TOTAL_SECONDS = 4 * 3600
MIN_SECONDS, MAX_SECONDS = 1, 3600
MIN_REPS, MAX_REPS = 1, 100
MAX_STEPS = 50
MAX_TEXT_CHARS = 2000
MAX_DEPTH = 20  # a routine needs about 10 levels of [...] and {...}; more is a broken file
STEP_KINDS = ("timed", "breathing", "hold", "reps")
SIDES = ("right", "left")

# Used with fullmatch: "$" would let a trailing newline through.
_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def _err(kind: str, message: str, **ctx: Any) -> PydanticCustomError:
    return PydanticCustomError(kind, message, ctx)


def _shown(value: Any) -> str:
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


def _one_of(values: tuple[str, ...] | list[str]) -> str:
    """'"a", "b" or "c"', as pydantic writes the choices of a Literal."""
    quoted = [f'"{v}"' for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


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
    if not _ID_RE.fullmatch(value):
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
        if not _LANG_RE.fullmatch(lang):
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
                breath=_shown(round(self.breath_s, 2)),  # not 0.30000000000000004
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

_STEP_MODELS: dict[str, type[_Model]] = {
    "timed": TimedStep,
    "breathing": BreathingStep,
    "hold": HoldStep,
    "reps": RepsStep,
}
# The objects inside a routine, by the key that holds them: words for a message, and model.
_PARTS: dict[str, tuple[str, type[_Model]]] = {
    "gate": ("a gate question", GateQuestion),
    "recommended": ('"recommended"', Recommended),
    "presets": ("a preset", Preset),
    "phases": ("a phase of a rep", RepPhase),
}

_ALL_KEYS = sorted(
    {name for model in (*_STEP_MODELS.values(), RepPhase, GateQuestion, Recommended, Preset,
                        Routine) for name in model.model_fields}
)

_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _is_step_tag(loc: tuple[int | str, ...], i: int) -> bool:
    """Whether loc[i] is pydantic's tag for which step model it tried, not a place in the file."""
    return i >= 2 and loc[i - 2] == "steps" and isinstance(loc[i - 1], int) and loc[i] in STEP_KINDS


def _key(key: str) -> str:
    """A key as part of a place; quoted when it holds spaces, dots, newlines and the like."""
    return key if _PLAIN_KEY.fullmatch(key) else _shown(key)


def _place(loc: tuple[int | str, ...], tags: bool = True) -> str:
    parts: list[str] = []
    for i, item in enumerate(loc):
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif tags and _is_step_tag(loc, i):
            continue
        else:
            parts.append(("." if parts else "") + _key(str(item)))
    return "".join(parts)


def _owner(loc: tuple[int | str, ...]) -> tuple[str, type[_Model]]:
    """The object at a place pydantic reports: words for a message, and its model."""
    owner: tuple[str, type[_Model]] = ("the routine", Routine)
    for i, item in enumerate(loc):
        if _is_step_tag(loc, i):
            owner = (f'a "{item}" step', _STEP_MODELS[str(item)])
        elif isinstance(item, str) and item in _PARTS:
            owner = _PARTS[item]
    return owner


def _problem(source: str, error: Any) -> Problem:
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    loc = error["loc"]
    where = _place(loc)
    value = error.get("input")
    got = _shown(value)
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
        ctx["tag"] = _shown(tag)
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
        message = error["msg"]  # one of ours (_err), already in words for the user
    return Problem(source, where, message)


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
        where = _place(loc, tags=False)
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
                    problems.append(Problem(source, _place(loc[:4], tags=False), message))
                too_deep = True
                continue
            for key in getattr(value, "duplicates", ()):
                problems.append(Problem(source, where, f"the key {_shown(key)} appears twice"))
            children: list[tuple[tuple[int | str, ...], Any]] = []
            if isinstance(value, list):
                children = [((*loc, i), item) for i, item in enumerate(value)]
            else:
                for key, item in value.items():
                    if not isinstance(key, str):
                        message = f"keys must be text (got {_shown(key)})"
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
            problems.append(Problem(source, f"{where}.changes.{_key(sid)}", "no step has this id"))
        forbidden = [
            (sid, key) for sid, ch in preset.changes.items() for key in ch if key in ("id", "kind")
        ]
        for sid, key in forbidden:
            problems.append(
                Problem(source, f"{where}.changes.{_key(sid)}.{key}", "a preset cannot change this")
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
        message = f"must be a JSON object {{...}} describing one routine (got {_shown(data)})"
        raise RoutineError([Problem(source, "", message)])
    if problems := _plain_problems(data, source):
        raise RoutineError(problems)
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
