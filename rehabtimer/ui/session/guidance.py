"""What to play and what to say for a batch of engine events, so the patient need not look.

One cue per batch: when a step ends and the next begins at the same instant, the more
important sound wins instead of two sounds at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rehabtimer.core.events import (
    CountdownTick,
    Event,
    Halfway,
    Outcome,
    PhaseStarted,
    SessionFinished,
    StepFinished,
)
from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.texts import pick
from rehabtimer.core.timeline import Phase, Timeline
from rehabtimer.ui.session.sound import Cue

# What a rep's number is said for: the movement, not the rest or the switch between reps.
_COUNTED = (PhaseKind.HOLD, PhaseKind.MOVE, PhaseKind.WORK, PhaseKind.SELF_REP)
_PRIORITY = (
    Cue.SESSION_DONE,
    Cue.STEP_DONE,
    Cue.SWITCH,
    Cue.REST,
    Cue.PHASE,
    Cue.HALFWAY,
    Cue.TICK,
)


def _cue(event: Event) -> Cue | None:
    match event:
        case SessionFinished(outcome=Outcome.COMPLETED):
            return Cue.SESSION_DONE
        case StepFinished():
            return Cue.STEP_DONE
        case PhaseStarted(phase=phase) if phase.kind is PhaseKind.SWITCH_SIDE:
            return Cue.SWITCH
        case PhaseStarted(phase=phase) if phase.kind is PhaseKind.REST:
            return Cue.REST
        case PhaseStarted():
            return Cue.PHASE
        case Halfway():
            return Cue.HALFWAY
        case CountdownTick():
            return Cue.TICK
    return None


def cue_for(events: list[Event]) -> Cue | None:
    cues = {cue for cue in map(_cue, events) if cue is not None}
    return next((cue for cue in _PRIORITY if cue in cues), None)


class Phrase(StrEnum):
    """A fixed phrase with a pre-rendered clip in each language (resources/voice/generate.py)."""

    INHALE = "inhale"
    EXHALE = "exhale"
    BREATH_HOLD = "breath_hold"
    HOLD = "hold"
    MOVE = "move"
    WORK = "work"
    OWN_PACE = "own_pace"
    REST = "rest"
    SWITCH_SIDE = "switch_side"
    GET_READY = "get_ready"
    HALFWAY = "halfway"
    THREE_LEFT = "three_left"
    LAST_ONE = "last_one"
    DONE = "done"
    COUNT_1 = "count_1"
    COUNT_2 = "count_2"
    COUNT_3 = "count_3"
    COUNT_4 = "count_4"
    COUNT_5 = "count_5"
    COUNT_6 = "count_6"
    COUNT_7 = "count_7"
    COUNT_8 = "count_8"
    COUNT_9 = "count_9"
    COUNT_10 = "count_10"


_PHASE_PHRASES = {
    PhaseKind.INHALE: Phrase.INHALE,
    PhaseKind.EXHALE: Phrase.EXHALE,
    PhaseKind.BREATH_HOLD: Phrase.BREATH_HOLD,
    PhaseKind.HOLD: Phrase.HOLD,
    PhaseKind.MOVE: Phrase.MOVE,
    PhaseKind.WORK: Phrase.WORK,
    PhaseKind.SELF_REP: Phrase.OWN_PACE,
    PhaseKind.REST: Phrase.REST,
    PhaseKind.SWITCH_SIDE: Phrase.SWITCH_SIDE,
    PhaseKind.GET_READY: Phrase.GET_READY,
}
# Long enough for "three seconds left" to be news, and to fit before the countdown ticks.
_WARN_ENDING_MIN_S = 8.0


@dataclass(frozen=True)
class Spoken:
    """What the voice says for one batch of events, placed around its cue by the planner."""

    phrase: Phrase | None = None
    """Said after the cue."""
    step_name: str | None = None
    """Free text said after the cue instead of `phrase`, where a good voice exists."""
    warn_ending: bool = False
    """"Three seconds left", said before the batch's first countdown tick."""


def spoken_for(events: list[Event], timeline: Timeline, lang: str, phase_now: Phase) -> Spoken:
    """The words for these events: one fixed phrase at most, so speech stays short enough to
    finish before the next cue; the step about to start is named by its `say` or title."""
    phrase: Phrase | None = None
    step_name: str | None = None
    warn = False
    for event in events:
        match event:
            case SessionFinished(outcome=Outcome.COMPLETED):
                return Spoken(Phrase.DONE)
            case PhaseStarted(phase=phase) if phase.kind is PhaseKind.GET_READY:
                step = timeline.routine.steps[phase.step_index]
                # A `say` text only in another language is no reading of this one's title.
                say = step.say.get(lang) if step.say else None
                phrase, step_name = Phrase.GET_READY, say or pick(step.title, lang)
            case PhaseStarted(phase=phase):
                phrase = _phase_phrase(timeline, phase)
            case Halfway() if phrase is None:
                phrase = Phrase.HALFWAY
            case CountdownTick(seconds_left=3, resuming=False):
                warn = phase_now.seconds >= _WARN_ENDING_MIN_S
    return Spoken(phrase, step_name, warn)


def _phase_phrase(timeline: Timeline, phase: Phase) -> Phrase | None:
    """The phase's word; in a step of several reps, the rep's number as it starts."""
    counted = phase.reps > 1 and phase.kind in _COUNTED
    if not counted:
        return _PHASE_PHRASES.get(phase.kind)
    if not _starts_rep(timeline, phase):
        # A labelled movement within a rep: its own words are free text, shown on screen.
        return None if phase.label else _PHASE_PHRASES.get(phase.kind)
    if phase.rep == phase.reps:
        return Phrase.LAST_ONE
    return Phrase(f"count_{phase.rep}") if phase.rep <= 10 else _PHASE_PHRASES.get(phase.kind)


def _starts_rep(timeline: Timeline, phase: Phase) -> bool:
    if phase.index == 0:
        return True
    before = timeline.phases[phase.index - 1]
    return not before.active or before.rep != phase.rep or before.side != phase.side
