"""Settings change the running app at once and are there after a restart."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QWidget

from rehabtimer.core.timeline import build_timeline
from rehabtimer.settings import load_settings
from rehabtimer.ui.i18n import install_translators
from rehabtimer.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import open_window


def visible(window, kind, name):
    found = [w for w in window.findChildren(kind, name) if w.isVisible()]
    return found[0] if found else None


def test_settings_are_saved_and_used_after_a_restart(qtbot, data_dir):
    window, drive = open_window(qtbot, data_dir)
    window.apply_settings(replace(window.ctx.settings, get_ready_s=10, week_start=6,
                                  sounds=False))
    saved, problem = load_settings(data_dir / "settings.json")
    assert (saved.get_ready_s, saved.week_start, saved.sounds, problem) == (10, 6, False, None)
    window.close()
    again, _ = open_window(qtbot, data_dir, clock=drive.clock)
    assert again.ctx.settings.get_ready_s == 10
    assert not visible(again, QWidget, "sound").isChecked()


def test_get_ready_seconds_change_the_next_session(qtbot, data_dir):
    window, _ = open_window(qtbot, data_dir)
    window.apply_settings(replace(window.ctx.settings, get_ready_s=12))
    window.start_routine("low-back")
    visible(window, QPushButton, "accept").click()
    visible(window, QPushButton, "continue").click()
    for _ in window.ctx.library.get("low-back").routine.gate:
        visible(window, QPushButton, "no").click()
    visible(window, QPushButton, "skip").click()
    assert window.controller.state().remaining_s == 12
    routine = window.ctx.library.get("low-back").routine
    assert window.controller.engine.timeline.planned_seconds == build_timeline(
        routine, 12).planned_seconds


def test_text_size_and_high_contrast_restyle_the_app_at_once(qtbot, data_dir):
    window, _ = open_window(qtbot, data_dir)
    app = QApplication.instance()
    before = app.styleSheet()
    window.apply_settings(replace(window.ctx.settings, text_scale=200, high_contrast=True))
    after = app.styleSheet()
    assert "font-size: 32pt" in after and "#000000" in after
    assert after != before
    app.setStyleSheet("")


def test_the_dialog_reports_every_change(qtbot):
    from rehabtimer.settings import Settings

    dialog = SettingsDialog(Settings(), voice_reason="no voice here", sound_problem=None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed) as signal:
        dialog.text_scale.setValue(150)
    assert signal.args[0].text_scale == 150
    assert not dialog.voice.isEnabled()  # shown, but disabled, with the reason next to it


def test_switching_the_language_relabels_every_screen_without_a_restart(qtbot, data_dir):
    app = QApplication.instance()
    window, _ = open_window(qtbot, data_dir)
    assert visible(window, QPushButton, "history").text() == "History and reports"
    try:
        window.apply_settings(replace(window.ctx.settings, language="ja"))
        qtbot.wait(1)  # new cards are shown on the next turn of the event loop
        assert window.ctx.lang == "ja"
        assert visible(window, QPushButton, "history").text() == "記録と報告書"
        assert visible(window, QWidget, "progress-knee-oa").text().startswith("今日")
        window.apply_settings(replace(window.ctx.settings, language="en"))
        assert visible(window, QPushButton, "history").text() == "History and reports"
    finally:
        install_translators(app, "en")


def test_the_settings_button_opens_the_dialog_and_changes_apply(qtbot, data_dir, monkeypatch):
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        dialog.text_scale.setValue(130)
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window, _ = open_window(qtbot, data_dir)
    visible(window, QPushButton, "settings").click()
    assert len(opened) == 1 and opened[0].parent() is window
    assert window.ctx.settings.text_scale == 130
    assert load_settings(data_dir / "settings.json")[0].text_scale == 130
    QApplication.instance().setStyleSheet("")


def wheel(widget, steps: int = 1) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_leaves_unfocused_controls_and_the_language_alone(qtbot, data_dir,
                                                                   monkeypatch):
    seen = {}

    def exec_(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close
                                                  ).setFocus()
        for control in (dialog.language, dialog.get_ready, dialog.text_scale, dialog.volume,
                        dialog.week_start):
            wheel(control, -1)
            wheel(control, 1)
        seen["unfocused"] = dialog.current()
        dialog.get_ready.setFocus()
        qtbot.waitUntil(dialog.get_ready.hasFocus)
        wheel(dialog.get_ready)
        dialog.language.setFocus()
        qtbot.waitUntil(dialog.language.hasFocus)
        wheel(dialog.language, -1)
        wheel(dialog.language, 1)
        seen["focused"] = dialog.current()
        dialog.close()
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window, _ = open_window(qtbot, data_dir)
    before = window.ctx.settings
    visible(window, QPushButton, "settings").click()
    assert seen["unfocused"] == before
    assert seen["focused"] == replace(before, get_ready_s=before.get_ready_s + 1)
    assert window.ctx.settings == seen["focused"] and window.ctx.lang == "en"


def test_enter_in_a_settings_box_presses_no_button(qtbot, data_dir, monkeypatch):
    from rehabtimer.ui.reminders.dialog import ReminderDialog

    opened, still_open = [], []
    monkeypatch.setattr(ReminderDialog, "exec", lambda dialog: opened.append(dialog) or 0)

    def exec_(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        for box in (dialog.text_scale, dialog.get_ready):
            box.setFocus()
            qtbot.waitUntil(box.hasFocus)
            qtbot.keyClick(box, Qt.Key.Key_Return)
            qtbot.keyClick(box, Qt.Key.Key_Enter)
        still_open.append(dialog.isVisible())
        dialog.close()
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window, _ = open_window(qtbot, data_dir)
    visible(window, QPushButton, "settings").click()
    assert opened == [] and still_open == [True]


def test_a_live_language_switch_relabels_the_open_settings_and_the_sound_notice(
        qtbot, data_dir, monkeypatch):
    app = QApplication.instance()
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        if len(shown) == 1:
            dialog.language.setCurrentIndex(dialog.language.findData("ja"))
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window, _ = open_window(qtbot, data_dir)
    try:
        visible(window, QPushButton, "settings").click()
        assert window.ctx.lang == "ja"
        now = shown[-1]
        assert len(shown) == 2 and now.windowTitle() == "設定"
        assert now.language.currentData() == "ja"
        # Without the word joiners that keep the ends of Japanese paragraphs together.
        texts = [label.text().replace("\u2060", "") for label in now.findChildren(QLabel)]
        assert "言語：" in texts
        problem = window._cues.problem
        if problem is not None:  # this computer has no sound: the notice is in Japanese too
            assert problem.startswith("音") and problem in texts
    finally:
        install_translators(app, "en")
