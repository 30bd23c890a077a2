"""Words for the codes the core returns. The core speaks in codes; only the UI speaks a language.

Every string is a literal inside QCoreApplication.translate, so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rehabtimer.core.events import StepStatus
from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.texts import pick
from rehabtimer.core.timeline import Phase

# Kept in a light module of its own for the first frame (ui/home); named here for the screens.
from rehabtimer.ui.widgets.profile_name import profile_name as profile_name


def phase_word(phase: Phase, lang: str) -> str:
    """The big word on the session screen: what to do right now."""
    if phase.kind is PhaseKind.MOVE and phase.label:
        return pick(phase.label, lang)
    words = {
        PhaseKind.GET_READY: QCoreApplication.translate("Phase", "Get ready"),
        PhaseKind.WORK: QCoreApplication.translate("Phase", "Go"),
        PhaseKind.INHALE: QCoreApplication.translate("Phase", "Breathe in"),
        PhaseKind.BREATH_HOLD: QCoreApplication.translate("Phase", "Hold your breath"),
        PhaseKind.EXHALE: QCoreApplication.translate("Phase", "Breathe out"),
        PhaseKind.HOLD: QCoreApplication.translate("Phase", "Hold"),
        PhaseKind.MOVE: QCoreApplication.translate("Phase", "Move"),
        PhaseKind.SELF_REP: QCoreApplication.translate("Phase", "Your pace"),
        PhaseKind.REST: QCoreApplication.translate("Phase", "Rest"),
        PhaseKind.SWITCH_SIDE: QCoreApplication.translate("Phase", "Switch sides"),
    }
    return words[phase.kind]


def side_word(side: str | None) -> str:
    if side == "right":
        return QCoreApplication.translate("Side", "Right")
    if side == "left":
        return QCoreApplication.translate("Side", "Left")
    return ""


def step_status_word(status: StepStatus) -> str:
    return {
        StepStatus.COMPLETED: QCoreApplication.translate("StepStatus", "done"),
        StepStatus.PARTIAL: QCoreApplication.translate("StepStatus", "partly done"),
        StepStatus.SKIPPED: QCoreApplication.translate("StepStatus", "skipped"),
    }[status]


def clock_text(seconds: float) -> str:
    """12:05 or 0:09: minutes and seconds, rounded up so 0:00 means the time is over."""
    whole = max(0, int(-(-seconds // 1)))
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"


def duration_words(seconds: float) -> str:
    """A length of time as read in a sentence: "1 min 26 s" (1分26秒), never "1:26" or "86 s".
    Rounded up, as clock_text."""
    whole = max(0, int(-(-seconds // 1)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return QCoreApplication.translate("Duration", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes)
    if not minutes:
        return QCoreApplication.translate("Duration", "{seconds} s").format(seconds=secs)
    if not secs:
        return QCoreApplication.translate("Duration", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("Duration", "{minutes} min {seconds} s").format(
        minutes=minutes, seconds=secs)
