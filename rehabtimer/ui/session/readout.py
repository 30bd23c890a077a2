"""What the session screen says of where the session is, in the patient's words: the phase's
word and what the big numbers show, the rep count, what comes next and the notice of what the
session waits for. Words only; the view decides where and how large they go.

The words keep the translation context "SessionView": they were written in the view, and
their translations are filed under it.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from rehabtimer.core.events import PauseReason, SessionState, Status
from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.texts import pick
from rehabtimer.core.timeline import Phase, Timeline
from rehabtimer.ui.widgets.words import duration_words, phase_word

BREATHING = (PhaseKind.INHALE, PhaseKind.BREATH_HOLD, PhaseKind.EXHALE)


class PhaseReadout(NamedTuple):
    """The phase's word, the kind whose colour it shows on, the big numbers, and the widest
    text to come in their place (None: size them as digits)."""

    word: str
    kind: PhaseKind
    time_text: str
    sample: str | None


def countdown_text(seconds: float) -> str:
    """Under a minute, just the seconds ("7"): the fewest, largest digits across the room;
    longer, in words as every length of time the patient reads: 1分30秒, not 1:30 (a time)."""
    whole = max(0, int(-(-seconds // 1)))
    return str(whole) if whole < 60 else duration_words(whole)


def phase_readout(state: SessionState, lang: str) -> PhaseReadout:
    phase = state.phase
    kind = phase.kind
    sample: str | None = None
    if state.status is Status.RESUMING:
        word, kind = QCoreApplication.translate("SessionView", "Get ready"), PhaseKind.GET_READY
        time_text = countdown_text(state.resume_in_s or 0)
    elif state.status is Status.FINISHED:
        word, time_text = QCoreApplication.translate("SessionView", "Well done"), "✓"
    else:
        word = phase_word(phase, lang)
        if state.remaining_s is None:
            # Words, not "1/10", which reads like a date; sized as the last rep's.
            time_text = reps_text(phase.rep, phase.reps)
            sample = reps_text(phase.reps, phase.reps)
        else:
            time_text = countdown_text(state.remaining_s)
            # Sized as the widest of its minute: the words do not jump as the seconds go.
            minutes = int(-(-state.remaining_s // 1)) // 60
            sample = countdown_text(60 * minutes + 58) if minutes else None
    if state.status is Status.PAUSED:
        word, kind = QCoreApplication.translate("SessionView", "Paused"), PhaseKind.REST
    return PhaseReadout(word, kind, time_text, sample)


def reps_text(rep: int, reps: int) -> str:
    return QCoreApplication.translate("SessionView", "Rep {n} of {total}").format(
        n=rep, total=reps)


def rep_text(phase: Phase) -> str:
    if not phase.reps:
        return ""
    if phase.kind in BREATHING:
        return QCoreApplication.translate("SessionView", "Breath {n} of {total}").format(
            n=phase.rep, total=phase.reps)
    if phase.rep == phase.reps and phase.reps > 1:
        return QCoreApplication.translate("SessionView", "Last one: {n} of {total}").format(
            n=phase.rep, total=phase.reps)
    return reps_text(phase.rep, phase.reps)


def next_text(state: SessionState, timeline: Timeline | None, lang: str) -> str:
    following = state.next_phase
    if state.status is Status.FINISHED or following is None or timeline is None:
        return QCoreApplication.translate("SessionView", "Next: finished")
    if following.step_index != state.phase.step_index:
        title = pick(timeline.routine.steps[following.step_index].title, lang)
        return QCoreApplication.translate("SessionView", "Next: {title}").format(title=title)
    word = phase_word(following, lang)
    if following.waits_for_patient:
        return QCoreApplication.translate("SessionView", "Next: {what}").format(what=word)
    return QCoreApplication.translate("SessionView", "Next: {what} ({time})").format(
        what=word, time=duration_words(following.seconds)
    )


def notice_text(state: SessionState) -> str:
    """Why the session waits, and the key that goes on; empty while it runs by itself."""
    if state.status is Status.PAUSED and state.pause_reason is PauseReason.SUSPEND:
        return QCoreApplication.translate(
            "SessionView",
            "Paused because the computer slept or the app stopped for a while. "
            "Press Space to go on."
        )
    if state.status is Status.PAUSED:
        return QCoreApplication.translate("SessionView", "Paused. Press Space to go on.")
    if state.phase.waits_for_patient and state.status is Status.RUNNING:
        return QCoreApplication.translate(
            "SessionView", "Go at your own pace. Press Enter after each rep.")
    return ""
