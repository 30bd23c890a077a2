"""The routine editor's form for one step: its words, its kind, and the numbers of that kind."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from rehabtimer.core.routine import (
    MAX_REPS,
    MIN_REPS,
    BreathingStep,
    HoldStep,
    RepsStep,
    TimedStep,
)
from rehabtimer.core.routine_draft import MAX_PHASES, Loc, RoutineDraft, Timing, place
from rehabtimer.core.routine_problems import Problem
from rehabtimer.core.texts import pick
from rehabtimer.ui.editor.fields import DraftForm, Field
from rehabtimer.ui.editor.figure_picker import FIGURE, NONE, Choice, FigurePicker, choice_of
from rehabtimer.ui.widgets.controls import make_label
from rehabtimer.ui.widgets.words import clock_text

_MODELS: dict[str, type[BaseModel]] = {
    "timed": TimedStep, "breathing": BreathingStep, "hold": HoldStep, "reps": RepsStep,
}


def _default(kind: str, key: str) -> Any:
    """What the app uses when the file leaves the key out, as the model says."""
    return _MODELS[kind].model_fields[key].default


class StepForm(DraftForm):
    def __init__(self, draft: RoutineDraft, index: int, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(draft, lang, ("steps", index), parent)
        self.index = index
        self.loc: Loc = ("steps", index)
        step = draft.steps[index]
        kind = step["kind"]
        image = step.get("image")
        self._picker = FigurePicker(choice_of(step), image if isinstance(image, str) else None)
        # The chosen figure beside the step's names, so it stays in view near the top.
        top = QHBoxLayout()
        top.setSpacing(16)
        names = QVBoxLayout()
        names.setSpacing(14)
        top.addLayout(names, 1)
        top.addWidget(self._picker.preview, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(top)
        self.add_text((*self.loc, "title"), self.tr("Name of the step"), into=names)
        self.add_text((*self.loc, "say"), self.tr("What the voice says (optional)"),
                      required=False, into=names, hint=self.tr(
                          "Said instead of the name as the step is about to start: a reading "
                          "the voice gets right (kana for a name it misreads), or a shorter "
                          "name."))
        # Short names keep the box narrow at large text sizes; the hint says what one means.
        self.add_choice(
            place((*self.loc, "kind")), self.tr("Kind of step"),
            [(self.tr("Timed"), "timed"), (self.tr("Breathing"), "breathing"),
             (self.tr("Hold"), "hold"), (self.tr("Repetitions"), "reps")],
            kind, self._change_kind, [place((*self.loc, "kind"))],
            hint={"timed": self.tr("Do something for a set time, such as walking."),
                  "breathing": self.tr("Breathe in and out at a steady pace."),
                  "hold": self.tr("Hold a position, a number of times, with rests between."),
                  "reps": self.tr("Repeat a movement a number of times.")}[kind])
        {"timed": self._timed, "breathing": self._breathing, "hold": self._hold,
         "reps": self._reps}[kind]()
        last = index == len(draft.steps) - 1
        self.add_seconds((*self.loc, "rest_after_s"), self.tr("Rest after this step"),
                         none_text=self.tr("No rest"),
                         hint=self.tr("Not used after the last step.") if last
                         else self.tr("Time to change position before the next step."))
        self._length = make_label(role="muted")
        self._length.setObjectName(f"{place(self.loc)}.length")
        self.layout_.addWidget(self._length)
        self.add_text((*self.loc, "instructions"), self.tr("Instructions"), lines=4,
                      hint=self.tr("Two to four short lines: one action per line."))
        self.add_text((*self.loc, "caution"), self.tr("Caution for this step (optional)"),
                      required=False, lines=2)
        self._figure_field()
        self.layout_.addStretch(1)

    def show_check(self, problems: Iterable[Problem], timing: Timing | None) -> None:
        super().show_check(problems, timing)
        self._picker.set_title(pick(self.draft.steps[self.index].get("title") or {}, self.lang))
        if timing is None or self.index >= len(timing.steps_s):
            self._length.setText("")
            return
        length = clock_text(timing.steps_s[self.index])
        breaths = timing.counts[self.index]
        if self.draft.steps[self.index]["kind"] == "breathing" and breaths:
            # The step runs whole breaths, so its length is rounded to them: say why.
            self._length.setText(self.tr("This step takes {time}: {breaths} whole breaths, "
                                         "with the get-ready countdown.")
                                 .format(time=length, breaths=breaths))
        else:
            self._length.setText(self.tr("This step takes {time}, with the get-ready "
                                         "countdown.").format(time=length))

    def _key(self, key: str) -> Loc:
        return (*self.loc, key)

    # -- each kind's numbers ------------------------------------------------------------------

    def _timed(self) -> None:
        self.add_seconds(self._key("duration_s"), self.tr("How long"), step=5)

    def _breathing(self) -> None:
        self.add_seconds(self._key("duration_s"), self.tr("How long in all"), step=5)
        self.add_seconds(self._key("inhale_s"), self.tr("Breathe in for"))
        self.add_seconds(self._key("hold_s"), self.tr("Hold the breath for"),
                         none_text=self.tr("Do not hold"),
                         hint=self.tr("Usually left out: patients should not hold their "
                                      "breath."))
        self.add_seconds(self._key("exhale_s"), self.tr("Breathe out for"))

    def _hold(self) -> None:
        self.add_seconds(self._key("hold_s"), self.tr("Hold for"))
        self.add_count(self._key("reps"), self.tr("How many times (on each side)"), MIN_REPS,
                       MAX_REPS, _default("hold", "reps"))
        self.add_seconds(self._key("rest_s"), self.tr("Rest between holds"),
                         _default("hold", "rest_s"))
        self._sides("hold")

    def _reps(self) -> None:
        self.add_count(self._key("reps"), self.tr("How many times (on each side)"), MIN_REPS,
                       MAX_REPS)
        self_paced = "pace" in self.draft.steps[self.index]
        self.add_choice(
            place(self._key("pace")), self.tr("Pace"),
            [(self.tr("Timed movements"), False), (self.tr("Own pace"), True)],
            self_paced, self._change_pace, [place(self._key("pace"))],
            hint=self.tr("The patient presses a button after each time.") if self_paced
            else self.tr("Each time is made of movements, each with its seconds."))
        if self_paced:
            self.add_seconds(self._key("estimate_s"), self.tr("About how long one time takes"),
                             _default("reps", "estimate_s"),
                             hint=self.tr("Only used to work out how long the routine takes."))
        else:
            self._phases()
        self.add_seconds(self._key("rest_s"), self.tr("Rest between times"),
                         none_text=self.tr("No rest"))
        self._sides("reps")

    def _phases(self) -> None:
        phases = self.draft.steps[self.index].get("phases") or []
        self.add(Field(self.tr("Movements of one time, in order"), [], None,
                       self.tr("Each is shown with its words and counted down.")),
                 [place(self._key("phases"))])
        for number, _ in enumerate(phases, start=1):
            loc = (*self._key("phases"), number - 1)
            card = self.add_card(place(loc), self.tr("Movement {n}").format(n=number))
            self.add_text((*loc, "label"), self.tr("Movement {n}: words shown").format(n=number),
                          into=card)
            self.add_seconds((*loc, "seconds"), self.tr("Movement {n}: how long")
                             .format(n=number), into=card)
            remove = self.add_button(self.tr("Remove movement {n}").format(n=number),
                                     f"{place(loc)}.remove", into=card)
            remove.setEnabled(len(phases) > 1)
            remove.clicked.connect(lambda _=False, i=number - 1: self._remove_phase(i))
        add = self.add_button(self.tr("Add a movement"), f"{place(self._key('phases'))}.add")
        add.setEnabled(len(phases) < MAX_PHASES)
        add.clicked.connect(self._add_phase)

    def _sides(self, kind: str) -> None:
        sides = self.draft.steps[self.index].get("sides")
        self.add_choice(
            place(self._key("sides")), self.tr("Sides"),
            [(self.tr("Both at once, or no sides"), None),
             (self.tr("Right, then left"), ["right", "left"]),
             (self.tr("Left, then right"), ["left", "right"]),
             (self.tr("Right only"), ["right"]),
             (self.tr("Left only"), ["left"])],
            sides, self._change_sides, [place(self._key("sides"))])
        self._switch = self.add_seconds(self._key("switch_s"), self.tr("Time to change sides"),
                                        _default(kind, "switch_s"))
        self._switch.setEnabled(bool(sides and len(sides) > 1))

    def _figure_field(self) -> None:
        choices = self._picker.choices
        choices.setObjectName(place(self._key("figure")))
        self.add(Field(self.tr("Figure (optional)"), [choices], self._picker, self.tr(
            "A drawing of the exercise, shown large during the session and moving with the "
            "timer.")), [place(self._key("figure")), place(self._key("image"))])
        self._picker.chosen.connect(self._choose_figure)

    def _choose_figure(self, choice: Choice) -> None:
        kind, value = choice
        self.draft.set(self._key("figure"), value if kind == FIGURE else None)
        if kind == NONE and "image" in self.draft.steps[self.index]:
            # The picture file leaves the list of choices with it.
            self.draft.set(self._key("image"), None)
            self.rebuild.emit(place(self._key("figure")))
            return
        self.edited.emit()

    # -- changes of shape -----------------------------------------------------------------

    def _change_kind(self, kind: str) -> None:
        self.draft.set_kind(self.index, kind)
        self.rebuild.emit(place(self._key("kind")))

    def _change_pace(self, self_paced: bool) -> None:
        self.draft.set_self_paced(self.index, self_paced)
        self.rebuild.emit(place(self._key("pace")))

    def _change_sides(self, sides: list[str] | None) -> None:
        self.draft.set(self._key("sides"), list(sides) if sides else None)
        self._switch.setEnabled(bool(sides) and len(sides or ()) > 1)
        self.edited.emit()

    def _add_phase(self) -> None:
        number = self.draft.add_phase(self.index)
        self.rebuild.emit(f"{place((*self._key('phases'), number, 'label'))}.{self.lang}")

    def _remove_phase(self, number: int) -> None:
        self.draft.remove(self._key("phases"), number)
        self.rebuild.emit(f"{place(self._key('phases'))}.add")
