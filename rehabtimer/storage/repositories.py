"""Reading and writing the history, in plain frozen records.

Every write is one short transaction, committed before the method returns: a step the
patient has confirmed is on disk even if the power goes out the next second.

Datetimes cross this boundary timezone-aware only. A session's times come back in the
local offset it started in (a fixed offset, not a named zone); other times come back in UTC.
Constraint violations (a pain score of 11, a plan with two frequencies) are bugs in the
caller and surface as sqlalchemy.exc.IntegrityError.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import date, datetime
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Self, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    delete,
    func,
    not_,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from rehabtimer.storage.audit import write_audit
from rehabtimer.storage.convert import (
    aware,
    local_date,
    now_utc_naive,
    offset_minutes,
    read_time,
    readable_title,
    session_checks,
    started_between,
    to_json,
    utc_naive,
)
from rehabtimer.storage.db import Database
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.models import (
    DayMarkRow,
    PlanRow,
    ProfileRow,
    SessionRow,
    SessionStatus,
    Side,
    SnapshotRow,
    StepResultRow,
    StepStatus,
)

DEFAULT_PROFILE_NAME = "default"


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    created_at: datetime
    disclaimer_accepted_at: datetime | None
    is_default: bool


@dataclass(frozen=True)
class SessionRecord:
    id: int
    profile_id: int
    snapshot_id: int
    routine_id: str
    routine_title: Mapping[str, str]
    started_at: datetime
    ended_at: datetime | None
    utc_offset_min: int
    status: SessionStatus
    planned_s: float
    active_s: float
    paused_s: float
    steps_total: int
    steps_done: int
    current_step: int
    pain_before: int | None
    pain_after: int | None
    effort: int | None
    stop_reason: str | None
    note: str | None


@dataclass(frozen=True)
class StepResultRecord:
    session_id: int
    step_index: int
    step_id: str
    side: Side
    planned_s: float
    done_s: float
    planned_reps: int | None
    done_reps: int | None
    status: StepStatus


# The longest stretch of a stored value quoted in a problem: enough to recognise it.
_SHOWN_CHARS = 40


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) and value.isprintable() else repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


@dataclass(frozen=True)
class SessionProblem:
    """A session that cannot be read (a row edited by hand, a damaged value): it is left
    out of what is read, and nothing in the file is changed."""

    session_id: int
    day: date | None
    """Its local start date, where that much can be read."""
    column: str
    """The column that cannot be read, as the file names it."""
    value: str
    """What that column holds, as text, shortened."""

    def __str__(self) -> str:
        session = f"Session {self.session_id}"
        if self.day is not None:
            session += f" ({self.day.isoformat()})"
        return (
            f"{session} cannot be read: its {self.column} is “{self.value}”, which is not "
            "valid. It is left out; the history file has not been changed."
        )


class SessionList(list[SessionRecord]):
    """Sessions as read; `problems` names each one left out because it cannot be read."""

    def __init__(
        self, records: Iterable[SessionRecord] = (), problems: Iterable[SessionProblem] = ()
    ) -> None:
        super().__init__(records)
        self.problems = tuple(problems)


class UnreadableSession(StorageError):
    def __init__(self, problem: SessionProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class UnreadableSnapshot(StorageError):
    @classmethod
    def at(cls, snapshot_id: int) -> Self:
        return cls(
            f"The routine saved as snapshot {snapshot_id} cannot be read. "
            "The history file has not been changed."
        )


@dataclass(frozen=True)
class StepResultImport:
    step_index: int
    step_id: str
    side: Side
    planned_s: float
    done_s: float
    planned_reps: int | None
    done_reps: int | None
    status: StepStatus


@dataclass(frozen=True)
class SessionImport:
    """A finished session recorded elsewhere, with its step results."""

    profile_id: int
    snapshot_id: int
    routine_id: str
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    planned_s: float
    active_s: float
    paused_s: float
    steps_total: int
    steps_done: int
    pain_before: int | None
    pain_after: int | None
    effort: int | None
    stop_reason: str | None
    note: str | None
    step_results: tuple[StepResultImport, ...]


# SessionImport fields that go into their columns unchanged (times need converting).
_IMPORTED_SESSION_COLUMNS = (
    "profile_id",
    "snapshot_id",
    "routine_id",
    "status",
    "planned_s",
    "active_s",
    "paused_s",
    "steps_total",
    "steps_done",
    "pain_before",
    "pain_after",
    "effort",
    "stop_reason",
    "note",
)


@dataclass(frozen=True)
class PlanRecord:
    id: int
    profile_id: int
    routine_id: str
    per_day: int | None
    per_week: int | None
    start_date: date


def _profile_info(row: ProfileRow) -> ProfileInfo:
    accepted = row.disclaimer_accepted_at
    return ProfileInfo(
        id=row.id,
        name=row.name,
        created_at=aware(row.created_at),
        disclaimer_accepted_at=None if accepted is None else aware(accepted),
        is_default=row.is_default,
    )


def _free_name(s: Session, name: str) -> str:
    """`name` without surrounding blanks, if it can name a new profile."""
    cleaned = name.strip()
    if not cleaned:
        raise ValueError("A profile needs a name.")
    if s.scalar(select(ProfileRow.id).where(ProfileRow.name == cleaned)) is not None:
        raise ValueError(f"There is already a profile called {cleaned!r}.")
    return cleaned


class ProfileRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def ensure_default(self) -> ProfileInfo:
        """The default profile, created on first use."""
        with self._db.transaction() as s:
            row = s.scalar(select(ProfileRow).where(ProfileRow.is_default))
            if row is None:
                row = ProfileRow(
                    name=DEFAULT_PROFILE_NAME, created_at=now_utc_naive(), is_default=True
                )
                s.add(row)
                s.flush()
            return _profile_info(row)

    def get_by_name(self, name: str) -> ProfileInfo | None:
        with self._db.reading() as s:
            row = s.scalar(select(ProfileRow).where(ProfileRow.name == name))
            return None if row is None else _profile_info(row)

    def list(self) -> list[ProfileInfo]:
        with self._db.reading() as s:
            return [
                _profile_info(row) for row in s.scalars(select(ProfileRow).order_by(ProfileRow.id))
            ]

    def add(self, name: str) -> ProfileInfo:
        """A new profile; ValueError, in words for the user, if the name is blank or taken."""
        with self._db.transaction() as s:
            row = ProfileRow(name=_free_name(s, name), created_at=now_utc_naive(), is_default=False)
            s.add(row)
            s.flush()
            return _profile_info(row)

    def rename(self, profile_id: int, name: str) -> ProfileInfo:
        with self._db.transaction() as s:
            row = s.get(ProfileRow, profile_id)
            if row is None:
                raise LookupError(f"no profile {profile_id}")
            if name.strip() != row.name:
                row.name = _free_name(s, name)
            s.flush()
            return _profile_info(row)

    def accept_disclaimer(self, profile_id: int, when: datetime) -> None:
        with self._db.transaction() as s:
            result = s.execute(
                update(ProfileRow)
                .where(ProfileRow.id == profile_id)
                .values(disclaimer_accepted_at=utc_naive(when))
            )
            if result.rowcount != 1:
                raise LookupError(f"no profile {profile_id}")

    def delete(self, profile_id: int) -> None:
        """Remove a profile with its sessions, step results, plans and day marks.

        The audit log keeps the name and how much was removed, so the patient can see later
        where a history went.
        """
        with self._db.transaction() as s:
            name = s.scalar(select(ProfileRow.name).where(ProfileRow.id == profile_id))
            if name is None:
                raise LookupError(f"no profile {profile_id}")
            marks = s.scalar(select(func.count()).where(DayMarkRow.profile_id == profile_id))
            # Step results go with their sessions, day marks with the profile (ON DELETE
            # CASCADE); sessions and plans predate cascading and are deleted here.
            sessions = s.execute(delete(SessionRow).where(SessionRow.profile_id == profile_id))
            plans = s.execute(delete(PlanRow).where(PlanRow.profile_id == profile_id))
            s.execute(delete(ProfileRow).where(ProfileRow.id == profile_id))
            write_audit(
                s,
                "profile_deleted",
                {
                    "profile_id": profile_id,
                    "name": name,
                    "sessions": sessions.rowcount,
                    "plans": plans.rowcount,
                    "day_marks": marks,
                },
            )


class SnapshotRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def ensure(
        self,
        routine_id: str,
        title: Mapping[str, str],
        definition: dict[str, Any],
        content_hash: str,
    ) -> int:
        """The id of the snapshot with this content hash, stored now if it is new."""
        with self._db.transaction() as s:
            s.execute(
                insert(SnapshotRow)
                .values(
                    routine_id=routine_id,
                    content_hash=content_hash,
                    title_json=to_json(dict(title)),
                    definition_json=to_json(definition),
                    created_at=now_utc_naive(),
                )
                .on_conflict_do_nothing(index_elements=[SnapshotRow.content_hash])
            )
            return s.execute(
                select(SnapshotRow.id).where(SnapshotRow.content_hash == content_hash)
            ).scalar_one()

    def definition(self, snapshot_id: int) -> dict[str, Any]:
        with self._db.reading() as s:
            text = s.scalar(
                select(SnapshotRow.definition_json).where(SnapshotRow.id == snapshot_id)
            )
        if text is None:
            raise LookupError(f"no routine snapshot {snapshot_id}")
        try:
            result = json.loads(text)
        except (TypeError, ValueError) as error:
            raise UnreadableSnapshot.at(snapshot_id) from error
        if not isinstance(result, dict):
            raise UnreadableSnapshot.at(snapshot_id)
        return result


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
    """A record from a row of _sessions_query(); _Unreadable names a column it cannot read."""
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
    )


def _checks() -> dict[str, ColumnElement[bool]]:
    checks = session_checks()
    checks["snapshot_id"] = and_(checks["snapshot_id"], SnapshotRow.id.is_not(None))
    checks[_TITLE] = readable_title(SnapshotRow.title_json)
    return checks


# What a session row needs to be read, column by column, and all of it at once.
_CHECKS = _checks()
_READABLE = and_(*_CHECKS.values())
# The first column a row fails the check of, NULL if it can be read.
_FAILED = case(*((not_(check), name) for name, check in _CHECKS.items()), else_=None)
# Every column as SQLite holds it: a value edited by hand reaches the checks, instead of
# failing SQLAlchemy's conversion of the whole result.
_RAW_COLUMNS = [
    *(type_coerce(column, NullType()).label(column.name) for column in SessionRow.__table__.c),
    type_coerce(SnapshotRow.title_json, NullType()).label(_TITLE),
]


def _sessions_query(*conditions: ColumnElement[bool], checked: bool) -> Select[Any]:
    """Plain rows of sessions with their titles; with the column that fails if `checked`."""
    # Plain columns, not ORM objects: building thousands of ORM instances for a year's
    # history cost more than the query itself. An outer join, so a session whose routine
    # snapshot is gone is named, not silently dropped.
    failed = [_FAILED.label("failed")] if checked else []
    return (
        select(*_RAW_COLUMNS, *failed)
        .select_from(SessionRow)
        .outerjoin(SnapshotRow, SessionRow.snapshot_id == SnapshotRow.id)
        .where(*conditions)
    )


def _read(row: Any) -> SessionRecord | SessionProblem:
    """The record of a row of _sessions_query(checked=True), or why it cannot be read."""
    return _read_unchecked(row) if row.failed is None else _problem(row, row.failed)


def _read_unchecked(row: Any) -> SessionRecord | SessionProblem:
    # The checks in SQL should have caught it; Python has the last word.
    try:
        return _session_record(row)
    except _Unreadable as error:
        return _problem(row, error.column)


def _problem(row: Any, column: str) -> SessionProblem:
    return SessionProblem(row.id, _day(row), column, _shown(row._mapping[column]))


def _day(row: Any) -> date | None:
    """The local start date; the UTC one if the offset is damaged; None if neither reads."""
    for offset in (row.utc_offset_min, 0):
        with suppress(TypeError, ValueError, OverflowError):
            return read_time(row.started_at, offset).date()
    return None


def _session_list(found: Iterable[SessionRecord | SessionProblem]) -> SessionList:
    records, problems = [], []
    for item in found:
        (records if isinstance(item, SessionRecord) else problems).append(item)
    return SessionList(records, problems)


class SessionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def start(
        self,
        *,
        profile_id: int,
        snapshot_id: int,
        routine_id: str,
        started_at: datetime,
        planned_s: float,
        steps_total: int,
        pain_before: int | None,
    ) -> int:
        """A new in-progress session; its local offset is the one `started_at` carries."""
        row = SessionRow(
            profile_id=profile_id,
            snapshot_id=snapshot_id,
            routine_id=routine_id,
            started_at=utc_naive(started_at),
            utc_offset_min=offset_minutes(started_at),
            status="in_progress",
            planned_s=planned_s,
            active_s=0.0,
            paused_s=0.0,
            steps_total=steps_total,
            steps_done=0,
            current_step=0,
            pain_before=pain_before,
        )
        with self._db.transaction() as s:
            s.add(row)
            s.flush()
            return row.id

    def save_step_result(
        self,
        session_id: int,
        *,
        step_index: int,
        step_id: str,
        side: Side,
        planned_s: float,
        done_s: float,
        planned_reps: int | None,
        done_reps: int | None,
        status: StepStatus,
    ) -> None:
        """Record a step (one side of it); saving the same step and side again replaces it."""
        values = {
            "step_id": step_id,
            "planned_s": planned_s,
            "done_s": done_s,
            "planned_reps": planned_reps,
            "done_reps": done_reps,
            "status": status,
        }
        stmt = insert(StepResultRow).values(
            session_id=session_id, step_index=step_index, side=side, **values
        )
        with self._db.transaction() as s:
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=[
                        StepResultRow.session_id,
                        StepResultRow.step_index,
                        StepResultRow.side,
                    ],
                    set_={name: stmt.excluded[name] for name in values},
                )
            )

    def import_many(self, sessions: Sequence[SessionImport]) -> list[int]:
        """Store finished sessions and their step results in one transaction; their ids.

        All or nothing, and far faster than a transaction per step: for histories made
        elsewhere. A session's times keep the offset `started_at` carries.
        """
        rows = []
        for item in sessions:
            if item.status == "in_progress":
                raise ValueError("an imported session must be finished")
            values = {name: getattr(item, name) for name in _IMPORTED_SESSION_COLUMNS}
            rows.append(
                values
                | {
                    "started_at": utc_naive(item.started_at),
                    "utc_offset_min": offset_minutes(item.started_at),
                    "ended_at": None if item.ended_at is None else utc_naive(item.ended_at),
                    # Where an interrupted session would go on.
                    "current_step": item.steps_done,
                }
            )
        if not rows:
            return []
        with self._db.transaction() as s:
            ids = list(
                s.scalars(
                    insert(SessionRow).returning(SessionRow.id, sort_by_parameter_order=True),
                    rows,
                )
            )
            steps = [
                {"session_id": session_id, **asdict(step)}
                for session_id, item in zip(ids, sessions, strict=True)
                for step in item.step_results
            ]
            if steps:
                s.execute(insert(StepResultRow), steps)
        return ids

    def update_progress(
        self,
        session_id: int,
        *,
        active_s: float,
        paused_s: float,
        steps_done: int,
        current_step: int,
    ) -> None:
        self._update(
            session_id,
            active_s=active_s,
            paused_s=paused_s,
            steps_done=steps_done,
            current_step=current_step,
        )

    def finish(
        self,
        session_id: int,
        *,
        status: SessionStatus,
        ended_at: datetime,
        active_s: float,
        paused_s: float,
        steps_done: int,
        stop_reason: str | None,
    ) -> None:
        if status == "in_progress":
            raise ValueError("a finished session cannot be in progress")
        self._update(
            session_id,
            status=status,
            ended_at=utc_naive(ended_at),
            active_s=active_s,
            paused_s=paused_s,
            steps_done=steps_done,
            stop_reason=stop_reason,
        )

    def set_feedback(
        self,
        session_id: int,
        *,
        pain_after: int | None,
        effort: int | None,
        note: str | None,
    ) -> None:
        self._update(session_id, pain_after=pain_after, effort=effort, note=note)

    def delete(self, session_id: int, reason: str | None) -> None:
        """Remove a session and its step results for good, noting it in the audit log."""
        with self._db.transaction() as s:
            row = s.get(SessionRow, session_id)
            if row is None:
                raise LookupError(f"no session {session_id}")
            detail = {
                "session_id": row.id,
                "profile_id": row.profile_id,
                "routine_id": row.routine_id,
                "started_at": aware(row.started_at, row.utc_offset_min).isoformat(),
                "status": row.status,
                "active_s": row.active_s,
                "reason": reason,
            }
            s.execute(delete(SessionRow).where(SessionRow.id == session_id))
            write_audit(s, "session_deleted", detail)

    def mark_in_progress_interrupted(self) -> list[int]:
        """At start-up: sessions still in progress were cut off by a crash or power loss.

        They keep their step results and progress; their end time stays unknown.
        """
        with self._db.transaction() as s:
            in_progress = SessionRow.status == "in_progress"
            ids = list(s.scalars(select(SessionRow.id).where(in_progress).order_by(SessionRow.id)))
            # BEGIN IMMEDIATE holds the write lock, so no session can start in between.
            s.execute(update(SessionRow).where(in_progress).values(status="interrupted"))
            return ids

    def reopen(self, session_id: int) -> SessionRecord:
        """An interrupted session goes on where it stopped, keeping what was done."""
        self._update(session_id, status="in_progress", ended_at=None)
        return self.get(session_id)

    def get(self, session_id: int) -> SessionRecord:
        """The session; UnreadableSession if it cannot be read."""
        query = _sessions_query(SessionRow.id == session_id, checked=True)
        with self._db.reading() as s:
            row = s.execute(query).one_or_none()
        if row is None:
            raise LookupError(f"no session {session_id}")
        found = _read(row)
        if isinstance(found, SessionProblem):
            raise UnreadableSession(found)
        return found

    def step_results(self, session_id: int) -> list[StepResultRecord]:
        """The session's steps; UnreadableSession if one of them cannot be read."""
        with self._db.reading() as s:
            rows = s.execute(
                select(*StepResultRow.__table__.c)
                .where(StepResultRow.session_id == session_id)
                # Within a step, sides in the order they were done: an upsert keeps the id.
                .order_by(StepResultRow.step_index, StepResultRow.id)
            ).all()
            bad = next(((row, column) for row in rows
                        if (column := _unreadable_step_column(row)) is not None), None)
            if bad is None:
                return [_step_result_record(row) for row in rows]
            session = s.execute(_sessions_query(SessionRow.id == session_id, checked=False)).one()
        row, column = bad
        raise UnreadableSession(SessionProblem(
            session_id, _day(session), f"step_results.{column}", _shown(row._mapping[column])))

    def list(
        self,
        profile_id: int | None = None,
        since: date | None = None,
        until: date | None = None,
        routine_id: str | None = None,
    ) -> SessionList:
        """Sessions by the patient's local start date, `since` and `until` both included.

        A session that cannot be read is left out and named in the list's `problems`, as
        is one whose start cannot be read whatever the dates: it may lie between them.
        """
        query = _sessions_query(*_chosen(profile_id, since, until, routine_id, undated=True),
                                checked=True)
        with self._db.reading() as s:
            found = s.execute(query.order_by(SessionRow.started_at, SessionRow.id))
            return _session_list(_read(row) for row in found)

    def problems(
        self,
        profile_id: int | None = None,
        since: date | None = None,
        until: date | None = None,
        routine_id: str | None = None,
    ) -> list[SessionProblem]:
        """The sessions list() would leave out, without reading the others."""
        query = _sessions_query(
            *_chosen(profile_id, since, until, routine_id, undated=True), _FAILED.is_not(None),
            checked=True)
        with self._db.reading() as s:
            found = s.execute(query.order_by(SessionRow.started_at, SessionRow.id))
            return [problem for problem in map(_read, found)
                    if isinstance(problem, SessionProblem)]

    def newest(
        self,
        profile_id: int,
        since: date | None,
        until: date | None,
        routine_id: str | None,
        offset: int,
        limit: int,
    ) -> SessionList:
        """A page of list()'s sessions, newest first: a table of years fills as it scrolls.

        Sessions that cannot be read are not counted in `offset`, as count() leaves them
        out too; problems() names them.
        """
        query = _sessions_query(*_chosen(profile_id, since, until, routine_id), _READABLE,
                                checked=False)
        query = query.order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        with self._db.reading() as s:
            found = s.execute(query.offset(offset).limit(limit))
            return _session_list(_read_unchecked(row) for row in found)

    def count(
        self,
        profile_id: int,
        since: date | None,
        until: date | None,
        routine_id: str | None = None,
    ) -> int:
        """How many sessions list() would return, without loading them."""
        query = (
            select(func.count())
            .select_from(SessionRow)
            .outerjoin(SnapshotRow, SessionRow.snapshot_id == SnapshotRow.id)
            .where(*_chosen(profile_id, since, until, routine_id), _READABLE)
        )
        with self._db.reading() as s:
            return s.scalar(query) or 0

    def first_day(self, profile_id: int) -> date | None:
        """The local date of the profile's earliest session, without loading any session."""
        query = (
            select(local_date())
            .select_from(SessionRow)
            .outerjoin(SnapshotRow, SessionRow.snapshot_id == SnapshotRow.id)
            .where(SessionRow.profile_id == profile_id, _READABLE)
            .order_by(SessionRow.started_at)
            .limit(1)
        )
        with self._db.reading() as s:
            found = s.scalar(query)
        return None if found is None else date.fromisoformat(found)

    def _update(self, session_id: int, **values: Any) -> None:
        with self._db.transaction() as s:
            result = s.execute(update(SessionRow).where(SessionRow.id == session_id).values(values))
            if result.rowcount != 1:
                raise LookupError(f"no session {session_id}")


