"""The routine editor shows and changes a routine's advice about pain, which safety questions
depend on earlier answers, and what the voice says for a step."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QComboBox, QPushButton

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
    user_file,
    visible,
    warnings,  # noqa: F401  (the fixture that catches stray warnings)
)


def copy_of_bone_atrophy(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "copy-bone-atrophy")
    return window, editor_of(screen)


def saved(window, editor) -> dict:
    click(window, "save")
    return json.loads(user_file(window, editor.draft.data["id"]).read_text(encoding="utf-8"))


def shown(editor, name: str) -> str:
    box = field(editor, name)
    assert isinstance(box, QComboBox)
    return box.currentText()


def test_the_advice_about_pain_is_shown_changed_and_left_out_when_emptied(qtbot, data_dir):
    window, editor = copy_of_bone_atrophy(qtbot, data_dir)
    advice = editor.draft.data["pain_advice"]
    assert field(editor, "pain_advice.ja").toPlainText() == advice["ja"]
    assert field(editor, "pain_advice.en").toPlainText() == advice["en"]
    type_text(qtbot, field(editor, "pain_advice.en"), "Stop on sharp pain.")
    assert saved(window, editor)["pain_advice"] == {"ja": advice["ja"],
                                                    "en": "Stop on sharp pain."}

    window, editor = copy_of_bone_atrophy(qtbot, data_dir / "again")
    field(editor, "pain_advice.ja").clear()
    field(editor, "pain_advice.en").clear()
    assert problem_beside(editor, "pain_advice.en") == ""  # optional: the general rule holds
    assert "pain_advice" not in saved(window, editor)


def test_questions_asked_only_after_an_answer_show_and_change_it(qtbot, data_dir):
    window, editor = copy_of_bone_atrophy(qtbot, data_dir)
    # "Is there a cast?" stops nothing: it decides whether the cast questions are asked.
    assert shown(editor, "gate[0].stop_if") == "Neither: it only decides which questions follow"
    assert visible(editor, QComboBox, "gate[0].only_if") is None  # nothing is asked before it
    assert field(editor, "gate[1].only_if").currentText() == (
        "Only when question 1 is answered “Yes”")
    assert shown(editor, "gate[4].only_if") == "Always"
    choose(editor, "gate[4].only_if", {"question": "cast", "answer": "no"})
    choose(editor, "gate[1].only_if", None)
    gate = saved(window, editor)["gate"]
    assert gate[4]["only_if"] == {"question": "cast", "answer": "no"}
    assert "only_if" not in gate[1]


def test_a_question_that_decides_nothing_has_no_advice_and_one_that_stops_needs_it(qtbot,
                                                                                    data_dir):
    window, editor = copy_of_bone_atrophy(qtbot, data_dir)
    assert visible(editor, QComboBox, "gate[0].advice.en") is None
    assert field(editor, "gate[1].advice.en") is not None
    choose(editor, "gate[0].stop_if", "yes")
    assert problem_beside(editor, "gate[0].advice.en") == (
        "⚠ Question 1: what to do instead: Write it in Japanese, in English, or in both.")
    assert not visible(editor, QPushButton, "save").isEnabled()
    choose(editor, "gate[0].stop_if", None)
    assert visible(editor, QComboBox, "gate[0].advice.en") is None
    assert visible(editor, QPushButton, "save").isEnabled()
    choose(editor, "gate[2].stop_if", None)
    question = saved(window, editor)["gate"][2]
    assert "stop_if" not in question and "advice" not in question


def test_removing_the_question_others_depend_on_says_so_at_theirs(qtbot, data_dir, monkeypatch):
    window, editor = copy_of_bone_atrophy(qtbot, data_dir)
    click(window, "gate[0].remove")
    assert shown(editor, "gate[0].only_if") == "Only when “cast” is answered “yes”"
    assert problem_beside(editor, "gate[0].only_if") == (
        "⚠ Question 1: when to ask it: The question this one depends on is not among the "
        "questions before it: choose one of those, or “Always”.")
    assert not visible(editor, QPushButton, "save").isEnabled()
    for index in range(3):
        choose(editor, f"gate[{index}].only_if", None)
    assert visible(editor, QPushButton, "save").isEnabled()


def test_what_the_voice_says_for_a_step_is_kept(qtbot, data_dir):
    window, editor = copy_of_bone_atrophy(qtbot, data_dir)
    show_part(qtbot, editor, 2)
    assert field(editor, "steps[1].say.ja").text() == ""
    field(editor, "steps[1].say.ja").insert("ひじのまげのばし")
    type_text(qtbot, field(editor, "steps[1].say.en"), "Elbows")
    field(editor, "steps[1].say.en").clear()  # an emptied box leaves its language out
    assert saved(window, editor)["steps"][1]["say"] == {"ja": "ひじのまげのばし"}
