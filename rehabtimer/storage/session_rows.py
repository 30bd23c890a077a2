"""From session and step result rows to records: each column is checked, in SQL and then
in Python, so a row edited by hand is named as a problem instead of failing the whole read.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    not_,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.types import NullType

from rehabtimer.storage.convert import read_time, readable_title, session_checks, started_between
from rehabtimer.storage.models import SafetyAnswerRow, SessionRow, SnapshotRow
from rehabtimer.storage.session_records import (
    SafetyAnswer,
    SessionList,
    SessionProblem,
    SessionRecord,
    StepResultRecord,
    shown,
)

_T = TypeVar("_T")
# The column of a session's routine title, in routine_snapshots.
_TITLE = "title_json"


class _Unreadable(Exception):
    def __init__(self, column: str) -> None:
        super().__init__(column)
        self.column = column


def _read_column(column: str, read: Callable[..., _T], *args: Any) -> _T:
    try:
        return read(*args)
    except (TypeError, ValueError, OverflowError) as error:
        raise _Unreadable(column) from error


@lru_cache(maxsize=256)
def _title(title_json: Any) -> Mapping[str, str]:
    # Many sessions share one routine title: decode it once, hand out a read-only view.
    title = json.loads(title_json)
    if not isinstance(title, dict) or not all(isinstance(t, str) for t in title.values()):
        raise ValueError(f"not a routine title: {title_json!r}")
    return MappingProxyType(title)


def _session_record(row: Any) -> SessionRecord:
    """A record from a row of sessions_query(); _Unreadable names a column it cannot read."""
    offset = row.utc_offset_min
    return SessionRecord(
        id=row.id,
        profile_id=row.profile_id,
        snapshot_id=row.snapshot_id,
        routine_id=row.routine_id,
        routine_title=_read_column(_TITLE, _title, row.title_json),
        started_at=_read_column("started_at", read_time, row.started_at, offset),
        ended_at=(
            None
            if row.ended_at is None
            else _read_column("ended_at", read_time, row.ended_at, offset)
        ),
        utc_offset_min=offset,
        status=row.status,
        planned_s=row.planned_s,
        active_s=row.active_s,
        paused_s=row.paused_s,
        steps_total=row.steps_total,
        steps_done=row.steps_done,
        current_step=row.current_step,
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        effort=row.effort,
        stop_reason=row.stop_reason,
        note=row.note,
        answers=_read_column("safety_answers", _answers, row.answers_json),
    )


def _answers(answers_json: Any) -> tuple[SafetyAnswer, ...]:
    answers = []
    for item in json.loads(answers_json or "[]"):
        question = None if item["question"] is None else _title(item["question"])
        answers.append(SafetyAnswer(str(item["kind"]), question, str(item["answer"])))
    return tuple(answers)


def _checks() -> dict[str, ColumnElement[bool]]:
    checks = session_checks()
    checks["snapshot_id"] = and_(checks["snapshot_id"], SnapshotRow.id.is_not(None))
    checks[_TITLE] = readable_title(SnapshotRow.title_json)
    return checks


# What a session row needs to be read, column by column, and all of it at once.
_CHECKS = _checks()
READABLE = and_(*_CHECKS.values())
# The first column a row fails the check of, NULL if it can be read.
FAILED = case(*((not_(check), name) for name, check in _CHECKS.items()), else_=None)
# Every column as SQLite holds it: a value edited by hand reaches the checks, instead of
# failing SQLAlchemy's conversion of the whole result.
_RAW_COLUMNS = [
    *(type_coerce(column, NullType()).label(column.name) for column in SessionRow.__table__.c),
    type_coerce(SnapshotRow.title_json, NullType()).label(_TITLE),
    # A session's few safety answers, in the order given, as one JSON array.
    select(func.json_group_array(func.json_object(
        "kind", SafetyAnswerRow.kind,
        "question", SafetyAnswerRow.question_json,
        "answer", SafetyAnswerRow.answer,
    )))
    .where(SafetyAnswerRow.session_id == SessionRow.id)
    .scalar_subquery()
    .label("answers_json"),
]


def sessions_query(*conditions: ColumnElement[bool], checked: bool) -> Select[*tuple[Any, ...]]:
    """Plain rows of sessions with their titles; with the column that fails if `checked`."""
    # Plain columns, not ORM objects: building thousands of ORM instances for a year's
    # history cost more than the query itself. An outer join, so a session whose routine
    # snapshot is gone is named, not silently dropped.
    failed = [FAILED.label("failed")] if checked else []
    return (
        select(*_RAW_COLUMNS, *failed)
        .select_from(SessionRow)
        .outerjoin(SnapshotRow, SessionRow.snapshot_id == SnapshotRow.id)
        .where(*conditions)
    )


def read_session(row: Any) -> SessionRecord | SessionProblem:
    """The record of a row of sessions_query(checked=True), or why it cannot be read."""
    return read_unchecked_session(row) if row.failed is None else _problem(row, row.failed)


def read_unchecked_session(row: Any) -> SessionRecord | SessionProblem:
    # The checks in SQL should have caught it; Python has the last word.
    try:
        return _session_record(row)
    except _Unreadable as error:
        return _problem(row, error.column)


def _problem(row: Any, column: str) -> SessionProblem:
    return SessionProblem(row.id, start_day(row), column, shown(row._mapping[column]))


def start_day(row: Any) -> date | None:
    """The local start date; the UTC one if the offset is damaged; None if neither reads."""
    for offset in (row.utc_offset_min, 0):
        with suppress(TypeError, ValueError, OverflowError):
            return read_time(row.started_at, offset).date()
    return None


def session_list(found: Iterable[SessionRecord | SessionProblem]) -> SessionList:
    records: list[SessionRecord] = []
    problems: list[SessionProblem] = []
    for item in found:
        if isinstance(item, SessionRecord):
            records.append(item)
        else:
            problems.append(item)
    return SessionList(records, problems)


def chosen(
    profile_id: int | None,
    since: date | None,
    until: date | None,
    routine_id: str | None,
    undated: bool = False,
) -> list[ColumnElement[bool]]:
    """Which sessions list(), newest() and count() are about; with `undated`, also those
    whose start cannot be read, which may lie between any dates."""
    conditions = started_between(since, until)
    if undated and conditions:
        conditions = [or_(not_(_CHECKS["started_at"]), and_(*conditions))]
    if profile_id is not None:
        conditions.append(SessionRow.profile_id == profile_id)
    if routine_id is not None:
        conditions.append(SessionRow.routine_id == routine_id)
    return conditions


# The types each column of a step result must come back as.
_STEP_TYPES: dict[str, tuple[type, ...]] = {
    "step_index": (int,),
    "step_id": (str,),
    "side": (str,),
    "planned_s": (int, float),
    "done_s": (int, float),
    "planned_reps": (int, type(None)),
    "done_reps": (int, type(None)),
    "status": (str,),
}


def unreadable_step_column(row: Any) -> str | None:
    for column, types in _STEP_TYPES.items():
        value = row._mapping[column]
        if not isinstance(value, types) or (isinstance(value, float) and not math.isfinite(value)):
            return column
    return None


def step_result_record(row: Any) -> StepResultRecord:
    return StepResultRecord(
        session_id=row.session_id,
        step_index=row.step_index,
        step_id=row.step_id,
        side=row.side,
        planned_s=row.planned_s,
        done_s=row.done_s,
        planned_reps=row.planned_reps,
        done_reps=row.done_reps,
        status=row.status,
    )
