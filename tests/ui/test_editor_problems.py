"""The routine editor's problems in a caregiver's words: translatable sentences naming the
field and the step, for every problem the check can give."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from rehabtimer.core.routine_draft import RoutineDraft
from rehabtimer.paths import builtin_routines_dir
from rehabtimer.ui.editor.fields import ProblemLabel
from rehabtimer.ui.editor.problems import problem_words
from tests.ui.test_routine_editor import (
    choose,
    click,
    editor_of,
    field,
    open_active,
    problem_beside,
    routines_screen,
    show_part,
    type_text,
    visible,
    warnings,  # noqa: F401  (the fixture that catches stray warnings)
)

KNEE = json.loads((builtin_routines_dir() / "knee-oa.json").read_text(encoding="utf-8"))


def test_a_problem_names_its_field_and_step_and_says_what_to_do(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "new")
    editor = editor_of(screen)
    assert problem_beside(editor, "title.en") == (
        "⚠ Name of the routine: Write it in Japanese, in English, or in both.")
    type_text(qtbot, field(editor, "id"), "Knee")
    assert problem_beside(editor, "id") == (
        "⚠ Short name for the file (ID): Use 1 to 64 small letters a to z, digits and “-”, "
        "beginning with a letter or a digit (now \"Knee\").")

    show_part(qtbot, editor, 1)
    assert problem_beside(editor, "steps[0].title.en") == (
        "⚠ Step 1, Name of the step: Write it in Japanese, in English, or in both.")
    # A screen reader hears the same sentence when the box gets the focus.
    assert field(editor, "steps[0].title.en").accessibleDescription() == (
        "Step 1, Name of the step: Write it in Japanese, in English, or in both.")
    type_text(qtbot, field(editor, "steps[0].title.en"), "Belly breathing")
    type_text(qtbot, field(editor, "steps[0].instructions.en"), "Breathe slowly.")
    choose(editor, "steps[0].kind", "breathing")
    type_text(qtbot, field(editor, "steps[0].duration_s"), "8")
    assert visible(editor, ProblemLabel, "problems-steps[0]").text() == (
        "⚠ Step 1: One breath (10 s) is longer than the whole step (8 s): make the step "
        "longer or the breath shorter.")


def _problems(data: dict[str, Any], others: dict[str, bool] | None = None) -> list[str]:
    return [problem.message for problem in RoutineDraft(data, others).check().problems]


def _changed(change) -> dict[str, Any]:
    data = copy.deepcopy(KNEE)
    change(data)
    return data


def _hold(step: dict[str, Any]) -> None:
    step.clear()
    step.update(id="h", kind="hold", title={"en": "Hold"}, instructions={"en": "Hold."},
                hold_s=5)


BROKEN = {
    "no words": lambda d: d.update(title={}),
    "only spaces": lambda d: d.update(title={"ja": " "}),
    "too long": lambda d: d.update(title={"en": "x" * 2001}),
    "seconds": lambda d: d["steps"][0].update(rest_after_s=0.5),
    "reps": lambda d: d["steps"][1].update(reps=0),
    "id": lambda d: d.update(id="Knee OA"),
    "breath": lambda d: d["steps"].insert(0, {
        "id": "b", "kind": "breathing", "title": {"en": "B"}, "instructions": {"en": "B"},
        "duration_s": 5, "inhale_s": 4, "exhale_s": 6}),
    "order": lambda d: d.update(gate=[
        {"id": "a", "question": {"en": "A?"}, "only_if": {"question": "b", "answer": "yes"}},
        {"id": "b", "question": {"en": "B?"}}]),
    "advice": lambda d: d.update(gate=[{"id": "a", "question": {"en": "A?"}, "stop_if": "yes"}]),
    "emergency": lambda d: d.update(gate=[{"id": "a", "question": {"en": "A?"},
                                           "emergency": True}]),
    "dated": lambda d: d.update(gate=[{"id": "a", "question": {"en": "A?"}, "stop_if": "yes",
                                       "advice": {"en": "Wait."}, "date_rule": {"months": 1}}]),
    "pace": lambda d: d["steps"][1].update(pace="self"),
    "no pace": lambda d: d["steps"][1].pop("phases"),
    "no sides": lambda d: (_hold(d["steps"][0]), d["steps"][0].update(sides=[])),
    "twice": lambda d: (_hold(d["steps"][0]), d["steps"][0].update(sides=["left", "left"])),
    "no phases": lambda d: d["steps"][1].update(phases=[]),
    "many phases": lambda d: d["steps"][1].update(phases=d["steps"][1]["phases"] * 11),
    "many cautions": lambda d: d.update(cautions=[{"en": "Careful."}] * 21),
    "plan": lambda d: d.update(recommended={"per_day": 11}),
    "same step": lambda d: d["steps"][1].update(id=d["steps"][0]["id"]),
    "no kind": lambda d: d["steps"][0].pop("kind"),
    "no title": lambda d: d.pop("title"),
    "picture": lambda d: d["steps"][0].update(image="../x.png"),
    "figure": lambda d: d["steps"][0].update(figure="no-such-figure"),
}


@pytest.mark.parametrize("broken", sorted(BROKEN))
def test_every_problem_the_editor_can_meet_has_words_of_its_own(broken):
    messages = _problems(_changed(BROKEN[broken]))
    assert messages, "the change should break the routine"
    for message in messages:
        assert not problem_words(message).startswith("Not right here"), message


@pytest.mark.parametrize("builtin", [True, False])
def test_a_short_name_already_taken_has_words_of_its_own(builtin):
    (message,) = _problems(KNEE, {"knee-oa": builtin})
    assert not problem_words(message).startswith("Not right here"), message


def test_an_unknown_problem_keeps_its_own_words():
    assert problem_words("something new") == "Not right here: something new"


def test_save_stays_off_while_a_problem_is_shown(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "copy-knee-oa")
    editor = editor_of(screen)
    type_text(qtbot, field(editor, "title.en"), " ")
    assert problem_beside(editor, "title.en") == (
        "⚠ Name of the routine: The English box holds only spaces: write the words, or leave "
        "it empty.")
    assert not visible(editor, QPushButton, "save").isEnabled()
