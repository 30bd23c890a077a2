"""What the session engine tells its owner: the events of a session, the results of its steps,
and the state the screen shows at one instant. Plain frozen values, for the UI and the recorder.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rehabtimer.core.routine import Side
from rehabtimer.core.timeline import Phase


class Status(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    RESUMING = "resuming"
    """Counting down before a paused session goes on."""
    FINISHED = "finished"


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"


class PauseReason(StrEnum):
    USER = "user"
    SUSPEND = "suspend"
    """The computer slept or the app was frozen: time passed that nobody exercised in."""


class StopReason(StrEnum):
    USER = "user"
    PAIN = "pain"


class StepStatus(StrEnum):
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class SideResult:
    side: Side | None
    planned_s: float
    done_s: float
    planned_reps: int | None
    done_reps: int | None


@dataclass(frozen=True)
class StepResult:
    step_index: int
    step_id: str
    status: StepStatus
    sides: tuple[SideResult, ...]

    @property
    def done_s(self) -> float:
        return sum(side.done_s for side in self.sides)


@dataclass(frozen=True)
class SessionStarted:
    at: float


@dataclass(frozen=True)
class PhaseStarted:
    at: float
    phase: Phase


@dataclass(frozen=True)
class CountdownTick:
    at: float
    seconds_left: int
    resuming: bool = False


@dataclass(frozen=True)
class Halfway:
    at: float
    step_index: int


@dataclass(frozen=True)
class StepFinished:
    at: float
    result: StepResult
    active_s: float
    """Exercise time of the whole session so far."""
    paused_s: float
    steps_done: int


@dataclass(frozen=True)
class SessionPaused:
    at: float
    reason: PauseReason
    progress: StepResult
    """The step in progress as far as it got, so a crash while paused loses nothing."""
    active_s: float
    """Exercise time so far, including the part of the current phase before the pause."""
    paused_s: float
    steps_done: int


@dataclass(frozen=True)
class SessionResumed:
    at: float


@dataclass(frozen=True)
class SessionFinished:
    at: float
    outcome: Outcome
    reason: StopReason | None
    active_s: float
    paused_s: float
    steps_done: int


Event = (
    SessionStarted
    | PhaseStarted
    | CountdownTick
    | Halfway
    | StepFinished
    | SessionPaused
    | SessionResumed
    | SessionFinished
)


@dataclass(frozen=True)
class SessionState:
    """What the screen shows, computed at one instant."""

    status: Status
    phase: Phase
    next_phase: Phase | None
    """The next phase that differs from this one (another movement, a rest, another step)."""
    remaining_s: float | None
    """Seconds left in the phase; None while a self-paced rep waits for the patient."""
    phase_elapsed_s: float
    resume_in_s: float | None
    step_index: int
    steps_total: int
    time_left_s: float
    planned_s: float
    pause_reason: PauseReason | None
    outcome: Outcome | None

    @property
    def progress(self) -> float:
        if self.planned_s <= 0:
            return 1.0
        return min(1.0, max(0.0, 1.0 - self.time_left_s / self.planned_s))

    @property
    def phase_fraction(self) -> float:
        """How far through the phase, 0..1 (drives the breathing pacer)."""
        if self.phase.seconds <= 0:
            return 1.0
        return min(1.0, max(0.0, self.phase_elapsed_s / self.phase.seconds))
