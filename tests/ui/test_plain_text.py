"""Names and texts the patient wrote show as written, never as HTML, on every screen."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime

import pytest
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget

from rehabtimer.core.clock import FakeClock
from rehabtimer.ui.editor.routines import RoutinesScreen
from rehabtimer.ui.history.dialogs import ProfilesDialog, SessionDialog
from tests.ui.conftest import open_window

NAME = '<b>X</b><img src="x">'
JST_NOON = datetime.fromisoformat("2026-11-23T12:00:00+09:00")


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a label or a message box in `text_format` shows of `text`."""
    if text_format == Qt.TextFormat.PlainText or (
            text_format == Qt.TextFormat.AutoText and not Qt.mightBeRichText(text)):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def labels_with_the_name(widgets) -> list[QLabel]:
    return [label for widget in widgets for label in widget.findChildren(QLabel)
            if label.isVisible() and ("<b>X" in label.text() or "&lt;b&gt;X" in label.text())]


def check_labels(*widgets: QWidget) -> int:
    """Every visible label in `widgets` that holds the name shows it as written."""
    QApplication.processEvents()
    found = labels_with_the_name(widgets or QApplication.topLevelWidgets())
    for label in found:
        assert NAME in shown(label.text(), label.textFormat()), (
            label.objectName(), label.text())
    return len(found)


class Boxes(list[str]):
    """Every message box the app shows, by its text as drawn; questions get `answer`."""

    answer = QMessageBox.StandardButton.No

    def static(self, _parent, _title, text, *_args, **_kwargs):
        self.append(shown(text))
        return self.answer

    def opened(self, box: QMessageBox) -> None:
        self.extend(shown(label.text(), label.textFormat())
                    for label in box.findChildren(QLabel) if label.text())


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    seen = Boxes()
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, seen.static)
    monkeypatch.setattr(QMessageBox, "open", lambda box: seen.opened(box))
    return seen


def user_routine(data_dir) -> None:
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    text = {"en": NAME}
    routine = {
        "format": 1, "id": "mine", "title": text, "recommended": {"per_day": 1},
        "cautions": [text],  # so its page, with the title, comes before the session
        "steps": [{"id": "march", "kind": "timed", "title": text, "instructions": text,
                   "duration_s": 60},
                  {"id": "rest", "kind": "timed", "title": text, "instructions": text,
                   "duration_s": 60}],
    }
    (folder / "mine.json").write_text(json.dumps(routine), encoding="utf-8")


def click(window: QWidget, name: str) -> None:
    QApplication.processEvents()
    (button,) = [b for b in window.findChildren(QPushButton, name) if b.isVisible()]
    button.click()


def test_a_profile_and_a_routine_named_like_html_show_as_written_everywhere(
        qtbot, data_dir, boxes):
    user_routine(data_dir)
    window, drive = open_window(qtbot, data_dir, clock=FakeClock(start=JST_NOON))
    ctx = window.ctx
    ctx.profile = ctx.profiles.rename(ctx.profile.id, NAME)
    window.show_home()
    assert check_labels(window) >= 1  # "Profile: …"

    click(window, "start-mine")
    click(window, "accept")
    assert check_labels(window) >= 1  # the routine's title before it starts
    click(window, "continue")
    click(window, "skip")  # no pain rating
    drive.run(5)
    assert check_labels(window) >= 2  # the step, its instructions, what comes next
    window.session_view.set_sound_notice(f"Cannot play {NAME}.wav")
    assert check_labels(window) >= 3
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    boxes.answer = QMessageBox.StandardButton.No
    assert check_labels(window) >= 1  # the summary of the steps done
    click(window, "save")

    window.show_history()
    model = window.history.view.model
    assert NAME in shown(model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole))
    (record,) = ctx.sessions.list()
    window.history._open_session(record.id)
    (dialog,) = [d for d in window.findChildren(SessionDialog) if d.isVisible()]
    assert check_labels(dialog) >= 1
    dialog.close()

    profiles = ProfilesDialog(ctx.profiles, ctx.profile.id, window)
    qtbot.addWidget(profiles)
    ctx.profiles.add("second")
    profiles._refresh()
    profiles._list.setCurrentRow(0)
    profiles._delete()
    profiles._try(NAME, None, lambda: None)
    assert [text for text in boxes if "X" in text] == [
        f"Delete the profile “{NAME}” and all its sessions? This cannot be undone.",
        f"There is already a profile called “{NAME}”.",
    ]

    boxes.clear()
    window.start_routine(NAME)
    assert boxes == [f"There is no routine called “{NAME}”."]

    boxes.clear()
    with closing(sqlite3.connect(ctx.database.path)) as conn:
        conn.execute("UPDATE sessions SET started_at = ?", (NAME,))
        conn.commit()
    window.history._open_session(record.id)
    assert len(boxes) == 1 and f"its started_at is “{NAME}”" in boxes[0]

    boxes.clear()
    window.show_routine_editor()
    (screen,) = [s for s in window.findChildren(RoutinesScreen) if s.isVisible()]
    screen._delete("mine")
    assert len(boxes) == 1 and NAME in boxes[0]
