"""Pages that act on a pain score: high pain before a session, a rise over it, and the
question about the day after such a rise (thresholds in core/pain.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QWidget

from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.page import Page


def care_team_line() -> str:
    return QCoreApplication.translate(
        "SafetyAdvice", "Contact your care team if the pain is strong, has not settled by the "
        "next day, or comes with numbness, weakness or swelling.")


class _OneButtonPage(Page):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ok = make_button(self.tr("Continue"), "primary", "continue")
        self._ok.clicked.connect(self.done.emit)

    def _finish(self, pain_advice: str | None) -> None:
        if pain_advice:
            advice = make_label(pain_advice, "muted")
            advice.setObjectName("pain-advice")
            self.body.addWidget(advice)
        self.body.addWidget(make_label(
            self.tr("In an emergency, call an ambulance: 119 in Japan."), "notice"))
        self.body.addStretch(1)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._ok)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ok.setFocus()


class HighPainPage(Page):
    """Pain before a session too high to exercise: rest is advised; starting anyway is one
    deliberate step further."""

    not_today = Signal()
    start_anyway = Signal()

    def __init__(self, pain: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Your pain is high today"))
        text = make_label(self.tr(
            "You rated your pain {pain} out of 10. With pain this strong, please do not "
            "exercise today. Rest, and contact your care team, especially if the pain is new "
            "or keeps getting worse.").format(pain=pain), "heading")
        text.setObjectName("high-pain")
        self.body.addWidget(text)
        self.body.addWidget(make_label(
            self.tr("In an emergency, call an ambulance: 119 in Japan."), "notice"))
        self._confirm_text = make_label(self.tr(
            "Start only if your care team has said you may exercise with this pain. Stop at "
            "once if the pain becomes sharp or keeps getting worse."))
        self._confirm_text.setObjectName("confirm-text")
        self._confirm_text.hide()
        self.body.addWidget(self._confirm_text)
        self.body.addStretch(1)
        self._home = make_button(self.tr("Not today"), "primary", "not-today")
        self._home.clicked.connect(self.not_today.emit)
        self._anyway = make_button(self.tr("Start anyway…"), name="start-anyway")
        self._anyway.clicked.connect(self._ask_again)
        self._confirm: QPushButton = make_button(self.tr("Yes, start anyway"),
                                                 name="confirm-start")
        self._confirm.clicked.connect(self.start_anyway.emit)
        self._confirm.hide()
        self.buttons.addWidget(self._anyway)
        self.buttons.addWidget(self._confirm)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._home)

    def _ask_again(self) -> None:
        self._anyway.hide()
        self._confirm_text.show()
        self._confirm.show()
        # Resting stays the default: Enter still means "not today".
        self._home.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._home.setFocus()


class PainRosePage(_OneButtonPage):
    """After a session in which the pain rose by two points or more."""

    def __init__(self, before: int, after: int, pain_advice: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Your pain went up"))
        text = make_label(self.tr(
            "Your pain went from {before} to {after}. Rest today, and do not repeat today the "
            "movements that made it worse.").format(before=before, after=after), "heading")
        text.setObjectName("pain-rose")
        self.body.addWidget(text)
        self.body.addWidget(make_label(care_team_line()))
        self.body.addWidget(make_label(self.tr(
            "The next time you start this routine on another day, you will be asked how the "
            "pain was the day after.")))
        self._finish(pain_advice)


class NextDayPage(Page):
    """How the pain was the day after a session in which it rose."""

    answered = Signal(str)
    """"settled", "worse" or "skipped"."""

    def __init__(self, day: str, before: int, after: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("How was the pain the day after?"))
        text = make_label(self.tr(
            "Last time ({day}) your pain went from {before} to {after}. How was it the next "
            "day?").format(day=day, before=before, after=after), "heading")
        text.setObjectName("next-day")
        self.body.addWidget(text)
        self.body.addStretch(1)
        skip = make_button(self.tr("Skip"), name="skip")
        skip.clicked.connect(lambda: self.answered.emit("skipped"))
        self._settled = make_button(self.tr("Back to my usual"), "primary", "settled")
        self._settled.clicked.connect(lambda: self.answered.emit("settled"))
        worse = make_button(self.tr("Still worse than usual"), "primary", "worse")
        worse.clicked.connect(lambda: self.answered.emit("worse"))
        self.buttons.addWidget(skip)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._settled)
        self.buttons.addWidget(worse)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._settled.setFocus()


class EaseOffPage(_OneButtonPage):
    """The pain was still up the day after the last session: do less."""

    def __init__(self, pain_advice: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Do less today"))
        text = make_label(self.tr(
            "Choose a shorter version or do fewer repetitions today, and tell your care team. "
            "If the pain is strong or keeps getting worse, do not exercise today."), "heading")
        text.setObjectName("ease-off")
        self.body.addWidget(text)
        self._finish(pain_advice)
