"""The routine editor's form for the routine as a whole: name, description, how often, id,
cautions, the advice about pain, and safety questions (which may depend on earlier answers)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from rehabtimer.core.routine_draft import MAX_CAUTIONS, MAX_GATE, Loc, RoutineDraft
from rehabtimer.ui.editor.fields import ChoiceBox, CountBox, DraftForm, Field, stepper
from rehabtimer.ui.widgets.controls import make_label

# How often a routine may be planned, as routine.py allows it.
_MOST_PER_DAY, _MOST_PER_WEEK = 10, 50


class DetailsForm(DraftForm):
    def __init__(self, draft: RoutineDraft, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(draft, lang, (), parent)
        self.add_text(("title",), self.tr("Name of the routine"))
        self.add_text(("summary",), self.tr("Description (optional)"), required=False, lines=3,
                      hint=self.tr("What the routine is for, in one to three sentences."))
        self._plan()
        self._identifier()
        self._cautions()
        self._pain_advice()
        self._questions()
        self.layout_.addStretch(1)

    def _plan(self) -> None:
        plan = self.draft.get(("recommended",)) or {}
        per_week = "per_week" in plan
        self._times = CountBox()
        self._times.setObjectName("recommended.times")
        self._times.setRange(1, _MOST_PER_WEEK if per_week else _MOST_PER_DAY)
        self._times.setValue(plan.get("per_week" if per_week else "per_day", 1))
        self._times.setAccessibleName(self.tr("How often: number of times"))
        self._every = ChoiceBox()
        self._every.setObjectName("recommended.every")
        self._every.addItem(self.tr("times a day"), False)
        self._every.addItem(self.tr("times a week"), True)
        self._every.setCurrentIndex(1 if per_week else 0)
        self._every.setAccessibleName(self.tr("How often: a day or a week"))
        self._every.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row = stepper(self._times, self.tr("How often"))
        row.insertWidget(row.count() - 1, self._every)  # before the stretch that ends the row
        self._times.valueChanged.connect(self._set_plan)
        self._every.currentIndexChanged.connect(self._set_plan)
        self.add(Field(self.tr("How often"), [self._times, self._every], row,
                       self.tr("The plan the history compares the sessions with.")),
                 ["recommended", "recommended.per_day", "recommended.per_week"])

    def _set_plan(self) -> None:
        per_week = bool(self._every.currentData())
        self._times.setMaximum(_MOST_PER_WEEK if per_week else _MOST_PER_DAY)
        self.draft.set_plan(self._times.value(), per_week)
        self.edited.emit()

    def _identifier(self) -> None:
        box = QLineEdit(self.draft.get(("id",), ""))
        box.setObjectName("id")
        box.setMaxLength(64)
        box.textChanged.connect(lambda text: self._set(("id",), text))
        self.add(Field(self.tr("Short name for the file (ID)"), [box], box,
                       self.tr("Small letters a to z, digits and “-”, e.g. my-knee. "
                               "The routine is saved as this name with .json.")), ["id"])

    def _cautions(self) -> None:
        self.add_heading(self.tr("Cautions"))
        self.layout_.addWidget(make_label(
            self.tr("Shown before every session. Begin with a note that this is not medical "
                    "advice."), "muted"))
        cautions = self.draft.get(("cautions",)) or []
        for number, _ in enumerate(cautions, start=1):
            card = self.add_card(f"cautions[{number - 1}]")
            self.add_text(("cautions", number - 1), self.tr("Caution {n}").format(n=number),
                          lines=2, into=card)
            self._remove_button(self.tr("Remove caution {n}").format(n=number),
                                f"cautions[{number - 1}].remove", "cautions", number - 1, card)
        add = self.add_button(self.tr("Add a caution"), "cautions.add")
        add.setEnabled(len(cautions) < MAX_CAUTIONS)
        add.clicked.connect(self._add_caution)

    def _pain_advice(self) -> None:
        self.add_heading(self.tr("When it hurts"))
        self.add_text(("pain_advice",), self.tr("Advice about pain (optional)"), required=False,
                      lines=3, hint=self.tr(
                          "What pain is all right in this routine, and when to ask the care "
                          "team. Shown with the cautions and when the patient says it hurts. "
                          "Left empty, the app's general rule is shown: stop on sharp pain, or "
                          "pain that keeps getting worse."))

    def _questions(self) -> None:
        self.add_heading(self.tr("Safety questions"))
        self.layout_.addWidget(make_label(
            self.tr("Asked before every session. When the answer is the one that stops, the "
                    "session does not start and the advice is shown. Ask so that “yes” and "
                    "“no” cannot be misread."), "muted"))
        self.layout_.addWidget(make_label(
            self.tr("A question may be asked only after a given answer to an earlier one, e.g. "
                    "the questions about a cast only when there is a cast."), "muted"))
        gate = self.draft.get(("gate",)) or []
        for number, _ in enumerate(gate, start=1):
            loc = ("gate", number - 1)
            card = self.add_card(f"gate[{number - 1}]", self.tr("Question {n}").format(n=number))
            self.add_text((*loc, "question"), self.tr("Question {n}: the question")
                          .format(n=number), lines=2, into=card)
            if number > 1 or self.draft.get((*loc, "only_if")) is not None:
                self._condition(number - 1, card)
            dated = self.draft.get((*loc, "date_rule")) is not None
            if not dated:
                self.add_choice(
                    f"gate[{number - 1}].stop_if", self.tr("Question {n}: do not exercise when "
                                                           "the answer is").format(n=number),
                    [(self.tr("Yes"), "yes"), (self.tr("No"), "no"),
                     (self.tr("Neither: it only decides which questions follow"), None)],
                    self.draft.get((*loc, "stop_if")),
                    partial(self._set_stop, number - 1),
                    [f"gate[{number - 1}].stop_if", f"gate[{number - 1}].emergency"], into=card)
            if dated or self.draft.get((*loc, "stop_if")) is not None:
                self.add_text((*loc, "advice"), self.tr("Question {n}: what to do instead")
                              .format(n=number), lines=2, into=card)
            self._remove_button(self.tr("Remove question {n}").format(n=number),
                                f"gate[{number - 1}].remove", "gate", number - 1, card)
        add = self.add_button(self.tr("Add a safety question"), "gate.add")
        add.setEnabled(len(gate) < MAX_GATE)
        add.clicked.connect(self._add_question)

    def _condition(self, index: int, into: QVBoxLayout) -> None:
        """When the question is asked: always, or after a given answer to an earlier one."""
        gate = self.draft.get(("gate",))
        choices: list[tuple[str, Any]] = [(self.tr("Always"), None)]
        for number, earlier in enumerate(gate[:index], start=1):
            ident = earlier.get("id")
            choices += [
                (self.tr("Only when question {n} is answered “Yes”").format(n=number),
                 {"question": ident, "answer": "yes"}),
                (self.tr("Only when question {n} is answered “No”").format(n=number),
                 {"question": ident, "answer": "no"}),
            ]
        current = self.draft.get(("gate", index, "only_if"))
        if current is not None and current not in [data for _, data in choices]:
            # A question that is gone, or comes later: shown as it is, with its problem.
            choices.append((self.tr("Only when “{id}” is answered “{answer}”").format(
                id=current.get("question"), answer=current.get("answer")), current))
        name = f"gate[{index}].only_if"
        self.add_choice(name, self.tr("Question {n}: when to ask it").format(n=index + 1),
                        choices, current,
                        lambda condition: self._set(("gate", index, "only_if"),
                                                    dict(condition) if condition else None),
                        [name], into=into)

    def _set_stop(self, index: int, answer: str | None) -> None:
        """A question that stops on an answer has advice; one that only decides which
        questions follow has neither (nor can it be an emergency)."""
        loc: Loc = ("gate", index)
        shape_changed = (answer is None) != (self.draft.get((*loc, "stop_if")) is None)
        self.draft.set((*loc, "stop_if"), answer)
        if answer is None:
            self.draft.set((*loc, "advice"), None)
            self.draft.set((*loc, "emergency"), None)
        elif self.draft.get((*loc, "advice")) is None:
            self.draft.set((*loc, "advice"), {})
        if shape_changed:
            self.rebuild.emit(f"gate[{index}].stop_if")
        else:
            self.edited.emit()

    def _remove_button(self, text: str, name: str, key: str, index: int,
                       into: QVBoxLayout) -> None:
        button = self.add_button(text, name, into)
        button.clicked.connect(lambda: self._remove(key, index))

    def _remove(self, key: str, index: int) -> None:
        self.draft.remove((key,), index)
        self.rebuild.emit(f"{key}.add")

    def _add_caution(self) -> None:
        index = self.draft.add_caution()
        self.rebuild.emit(f"cautions[{index}].{self.lang}")

    def _add_question(self) -> None:
        index = self.draft.add_question()
        self.rebuild.emit(f"gate[{index}].question.{self.lang}")
