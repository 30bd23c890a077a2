"""Settings: the voice for step names, why step names may not be spoken, and the credits."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from rehabtimer.settings import Settings
from rehabtimer.ui.about import about_text
from rehabtimer.ui.settings_dialog import SettingsDialog


def test_the_user_chooses_among_the_voices_found(qtbot):
    dialog = SettingsDialog(Settings(voice_name="Anne"), None, None,
                            voices=["Charly", "Anne"])
    qtbot.addWidget(dialog)
    box = dialog.findChild(QComboBox, "voice_name")
    assert [box.itemData(i) for i in range(box.count())] == ["", "Charly", "Anne"]
    assert box.currentData() == "Anne"
    with qtbot.waitSignal(dialog.changed) as changed:
        box.setCurrentIndex(0)
    assert changed.args[0].voice_name == ""


def test_without_voices_the_choice_is_off_and_the_note_says_why(qtbot):
    note = "Step names are not spoken in Japanese on this computer."
    dialog = SettingsDialog(Settings(), None, None, voice_note=note)
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QComboBox, "voice_name").isEnabled()
    assert note in [label.text() for label in dialog.findChildren(QLabel)]


def test_about_credits_the_mei_voice_under_cc_by_3(qtbot):
    dialog = SettingsDialog(Settings(), None, None)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "about") is not None
    _head, detail = about_text()
    assert "Mei" in detail and "Nagoya Institute of Technology" in detail
    assert "Creative Commons Attribution 3.0" in detail
