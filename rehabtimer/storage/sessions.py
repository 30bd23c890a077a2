"""Sessions and their step results: written step by step as a session happens, imported in
bulk from elsewhere, read back by local date.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, delete, func, select, union_all, update
from sqlalchemy.dialects.sqlite import insert

from rehabtimer.core.pain import rose
from rehabtimer.storage.audit import write_audit
from rehabtimer.storage.convert import (
    aware,
    local_date,
    offset_minutes,
    readable_title,
    utc_naive,
)
from rehabtimer.storage.db import Database, changed_rows
from rehabtimer.storage.models import (
    AnswerKind,
    SafetyAnswerRow,
    SessionRow,
    SessionStatus,
    Side,
    SnapshotRow,
    StepResultRow,
    StepStatus,
)
from rehabtimer.storage.session_records import (
    SessionImport,
    SessionList,
    SessionProblem,
    SessionRecord,
    StepResultImport,
    StepResultRecord,
    UnreadableSession,
    shown,
)
from rehabtimer.storage.session_rows import (
    FAILED,
    READABLE,
    chosen,
    read_session,
    read_unchecked_session,
    session_list,
    sessions_query,
    start_day,
    step_result_record,
    unreadable_step_column,
)

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

# What a running session writes at every step, built once: building and compiling the
# statements again each time cost ten times their execution.
_STEP_VALUES = ("step_id", "planned_s", "done_s", "planned_reps", "done_reps", "status")
_NEW_STEP = insert(StepResultRow)
# Saving the same step and side again replaces it.
_SAVE_STEP = _NEW_STEP.on_conflict_do_update(
    index_elements=[StepResultRow.session_id, StepResultRow.step_index, StepResultRow.side],
    set_={name: _NEW_STEP.excluded[name] for name in _STEP_VALUES},
)
_PROGRESS = (
    update(SessionRow)
    .where(SessionRow.id == bindparam("session"))
    .values(active_s=bindparam("active"), paused_s=bindparam("paused"),
            steps_done=bindparam("done"), current_step=bindparam("current"))
)


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
        with self._db.writing() as conn:
            conn.execute(_SAVE_STEP, {
                "session_id": session_id, "step_index": step_index, "step_id": step_id,
                "side": side, "planned_s": planned_s, "done_s": done_s,
                "planned_reps": planned_reps, "done_reps": done_reps, "status": status,
            })

    def record_progress(
        self,
        session_id: int,
        results: Sequence[StepResultImport],
        *,
        active_s: float,
        paused_s: float,
        steps_done: int,
        current_step: int,
    ) -> None:
        """A step's results (a side each) and where the session is now, in one transaction:
        both are there after a crash, or neither."""
        with self._db.writing() as conn:
            if results:
                conn.execute(_SAVE_STEP, [
                    {"session_id": session_id, "step_index": r.step_index, "step_id": r.step_id,
                     "side": r.side, "planned_s": r.planned_s, "done_s": r.done_s,
                     "planned_reps": r.planned_reps, "done_reps": r.done_reps,
                     "status": r.status}
                    for r in results
                ])
            changed = conn.execute(_PROGRESS, {
                "session": session_id, "active": active_s, "paused": paused_s,
                "done": steps_done, "current": current_step,
            }).rowcount
            if changed != 1:
                raise LookupError(f"no session {session_id}")

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

    def add_answer(
        self,
        session_id: int,
        kind: AnswerKind,
        answer: str,
        at: datetime,
        question: Mapping[str, str] | None = None,
    ) -> None:
        """Keep a safety answer that decided what happened in (or after) this session."""
        with self._db.transaction() as s:
            s.add(SafetyAnswerRow(
                session_id=session_id,
                kind=kind,
                question_json=None if question is None else json.dumps(
                    dict(question), ensure_ascii=False),
                answer=answer,
                answered_at=utc_naive(at),
            ))

    def next_day_pending(
        self, profile_id: int, routine_id: str, today: date
    ) -> SessionRecord | None:
        """The routine's last session, if the pain rose in it on an earlier day and nobody
        has yet said how it was the day after."""
        found = self.newest(profile_id, None, None, routine_id, 0, 1)
        if not found:
            return None
        last = found[0]
        if (last.started_at.date() >= today or not rose(last.pain_before, last.pain_after)
                or any(a.kind == "next_day" for a in last.answers)):
            return None
        return last

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
        query = sessions_query(SessionRow.id == session_id, checked=True)
        with self._db.reading() as s:
            row = s.execute(query).one_or_none()
        if row is None:
            raise LookupError(f"no session {session_id}")
        found = read_session(row)
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
                        if (column := unreadable_step_column(row)) is not None), None)
            if bad is None:
                return [step_result_record(row) for row in rows]
            session = s.execute(sessions_query(SessionRow.id == session_id, checked=False)).one()
        row, column = bad
        raise UnreadableSession(SessionProblem(
            session_id, start_day(session), f"step_results.{column}", shown(row._mapping[column])))

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
        query = sessions_query(*chosen(profile_id, since, until, routine_id, undated=True),
                                checked=True)
        with self._db.reading() as s:
            found = s.execute(query.order_by(SessionRow.started_at, SessionRow.id))
            return session_list(read_session(row) for row in found)

    def problems(
        self,
        profile_id: int | None = None,
        since: date | None = None,
        until: date | None = None,
        routine_id: str | None = None,
    ) -> builtins.list[SessionProblem]:
        """The sessions list() would leave out, without reading the others."""
        # Only rows the triggers found unreadable, or whose routine snapshot is: the index
        # finds them without checking every session in SQL.
        failing = union_all(
            select(SessionRow.id).where(*_owned(profile_id, routine_id),
                                        SessionRow.local_day.is_(None)),
            select(SessionRow.id).where(*_dated(profile_id, since, until, routine_id),
                                        SessionRow.snapshot_id.not_in(_readable_snapshots())),
        )
        # Whose they are is asked of the index alone: asked again here, it would lead SQLite
        # to the index on the start time, and every session of the patient.
        query = sessions_query(
            SessionRow.id.in_(failing),
            *chosen(None, since, until, None, undated=True), FAILED.is_not(None),
            checked=True)
        with self._db.reading() as s:
            found = s.execute(query.order_by(SessionRow.started_at, SessionRow.id))
            return [problem for problem in map(read_session, found)
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
        query = sessions_query(*chosen(profile_id, since, until, routine_id), READABLE,
                                checked=False)
        query = query.order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        with self._db.reading() as s:
            found = s.execute(query.offset(offset).limit(limit))
            return session_list(read_unchecked_session(row) for row in found)

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
            .where(*_dated(profile_id, since, until, routine_id),
                   SessionRow.snapshot_id.in_(_readable_snapshots()))
        )
        with self._db.reading() as s:
            return s.scalar(query) or 0

    def first_day(self, profile_id: int) -> date | None:
        """The local date of the profile's earliest session, without loading any session."""
        query = (
            select(local_date())
            .select_from(SessionRow)
            .outerjoin(SnapshotRow, SessionRow.snapshot_id == SnapshotRow.id)
            .where(SessionRow.profile_id == profile_id, READABLE)
            .order_by(SessionRow.started_at)
            .limit(1)
        )
        with self._db.reading() as s:
            found = s.scalar(query)
        return None if found is None else date.fromisoformat(found)

    def _update(self, session_id: int, **values: Any) -> None:
        with self._db.transaction() as s:
            result = s.execute(update(SessionRow).where(SessionRow.id == session_id).values(values))
            if changed_rows(result) != 1:
                raise LookupError(f"no session {session_id}")


def _owned(profile_id: int | None, routine_id: str | None) -> builtins.list[ColumnElement[bool]]:
    conditions = []
    if profile_id is not None:
        conditions.append(SessionRow.profile_id == profile_id)
    if routine_id is not None:
        conditions.append(SessionRow.routine_id == routine_id)
    return conditions


def _dated(profile_id: int | None, since: date | None, until: date | None,
           routine_id: str | None) -> builtins.list[ColumnElement[bool]]:
    """chosen()'s sessions among those whose own columns can be read, by the local day the
    triggers keep (storage/local_day.py): NULL where a column cannot be read, so that
    ix_sessions_daily_sums finds them without checking every row again."""
    first = (since or date.min).toordinal()
    last = (until or date.max).toordinal()
    return [*_owned(profile_id, routine_id), SessionRow.local_day.between(first, last)]


def _readable_snapshots() -> Select[int]:
    # The few routine snapshots whose title reads: the rest of READABLE's join.
    return select(SnapshotRow.id).where(readable_title(SnapshotRow.title_json))
