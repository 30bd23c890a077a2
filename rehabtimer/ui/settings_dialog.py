"""Settings, applied the moment they change and saved at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.desktop import Autostart, UnsupportedPlatform, default_exec_command
from rehabtimer.settings import Settings
from rehabtimer.ui.about import show_about
from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.flow_layout import FlowLayout
from rehabtimer.ui.widgets.page import ScrollIfCramped, grow_for_wrapped_text
from rehabtimer.ui.widgets.wheel import wheel_only_when_focused


class SettingsDialog(QDialog):
    changed = Signal(object)
    """The new Settings, after every single change."""
    reminders_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(self, settings: Settings, voice_reason: str | None, sound_problem: str | None,
                 parent: QWidget | None = None, *, autostart: Autostart | None = None,
                 tray_available: bool = True, voices: Sequence[str] = (),
                 voice_note: str | None = None) -> None:
        super().__init__(parent)
        self._autostart = autostart or Autostart()
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = QComboBox()
        for key, name in (("system", self.tr("Same as the computer")), ("ja", "日本語"),
                          ("en", "English")):
            self.language.addItem(name, key)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.sounds = QCheckBox(self.tr("Play sound cues"))
        # As the home screen shows it: off where no sound can be played, whatever is wished.
        self.sounds.setChecked(settings.sounds and sound_problem is None)
        self.volume = self._slider(0, 100, round(settings.volume * 100))
        self.voice = QCheckBox(self.tr("Speak the guidance"))
        self.voice.setChecked(settings.voice and voice_reason is None)
        self.rate = self._slider(-10, 10, round(settings.voice_rate * 10))
        # Step names go to the computer's speech engine: which of its voices, if it has any.
        self.voice_name = QComboBox()
        self.voice_name.addItem(self.tr("Chosen by RehabTimer"), "")
        for name in voices:
            self.voice_name.addItem(name, name)
        self.voice_name.setCurrentIndex(max(0, self.voice_name.findData(settings.voice_name)))
        self.voice_name.setEnabled(bool(voices))
        for voice_control in (self.voice, self.rate):
            voice_control.setEnabled(voice_reason is None)
        self.sounds.setEnabled(sound_problem is None)
        self.volume.setEnabled(sound_problem is None)
        self.get_ready = QSpinBox()
        self.get_ready.setRange(0, 15)
        self.get_ready.setSuffix(self.tr(" s"))
        self.get_ready.setValue(settings.get_ready_s)
        self.text_scale = QSpinBox()
        self.text_scale.setRange(100, 200)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self.text_scale.setValue(settings.text_scale)
        self.high_contrast = QCheckBox(self.tr("High contrast"))
        self.high_contrast.setChecked(settings.high_contrast)
        self.week_start = QComboBox()
        days = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))
        for number, day in enumerate(days):
            self.week_start.addItem(day, number)
        self.week_start.setCurrentIndex(self.week_start.findData(settings.week_start))
        # Start at login lives with the desktop session, not in settings.json.
        self.at_login = QCheckBox(self.tr("Start at login"))
        supported, _ = self._autostart.supported()
        self.at_login.setEnabled(supported)
        self.at_login.setChecked(supported and self._autostart.enabled())
        self.at_login.toggled.connect(self._start_at_login)
        self.keep_in_tray = QCheckBox(self.tr("Keep running in the tray"))
        self.keep_in_tray.setEnabled(tray_available)
        self.keep_in_tray.setChecked(tray_available and settings.keep_in_tray)
        reminders = make_button(self.tr("Reminder times…"), name="reminders")
        reminders.clicked.connect(self.reminders_requested)
        backup = make_button(self.tr("Back up now"), name="backup")
        backup.clicked.connect(self.backup_requested)
        restore = make_button(self.tr("Restore a backup…"), name="restore")
        restore.clicked.connect(self.restore_requested)
        backups = QWidget()
        row = FlowLayout(backups)
        row.addWidget(backup)
        row.addWidget(restore)

        content = QWidget()
        form = QFormLayout(content)
        # Fields go under their labels when the two do not fit side by side (large text).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.sounds)
        form.addRow(self.tr("Volume:"), self.volume)
        if sound_problem:
            form.addRow(make_label(sound_problem, "muted"))
        form.addRow(self.voice)
        form.addRow(self.tr("Speaking rate:"), self.rate)
        form.addRow(self.tr("Voice for step names:"), self.voice_name)
        for note in (voice_reason, voice_note):
            if note:
                form.addRow(make_label(note, "muted"))
        form.addRow(self.tr("Get ready before each step:"), self.get_ready)
        form.addRow(self.tr("Text size:"), self.text_scale)
        form.addRow(self.high_contrast)
        form.addRow(self.tr("Weeks start on:"), self.week_start)
        form.addRow(self.at_login)
        if not supported:
            form.addRow(make_label(
                self.tr("Starting at login is not supported on this computer."), "muted"))
        form.addRow(self.keep_in_tray)
        form.addRow(make_label(
            self.tr("When the window is closed, RehabTimer stays in the tray and reminders "
                    "still come.") if tray_available else
            self.tr("This desktop has no tray, so RehabTimer closes with its window."),
            "muted"))
        form.addRow(self.tr("Reminders:"), reminders)
        form.addRow(self.tr("History backups:"), backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        about = make_button(self.tr("About RehabTimer…"), name="about")
        about.clicked.connect(lambda: show_about(self))
        buttons.addButton(about, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollIfCramped(content), 1)
        layout.addWidget(buttons)
        # Enter in a box only ends the typing there: no button is pressed by it, as any of
        # them (reminder times, a backup, closing) would surprise the patient.
        for button in (reminders, backup, restore, about,
                       buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)
        grow_for_wrapped_text(self)
        for name, widget in (
            ("language", self.language), ("sounds", self.sounds), ("volume", self.volume),
            ("voice", self.voice), ("rate", self.rate), ("voice_name", self.voice_name),
            ("get_ready", self.get_ready),
            ("text_scale", self.text_scale), ("high_contrast", self.high_contrast),
            ("week_start", self.week_start), ("at_login", self.at_login),
            ("keep_in_tray", self.keep_in_tray),
        ):
            widget.setObjectName(name)
        wheel_only_when_focused(self.volume, self.rate, self.get_ready, self.text_scale,
                                self.week_start)
        # Scrolling past the language must never switch the whole app to another one.
        wheel_only_when_focused(self.language, never=True)
        self.language.currentIndexChanged.connect(self._emit)
        self.week_start.currentIndexChanged.connect(self._emit)
        self.voice_name.currentIndexChanged.connect(self._emit)
        for box in (self.sounds, self.voice, self.high_contrast, self.keep_in_tray):
            box.toggled.connect(self._emit)
        for spin in (self.get_ready, self.text_scale):
            spin.valueChanged.connect(self._emit)
        for slider in (self.volume, self.rate):
            # While dragging, wait for the release: each change saves and redraws the app.
            slider.valueChanged.connect(
                lambda _value, slider=slider: None if slider.isSliderDown() else self._emit()
            )
            slider.sliderReleased.connect(self._emit)

    def _slider(self, low: int, high: int, value: int) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setValue(value)
        return slider

    def current(self) -> Settings:
        return replace(
            self._settings,
            language=self.language.currentData(),
            # A wish for sound the computer cannot play is kept for when it can.
            sounds=self.sounds.isChecked() or (
                self._settings.sounds and not self.sounds.isEnabled()),
            volume=self.volume.value() / 100,
            voice=self.voice.isChecked(),
            voice_rate=self.rate.value() / 10,
            voice_name=self.voice_name.currentData(),
            get_ready_s=self.get_ready.value(),
            text_scale=self.text_scale.value(),
            high_contrast=self.high_contrast.isChecked(),
            week_start=self.week_start.currentData(),
            keep_in_tray=self.keep_in_tray.isChecked() or (
                self._settings.keep_in_tray and not self.keep_in_tray.isEnabled()),
        )

    def _start_at_login(self, on: bool) -> None:
        try:
            if on:
                self._autostart.enable(default_exec_command())
            else:
                self._autostart.disable()
        except (OSError, UnsupportedPlatform):
            self.at_login.blockSignals(True)
            self.at_login.setChecked(not on)
            self.at_login.blockSignals(False)

    def _emit(self) -> None:
        self._settings = self.current()
        self.changed.emit(self._settings)
