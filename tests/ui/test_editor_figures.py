"""The routine editor offers the figure library with previews, shows the chosen figure beside
the step, and saves it; a figure the app does not have is a problem, not a crash."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from rehabtimer.core.routine_draft import RoutineDraft
from rehabtimer.ui.editor.editor import RoutineEditor
from rehabtimer.ui.session.figure import ExerciseFigure
from tests.core.routines_for_tests import step, text
from tests.ui.test_routine_editor import (
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


def pick_figure(qtbot, editor: RoutineEditor, index: int, title: str) -> None:
    """Click the preview of that name in the step's list of figures."""
    choices = field(editor, f"steps[{index}].figure")
    assert isinstance(choices, QListWidget)
    found = choices.findItems(title, Qt.MatchFlag.MatchExactly)
    assert len(found) == 1, f"no figure named {title!r}"
    choices.scrollToItem(found[0])
    qtbot.mouseClick(choices.viewport(), Qt.MouseButton.LeftButton,
                     pos=choices.visualItemRect(found[0]).center())


def preview(editor: RoutineEditor) -> ExerciseFigure:
    shown = visible(editor, ExerciseFigure, "figure-preview")
    assert shown is not None
    return shown


def test_a_chosen_figure_is_previewed_shown_by_the_step_and_saved(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "new")
    editor = editor_of(screen)
    type_text(qtbot, field(editor, "title.en"), "Heels")
    show_part(qtbot, editor, 1)
    type_text(qtbot, field(editor, "steps[0].title.en"), "Heel raise")
    type_text(qtbot, field(editor, "steps[0].instructions.en"), "Lift the heels.")
    assert visible(editor, ExerciseFigure, "figure-preview") is None  # no figure yet
    assert editor.parts.item(1).icon().isNull()

    pick_figure(qtbot, editor, 0, "Heel raise, sitting")
    shown = preview(editor)
    assert shown.figure is not None and shown.figure.name == "heel-raise-seated"
    assert shown.accessibleName() == "Heel raise"
    caption = visible(editor, QLabel, "figure-caption")
    assert caption is not None and caption.text() == "Heel raise, sitting"
    assert not editor.parts.item(1).icon().isNull()  # the step's figure beside it in the list
    click(window, "save")
    data = json.loads(user_file(window, "my-routine").read_text(encoding="utf-8"))
    assert data["steps"][0]["figure"] == "heel-raise-seated"

    click(window, "edit-my-routine")
    editor = editor_of(screen)
    show_part(qtbot, editor, 1)
    assert preview(editor).figure.name == "heel-raise-seated"  # type: ignore[union-attr]
    pick_figure(qtbot, editor, 0, "No figure")
    assert visible(editor, ExerciseFigure, "figure-preview") is None
    click(window, "save")
    data = json.loads(user_file(window, "my-routine").read_text(encoding="utf-8"))
    assert "figure" not in data["steps"][0]


def test_every_figure_is_offered_with_a_name_and_a_picture(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "new")
    editor = editor_of(screen)
    show_part(qtbot, editor, 1)
    choices = field(editor, "steps[0].figure")
    assert isinstance(choices, QListWidget)
    assert choices.accessibleName() == "Figures to choose from"
    items = [choices.item(row) for row in range(choices.count())]
    assert items[0].text() == "No figure" and items[0].isSelected()
    figures = items[1:]
    assert len(figures) == 23
    assert all(item.text() and "-" not in item.text()[:3] for item in figures)
    assert all(not item.icon().isNull() for item in figures)


def test_an_unknown_figure_in_a_file_is_a_problem_not_a_crash(qtbot, tmp_path):
    path = tmp_path / "mine.json"
    data = {"format": 1, "id": "mine", "title": text("Mine"), "recommended": {"per_day": 1},
            "steps": [step("kick", "timed", duration_s=30, figure="flying-kick",
                           image="pictures/kick.png")]}
    path.write_text(json.dumps(data), encoding="utf-8")
    editor = RoutineEditor(RoutineDraft(json.loads(path.read_text(encoding="utf-8"))),
                           "Edit", "en")
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    show_part(qtbot, editor, 1)
    assert editor.parts.item(1).text().startswith("⚠")
    assert problem_beside(editor, "steps[0].figure") == (
        "⚠ Step 1, Figure (optional): \"flying-kick\" is not one of the app's figures.")
    assert visible(editor, ExerciseFigure, "figure-preview") is None
    caption = visible(editor, QLabel, "figure-caption")
    assert caption is not None and "flying-kick" in caption.text()
    assert not editor.save.isEnabled()

    # The picture file is one of the choices; choosing it mends the step.
    pick_figure(qtbot, editor, 0, "Picture file: pictures/kick.png")
    assert "figure" not in editor.draft.steps[0]
    assert editor.draft.steps[0]["image"] == "pictures/kick.png"
    assert problem_beside(editor, "steps[0].figure") == ""
    assert editor.save.isEnabled()