def _chosen(
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


def _unreadable_step_column(row: Any) -> str | None:
    for column, types in _STEP_TYPES.items():
        value = row._mapping[column]
        if not isinstance(value, types) or (isinstance(value, float) and not math.isfinite(value)):
            return column
    return None


def _step_result_record(row: Any) -> StepResultRecord:
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


def _same_routine(profile_id: int, routine_id: str) -> ColumnElement[bool]:
    return and_(PlanRow.profile_id == profile_id, PlanRow.routine_id == routine_id)


def _plan_record(row: PlanRow) -> PlanRecord:
    return PlanRecord(
        id=row.id,
        profile_id=row.profile_id,
        routine_id=row.routine_id,
        per_day=row.per_day,
        per_week=row.per_week,
        start_date=row.start_date,
    )


class PlanRepository:
    """Recommended frequencies; a plan holds from its start date until the next one starts."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def set(
        self,
        profile_id: int,
        routine_id: str,
        *,
        per_day: int | None = None,
        per_week: int | None = None,
        start_date: date,
    ) -> PlanRecord:
        """Exactly one of per_day and per_week; a plan with the same start date is replaced."""
        stmt = insert(PlanRow).values(
            profile_id=profile_id,
            routine_id=routine_id,
            per_day=per_day,
            per_week=per_week,
            start_date=start_date,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[PlanRow.profile_id, PlanRow.routine_id, PlanRow.start_date],
            set_={"per_day": stmt.excluded.per_day, "per_week": stmt.excluded.per_week},
        )
        with self._db.transaction() as s:
            s.execute(stmt)
            row = s.execute(
                select(PlanRow).where(
                    _same_routine(profile_id, routine_id), PlanRow.start_date == start_date
                )
            ).scalar_one()
            return _plan_record(row)

    def in_force(self, profile_id: int, routine_id: str, day: date) -> PlanRecord | None:
        with self._db.reading() as s:
            row = s.scalar(
                select(PlanRow)
                .where(_same_routine(profile_id, routine_id), PlanRow.start_date <= day)
                .order_by(PlanRow.start_date.desc())
                .limit(1)
            )
            return None if row is None else _plan_record(row)

    def history(self, profile_id: int, routine_id: str) -> list[PlanRecord]:
        with self._db.reading() as s:
            rows = s.scalars(
                select(PlanRow)
                .where(_same_routine(profile_id, routine_id))
                .order_by(PlanRow.start_date)
            )
            return [_plan_record(row) for row in rows]
