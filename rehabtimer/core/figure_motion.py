"""Where a figure (core/figures) is at an instant of a session: worked out from the phase and
how far into it the session is, never from a clock of its own, so it pauses and skips with the
engine. Apart from the figures package, which routine.py reads for the names, to keep the
timeline out of it."""

from __future__ import annotations

from dataclasses import dataclass

from rehabtimer.core.figures.figure import Arrow, Figure, Motion
from rehabtimer.core.figures.pose import Pose, along
from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.timeline import Phase

_STILL = frozenset({PhaseKind.GET_READY, PhaseKind.REST, PhaseKind.SWITCH_SIDE})
_HELD = frozenset({PhaseKind.HOLD, PhaseKind.BREATH_HOLD})
_LOOPED = frozenset({PhaseKind.WORK, PhaseKind.SELF_REP})


@dataclass(frozen=True)
class Frame:
    pose: Pose
    progress: float
    """How far through the phase (0..1) the figure shows."""
    arrow: Arrow | None


def move_slot(phases: tuple[Phase, ...], index: int) -> int:
    """Which movement of its rep a phase is: 0 for the first ("raise"), 1 for the next..."""
    phase = phases[index]
    slot = 0
    while index - slot > 0:
        before = phases[index - slot - 1]
        same_rep = (before.step_index, before.side, before.rep) == (
            phase.step_index, phase.side, phase.rep)
        if before.kind is not PhaseKind.MOVE or not same_rep:
            break
        slot += 1
    return slot


def frame_at(figure: Figure, kind: PhaseKind, slot: int, fraction: float,
             elapsed_s: float) -> Frame:
    """The figure `fraction` (0..1) of the way through a phase of this kind, `elapsed_s`
    seconds into it; `slot` is the phase's place in its rep (move_slot)."""
    fraction = min(1.0, max(0.0, fraction))
    if kind in _STILL:
        return Frame(figure.start, fraction, None)
    if kind in _LOOPED:
        keys = tuple(key for move in figure.moves for key in move.keys)
        turn = (elapsed_s / figure.cycle_s) % 1.0 if kind is PhaseKind.WORK else fraction
        return Frame(along(keys, turn), fraction, None)
    move = figure.moves[slot % len(figure.moves)] if kind is PhaseKind.MOVE else figure.moves[0]
    if kind in _HELD:
        return Frame(move.keys[-1], fraction, move.arrow if kind is PhaseKind.HOLD else None)
    if kind is PhaseKind.EXHALE:
        arrow = move.arrow.reversed() if move.arrow is not None else None
        return Frame(along(move.keys, 1.0 - fraction), fraction, arrow)
    return Frame(along(move.keys, fraction), fraction, move.arrow)


def showcase(figure: Figure) -> Frame:
    """One still frame that says what the exercise is: the held or the moved-to position."""
    match figure.motion:
        case Motion.BREATH:
            return Frame(figure.moves[0].keys[-1], 1.0, figure.moves[0].arrow)
        case Motion.LOOP:
            keys = figure.moves[0].keys
            return Frame(keys[min(1, len(keys) - 1)], 1.0, None)
    move = figure.moves[0]
    return Frame(move.keys[-1], 1.0, move.arrow)
