"""The routine editor, driven through the real window on real files in a temp folder."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QWidget,
)

from rehabtimer.cli import main as cli_main
from rehabtimer.core.library import load_library
from rehabtimer.core.routine_loading import load_routine, parse_routine
from rehabtimer.paths import builtin_routines_dir
from rehabtimer.ui.editor.editor import RoutineEditor
from rehabtimer.ui.editor.fields import Field, ProblemLabel
from rehabtimer.ui.editor.routines import RoutinesScreen
from rehabtimer.ui.history.dialogs import SessionDialog
from tests.ui.conftest import open_window

MISSING = "Write it in Japanese, in English, or in both."


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    """Warnings shown to the user, kept here: a real one would wait for a click for ever.
    A test that expects one empties the list; any other fails the test."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    yield shown
    assert shown == []


def open_active(qtbot, data_dir):
    """The window, active: shortcuts only reach the active window, and a window of an
    earlier test may still hold that place for a moment."""
    window, drive = open_window(qtbot, data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, drive


def visible(window: QWidget, kind, name: str):
    """The one visible widget of that name (screens just left wait, hidden, to be deleted)."""
    QApplication.processEvents()  # widgets added to a shown layout appear on the next turn
    found = [w for w in window.findChildren(kind, name) if w.isVisible()]
    assert len(found) <= 1, f"{len(found)} visible widgets named {name!r}"
    return found[0] if found else None


def click(window: QWidget, name: str) -> None:
    button = visible(window, QPushButton, name)
    assert button is not None, f"no visible button {name!r}"
    assert button.isEnabled(), f"button {name!r} is disabled"
    button.click()


def routines_screen(window) -> RoutinesScreen:
    click(window, "routines")
    screen = visible(window, RoutinesScreen, "")
    assert screen is not None
    return screen


def editor_of(screen: RoutinesScreen) -> RoutineEditor:
    assert screen.editor is not None and screen.editor.isVisible()
    return screen.editor


def field(editor: RoutineEditor, name: str) -> QWidget:
    widget = visible(editor, QWidget, name)
    assert widget is not None, f"no visible input {name!r}"
    return widget


def problem_beside(editor: RoutineEditor, name: str) -> str:
    """The problem text shown under an input, "" when none is shown."""
    widget = field(editor, name).parentWidget()
    while not isinstance(widget, Field):
        widget = widget.parentWidget()
    return widget.problem.text() if widget.problem.isVisible() else ""


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Replace what an input holds, with real key presses (Japanese comes from an input
    method, not from keys: it is inserted)."""
    widget.setFocus()
    widget.selectAll()
    if text.isascii():
        for number, line in enumerate(text.split("\n")):
            if number:
                qtbot.keyClick(widget, Qt.Key.Key_Return)
            qtbot.keyClicks(widget, line)
    elif isinstance(widget, QTextEdit):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def choose(editor: RoutineEditor, name: str, data) -> None:
    box = field(editor, name)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(data))


def part_texts(editor: RoutineEditor) -> list[str]:
    return [editor.parts.item(row).text() for row in range(editor.parts.count())]


def show_part(qtbot, editor: RoutineEditor, row: int) -> None:
    """Choose a part in the list with the keyboard."""
    editor.parts.setFocus()
    while editor.parts.currentRow() != row:
        key = Qt.Key.Key_Down if editor.parts.currentRow() < row else Qt.Key.Key_Up
        qtbot.keyClick(editor.parts, key)


def user_file(window, routine_id: str):
    return window.ctx.routines_dir / f"{routine_id}.json"


def run_to_the_end(window, drive, routine_id: str) -> None:
    click(window, f"start-{routine_id}")
    if visible(window, QPushButton, "accept") is not None:
        click(window, "accept")
    if visible(window, QPushButton, "continue") is not None:  # a page only with cautions
        click(window, "continue")
    click(window, "skip")  # no pain rating
    drive.run_until(lambda: visible(window, QPushButton, "save") is not None)
    click(window, "save")


def save_a_short_routine(window, qtbot, title: str = "Short") -> RoutinesScreen:
    """Build and save a one-step routine through the editor; returns the list screen."""
    screen = routines_screen(window)
    click(window, "new")
    editor = editor_of(screen)
    type_text(qtbot, field(editor, "title.en"), title)
    show_part(qtbot, editor, 1)
    type_text(qtbot, field(editor, "steps[0].title.en"), "March")
    type_text(qtbot, field(editor, "steps[0].instructions.en"), "March on the spot.")
    type_text(qtbot, field(editor, "steps[0].duration_s"), "10")
    click(window, "save")
    return screen


def test_a_routine_built_from_scratch_is_checked_saved_listed_and_run(qtbot, data_dir):
    window, drive = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "new")
    editor = editor_of(screen)

    # Nothing written yet: what is missing is said beside the field, and Save is off.
    assert problem_beside(editor, "title.en") == f"⚠ Name of the routine: {MISSING}"
    assert not visible(editor, QPushButton, "save").isEnabled()
    assert "Cannot save yet: 3 things to fix" in editor.reason.text()
    assert part_texts(editor) == ["⚠ Routine details", "⚠ 1. (no name yet) (1:05)"]
    assert editor.total.text() == "Total time: 1 min 5 s, of which exercise 1 min 0 s."

    type_text(qtbot, field(editor, "title.en"), "Morning stretch")
    type_text(qtbot, field(editor, "title.ja"), "朝のストレッチ")
    assert problem_beside(editor, "title.en") == ""
    assert part_texts(editor)[0] == "Routine details"

    show_part(qtbot, editor, 1)
    assert problem_beside(editor, "steps[0].title.en") == (
        f"⚠ Step 1, Name of the step: {MISSING}")
    type_text(qtbot, field(editor, "steps[0].title.en"), "Calf stretch")
    type_text(qtbot, field(editor, "steps[0].instructions.en"), "Step back.\nPress the heel down.")
    choose(editor, "steps[0].kind", "hold")
    type_text(qtbot, field(editor, "steps[0].hold_s"), "20")
    choose(editor, "steps[0].sides", ["right", "left"])
    assert field(editor, "steps[0].switch_s").isEnabled()
    # Get ready 5 s, 20 s right, 5 s to change sides, 20 s left.
    assert editor.total.text() == "Total time: 50 s, of which exercise 40 s."
    assert part_texts(editor)[1] == "1. Calf stretch (0:50)"

    # A second step whose numbers do not fit together: the message is at the step's top.
    click(window, "add-step")
    assert editor.parts.currentRow() == 2
    assert window.focusWidget() is field(editor, "steps[1].title.en")
    qtbot.keyClicks(window.focusWidget(), "Belly breathing")
    type_text(qtbot, field(editor, "steps[1].instructions.en"), "Breathe slowly.")
    choose(editor, "steps[1].kind", "breathing")
    type_text(qtbot, field(editor, "steps[1].duration_s"), "8")
    top = visible(editor, ProblemLabel, "problems-steps[1]")
    assert top.text() == ("⚠ Step 2: One breath (10 s) is longer than the whole step (8 s): "
                          "make the step longer or the breath shorter.")
    assert not visible(editor, QPushButton, "save").isEnabled()
    assert editor.total.text().startswith("Total time: ")  # the numbers alone are valid
    type_text(qtbot, field(editor, "steps[1].duration_s"), "60")
    assert not top.isVisible()
    assert editor.reason.text() == ""

    click(window, "save")
    saved = user_file(window, "my-routine")
    routine = load_library(builtin_routines_dir(), window.ctx.routines_dir).get("my-routine")
    assert routine is not None and not routine.builtin
    assert json.loads(saved.read_text(encoding="utf-8")) == routine.routine.to_data()
    assert routine.routine.title == {"ja": "朝のストレッチ", "en": "Morning stretch"}
    assert routine.routine.steps[0].instructions["en"] == "Step back.\nPress the heel down."
    assert window.ctx.library.get("my-routine") is not None  # the app's library, reloaded
    assert "Saved “Morning stretch”" in visible(window, QWidget, "notice").text()

    click(window, "back")
    assert visible(window, QPushButton, "start-my-routine") is not None
    run_to_the_end(window, drive, "my-routine")
    (record,) = window.ctx.sessions.list()
    assert (record.routine_id, record.status) == ("my-routine", "completed")
    assert record.planned_s == pytest.approx(40 + 60)


def test_the_messages_are_those_of_routine_check(qtbot, data_dir, tmp_path, capsys):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "copy-knee-oa")
    editor = editor_of(screen)
    show_part(qtbot, editor, 1)
    type_text(qtbot, field(editor, "steps[0].rest_after_s"), "0.5")
    type_text(qtbot, field(editor, "steps[0].title.ja"), " ")
    type_text(qtbot, field(editor, "steps[0].title.en"), "")  # deletes the English name
    file = tmp_path / "draft.json"
    file.write_text(json.dumps(editor.draft.data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["routine", "check", str(file)]) == 1
    checked = capsys.readouterr().err.splitlines()
    assert checked == ['draft.json: steps[0].title: the "ja" text is empty',
                       "draft.json: steps[0].rest_after_s: must be between 1 and 3600 seconds "
                       "(got 0.5)"]
    # The same problems, in the editor's words (ui/editor/problems.py).
    assert problem_beside(editor, "steps[0].title.ja") == (
        "⚠ Step 1, Name of the step: The 日本語 box holds only spaces: write the words, or "
        "leave it empty.")
    assert problem_beside(editor, "steps[0].rest_after_s") == (
        "⚠ Step 1, Rest after this step: Give from 1 to 3600 seconds (now 0.5).")
    # A screen reader hears the problem when the input gets the focus.
    assert field(editor, "steps[0].rest_after_s").accessibleDescription() == (
        "Step 1, Rest after this step: Give from 1 to 3600 seconds (now 0.5).")
    assert not visible(editor, QPushButton, "save").isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not user_file(window, "knee-oa-mine").exists()


def test_a_copy_of_a_built_in_is_saved_apart_and_the_built_in_stays(qtbot, data_dir):
    builtin = builtin_routines_dir() / "knee-oa.json"
    before = builtin.read_bytes()
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    assert visible(window, QPushButton, "edit-knee-oa") is None  # built-ins are copied only
    assert visible(window, QPushButton, "delete-knee-oa") is None
    click(window, "copy-knee-oa")
    editor = editor_of(screen)
    assert field(editor, "id").text() == "knee-oa-mine"
    assert field(editor, "title.en").text() == "Knee osteoarthritis exercises (my copy)"
    type_text(qtbot, field(editor, "id"), "knee-oa")
    assert problem_beside(editor, "id") == (
        "⚠ Short name for the file (ID): “knee-oa” is the short name of a built-in routine: "
        "give yours another.")
    type_text(qtbot, field(editor, "id"), "my-knee")
    show_part(qtbot, editor, 1)
    type_text(qtbot, field(editor, "steps[0].hold_s"), "8")
    click(window, "save")

    assert builtin.read_bytes() == before
    mine = load_routine(user_file(window, "my-knee"))
    assert mine.steps[0].hold_s == 8
    assert window.ctx.library.get("knee-oa").routine.steps[0].hold_s == 5
    click(window, "back")
    assert visible(window, QPushButton, "start-my-knee") is not None
    assert visible(window, QPushButton, "start-knee-oa") is not None


def test_steps_are_reordered_with_the_keyboard_and_the_buttons(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "copy-low-back")
    editor = editor_of(screen)
    ids = [s["id"] for s in editor.draft.steps]
    show_part(qtbot, editor, 1)
    assert not visible(editor, QPushButton, "move-up").isEnabled()
    qtbot.keyClick(editor.parts, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s["id"] for s in editor.draft.steps] == [ids[1], ids[0], *ids[2:]]
    assert editor.parts.currentRow() == 2 and editor.parts.hasFocus()

    # From inside the form, the moved step keeps the focus on the same input.
    box = field(editor, "steps[1].title.en")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s["id"] for s in editor.draft.steps] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert window.focusWidget() is field(editor, "steps[2].title.en")

    click(window, "move-up")
    click(window, "move-up")
    assert [s["id"] for s in editor.draft.steps] == ids
    click(window, "move-down")
    click(window, "save")
    saved = load_routine(user_file(window, "low-back-mine"))
    assert [s.id for s in saved.steps] == [ids[1], ids[0], *ids[2:]]


def test_removing_a_step_asks_first(qtbot, data_dir, monkeypatch):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "copy-low-back")
    editor = editor_of(screen)
    count = len(editor.draft.steps)
    show_part(qtbot, editor, 2)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click(window, "remove-step")
    assert len(editor.draft.steps) == count
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(window, "remove-step")
    assert len(editor.draft.steps) == count - 1
    assert editor.parts.count() == count  # the details, then the steps left


def test_tab_goes_from_the_list_through_the_form_to_save(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "copy-postpartum-back")
    editor = editor_of(screen)
    show_part(qtbot, editor, 1)
    visited = []
    for _ in range(40):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        visited.append(window.focusWidget().objectName())
        if visited[-1] == "save":
            break
    assert visited[:3] == ["add-step", "move-down", "remove-step"]  # no moving up step 1
    form = visited[visited.index("remove-step") + 1:visited.index("back")]
    assert form[:5] == ["steps[0].title.ja", "steps[0].title.en", "steps[0].say.ja",
                        "steps[0].say.en", "steps[0].kind"]
    assert "steps[0].instructions.en" in form and "steps[0].caution.en" in form
    assert visited[-2:] == ["back", "save"]
    show_part(qtbot, editor, 2)
    qtbot.keyClick(editor.parts, Qt.Key.Key_Return)  # Enter opens the part's form
    assert window.focusWidget() is field(editor, "steps[1].title.ja")


def test_leaving_with_changes_asks_and_escape_leaves(qtbot, data_dir, monkeypatch):
    window, _ = open_active(qtbot, data_dir)
    window.show_history()  # the history screen has its own Escape; it must not get ours
    window.show_home()
    screen = routines_screen(window)
    click(window, "new")
    editor = editor_of(screen)
    type_text(qtbot, field(editor, "title.en"), "Half done")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert asked and screen.editor is editor
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(window, "back")
    assert screen.editor is None
    assert list(window.ctx.routines_dir.glob("*.json")) == []
    qtbot.wait(1)  # the list takes the focus once shown
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert window.home.isVisible()


def test_a_bad_file_is_not_added_and_its_problems_are_listed(qtbot, data_dir, tmp_path,
                                                             monkeypatch):
    bad = tmp_path / "bad.json"
    data = parse_routine(json.loads((builtin_routines_dir() / "knee-oa.json").read_text(
        encoding="utf-8"))).to_data() | {"id": "bad"}
    data["steps"][0]["hold_s"] = -3
    bad.write_text(json.dumps(data), encoding="utf-8")
    window, _ = open_active(qtbot, data_dir)
    routines_screen(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    click(window, "import")
    box = visible(window, QMessageBox, "routine-problems")
    assert box is not None
    assert box.text() == "“bad.json” cannot be used as a routine. What is wrong:"
    assert box.informativeText() == (
        "bad.json: steps[0].hold_s: must be between 1 and 3600 seconds (got -3)")
    assert "Traceback" not in box.informativeText()
    box.close()
    assert not user_file(window, "bad").exists()
    assert window.ctx.library.get("bad") is None


def test_a_good_file_is_added_and_adding_it_again_asks_to_replace(qtbot, data_dir, tmp_path,
                                                                   monkeypatch):
    good = tmp_path / "mine.json"
    data = json.loads((builtin_routines_dir() / "low-back.json").read_text(encoding="utf-8"))
    data |= {"id": "mine", "title": {"en": "Mine"}}
    good.write_text(json.dumps(data), encoding="utf-8")
    window, _ = open_active(qtbot, data_dir)
    routines_screen(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    click(window, "import")
    assert user_file(window, "mine").exists()
    assert visible(window, QPushButton, "edit-mine") is not None
    assert "Added “Mine”" in visible(window, QWidget, "notice").text()

    good.write_text(json.dumps(data | {"title": {"en": "Mine, again"}}), encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click(window, "import")
    assert load_routine(user_file(window, "mine")).title == {"en": "Mine"}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(window, "import")
    assert load_routine(user_file(window, "mine")).title == {"en": "Mine, again"}


def test_export_writes_a_file_the_app_can_add_again(qtbot, data_dir, tmp_path, monkeypatch,
                                                    warnings):
    target = tmp_path / "shared" / "knee"
    target.parent.mkdir()
    window, _ = open_active(qtbot, data_dir)
    routines_screen(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(window, "export-knee-oa")
    exported = target.with_suffix(".json")
    assert load_routine(exported) == window.ctx.library.get("knee-oa").routine
    assert str(exported) in visible(window, QWidget, "notice").text()

    # Never into the app's own folders: that would replace a built-in routine.
    builtin = builtin_routines_dir() / "knee-oa.json"
    before = builtin.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(builtin), ""))
    click(window, "export-low-back")
    assert builtin.read_bytes() == before
    assert len(warnings) == 1 and "RehabTimer's own routines folder" in warnings.pop()


def test_deleting_asks_first_and_keeps_the_history(qtbot, data_dir, monkeypatch):
    window, drive = open_active(qtbot, data_dir)
    screen = save_a_short_routine(window, qtbot)
    click(window, "back")
    run_to_the_end(window, drive, "my-routine")
    screen = routines_screen(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click(window, "delete-my-routine")
    assert user_file(window, "my-routine").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(window, "delete-my-routine")
    assert not user_file(window, "my-routine").exists()
    assert visible(screen, QWidget, "routine-my-routine") is None
    (record,) = window.ctx.sessions.list()
    assert window.ctx.snapshots.definition(record.snapshot_id)["id"] == "my-routine"
    click(window, "back")
    assert visible(window, QPushButton, "start-my-routine") is None


def test_editing_a_routine_leaves_the_sessions_done_with_it_as_they_were(qtbot, data_dir):
    window, drive = open_active(qtbot, data_dir)
    save_a_short_routine(window, qtbot, title="Before")
    before = window.ctx.library.get("my-routine").routine.to_data()
    click(window, "back")
    run_to_the_end(window, drive, "my-routine")

    screen = routines_screen(window)
    click(window, "edit-my-routine")
    editor = editor_of(screen)
    type_text(qtbot, field(editor, "title.en"), "After")
    show_part(qtbot, editor, 1)
    type_text(qtbot, field(editor, "steps[0].title.en"), "Walk")
    type_text(qtbot, field(editor, "steps[0].duration_s"), "30")
    click(window, "save")
    assert load_routine(user_file(window, "my-routine")).title == {"en": "After"}

    (record,) = window.ctx.sessions.list()
    assert record.routine_title == {"en": "Before"}
    assert window.ctx.snapshots.definition(record.snapshot_id) == before
    dialog = SessionDialog(record, window.ctx.sessions.step_results(record.id),
                           window.ctx.snapshots.definition(record.snapshot_id), "en", window)
    table = dialog.findChild(QWidget, "steps")
    assert table.item(0, 0).text() == "March"
    assert table.item(0, 2).text() == "0:10"

    click(window, "back")
    run_to_the_end(window, drive, "my-routine")
    newer, older = sorted(window.ctx.sessions.list(), key=lambda s: s.id, reverse=True)
    assert newer.snapshot_id != older.snapshot_id
    assert window.ctx.snapshots.definition(newer.snapshot_id)["steps"][0]["duration_s"] == 30


def test_a_renamed_routine_replaces_its_file(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = save_a_short_routine(window, qtbot)
    click(window, "edit-my-routine")
    editor = editor_of(screen)
    type_text(qtbot, field(editor, "id"), "march")
    click(window, "save")
    assert [p.name for p in window.ctx.routines_dir.glob("*.json")] == ["march.json"]
    assert visible(window, QPushButton, "edit-march") is not None


def test_a_broken_file_keeps_its_name_and_a_failed_save_keeps_the_editor(qtbot, data_dir,
                                                                         tmp_path, warnings):
    window, _ = open_active(qtbot, data_dir)
    broken = user_file(window, "my-routine")
    broken.write_text("{", encoding="utf-8")
    screen = routines_screen(window)
    click(window, "new")
    editor = editor_of(screen)
    assert field(editor, "id").text() == "my-routine-2"
    type_text(qtbot, field(editor, "title.en"), "Kept")
    show_part(qtbot, editor, 1)
    type_text(qtbot, field(editor, "steps[0].title.en"), "March")
    type_text(qtbot, field(editor, "steps[0].instructions.en"), "March on the spot.")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    window.ctx.routines_dir = blocker / "routines"  # cannot be created: a file is in the way
    click(window, "save")
    assert len(warnings) == 1 and warnings.pop().startswith("Cannot write")
    assert screen.editor is editor and editor.draft.dirty
    assert broken.read_text(encoding="utf-8") == "{"


def test_numbers_change_by_the_big_buttons_but_not_by_a_stray_wheel(qtbot, data_dir):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "copy-knee-oa")
    editor = editor_of(screen)
    show_part(qtbot, editor, 1)
    box = field(editor, "steps[0].hold_s")
    click(editor, "steps[0].hold_s.more")
    assert editor.draft.steps[0]["hold_s"] == 6
    editor.parts.setFocus()  # scrolling the form past the box must not change it
    wheel = QWheelEvent(QPointF(5, 5), box.mapToGlobal(QPointF(5, 5)), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(box, wheel)
    assert box.value() == 6
    assert visible(editor, QPushButton, "steps[0].hold_s.more").accessibleName() == (
        "More: Hold for")


def test_quitting_with_unsaved_changes_asks_first(qtbot, data_dir, monkeypatch):
    window, _ = open_active(qtbot, data_dir)
    screen = routines_screen(window)
    click(window, "new")
    type_text(qtbot, field(editor_of(screen), "title.en"), "Half done")
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)

    window.quit()
    assert window.isVisible() and screen.editor is not None and quits == []

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.quit()
    assert not window.isVisible() and quits == [True]
