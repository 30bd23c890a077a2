"""What comes before a session: the medical notice, the routine's cautions, its safety
questions, and an optional "pain now" rating.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QPushButton, QRadioButton, QWidget

from rehabtimer.core.routine import GateQuestion, Routine
from rehabtimer.core.texts import pick
from rehabtimer.ui.session.figure_strip import FigureStrip
from rehabtimer.ui.widgets.page import Page, make_button, make_label
from rehabtimer.ui.widgets.scale_chooser import ScaleChooser


class DisclaimerPage(Page):
    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Before you begin"))
        for text in (
            self.tr("RehabTimer helps you follow a home exercise routine. It does not replace "
                    "advice from your doctor, midwife or physiotherapist."),
            self.tr("Stop if you feel a sharp pain, or pain that keeps getting worse, and ask "
                    "your care team before you go on. Each routine says more about pain."),
            self.tr("If you have chest pain, trouble breathing, or sudden weakness or "
                    "numbness, call an ambulance (119 in Japan)."),
        ):
            self.body.addWidget(make_label(text))
        # Issue 19: the voice starts off, and this page comes before the very first session.
        self.body.addWidget(make_label(self.tr(
            "To hear the guidance spoken, tick “Voice guidance” at the bottom of the "
            "start screen."), "muted"))
        self.body.addStretch(1)
        self._ok = make_button(self.tr("I understand"), "primary", "accept")
        self._ok.clicked.connect(self.accepted.emit)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._ok)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ok.setFocus()


def has_cautions(routine: Routine) -> bool:
    """Whether the routine has words to read before a session."""
    return bool(routine.cautions) or routine.pain_advice is not None


def worth_a_page(routine: Routine, versions: int) -> bool:
    """Whether the page before the questions has anything to show: words to read, figures
    of what comes, or versions to choose from. Without, it is not shown."""
    return has_cautions(routine) or versions > 1 or any(step.figure for step in routine.steps)


@dataclass(frozen=True)
class Version:
    """One way to do a routine: as written (preset_id None) or with one of its presets."""

    preset_id: str | None
    title: str
    description: str
    total_s: float


class CautionsPage(Page):
    proceed = Signal(object)
    """The chosen preset id, or None for the routine as written."""
    cancelled = Signal()

    def __init__(self, routine: Routine, lang: str, versions: tuple[Version, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(pick(routine.title, lang))
        if routine.summary:
            self.body.addWidget(make_label(pick(routine.summary, lang)))
        if has_cautions(routine):
            self.body.addWidget(make_label(self.tr("Please read before you start:"), "heading"))
        for caution in routine.cautions:
            self.body.addWidget(make_label("•  " + pick(caution, lang)))
        if routine.pain_advice is not None:
            advice = make_label("•  " + pick(routine.pain_advice, lang))
            advice.setObjectName("pain-advice")
            self.body.addWidget(advice)
        self._versions = QButtonGroup(self)
        if len(versions) > 1:
            # A clinician may have asked for one of these; the routine as written comes first.
            self.body.addWidget(make_label(self.tr("Which version today?"), "heading"))
            for number, version in enumerate(versions):
                choice = QRadioButton(version.title)
                choice.setObjectName(f"version:{version.preset_id or ''}")
                choice.setProperty("preset", version.preset_id)
                choice.setChecked(number == 0)
                self._versions.addButton(choice)
                self.body.addWidget(choice)
                # Under the button, wrapped: a radio button's own text never wraps.
                about = self.tr("About {minutes} min.").format(
                    minutes=max(1, round(version.total_s / 60)))
                detail = make_label(f"{about} {version.description}".strip(), "muted")
                detail.setContentsMargins(36, 0, 0, 0)
                choice.setAccessibleDescription(detail.text())
                self.body.addWidget(detail)
        # Last: the cautions and the choice are what must be read and done here; the strip
        # only shows what comes, and may take a scroll.
        if any(step.figure for step in routine.steps):
            self.body.addWidget(make_label(self.tr("What you will do:"), "heading"))
            self.body.addWidget(FigureStrip(routine, lang))
        self.body.addStretch(1)
        back = make_button(self.tr("Back"), name="back")
        back.clicked.connect(self.cancelled.emit)
        self._go = make_button(self.tr("I have read this — continue") if has_cautions(routine)
                               else self.tr("Continue"), "primary", "continue")
        self._go.clicked.connect(self._proceed)
        self.default_button = self._go
        self.buttons.addWidget(back)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._go)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit)

    def _proceed(self) -> None:
        chosen = self._versions.checkedButton()
        self.proceed.emit(None if chosen is None else chosen.property("preset"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._go.setFocus()


class GatePage(Page):
    """One safety question; the routine says which answer means "do not exercise today".

    Routines ask some questions so that "yes" is fine and others so that "yes" stops, so the
    buttons do not rely on the wording: the answer that lets the session go on is always the
    blue one on the right, where the focus is (Enter); the one that stops is red, to its
    left, and says it stops. A question that stops on neither answer only decides which
    questions follow: Enter gives the answer that asks them, the careful way on.
    """

    answered = Signal(str)
    """"yes" or "no"."""
    cancelled = Signal()

    def __init__(self, question: GateQuestion, number: int, total: int, lang: str,
                 asks_more: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.title.setText(self.tr("Safety question {n} of {total}").format(n=number,
                                                                             total=total))
        text = make_label(pick(question.question, lang), "title")
        text.setObjectName("question")
        self.body.addWidget(text)
        self.body.addStretch(1)
        back = make_button(self.tr("Back"), name="back")
        back.clicked.connect(self.cancelled.emit)
        stops = question.stop_if
        self._yes = make_button(self.tr("Yes — stop here (Y)") if stops == "yes"
                                else self.tr("Yes (Y)"), "primary", "yes")
        self._no = make_button(self.tr("No — stop here (N)") if stops == "no"
                               else self.tr("No (N)"), "primary", "no")
        for button in (self._yes, self._no):
            button.setMinimumWidth(180)
        self._yes.clicked.connect(lambda: self._answer("yes"))
        self._no.clicked.connect(lambda: self._answer("no"))
        self.buttons.addWidget(back)
        self.buttons.addStretch(1)
        answers = {"yes": self._yes, "no": self._no}
        stopping = answers.get(stops or "")
        self.safe: QPushButton | None = answers.get(asks_more or "")
        """The answer Enter gives: the one that lets the session go on, or where neither
        stops, the one that asks the follow-up questions; None when that is not known."""
        if stopping is not None:
            stopping.setProperty("role", "danger")
            self.safe = self._no if stopping is self._yes else self._yes
        other = self._yes if self.safe is self._no else self._no
        for button in (other, self.safe) if self.safe is not None else (self._yes, self._no):
            self.buttons.addWidget(button)
        self.default_button = self.safe
        QShortcut(QKeySequence(Qt.Key.Key_Y), self, lambda: self._answer("yes"))
        QShortcut(QKeySequence(Qt.Key.Key_N), self, lambda: self._answer("no"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit)

    def _answer(self, answer: str) -> None:
        self.answered.emit(answer)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Without a safe or careful answer none is taken for the patient: the page holds
        # the focus, and Enter waits for Y or N.
        (self.safe or self).setFocus()


class AdvicePage(Page):
    """Shown when a safety answer means "do not exercise": what to do instead."""

    done = Signal()

    def __init__(self, advice: str, emergency: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if emergency:
            # The routine's advice says where to go; a second, softer line would blur it.
            self.title.setText(self.tr("Get help now"))
            self.setObjectName("emergency")
        else:
            self.title.setText(self.tr("Please do not exercise today"))
        text = make_label(advice, "heading")
        text.setObjectName("advice")
        self.body.addWidget(text)
        if not emergency:
            self.body.addWidget(make_label(self.tr(
                "If it suddenly gets much worse, call an ambulance: 119 in Japan."), "notice"))
        self.body.addWidget(make_label(
            self.tr("Your answer has been saved, so you can show it to your care team."), "muted"))
        self.body.addStretch(1)
        self._home = make_button(self.tr("Back to the start"), "primary", "home")
        self._home.clicked.connect(self.done.emit)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._home)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._home.setFocus()


def pain_anchors() -> dict[int, str]:
    return {
        0: QCoreApplication.translate("PainScale", "0 no pain"),
        10: QCoreApplication.translate("PainScale", "10 worst pain you can imagine"),
    }


class PainPage(Page):
    """"Pain now, 0-10", optional: Enter skips."""

    chosen = Signal(object)
    """The rating, or None when skipped."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(title)
        self.body.addWidget(make_label(self.tr("Choose a number, or press Enter to skip.")))
        self.scale = ScaleChooser(pain_anchors(), self.tr("Pain now"))
        self.scale.setObjectName("pain")
        self.scale.chosen.connect(self.chosen.emit)
        self.body.addWidget(self.scale)
        self.body.addStretch(1)
        # A click or a digit answers at once; the arrow keys only move the choice, and Enter
        # then gives it (or skips, with none).
        self._go = make_button(self.tr("Skip (Enter)"), name="skip")
        self._go.clicked.connect(lambda: self.chosen.emit(self.scale.value()))
        self.scale.changed.connect(self._relabel)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._go)
        self.default_button = self._go

    def _relabel(self, value: int | None) -> None:
        self._go.setText(self.tr("Skip (Enter)") if value is None else self.tr("Next (Enter)"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scale.setFocus()
