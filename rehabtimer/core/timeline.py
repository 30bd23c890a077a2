"""A routine expanded into the phases the patient goes through, in order.

Each phase has a code (the UI turns codes into words), a planned length, and where it
belongs: step, side, rep n of N. The engine walks this list; it never re-derives it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import accumulate

from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.routine import (
    BreathingStep,
    HoldStep,
    RepsStep,
    Routine,
    Side,
    TimedStep,
)

DEFAULT_GET_READY_S = 5.0


# Time in these phases is exercise; the rest is preparation or recovery.
ACTIVE_KINDS = frozenset(
    {
        PhaseKind.WORK,
        PhaseKind.INHALE,
        PhaseKind.BREATH_HOLD,
        PhaseKind.EXHALE,
        PhaseKind.HOLD,
        PhaseKind.MOVE,
        PhaseKind.SELF_REP,
    }
)


@dataclass(frozen=True)
class Phase:
    index: int
    kind: PhaseKind
    seconds: float
    """Planned length; for a self-paced rep, the routine's estimate."""
    step_index: int
    side: Side | None
    rep: int
    """1-based rep (or breath) number within the side; 0 outside reps."""
    reps: int
    start_s: float
    """Where the phase starts on the planned timeline."""
    label: Mapping[str, str] | None = None
    """The routine's own words for a movement phase (MOVE)."""
    completes_rep: bool = False
    """Finishing this phase finishes one rep (or one breath)."""

    @property
    def active(self) -> bool:
        return self.kind in ACTIVE_KINDS

    @property
    def waits_for_patient(self) -> bool:
        return self.kind is PhaseKind.SELF_REP

    @property
    def end_s(self) -> float:
        return self.start_s + self.seconds


@dataclass(frozen=True)
class SidePlan:
    side: Side | None
    planned_s: float
    planned_reps: int | None


@dataclass(frozen=True)
class StepPlan:
    index: int
    first_phase: int
    end_phase: int
    """One past the step's last phase."""
    sides: tuple[SidePlan, ...]
    halfway: tuple[int, float] | None
    """(phase index, seconds into it) where half of the step's exercise time is done."""

    @property
    def planned_s(self) -> float:
        return sum(side.planned_s for side in self.sides)


@dataclass(frozen=True)
class Timeline:
    routine: Routine
    phases: tuple[Phase, ...]
    steps: tuple[StepPlan, ...]

    @property
    def planned_seconds(self) -> float:
        return self.phases[-1].end_s if self.phases else 0.0

    @property
    def active_seconds(self) -> float:
        return sum(p.seconds for p in self.phases if p.active)

    def step_of(self, phase_index: int) -> StepPlan:
        return self.steps[self.phases[phase_index].step_index]


@dataclass(frozen=True)
class _Draft:
    kind: PhaseKind
    seconds: float
    side: Side | None = None
    rep: int = 0
    reps: int = 0
    label: Mapping[str, str] | None = None
    completes_rep: bool = False


def _work_phases(step: object) -> list[_Draft]:
    match step:
        case TimedStep():
            return [_Draft(PhaseKind.WORK, step.duration_s)]
        case BreathingStep():
            return _breathing(step)
        case HoldStep():
            return _per_side(step, lambda side: _holds(step, side))
        case RepsStep():
            return _per_side(step, lambda side: _reps(step, side))
    raise TypeError(f"unknown step {step!r}")


def _breathing(step: BreathingStep) -> list[_Draft]:
    drafts: list[_Draft] = []
    n = step.breaths
    for breath in range(1, n + 1):
        drafts.append(_Draft(PhaseKind.INHALE, step.inhale_s, rep=breath, reps=n))
        if step.hold_s:
            drafts.append(_Draft(PhaseKind.BREATH_HOLD, step.hold_s, rep=breath, reps=n))
        drafts.append(
            _Draft(PhaseKind.EXHALE, step.exhale_s, rep=breath, reps=n, completes_rep=True)
        )
    return drafts


def _per_side(
    step: HoldStep | RepsStep, one_side: Callable[[Side | None], list[_Draft]]
) -> list[_Draft]:
    drafts: list[_Draft] = []
    for i, side in enumerate(step.sides or [None]):
        if i:
            drafts.append(_Draft(PhaseKind.SWITCH_SIDE, step.switch_s, side=side))
        drafts.extend(one_side(side))
    return drafts


