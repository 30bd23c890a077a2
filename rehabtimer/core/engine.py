"""The session engine: walks a timeline against an injected clock.

Every phase has a deadline on the monotonic clock; what is left is always
`deadline - clock.monotonic()`, never a count of ticks, so a late or missed wake-up shifts
nothing. A phase that ends starts the next at the old deadline, not at the moment the
engine noticed, so lateness never accumulates.

The engine does nothing on its own. Its owner calls `poll()` when `next_due()` comes (and
whenever it likes); every operation returns the events that happened, stamped with the
monotonic instant they were due.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rehabtimer.core.clock import Clock
from rehabtimer.core.events import (
    CountdownTick,
    Event,
    Halfway,
    Outcome,
    PauseReason,
    PhaseStarted,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStarted,
    SessionState,
    SideResult,
    Status,
    StepFinished,
    StepResult,
    StepStatus,
    StopReason,
)
from rehabtimer.core.timeline import Phase, StepPlan, Timeline

RESUME_COUNTDOWN_S = 3.0
BACK_AGAIN_WITHIN_S = 3.0
TICK_SECONDS = (3, 2, 1)
_EPSILON = 1e-6


@dataclass
class _Tally:
    done_s: float = 0.0
    done_reps: int = 0


@dataclass(order=True)
class _Mark:
    """Something due a fixed time before the phase deadline, so pauses move it along."""

    before: float
    event: str = field(compare=False)
    value: int = field(compare=False, default=0)


class SessionEngine:
    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        if not timeline.phases:
            raise ValueError("a session needs at least one phase")
        self.timeline = timeline
        self._clock = clock
        self._status = Status.READY
        self._index = 0
        self._deadline: float | None = None
        self._segment_start = 0.0
        self._ran_before_segment = 0.0
        self._remaining: float | None = timeline.phases[0].seconds
        self._marks: list[_Mark] = []
        self._resume_at: float | None = None
        self._resume_ticks: list[tuple[float, int]] = []
        self._pause_started = 0.0
        self._pause_reason: PauseReason | None = None
        self._step_started = 0.0
        self._last_t = 0.0
        self._tallies: dict[tuple[int, str | None], _Tally] = {}
        self._finished_steps: dict[int, StepResult] = {}
        self._active_s = 0.0
        self._paused_s = 0.0
        self._outcome: Outcome | None = None

    # -- what the owner asks ------------------------------------------------------------

    @property
    def status(self) -> Status:
        return self._status

    @property
    def phase(self) -> Phase:
        return self.timeline.phases[self._index]

    @property
    def step(self) -> StepPlan:
        return self.timeline.step_of(self._index)

    def next_due(self) -> float | None:
        """The next monotonic instant at which something changes (an event or the display)."""
        if self._status is Status.RESUMING and self._resume_at is not None:
            return _next_whole_second(self._resume_at, self._clock.monotonic())
        if self._status is not Status.RUNNING or self._deadline is None:
            return None
        candidates = [_next_whole_second(self._deadline, self._clock.monotonic())]
        if self._marks:
            candidates.append(self._deadline - self._marks[0].before)
        return min(candidates)

    def state(self) -> SessionState:
        now = self._clock.monotonic()
        phase = self.phase
        remaining = self._remaining_at(now)
        elapsed = self._ran_at(now)
        left_in_phase = remaining if remaining is not None else max(0.0, phase.seconds - elapsed)
        return SessionState(
            status=self._status,
            phase=phase,
            next_phase=self._next_change(),
            remaining_s=remaining,
            phase_elapsed_s=elapsed,
            resume_in_s=(
                max(0.0, self._resume_at - now)
                if self._status is Status.RESUMING and self._resume_at is not None
                else None
            ),
            step_index=phase.step_index,
            steps_total=len(self.timeline.steps),
            time_left_s=(
                0.0
                if self._status is Status.FINISHED
                else left_in_phase + self.timeline.planned_seconds - phase.end_s
            ),
            planned_s=self.timeline.planned_seconds,
            pause_reason=self._pause_reason if self._status is Status.PAUSED else None,
            outcome=self._outcome,
        )

    def _next_change(self) -> Phase | None:
        phase = self.phase
        for candidate in self.timeline.phases[phase.index + 1 :]:
            if (candidate.kind, candidate.label, candidate.step_index, candidate.side) != (
                phase.kind, phase.label, phase.step_index, phase.side
            ):
                return candidate
        return None

    def results(self) -> list[StepResult]:
        """Every step that has ended, in routine order."""
        return [self._finished_steps[i] for i in sorted(self._finished_steps)]

    @property
    def steps_done(self) -> int:
        return sum(1 for r in self._finished_steps.values() if r.status is StepStatus.COMPLETED)

    # -- what the patient does ----------------------------------------------------------

    def start(self, at_step: int = 0) -> list[Event]:
        """Start the session; `at_step` > 0 goes on with an interrupted one from that step."""
        if self._status is not Status.READY:
            return []
        at_step = min(max(at_step, 0), len(self.timeline.steps) - 1)
        now = self._clock.monotonic()
        self._last_t = now
        self._status = Status.RUNNING
        first = self.timeline.steps[at_step].first_phase
        return [SessionStarted(now), *self._enter(first, now)]

    def poll(self) -> list[Event]:
        return self._advance_to(self._clock.monotonic())

    def pause(self, reason: PauseReason = PauseReason.USER, at: float | None = None) -> list[Event]:
        """Pause now, or as of an earlier instant `at` (the last time the app was surely awake)."""
        if self._status not in (Status.RUNNING, Status.RESUMING):
            return []
        now = self._clock.monotonic()
        at = now if at is None else min(max(at, self._last_t), now)
        events = self._advance_to(at)
        # The property, not the field: a type checker would keep the narrowing above,
        # though _advance_to() may have finished the session.
        if self.status is Status.FINISHED:
            return events
        if self._status is Status.RUNNING:
            self._ran_before_segment += at - self._segment_start
            self._remaining = None if self._deadline is None else self._deadline - at
            self._deadline = None
        self._resume_at = None
        self._resume_ticks = []
        self._status = Status.PAUSED
        self._pause_started = at
        self._pause_reason = reason
        in_flight = self._ran_before_segment if self.phase.active else 0.0
        events.append(
            SessionPaused(
                at,
                reason,
                self._step_result(self.step, in_flight),
                self._active_s + in_flight,
                self._paused_s,
                self.steps_done,
            )
        )
        return events

    def resume(self) -> list[Event]:
        if self._status is not Status.PAUSED:
            return []
        now = self._clock.monotonic()
        self._status = Status.RESUMING
        self._resume_at = now + RESUME_COUNTDOWN_S
        self._resume_ticks = [(now + 1, 2), (now + 2, 1)]
        return [CountdownTick(now, 3, resuming=True)]

    def toggle_pause(self) -> list[Event]:
        if self._status is Status.PAUSED:
            return self.resume()
        return self.pause()

    def skip(self) -> list[Event]:
        """End the current step now, as far as it got, and go to the next."""
        events, live = self._catch_up()
        if not live:
            return events
        now = self._last_t
        step = self.step
        self._bank_current_phase(now)
        events.append(self._finish_step(step, now))
        if step.end_phase >= len(self.timeline.phases):
            events.append(self._finish(now, Outcome.COMPLETED, None))
        else:
            events.extend(self._jump(step.end_phase, now))
        return events

    def back(self) -> list[Event]:
        """Restart the current step; pressed again within 3 s, go to the previous step."""
        events, live = self._catch_up()
        if not live:
            return events
        now = self._last_t
        step = self.step
        target = step
        if now - self._step_started < BACK_AGAIN_WITHIN_S and step.index > 0:
            target = self.timeline.steps[step.index - 1]
        for index in range(target.index, step.index + 1):
            self._forget_step(index)
        events.extend(self._jump(target.first_phase, now))
        return events

    def rep_done(self) -> list[Event]:
        """The patient finished a self-paced rep."""
        if self._status is not Status.RUNNING or not self.phase.waits_for_patient:
            return []
        events = self._advance_to(self._clock.monotonic())
        if self._status is not Status.RUNNING or not self.phase.waits_for_patient:
            return events
        now = self._last_t
        events.extend(self._end_phase(now, self._ran_at(now)))
        return events

    def stop(self, reason: StopReason = StopReason.USER) -> list[Event]:
        events, live = self._catch_up()
        if not live:
            return events
        now = self._last_t
        self._bank_current_phase(now)
        events.append(self._finish_step(self.step, now))
        events.append(self._finish(now, Outcome.STOPPED, reason))
        return events

    # -- inside --------------------------------------------------------------------------

    def _catch_up(self) -> tuple[list[Event], bool]:
        """Bring the engine up to now before an operation; False if there is no live session."""
        if self._status in (Status.READY, Status.FINISHED):
            return [], False
        now = self._clock.monotonic()
        events = self._advance_to(now)
        if self.status is Status.FINISHED:  # as in pause()
            return events, False
        if self._status in (Status.PAUSED, Status.RESUMING):
            self._paused_s += now - self._pause_started
            self._pause_started = now
        return events, True

    def _advance_to(self, t: float) -> list[Event]:
        events: list[Event] = []
        while True:
            if self._status is Status.RESUMING and self._resume_at is not None:
                if self._resume_ticks and self._resume_ticks[0][0] <= t:
                    at, left = self._resume_ticks.pop(0)
                    events.append(CountdownTick(at, left, resuming=True))
                    continue
                if self._resume_at <= t:
                    events.append(self._go_on(self._resume_at))
                    continue
                break
            if self._status is not Status.RUNNING or self._deadline is None:
                break
            if self._marks and self._deadline - self._marks[0].before <= t:
                mark = self._marks.pop(0)
                at = self._deadline - mark.before
                if mark.event == "tick":
                    events.append(CountdownTick(at, mark.value))
                else:
                    events.append(Halfway(at, self.phase.step_index))
                continue
            if self._deadline <= t:
                events.extend(self._end_phase(self._deadline, self.phase.seconds))
                continue
            break
        self._last_t = max(self._last_t, t)
        return events

    def _go_on(self, at: float) -> SessionResumed:
        self._paused_s += at - self._pause_started
        self._status = Status.RUNNING
        self._resume_at = None
        self._pause_reason = None
        self._segment_start = at
        if self._remaining is not None:
            self._deadline = at + self._remaining
        return SessionResumed(at)

    def _end_phase(self, at: float, ran: float) -> list[Event]:
        phase = self.phase
        self._bank(phase, ran, rep_finished=phase.completes_rep)
        self._ran_before_segment = 0.0
        self._deadline = None
        step = self.step
        following = self._index + 1
        if following >= len(self.timeline.phases):
            return [self._finish_step(step, at), self._finish(at, Outcome.COMPLETED, None)]
        events: list[Event] = []
        if following >= step.end_phase:
            events.append(self._finish_step(step, at))
        events.extend(self._enter(following, at))
        return events

    def _enter(self, index: int, at: float) -> list[Event]:
        if index == 0 or self.timeline.phases[index].step_index != self.phase.step_index:
            self._step_started = at
        self._load(index)
        self._segment_start = at
        if self._remaining is not None:
            self._deadline = at + self._remaining
        return [PhaseStarted(at, self.phase)]

    def _jump(self, index: int, at: float) -> list[Event]:
        if self._status is Status.RUNNING:
            self._step_started = at
            return self._enter(index, at)
        # Paused (or counting down to resume): show the new phase, still paused, at full length.
        self._step_started = at
        self._load(index)
        return [PhaseStarted(at, self.phase)]

    def _load(self, index: int) -> None:
        self._index = index
        phase = self.phase
        self._ran_before_segment = 0.0
        self._remaining = None if phase.waits_for_patient else phase.seconds
        self._deadline = None
        marks = [_Mark(float(k), "tick", k) for k in TICK_SECONDS if k < phase.seconds]
        halfway = self.step.halfway
        if halfway is not None and halfway[0] == index:
            marks.append(_Mark(phase.seconds - halfway[1], "halfway"))
        if phase.waits_for_patient:
            marks = []
        self._marks = sorted(marks, reverse=True)

    def _ran_at(self, t: float) -> float:
        if self._status is Status.RUNNING:
            return self._ran_before_segment + max(0.0, t - self._segment_start)
        return self._ran_before_segment

    def _remaining_at(self, t: float) -> float | None:
        if self._status is Status.RUNNING:
            return None if self._deadline is None else max(0.0, self._deadline - t)
        if self._status is Status.FINISHED:
            return 0.0
        return self._remaining

    def _bank(self, phase: Phase, seconds: float, rep_finished: bool) -> None:
        if not phase.active:
            return
        tally = self._tallies.setdefault((phase.step_index, phase.side), _Tally())
        tally.done_s += seconds
        tally.done_reps += int(rep_finished)
        self._active_s += seconds

    def _bank_current_phase(self, at: float) -> None:
        """Credit the part of the current phase that ran, when it is cut short."""
        phase = self.phase
        ran = self._ran_at(at)
        if not phase.waits_for_patient:
            ran = min(ran, phase.seconds)
        self._bank(phase, ran, rep_finished=False)
        self._ran_before_segment = 0.0
        self._segment_start = at

    def _forget_step(self, step_index: int) -> None:
        # A step done again replaces the earlier try, in the results and in the active time,
        # so the session's active time stays the sum of what its steps record.
        for key in [k for k in self._tallies if k[0] == step_index]:
            self._active_s -= self._tallies.pop(key).done_s
        self._finished_steps.pop(step_index, None)

    def _step_result(self, step: StepPlan, in_flight: float = 0.0) -> StepResult:
        """The step's result, adding `in_flight` unbanked seconds of the current phase."""
        current = self.phase
        sides: list[SideResult] = []
        for plan in step.sides:
            tally = self._tallies.get((step.index, plan.side), _Tally())
            done_s = tally.done_s
            if current.active and current.step_index == step.index and current.side == plan.side:
                done_s += in_flight
            sides.append(
                SideResult(
                    side=plan.side,
                    planned_s=plan.planned_s,
                    done_s=min(done_s, plan.planned_s),
                    planned_reps=plan.planned_reps,
                    done_reps=(
                        None
                        if plan.planned_reps is None
                        else min(tally.done_reps, plan.planned_reps)
                    ),
                )
            )
        return StepResult(
            step_index=step.index,
            step_id=self.timeline.routine.steps[step.index].id,
            status=_status_of(sides),
            sides=tuple(sides),
        )

    def _finish_step(self, step: StepPlan, at: float) -> StepFinished:
        # Callers bank the current phase first, so nothing of this step is in flight.
        result = self._step_result(step)
        self._finished_steps[step.index] = result
        return StepFinished(at, result, self._active_s, self._paused_s, self.steps_done)

    def _finish(self, at: float, outcome: Outcome, reason: StopReason | None) -> SessionFinished:
        if self._status in (Status.PAUSED, Status.RESUMING):
            self._paused_s += max(0.0, at - self._pause_started)
        self._status = Status.FINISHED
        self._outcome = outcome
        self._deadline = None
        self._marks = []
        return SessionFinished(
            at, outcome, reason, self._active_s, self._paused_s, self.steps_done
        )


def _status_of(sides: list[SideResult]) -> StepStatus:
    def complete(side: SideResult) -> bool:
        if side.planned_reps is not None:
            return side.done_reps == side.planned_reps
        return side.done_s >= side.planned_s - _EPSILON

    if all(complete(side) for side in sides):
        return StepStatus.COMPLETED
    if all(side.done_s <= _EPSILON and not side.done_reps for side in sides):
        return StepStatus.SKIPPED
    return StepStatus.PARTIAL


def _next_whole_second(deadline: float, now: float) -> float:
    """When the whole-second countdown shown for `deadline` next changes."""
    left = deadline - now
    if left <= 0:
        return now
    whole = -(-left // 1)  # ceil
    return deadline - (whole - 1)
