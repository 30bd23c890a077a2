"""What comes after a session: how it went, how it felt, and (after "it hurts") what to do."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rehabtimer.core.events import Outcome, StepResult, StepStatus
from rehabtimer.core.routine import Routine
from rehabtimer.core.texts import pick
from rehabtimer.ui.session.pain_pages import care_team_line
from rehabtimer.ui.session.prestart import pain_anchors
from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.line_breaks import unbroken
from rehabtimer.ui.widgets.page import Page
from rehabtimer.ui.widgets.scale_chooser import ScaleChooser
from rehabtimer.ui.widgets.words import duration_words, side_word, step_status_word


@dataclass(frozen=True)
class Feedback:
    pain_after: int | None
    effort: int | None
    note: str | None


class SafetyPage(Page):
    """After "it hurts": stop, and when to get help."""

    done = Signal()

    def __init__(self, routine: Routine, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("You stopped because it hurt"))
        first = make_label(
            self.tr("Rest now. Do not repeat the movement that hurt today."), "heading")
        first.setObjectName("safety")
        self.body.addWidget(first)
        self.body.addWidget(make_label(care_team_line()))
        if routine.pain_advice is not None:
            advice = make_label(pick(routine.pain_advice, lang), "muted")
            advice.setObjectName("pain-advice")
            self.body.addWidget(advice)
        self.body.addWidget(make_label(
            self.tr("In an emergency, call an ambulance: 119 in Japan."), "notice"))
        self.body.addStretch(1)
        self._ok = make_button(self.tr("Continue"), "primary", "continue")
        self._ok.clicked.connect(self.done.emit)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._ok)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ok.setFocus()


class FeedbackPage(Page):
    """Pain now, how hard it was, a note, and a summary of what was done."""

    saved = Signal(object)
    """A Feedback."""

    def __init__(
        self,
        routine: Routine,
        results: list[StepResult],
        outcome: Outcome | None,
        active_s: float,
        pain_before: int | None,
        pain_after: int | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pain_before = pain_before
        self.title.setText(
            self.tr("Well done!") if outcome is Outcome.COMPLETED else self.tr("Session ended")
        )
        # Two columns: how it felt on the left, what was done on the right, so both fit
        # without scrolling on a laptop screen.
        feel, done = QVBoxLayout(), QVBoxLayout()
        # Their own spacing: one column under the other, they would take the columns' gap.
        feel.setSpacing(14)
        done.setSpacing(14)
        self._questions: list[QLabel] = []
        self._feel, self._columns = feel, QHBoxLayout()
        self._columns.setSpacing(40)
        self._columns.addLayout(feel, 3)
        self._columns.addLayout(done, 2)
        self.body.addLayout(self._columns)
        self.pain = ScaleChooser(pain_anchors(), self.tr("Pain now"))
        self.pain.setObjectName("pain")
        self.pain.set_value(pain_after)
        self._add_scale(feel, self.tr("Pain now"), self.pain)
        self.effort = ScaleChooser(
            {0: self.tr("0 very easy"), 5: self.tr("5 somewhat hard, but I can keep going"),
             10: self.tr("10 could not do more")},
            self.tr("How hard was it?"),
        )
        self.effort.setObjectName("effort")
        self._add_scale(feel, self.tr("How hard was it?"), self.effort)
        # Said beside the field, not as its placeholder: a placeholder longer than the field
        # is cut off, and it goes away as soon as the patient types. One row, so that with
        # large text the note (and Save, see resizeEvent) stays in view under the scales.
        note_label = make_label(self.tr("Note for your care team"))
        note_label.setWordWrap(False)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(500)
        note_label.setBuddy(self.note)
        self._note_row = QHBoxLayout()
        self._note_row.addWidget(note_label)
        self._note_row.addWidget(self.note, 1)
        feel.addLayout(self._note_row)
        feel.addStretch(1)
        done.addWidget(make_label(self.tr("What you did"), "heading"))
        self._change = make_label(role="muted")
        self._change.setObjectName("pain_change")
        done.addWidget(self._change)
        self._summary = make_label()
        self._summary.setObjectName("summary")
        self._summary.setText(self._summary_text(routine, results, active_s, lang))
        done.addWidget(self._summary)
        done.addStretch(1)
        self.pain.changed.connect(lambda _value: self._show_change())
        self._show_change()
        self._save = make_button(self.tr("Save"), "primary", "save")
        self._save.clicked.connect(self._emit)
        self.default_button = self._save
        self.buttons.addStretch(1)
        self.buttons.addWidget(self._save)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, self._emit)

    def _add_scale(self, column: QVBoxLayout, question: str, scale: ScaleChooser) -> None:
        label = make_label(question, "heading")
        self._questions.append(label)
        column.addWidget(label)
        column.addWidget(scale)

    def _summary_text(
        self, routine: Routine, results: list[StepResult], active_s: float, lang: str
    ) -> str:
        lines = [self.tr("Active time: {time}").format(time=duration_words(active_s))]
        by_step = {r.step_index: r for r in results}
        for index, step in enumerate(routine.steps):
            result = by_step.get(index)
            title = pick(step.title, lang)
            if result is None:
                lines.append(self.tr("{title}: not started").format(title=title))
                continue
            parts = []
            for side in result.sides:
                amount = (
                    self.tr("{done} of {planned} reps").format(done=side.done_reps,
                                                               planned=side.planned_reps)
                    if side.planned_reps is not None
                    else duration_words(side.done_s)
                )
                where = side_word(side.side)
                parts.append(f"{where} {amount}".strip())
            status = unbroken(step_status_word(result.status))
            mark = "✓" if result.status is StepStatus.COMPLETED else "·"
            line = self.tr("{title}: {amounts} ({status})").format(
                title=title, amounts=self.tr(", ").join(parts), status=status)
            lines.append(f"{mark} {line}")
        return "\n".join(lines)

    def _show_change(self) -> None:
        after = self.pain.value()
        self._change.setVisible(self._pain_before is not None and after is not None)
        if self._pain_before is None or after is None:
            self._change.setText("")
            return
        self._change.setText(
            self.tr("Pain before {before}, now {after}").format(
                before=self._pain_before, after=after
            )
        )

    def _emit(self) -> None:
        note = self.note.text().strip() or None
        self.saved.emit(Feedback(self.pain.value(), self.effort.value(), note))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side while the scales have their three fifths of the width; with large
        # text they would squeeze the other column to a word a line, so one goes under the
        # other.
        layout = self.layout()
        assert layout is not None  # Page lays itself out when made
        margins = layout.contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        # Measured as when side by side, whichever way they are now: compact scales are
        # narrower, and would otherwise flip the columns back and forth.
        needed = max(self._feel.minimumSize().width(), self.pain.wide_width(),
                     self.effort.wide_width())
        side_by_side = needed * 5 <= room * 3
        direction = (QBoxLayout.Direction.LeftToRight if side_by_side
                     else QBoxLayout.Direction.TopToBottom)
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)
            # One above the other, the columns are taller than the window with large text:
            # the scales' words go on one line each and Save beside the note, so that both
            # scales, the note and Save are in view together.
            self.pain.set_compact(not side_by_side)
            self.effort.set_compact(not side_by_side)
            (self._note_row if side_by_side else self.buttons).removeWidget(self._save)
            (self.buttons if side_by_side else self._note_row).addWidget(self._save)
            for question in self._questions:
                question.setProperty("role", "heading" if side_by_side else "field")
                question.style().unpolish(question)
                question.style().polish(question)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.pain.setFocus()