def _holds(step: HoldStep, side: Side | None) -> list[_Draft]:
    drafts: list[_Draft] = []
    for rep in range(1, step.reps + 1):
        if rep > 1:
            drafts.append(_Draft(PhaseKind.REST, step.rest_s, side, rep, step.reps))
        drafts.append(_Draft(PhaseKind.HOLD, step.hold_s, side, rep, step.reps, completes_rep=True))
    return drafts


def _reps(step: RepsStep, side: Side | None) -> list[_Draft]:
    drafts: list[_Draft] = []
    for rep in range(1, step.reps + 1):
        if rep > 1 and step.rest_s:
            drafts.append(_Draft(PhaseKind.REST, step.rest_s, side, rep, step.reps))
        if step.phases is None:
            drafts.append(
                _Draft(
                    PhaseKind.SELF_REP, step.estimate_s, side, rep, step.reps, completes_rep=True
                )
            )
            continue
        last = len(step.phases) - 1
        for i, move in enumerate(step.phases):
            drafts.append(
                _Draft(
                    PhaseKind.MOVE,
                    move.seconds,
                    side,
                    rep,
                    step.reps,
                    label=move.label,
                    completes_rep=i == last,
                )
            )
    return drafts


def _halfway(phases: list[Phase]) -> tuple[int, float] | None:
    # A halfway cue suits a long stretch of steady work (breathing, marching), and an even set
    # of timed reps on one side, which may change direction halfway (shoulder circles): it
    # then falls at the end of the middle rep. Holds and sided sets have their counter.
    work = [p for p in phases if p.active]
    if not work:
        return None
    if all(p.kind is PhaseKind.MOVE and p.side is None for p in work):
        reps = work[0].reps
        if reps < 4 or reps % 2:
            return None
        middle = [p for p in work if p.rep == reps // 2][-1]
        return middle.index, middle.seconds
    if any(p.kind not in (PhaseKind.WORK, PhaseKind.INHALE, PhaseKind.BREATH_HOLD,
                          PhaseKind.EXHALE) for p in work):
        return None
    half = sum(p.seconds for p in work) / 2
    for phase, done_before in zip(work, accumulate((p.seconds for p in work), initial=0.0),
                                  strict=False):
        if done_before + phase.seconds >= half:
            return phase.index, half - done_before
    return None


def build_timeline(routine: Routine, get_ready_s: float = DEFAULT_GET_READY_S) -> Timeline:
    phases: list[Phase] = []
    steps: list[StepPlan] = []
    clock = 0.0

    def add(draft: _Draft, step_index: int) -> None:
        nonlocal clock
        phases.append(
            Phase(
                index=len(phases),
                kind=draft.kind,
                seconds=draft.seconds,
                step_index=step_index,
                side=draft.side,
                rep=draft.rep,
                reps=draft.reps,
                start_s=clock,
                label=draft.label,
                completes_rep=draft.completes_rep,
            )
        )
        clock += draft.seconds

    last_step = len(routine.steps) - 1
    for step_index, step in enumerate(routine.steps):
        first = len(phases)
        work = _work_phases(step)
        if get_ready_s > 0:
            add(_Draft(PhaseKind.GET_READY, get_ready_s, side=work[0].side), step_index)
        for draft in work:
            add(draft, step_index)
        if step.rest_after_s and step_index < last_step:
            add(_Draft(PhaseKind.REST, step.rest_after_s), step_index)
        own = phases[first:]
        counts_reps = not isinstance(step, TimedStep)
        sides = tuple(
            SidePlan(
                side=side,
                planned_s=sum(p.seconds for p in own if p.active and p.side == side),
                planned_reps=(
                    sum(1 for p in own if p.completes_rep and p.side == side)
                    if counts_reps
                    else None
                ),
            )
            for side in dict.fromkeys(p.side for p in own if p.active)
        )
        steps.append(StepPlan(step_index, first, len(phases), sides, _halfway(own)))
    return Timeline(routine, tuple(phases), tuple(steps))
