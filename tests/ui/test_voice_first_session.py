"""The voice starts off: the page before the very first session says how to turn it on."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel

from tests.ui.test_session_window import click


def test_the_first_session_says_how_to_turn_the_voice_on(app_window):
    window, _ = app_window
    switch = window.home.findChild(QCheckBox, "voice")
    assert not switch.isChecked()
    click(window, "start-low-back")
    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    # It names the very switch on the start screen.
    assert any(f"“{switch.text()}”" in text.replace("\u00a0", " ") for text in shown), shown
