"""Settings, applied the moment they change and saved at once."""

from __future__ import annotations

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
    QWidget,
)

from rehabtimer.settings import Settings
from rehabtimer.ui.page import make_label


class SettingsDialog(QDialog):
    changed = Signal(object)
    """The new Settings, after every single change."""

    def __init__(self, settings: Settings, voice_reason: str | None, sound_problem: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = QComboBox()
        for key, name in (("system", self.tr("Same as the computer")), ("ja", "日本語"),
                          ("en", "English")):
            self.language.addItem(name, key)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.sounds = QCheckBox(self.tr("Play sound cues"))
        self.sounds.setChecked(settings.sounds)
        self.volume = self._slider(0, 100, round(settings.volume * 100))
        self.voice = QCheckBox(self.tr("Speak the guidance"))
        self.voice.setChecked(settings.voice and voice_reason is None)
        self.rate = self._slider(-10, 10, round(settings.voice_rate * 10))
        for widget in (self.voice, self.rate):
            widget.setEnabled(voice_reason is None)
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
        self.high_contrast = QCheckBox(self.tr("High contrast (white on black)"))
        self.high_contrast.setChecked(settings.high_contrast)
        self.week_start = QComboBox()
        self.week_start.addItem(self.tr("Monday"), 0)
        self.week_start.addItem(self.tr("Sunday"), 6)
        self.week_start.setCurrentIndex(max(0, self.week_start.findData(settings.week_start)))
        self.keep_in_tray = QCheckBox(self.tr("Keep running in the tray when the window closes"))
        self.keep_in_tray.setChecked(settings.keep_in_tray)

        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.sounds)
        form.addRow(self.tr("Volume:"), self.volume)
        if sound_problem:
            form.addRow(make_label(sound_problem, "muted"))
        form.addRow(self.voice)
        form.addRow(self.tr("Speaking rate:"), self.rate)
        if voice_reason:
            form.addRow(make_label(voice_reason, "muted"))
        form.addRow(self.tr("Get ready before each step:"), self.get_ready)
        form.addRow(self.tr("Text size:"), self.text_scale)
        form.addRow(self.high_contrast)
        form.addRow(self.tr("Weeks start on:"), self.week_start)
        form.addRow(self.keep_in_tray)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for name, widget in (
            ("language", self.language), ("sounds", self.sounds), ("volume", self.volume),
            ("voice", self.voice), ("rate", self.rate), ("get_ready", self.get_ready),
            ("text_scale", self.text_scale), ("high_contrast", self.high_contrast),
            ("week_start", self.week_start), ("keep_in_tray", self.keep_in_tray),
        ):
            widget.setObjectName(name)
        self.language.currentIndexChanged.connect(self._emit)
        self.week_start.currentIndexChanged.connect(self._emit)
        for box in (self.sounds, self.voice, self.high_contrast, self.keep_in_tray):
            box.toggled.connect(self._emit)
        for spin in (self.get_ready, self.text_scale):
            spin.valueChanged.connect(self._emit)
        for slider in (self.volume, self.rate):
            slider.valueChanged.connect(self._emit)

    def _slider(self, low: int, high: int, value: int) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setValue(value)
        return slider

    def current(self) -> Settings:
        return replace(
            self._settings,
            language=self.language.currentData(),
            sounds=self.sounds.isChecked(),
            volume=self.volume.value() / 100,
            voice=self.voice.isChecked(),
            voice_rate=self.rate.value() / 10,
            get_ready_s=self.get_ready.value(),
            text_scale=self.text_scale.value(),
            high_contrast=self.high_contrast.isChecked(),
            week_start=self.week_start.currentData(),
            keep_in_tray=self.keep_in_tray.isChecked(),
        )

    def _emit(self) -> None:
        self._settings = self.current()
        self.changed.emit(self._settings)
