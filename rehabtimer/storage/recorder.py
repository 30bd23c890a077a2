"""Writes a session while it happens, so a crash or power cut loses at most the step in progress.

The recorder hears the engine's events: the session row is written when it starts, a step
result as each step ends, the current step's progress on pause, and the outcome at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from rehabtimer.core.clock import Clock
from rehabtimer.core.events import (
    Event,
    SessionFinished,
    SessionPaused,
    StepFinished,
    StepResult,
)
from rehabtimer.core.timeline import Timeline
from rehabtimer.storage.models import AnswerKind
from rehabtimer.storage.session_records import SessionRecord, StepResultImport
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository


class SessionRecorder:
    def __init__(
        self,
        sessions: SessionRepository,
        snapshots: SnapshotRepository,
        clock: Clock,
    ) -> None:
        self._sessions = sessions
        self._snapshots = snapshots
        self._clock = clock
        self.session_id: int | None = None
        # A wall-clock instant and the monotonic reading taken with it: every later time is
        # this instant plus monotonic time elapsed, so the user changing the wall clock
        # mid-session cannot put an end before its start.
        self._anchor_wall = clock.now()
        self._anchor_mono = clock.monotonic()
        # Totals carried over when an interrupted session goes on in a new engine run.
        self._base_active = 0.0
        self._base_paused = 0.0
        self._base_steps = 0

    def begin(self, profile_id: int, timeline: Timeline, pain_before: int | None) -> int:
        routine = timeline.routine
        snapshot_id = self._snapshots.ensure(routine.id, dict(routine.title), routine.to_data())
        self._anchor_wall, self._anchor_mono = self._clock.now(), self._clock.monotonic()
        self.session_id = self._sessions.start(
            profile_id=profile_id,
            snapshot_id=snapshot_id,
            routine_id=routine.id,
            started_at=self._anchor_wall,
            # Planned exercise time, comparable with the active time recorded against it.
            planned_s=timeline.active_seconds,
            steps_total=len(timeline.steps),
            pain_before=pain_before,
        )
        return self.session_id

    def refused(self, profile_id: int, timeline: Timeline, reason: str,
                pain_before: int | None = None) -> int:
        """Record a session that did not start because a safety answer said not to exercise."""
        session_id = self.begin(profile_id, timeline, pain_before)
        self._sessions.finish(
            session_id,
            status="stopped",
            ended_at=self._wall_time(self._clock.monotonic()),
            active_s=0.0,
            paused_s=0.0,
            steps_done=0,
            stop_reason=reason,
        )
        return session_id

    def attach(self, record: SessionRecord) -> None:
        """Go on recording an interrupted session from its `current_step`."""
        self.session_id = record.id
        # The monotonic clock of the run that started the session is gone; the wall clock
        # is all there is, but it must not lead to an end before the start.
        self._anchor_wall = max(self._clock.now(), record.started_at)
        self._anchor_mono = self._clock.monotonic()
        earlier = [
            r for r in self._sessions.step_results(record.id) if r.step_index < record.current_step
        ]
        self._base_active = sum(r.done_s for r in earlier)
        self._base_paused = record.paused_s
        self._base_steps = len({r.step_index for r in earlier if r.status == "completed"})

    def record(self, events: Iterable[Event]) -> None:
        if self.session_id is None:
            raise RuntimeError("record() before begin()")
        for event in events:
            match event:
                case StepFinished():
                    self._sessions.record_progress(
                        self.session_id,
                        _sides(event.result),
                        active_s=self._base_active + event.active_s,
                        paused_s=self._base_paused + event.paused_s,
                        steps_done=self._base_steps + event.steps_done,
                        current_step=event.result.step_index + 1,
                    )
                case SessionPaused():
                    self._sessions.record_progress(
                        self.session_id,
                        _sides(event.progress),
                        active_s=self._base_active + event.active_s,
                        paused_s=self._base_paused + event.paused_s,
                        steps_done=self._base_steps + event.steps_done,
                        current_step=event.progress.step_index,
                    )
                case SessionFinished():
                    self._sessions.finish(
                        self.session_id,
                        status=event.outcome.value,
                        ended_at=self._wall_time(event.at),
                        active_s=self._base_active + event.active_s,
                        paused_s=self._base_paused + event.paused_s,
                        steps_done=self._base_steps + event.steps_done,
                        stop_reason=event.reason.value if event.reason else None,
                    )

    def answered(self, kind: AnswerKind, answer: str,
                 question: Mapping[str, str] | None = None) -> None:
        """Keep a safety answer with this session (see SessionRepository.add_answer)."""
        if self.session_id is None:
            raise RuntimeError("answered() before begin()")
        self._sessions.add_answer(self.session_id, kind, answer, self._clock.now(), question)

    def feedback(self, pain_after: int | None, effort: int | None, note: str | None) -> None:
        if self.session_id is None:
            raise RuntimeError("feedback() before begin()")
        self._sessions.set_feedback(
            self.session_id, pain_after=pain_after, effort=effort, note=note
        )

    def _wall_time(self, monotonic_at: float) -> datetime:
        """The wall-clock instant of an event stamped on the monotonic clock."""
        return self._anchor_wall + timedelta(seconds=monotonic_at - self._anchor_mono)


def _sides(result: StepResult) -> list[StepResultImport]:
    return [
        StepResultImport(
            step_index=result.step_index,
            step_id=result.step_id,
            side=side.side or "",
            planned_s=side.planned_s,
            done_s=side.done_s,
            planned_reps=side.planned_reps,
            done_reps=side.done_reps,
            status=result.status.value,
        )
        for side in result.sides
    ]
