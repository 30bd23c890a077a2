"""Choosing the times of day to be reminded of each routine."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.page import ScrollIfCramped

MAX_TIMES_PER_ROUTINE = 12


class TimeField(QTimeEdit):
    """A time of day that takes a time typed over it, and adds it with Enter."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter adds the time typed; it must not press Save and close the dialog.
            self.interpretText()
            self.entered.emit()
            return
        line = self.lineEdit()
        if event.text().isdigit() and line.hasSelectedText() and \
                line.selectedText() == line.text():
            # Qt ignores a digit typed over both hours and minutes: start again at the hours.
            self.setCurrentSection(QTimeEdit.Section.HourSection)
            self.setSelectedSection(QTimeEdit.Section.HourSection)
        super().keyPressEvent(event)


class ReminderDialog(QDialog):
    def __init__(self, routines: list[tuple[str, str]], times: dict[str, list[time]],
                 in_tray: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        self._times = {routine_id: sorted(set(times.get(routine_id, [])))
                       for routine_id, _ in routines}
        self.routine = QComboBox()
        self.routine.setObjectName("routine")
        for routine_id, title in routines:
            self.routine.addItem(title, routine_id)
        self.list = QListWidget()
        self.list.setObjectName("times")
        self.list.setAccessibleName(self.tr("Reminder times"))
        self.new_time = TimeField(QTime(9, 0))
        self.new_time.setObjectName("new_time")
        self.new_time.setDisplayFormat("HH:mm")
        self.new_time.setAccessibleName(self.tr("New reminder time"))
        self.new_time.entered.connect(self._add)
        self.add = make_button(self.tr("Add"), name="add")
        self.remove = make_button(self.tr("Remove"), name="remove")
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.routine.currentIndexChanged.connect(self._show)
        self.list.currentRowChanged.connect(self._enable)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(make_label(self.tr(
            "A reminder comes at each time below, unless today's plan for the routine is "
            "already done. You can put it off by 10 or 30 minutes.")))
        if not in_tray:
            layout.addWidget(make_label(self.tr(
                "Reminders come only while RehabTimer is open. To get them with the window "
                "closed, turn on “Keep running in the tray” in the settings."), "muted"))
        # The controls before the notes: with large text the notes push what follows them
        # out of view, and the time field and Add are what the dialog is for.
        form = QFormLayout()
        # The choice under its label when both do not fit on a line (long routine names).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Routine:"), self.routine)
        layout.insertLayout(0, form)
        row = QHBoxLayout()
        row.addWidget(self.new_time)
        row.addWidget(self.add)
        row.addStretch(1)
        layout.insertLayout(1, row)
        # A few rows are enough to see; more scroll inside the list.
        self.list.ensurePolished()  # the style sheet's text size, not the default one
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 3 + 24)
        layout.insertWidget(2, self.list, 1)
        removing = QHBoxLayout()
        removing.addStretch(1)
        removing.addWidget(self.remove)
        layout.insertLayout(3, removing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # With large text the notes take many lines: the content scrolls, Save stays in view.
        outer = QVBoxLayout(self)
        outer.addWidget(ScrollIfCramped(content), 1)
        outer.addWidget(buttons)
        self._show()

    def _current(self) -> list[time]:
        return self._times[self.routine.currentData()]

    def _show(self) -> None:
        self.list.clear()
        for at in self._current():
            self.list.addItem(QListWidgetItem(f"{at:%H:%M}"))
        self._enable()

    def _enable(self) -> None:
        self.remove.setEnabled(self.list.currentRow() >= 0)
        self.add.setEnabled(len(self._current()) < MAX_TIMES_PER_ROUTINE)

    def _add(self) -> None:
        chosen = self.new_time.time()
        at = time(chosen.hour(), chosen.minute())
        times = self._current()
        if at not in times:
            times.append(at)
            times.sort()
        self._show()
        self.list.setCurrentRow(times.index(at))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self._current()[row]
            self._show()
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def choice(self) -> dict[str, list[time]]:
        """Every routine's reminder times, as the dialog shows them."""
        return {routine_id: list(times) for routine_id, times in self._times.items()}
