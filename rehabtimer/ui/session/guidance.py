"""What to play and what to say for a batch of engine events, so the patient need not look.

One cue per batch: when a step ends and the next begins at the same instant, the more
important sound wins instead of two sounds at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
from rehabtimer.ui.widgets.words import phase_word

_BREATHING = (PhaseKind.INHALE, PhaseKind.BREATH_HOLD, PhaseKind.EXHALE)
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


def words_for(events: list[Event], timeline: Timeline, lang: str) -> str | None:
    """The sentence to speak for these events, if any."""
    spoken: list[str] = []
    for event in events:
        match event:
            case SessionFinished(outcome=Outcome.COMPLETED):
                spoken = [QCoreApplication.translate("Guidance", "Well done. That is all for now.")]
            case PhaseStarted(phase=phase) if phase.kind is PhaseKind.GET_READY:
                step = timeline.routine.steps[phase.step_index]
                spoken.append(
                    QCoreApplication.translate("Guidance", "Next: {title}. Get ready.").format(
                        title=pick(step.title, lang)
                    )
                )
            case PhaseStarted(phase=phase):
                word = phase_word(phase, lang)
                if _starts_last_rep(timeline, phase):
                    word = QCoreApplication.translate("Guidance", "Last one. {word}").format(
                        word=word
                    )
                spoken.append(word)
            case Halfway():
                spoken.append(QCoreApplication.translate("Guidance", "Halfway."))
    return " ".join(spoken) or None


def _starts_last_rep(timeline: Timeline, phase: Phase) -> bool:
    if phase.reps < 2 or phase.rep != phase.reps or phase.kind in _BREATHING:
        return False
    before = timeline.phases[phase.index - 1]
    return not before.active or before.rep != phase.rep or before.side != phase.side
