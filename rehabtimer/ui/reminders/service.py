"""Checks the reminder times when the next one falls due and says which reminders are due.

The rules are in core/reminders.py. The next check is a deadline on the wall clock, so a
reminder comes on its minute; a coarse check besides notices a wake-up from sleep (the
timers stand still while the computer sleeps) or a changed clock, and finds what fell due
meanwhile, because the last check is kept in the history file.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rehabtimer.context import AppContext
from rehabtimer.core.reminders import Reminder, due_reminders, next_due
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.reminders import ReminderRepository
from rehabtimer.ui.home.progress import progress_today

WAKE_CHECK_EVERY_MS = 30_000
BUSY_RETRY_MS = 2_000
"""While a session runs: soon after it ends, what waited for it comes."""


class ReminderService(QObject):
    due = Signal(list)
    """The Reminders to show, all due at this check."""
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
        self.next_check: datetime | None = None
        """When the next reminder or snooze falls due, as last seen."""
        self._wake = QTimer(self)
        self._wake.setObjectName("wake-check")
        self._wake.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._wake.setInterval(WAKE_CHECK_EVERY_MS)
        self._wake.timeout.connect(self.check)
        self._next = QTimer(self)
        self._next.setObjectName("next-check")
        self._next.setSingleShot(True)
        self._next.setTimerType(Qt.TimerType.PreciseTimer)
        self._next.timeout.connect(self.check)

    @property
    def repository(self) -> ReminderRepository:
        # Made afresh: the history file can change under the app (a restored backup).
        return ReminderRepository(self._ctx.database)

    def start(self) -> None:
        self._wake.start()
        self.check()

    def stop(self) -> None:
        self._wake.stop()
        self._next.stop()

    def _schedule(self, busy: bool = False) -> None:
        """Set the next check for the moment the next reminder falls due."""
        if not self._wake.isActive():
            return  # not started: checks are asked for by hand
        if busy:
            self._next.start(BUSY_RETRY_MS)
            return
        if self.next_check is None:
            self._next.stop()
            return
        left = self.next_check - self._ctx.clock.now()
        # Rounded up: a timer a millisecond early would find nothing due yet.
        self._next.start(max(0, math.ceil(left.total_seconds() * 1000)))

    def check(self) -> list[Reminder]:
        """Emit and return what is due now. A session in progress holds reminders back
        until it is over: the check time is not moved on, so they come afterwards."""
        if self._busy():
            self._schedule(busy=True)
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
        self.next_check = next_due(times, now, self._snoozed)
        self._schedule()
        if due:
            self.due.emit(due)
        self.checked.emit()
        return due

    def snooze(self, routine_id: str, minutes: int) -> None:
        until = self._ctx.clock.now() + timedelta(minutes=minutes)
        self._snoozed[routine_id] = until
        if self.next_check is None or until < self.next_check:
            self.next_check = until
            self._schedule()
