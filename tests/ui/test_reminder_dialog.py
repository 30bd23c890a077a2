"""The dialog that sets reminder times: typing a time, large text, high contrast."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea, QSlider, QSpinBox, QStyle

from rehabtimer.ui.reminders.dialog import ReminderDialog
from rehabtimer.ui.settings_dialog import SettingsDialog
from rehabtimer.ui.widgets.style import stylesheet

from .conftest import open_window


def in_the_dialog(qtbot, monkeypatch, window, check) -> None:
    """Opens the reminder-times dialog as the tray does, runs `check` on it, saves."""
    seen = []

    def exec_(dialog: ReminderDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        check(dialog)
        seen.append(dialog)
        dialog.close()
        return ReminderDialog.DialogCode.Accepted

    monkeypatch.setattr(ReminderDialog, "exec", exec_)
    window.reminder_flow.show_dialog()
    assert len(seen) == 1


def test_a_time_typed_over_the_selected_one_is_added(qtbot, data_dir, monkeypatch):
    window, _ = open_window(qtbot, data_dir)

    def check(dialog: ReminderDialog) -> None:
        dialog.routine.setCurrentIndex(dialog.routine.findData("low-back"))
        dialog.new_time.setFocus()
        qtbot.waitUntil(dialog.new_time.hasFocus)
        qtbot.keyClick(dialog.new_time, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.new_time, "1930")
        assert dialog.new_time.time().toString("HH:mm") == "19:30"
        qtbot.keyClick(dialog.new_time, Qt.Key.Key_Return)  # Enter adds the time typed
        assert dialog.isVisible()

    in_the_dialog(qtbot, monkeypatch, window, check)
    [reminder] = window.reminders.repository.times(window.ctx.profile.id)
    assert (reminder.routine_id, reminder.at) == ("low-back", time(19, 30))


def test_at_200_percent_the_time_field_and_add_open_in_view(qtbot, data_dir, monkeypatch):
    app = QApplication.instance()
    window, _ = open_window(qtbot, data_dir)
    app.setStyleSheet(stylesheet(2.0))
    window.setStyleSheet("")

    def check(dialog: ReminderDialog) -> None:
        area = dialog.findChild(QScrollArea)
        view = area.viewport()
        for widget in (dialog.new_time, dialog.add, dialog.routine):
            top_left = widget.mapTo(view, QPoint(0, 0))
            assert view.rect().contains(top_left), widget.objectName()
            assert view.rect().contains(top_left + QPoint(widget.width() - 1,
                                                          widget.height() - 1))

    try:
        in_the_dialog(qtbot, monkeypatch, window, check)
    finally:
        app.setStyleSheet("")


def bright(image, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).value() > 200


def test_in_high_contrast_fields_have_borders_and_controls_show_their_parts(qtbot, data_dir,
                                                                            monkeypatch):
    app = QApplication.instance()
    window, _ = open_window(qtbot, data_dir)
    app.setStyleSheet(stylesheet(1.0, high_contrast=True))
    window.setStyleSheet("")

    def check(dialog: ReminderDialog) -> None:
        field = dialog.new_time
        image = field.grab().toImage()
        middle = field.height() // 2
        assert bright(image, 0, middle) or bright(image, 1, middle), "a border on the left"

    try:
        in_the_dialog(qtbot, monkeypatch, window, check)
        settings = SettingsDialog(window.ctx.settings, None, None, window)
        settings.show()
        qtbot.waitExposed(settings)
        slider = settings.findChild(QSlider, "volume")
        image = slider.grab().toImage()
        # The handle: a bright block at least as tall as a third of the slider.
        handle = [y for y in range(image.height())
                  if bright(image, slider.width() * slider.value() // 100, y)]
        assert len(handle) >= slider.height() // 3
        box = settings.findChild(QSpinBox, "get_ready")
        option = QStyle.SubControl.SC_SpinBoxUp
        from PySide6.QtWidgets import QStyleOptionSpinBox

        opt = QStyleOptionSpinBox()
        box.initStyleOption(opt)
        up = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, opt, option, box)
        assert up.width() >= 16 and up.height() >= 8, "arrows a finger can find"
        image = box.grab().toImage()
        lit = sum(bright(image, x, y) for x in range(up.left(), up.right())
                  for y in range(up.top(), up.bottom()))
        assert lit >= 10, "an arrow drawn in the button"
        settings.close()
    finally:
        app.setStyleSheet("")
