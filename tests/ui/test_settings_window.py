"""Settings change the running app at once and are there after a restart."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from rehabtimer.core.timeline import build_timeline
from rehabtimer.settings import load_settings
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
        assert visible(window, QWidget, "progress-knee-oa").text().startswith("きょう")
        window.apply_settings(replace(window.ctx.settings, language="en"))
        assert visible(window, QPushButton, "history").text() == "History and reports"
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)


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
