"""The reminder itself: a small window on top of the others, with Start and Snooze.

Big words and big buttons, like the rest of the app: it is read from across the room.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from rehabtimer.ui.flow_layout import FlowLayout
from rehabtimer.ui.page import grow_for_wrapped_text, make_button, make_label
from rehabtimer.ui.progress import Progress


class ReminderPopup(QDialog):
    start = Signal(str)
    snooze = Signal(str, int)
    """Routine id, minutes."""

    def __init__(self, routine_id: str, title: str, due: datetime, missed: bool,
                 progress: Progress | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routine_id = routine_id
        self.setWindowTitle(self.tr("Reminder"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if missed:
            # It came while the computer was off or asleep: say when it was meant for.
            self.message = self.tr("Missed at {time}: time for “{title}”.").format(
                time=f"{due:%H:%M}", title=title)
        else:
            self.message = self.tr("Time for “{title}”.").format(title=title)
        heading = make_label(self.message, "heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        if progress is not None:
            done = (self.tr("{done} of {planned} this week") if progress.per_week
                    else self.tr("{done} of {planned} today"))
            layout.addWidget(make_label(done.format(done=progress.done,
                                                    planned=progress.planned)))
        row = FlowLayout()  # four big buttons in a row are wider than the screen at 200 %
        start = make_button(self.tr("Start now"), "primary", "start")
        later10 = make_button(self.tr("In 10 minutes"), name="snooze10")
        later30 = make_button(self.tr("In 30 minutes"), name="snooze30")
        not_now = make_button(self.tr("Not now"), name="dismiss")
        for button in (start, later10, later30, not_now):
            row.addWidget(button)
        layout.addLayout(row)
        start.setDefault(True)
        start.clicked.connect(self._start)
        later10.clicked.connect(lambda: self._snooze(10))
        later30.clicked.connect(lambda: self._snooze(30))
        not_now.clicked.connect(self.reject)
        self.setAccessibleDescription(self.message)
        grow_for_wrapped_text(self)

    def _start(self) -> None:
        self.start.emit(self.routine_id)
        self.accept()

    def _snooze(self, minutes: int) -> None:
        self.snooze.emit(self.routine_id, minutes)
        self.accept()
