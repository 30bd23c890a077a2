"""Looks at the reminder times now and then and says which reminders are due.

The rules are in core/reminders.py; this only asks them on a coarse timer. A reminder
needs no precision, and a check after the computer wakes up finds what fell due while it
slept, because the last check is kept in the history file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rehabtimer.context import AppContext
from rehabtimer.core.reminders import Reminder, due_reminders
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.reminders import ReminderRepository
from rehabtimer.ui.home.progress import progress_today

CHECK_EVERY_MS = 30_000


class ReminderService(QObject):
    due = Signal(object)
    """A Reminder to show."""
    checked = Signal()
    """A check ran: a good moment to bring today's progress up to date."""

    def __init__(
        self,
        ctx: AppContext,
        busy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._busy = busy
        self._snoozed: dict[str, datetime] = {}
        self._shown: set[tuple[str, datetime]] = set()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    @property
    def repository(self) -> ReminderRepository:
        # Made afresh: the history file can change under the app (a restored backup).
        return ReminderRepository(self._ctx.database)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> list[Reminder]:
        """Emit and return what is due now. A session in progress holds reminders back
        until it is over: the check time is not moved on, so they come afterwards."""
        if self._busy():
            return []
        ctx = self._ctx
        now = ctx.clock.now()
        try:
            profile_id = ctx.profile.id
            repository = self.repository
            times = repository.times(profile_id)
            last = repository.last_check(profile_id)
            progress = progress_today(ctx, now.date()) if times or self._snoozed else {}
            due = due_reminders(
                times,
                now,
                last,
                # A reminder for a routine that no longer exists has nothing to open.
                lambda routine_id: routine_id not in progress or progress[routine_id].met,
                self._snoozed,
                self._shown,
            )
            repository.checked(profile_id, now)
        except StorageError:
            # The history file is busy or gone for a moment; the next check tries again
            # and, with the last check unchanged, misses nothing.
            return []
        for reminder in due:
            self._snoozed.pop(reminder.routine_id, None)
            self.due.emit(reminder)
        self.checked.emit()
        return due

    def snooze(self, routine_id: str, minutes: int) -> None:
        self._snoozed[routine_id] = self._ctx.clock.now() + timedelta(minutes=minutes)
