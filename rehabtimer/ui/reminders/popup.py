"""The reminder itself: a small window on top of the others, with Start and Snooze, for
one routine or for several due together.

Big words and big buttons, like the rest of the app: it is read from across the room.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rehabtimer.core.reminders import SNOOZE_CHOICES
from rehabtimer.ui.home.progress import Progress
from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.flow_layout import FlowLayout
from rehabtimer.ui.widgets.page import grow_for_wrapped_text


@dataclass(frozen=True)
class DueRoutine:
    """One routine a reminder is for, as the popup shows it."""

    routine_id: str
    title: str
    due: datetime
    missed: bool
    """It came while the computer was off or asleep: the popup says when it was meant for."""
    progress: Progress | None


class ReminderPopup(QDialog):
    start = Signal(str)
    snooze = Signal(str, int)
    """Routine id, minutes."""

    def __init__(self, routines: Sequence[DueRoutine], start_blocked: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.routines = tuple(routines)
        self._start_blocked = start_blocked
        self.setWindowTitle(self.tr("Reminder"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        self._starts: list[QPushButton] = []
        if len(self.routines) == 1:
            [only] = self.routines
            if only.missed:
                self.message = self.tr("You missed the {time} reminder: time for “{title}”."
                                       ).format(time=f"{only.due:%H:%M}", title=only.title)
            else:
                self.message = self.tr("Time for “{title}”.").format(title=only.title)
            layout.addWidget(make_label(self.message, "heading"))
            if only.progress is not None:
                layout.addWidget(make_label(self._progress(only.progress)))
        else:
            # Reminders due together come as one list: two popups would open one on the other.
            titles = self.tr(", ").join(self.tr("“{title}”").format(title=r.title)
                                        for r in self.routines)
            self.message = self.tr("Time for {titles}.").format(titles=titles)
            layout.addWidget(make_label(self.tr("Time for your exercises:"), "heading"))
            for routine in self.routines:
                layout.addLayout(self._routine_row(routine))
            layout.addWidget(make_label(self.tr(
                "Starting one puts the others off for 10 minutes."), "muted"))
        self._blocked = make_label("", "muted")
        self._blocked.setObjectName("start-blocked")
        self._blocked.hide()
        layout.addWidget(self._blocked)
        row = FlowLayout()  # four big buttons in a row are wider than the screen at 200 %
        if len(self.routines) == 1:
            start = self._start_button(self.routines[0], self.tr("Start now"), "start")
            start.setDefault(True)
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

    def _progress(self, progress: Progress) -> str:
        done = (self.tr("{done} of {planned} this week") if progress.per_week
                else self.tr("{done} of {planned} today"))
        return done.format(done=progress.done, planned=progress.planned)

    def _routine_row(self, routine: DueRoutine) -> QHBoxLayout:
        details = []
        if routine.missed:
            details.append(self.tr("missed at {time}").format(time=f"{routine.due:%H:%M}"))
        if routine.progress is not None:
            details.append(self._progress(routine.progress))
        text = self.tr("“{title}”").format(title=routine.title)
        if details:
            text = self.tr("{title} ({details})").format(
                title=text, details=self.tr(", ").join(details))
        row = QHBoxLayout()
        row.addWidget(make_label(text), 1)
        button = self._start_button(routine, self.tr("Start"), f"start:{routine.routine_id}")
        button.setAccessibleName(self.tr("Start “{title}”").format(title=routine.title))
        row.addWidget(button)
        return row

    def _start_button(self, routine: DueRoutine, text: str, name: str) -> QPushButton:
        button = make_button(text, "primary", name)
        button.clicked.connect(lambda _checked=False, rid=routine.routine_id: self._start(rid))
        self._starts.append(button)
        return button

    def refresh(self) -> None:
        """Start is offered only when it can start: not while a session is on."""
        reason = self._start_blocked()
        for button in self._starts:
            button.setEnabled(reason is None)
        self._blocked.setText(reason or "")
        self._blocked.setVisible(reason is not None)

    def event(self, event: QEvent) -> bool:
        # A session may have begun or ended since the reminder came: look again whenever
        # the patient comes to the reminder.
        if event.type() in (QEvent.Type.WindowActivate, QEvent.Type.Enter):
            self.refresh()
        return super().event(event)

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
        width = max(self.width(), min(wanted, room))
        # As tall as the wrapped text needs at that width, now: grown later, the reminder
        # would show its first frames with the text cut off.
        self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))
        # Resized while being shown, Qt holds the resize event back: lay out at the new size
        # now, or the first frames keep the old places.
        layout.invalidate()
        layout.activate()
        self.refresh()
        super().showEvent(event)

    def _start(self, routine_id: str) -> None:
        self.refresh()
        if self._start_blocked() is not None:
            return  # the button was disabled just now, with the reason shown
        for other in self.routines:
            if other.routine_id != routine_id:
                self.snooze.emit(other.routine_id, int(SNOOZE_CHOICES[0].total_seconds() // 60))
        self.start.emit(routine_id)
        self.accept()

    def _snooze(self, minutes: int) -> None:
        for routine in self.routines:
            self.snooze.emit(routine.routine_id, minutes)
        self.accept()
