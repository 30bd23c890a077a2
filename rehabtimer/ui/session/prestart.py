"""What comes before a session: the medical notice, the routine's cautions, its safety
questions, and an optional "pain now" rating.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from rehabtimer.core.routine import GateQuestion, Routine
from rehabtimer.core.texts import pick
from rehabtimer.ui.session.cautions_parts import ReadingBox, SideBySide
from rehabtimer.ui.session.figure_strip import FigureStrip
from rehabtimer.ui.session.fitting import OnOneLine, set_role
from rehabtimer.ui.session.version_choice import Option, VersionChoice
from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.page import Page
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
        # Large text on a laptop screen leaves room for the cautions, the choice and the
        # button only with headings on one line each.
        OnOneLine((self.title,), ("title", "heading"))
        # The cautions first, as safety reading, in a box that scrolls on its own: the
        # choice and the button stay in view however long they are.
        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        headings = []
        if has_cautions(routine):
            headings.append(make_label(self.tr("Please read before you start:"), "heading"))
            column.addWidget(headings[0])
        box = ReadingBox(self.tr("Please read before you start:"))
        column.addWidget(box, 1)
        for caution in routine.cautions:
            box.content.addWidget(make_label("•  " + pick(caution, lang)))
        if routine.pain_advice is not None:
            advice = make_label("•  " + pick(routine.pain_advice, lang))
            advice.setObjectName("pain-advice")
            box.content.addWidget(advice)
        if routine.summary:
            box.content.addWidget(make_label(pick(routine.summary, lang)))
        # Last: the strip only shows what comes.
        if any(step.figure for step in routine.steps):
            box.content.addWidget(make_label(self.tr("What you will do:"), "heading"))
            box.content.addWidget(FigureStrip(routine, lang))
        box.content.addStretch(1)
        self._choice: VersionChoice | None = None
        if len(versions) > 1:
            # A clinician may have asked for one of these; the routine as written comes first.
            self._choice = VersionChoice(tuple(
                Option(version.preset_id, version.title, self._detail(version))
                for version in versions))
            self.body.addWidget(SideBySide(reading, self._choice), 1)
            headings.append(self._choice.heading)
        else:
            self.body.addWidget(reading, 1)
        if headings:
            OnOneLine(tuple(headings), ("heading", "field"))
        back = make_button(self.tr("Back"), name="back")
        back.clicked.connect(self.cancelled.emit)
        self._go = make_button(self.tr("I have read this — continue") if has_cautions(routine)
                               else self.tr("Continue"), "primary", "continue")
        self._go.clicked.connect(self._proceed)
        # The arrow keys change the version where Enter goes on.
        self._go.installEventFilter(self)
        self.default_button = self._go
        self.buttons.addWidget(back)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._go)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit)

    def _detail(self, version: Version) -> str:
        about = self.tr("About {minutes} min.").format(minutes=max(1, round(version.total_s / 60)))
        return f"{about} {version.description}".strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self._choice is not None and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            self._choice.step(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _proceed(self) -> None:
        self.proceed.emit(None if self._choice is None else self._choice.chosen())

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
        self._question = make_label(pick(question.question, lang), "title")
        self._question.setObjectName("question")
        self.body.addWidget(self._question)
        self.body.addStretch(1)
        area = self.findChild(QScrollArea)
        assert area is not None  # a Page's body scrolls
        self._area = area
        area.installEventFilter(self)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._area and event.type() == QEvent.Type.Resize:
            self._fit_question()
        return super().eventFilter(watched, event)

    def _fit_question(self) -> None:
        """The question as large as a title where it fits whole above the answers, a size
        smaller where large text on a small screen would leave its end to a scroll."""
        margins = self.body.contentsMargins()
        width = self._area.width() - margins.left() - margins.right()
        height = self._area.height() - margins.top() - margins.bottom()
        for role in ("title", "heading"):
            set_role(self._question, role)
            if self._question.heightForWidth(width) <= height:
                return

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
