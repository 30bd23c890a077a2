"""The reminder itself: a small window on top of the others, with Start and Snooze.

Big words and big buttons, like the rest of the app: it is read from across the room.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from rehabtimer.core.reminders import SNOOZE_CHOICES
from rehabtimer.ui.home.progress import Progress
from rehabtimer.ui.widgets.flow_layout import FlowLayout
from rehabtimer.ui.widgets.page import grow_for_wrapped_text, make_button, make_label


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
        start.setDefault(True)
        start.clicked.connect(self._start)
        row.addWidget(start)
        for choice in SNOOZE_CHOICES:
            minutes = int(choice.total_seconds() // 60)
            later = make_button(self.tr("In {minutes} minutes").format(minutes=minutes),
                                name=f"snooze{minutes}")
            later.clicked.connect(lambda _checked=False, m=minutes: self._snooze(m))
            row.addWidget(later)
        not_now = make_button(self.tr("Not now"), name="dismiss")
        not_now.clicked.connect(self.reject)
        row.addWidget(not_now)
        layout.addLayout(row)
        self._row = row
        self.setAccessibleDescription(self.message)
        grow_for_wrapped_text(self)

    def showEvent(self, event: QShowEvent) -> None:
        # Wide enough for the buttons side by side where the screen allows: a wrapping row
        # asks only for its widest button, which would open the reminder as a thin column.
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins = layout.contentsMargins()
        items = [self._row.itemAt(i) for i in range(self._row.count())]
        widgets = [item.widget() for item in items if item is not None]
        wanted = (sum(w.sizeHint().width() for w in widgets if w is not None)
                  + self._row.spacing() * (len(items) - 1) + margins.left() + margins.right())
        screen = self.screen()
        room = screen.availableGeometry().width() * 2 // 3 if screen else wanted
        self.resize(max(self.width(), min(wanted, room)), self.height())
        super().showEvent(event)

    def _start(self) -> None:
        self.start.emit(self.routine_id)
        self.accept()

    def _snooze(self, minutes: int) -> None:
        self.snooze.emit(self.routine_id, minutes)
        self.accept()
