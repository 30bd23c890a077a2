"""Without a sound device, the home screen and Settings say the same about sound cues."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox

from rehabtimer.settings import Settings
from rehabtimer.ui.home.view import HomeState, HomeView, Option
from rehabtimer.ui.settings_dialog import SettingsDialog

NO_DEVICE = "No sound: this computer has no audio output. The session runs silently."


def test_no_sound_device_shows_sound_cues_off_on_home_and_in_settings(qtbot):
    settings = replace(Settings(), sounds=True)
    home = HomeView()
    qtbot.addWidget(home)
    home.set_state(HomeState("", (), sound=Option(settings.sounds, False, NO_DEVICE)))
    dialog = SettingsDialog(settings, voice_reason=None, sound_problem=NO_DEVICE)
    qtbot.addWidget(dialog)
    on_home = home.findChild(QCheckBox, "sound")
    in_settings = dialog.findChild(QCheckBox, "sounds")
    assert (on_home.isChecked(), on_home.isEnabled()) == (False, False)
    assert (in_settings.isChecked(), in_settings.isEnabled()) == (False, False)
    # The wish is kept: sound comes back on a computer that can play it.
    dialog.high_contrast.setChecked(True)
    assert dialog.current().sounds is True
