"""Reminders and the tray icon while the app runs: when one falls due, the popup (with a
sound and the voice), putting it off, the dialog that sets the times, and the tray's menu
and its count of today's progress."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from rehabtimer.context import AppContext
from rehabtimer.core.reminders import Reminder
from rehabtimer.core.texts import pick
from rehabtimer.paths import resources_dir
from rehabtimer.ui.errors import reported
from rehabtimer.ui.home.progress import Progress, progress_today
from rehabtimer.ui.reminders.popup import DueRoutine, ReminderPopup
from rehabtimer.ui.reminders.service import ReminderService
from rehabtimer.ui.reminders.tray import Tray, TrayRoutine, TrayState
from rehabtimer.ui.session.sound import Cue, CuePlayer
from rehabtimer.ui.session.voice import Voice


class ReminderFlow(QObject):
    open_requested = Signal(list)
    """Bring the window forward, with wishes such as ["run", ROUTINE_ID]."""
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, cues: CuePlayer, voice: Voice,
                 busy: Callable[[], bool], start_blocked: Callable[[], str | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cues = cues
        self._voice = voice
        self._window = parent
        self._start_blocked = start_blocked
        """Why a routine cannot be started from a reminder now, if it cannot."""
        self._popup: ReminderPopup | None = None
        # Reminders wait while a session is on in front of the patient.
        self.service = ReminderService(ctx, busy, self)
        # The app's own icon, not the window's: a tray icon without one is not shown at all.
        self.tray = Tray(QIcon(str(resources_dir() / "icons" / "rehabtimer.svg")), parent)
        self.service.due.connect(self._remind)
        self.service.checked.connect(self.refresh_tray)
        self.tray.open_requested.connect(lambda: self.open_requested.emit([]))
        self.tray.start_requested.connect(
            lambda routine_id: self.open_requested.emit(["run", routine_id]))
        self.tray.reminders_requested.connect(self.show_dialog)
        self.tray.quit_requested.connect(self.quit_requested)
        # A session may have begun since the menu was made: look again as it opens.
        self.tray.menu.aboutToShow.connect(
            lambda: self.tray.set_start_blocked(self._start_blocked()))

    def start(self) -> None:
        """Show the tray icon and begin checking reminders, once the window is shown."""
        self.tray.show()
        self.service.start()

    def stop(self) -> None:
        self.service.stop()
        self.tray.hide()

    @reported
    def refresh_tray(self, progress: Mapping[str, Progress] | None = None) -> None:
        if progress is None:
            progress = progress_today(self._ctx, self._ctx.clock.now().date())
        reminded = {r.routine_id for r in self.service.repository.times(self._ctx.profile.id)}
        self.tray.set_state(build_tray_state(self._ctx, progress, reminded))
        self.tray.set_start_blocked(self._start_blocked())

    @reported
    def show_dialog(self) -> None:
        from rehabtimer.ui.reminders.dialog import ReminderDialog  # not needed at start-up

        repository = self.service.repository
        saved: dict[str, list[time]] = {}
        for reminder in repository.times(self._ctx.profile.id):
            saved.setdefault(reminder.routine_id, []).append(reminder.at)
        routines = [(e.routine.id, pick(e.routine.title, self._ctx.lang))
                    for e in self._ctx.library.entries]
        dialog = ReminderDialog(routines, saved, self._ctx.settings.keep_in_tray, self._window)
        if dialog.exec() != ReminderDialog.DialogCode.Accepted:
            return
        for routine_id, times in dialog.choice().items():
            if times != saved.get(routine_id, []):
                repository.set_times(self._ctx.profile.id, routine_id, times)
        self.refresh_tray()

    def _remind(self, reminders: list[Reminder]) -> None:
        now = self._ctx.clock.now()
        progress = progress_today(self._ctx, now.date())
        routines: dict[str, DueRoutine] = {}
        old = self._popup
        if old is not None:
            # Still on screen, unanswered: the new reminders join it in one list.
            routines.update((r.routine_id, r) for r in old.routines)
        for reminder in reminders:
            entry = self._ctx.library.get(reminder.routine_id)
            if entry is not None:
                routines[reminder.routine_id] = DueRoutine(
                    reminder.routine_id, pick(entry.routine.title, self._ctx.lang),
                    reminder.due.astimezone(now.tzinfo), reminder.missed,
                    progress.get(reminder.routine_id))
        if len(routines) == (len(old.routines) if old is not None else 0):
            return
        if old is not None:
            self._popup = None
            old.close()
        popup = ReminderPopup(list(routines.values()), self._start_blocked, self._window)
        popup.start.connect(lambda routine_id: self.open_requested.emit(["run", routine_id]))
        popup.snooze.connect(self.service.snooze)
        popup.finished.connect(lambda _result, p=popup: self._forget(p))
        self._popup = popup
        popup.show()
        popup.raise_()
        self._cues.play(Cue.PHASE)
        self._voice.say(popup.message)
        if not self._window.isVisible():
            self.tray.notify(self.tr("Reminder"), popup.message)

    def _forget(self, popup: ReminderPopup) -> None:
        if self._popup is popup:
            self._popup = None


def build_tray_state(
    ctx: AppContext, progress: Mapping[str, Progress], reminded: Collection[str]
) -> TrayState:
    """Today as the home screen tells it, from the same progress. The routines the patient
    has made their own, by a plan or a reminder, if any; with neither, every routine with its
    advice, as the home's cards show them."""
    routines = [
        TrayRoutine(entry.routine.id, pick(entry.routine.title, ctx.lang),
                    progress[entry.routine.id].done, progress[entry.routine.id].planned,
                    progress[entry.routine.id].per_week)
        for entry in ctx.library.entries
    ]
    own = [r for r in routines
           if progress[r.routine_id].explicit or r.routine_id in reminded]
    shown = own or routines
    daily = [r for r in shown if not r.per_week]
    return TrayState(
        tuple(shown),
        done_today=sum(min(r.done, r.planned) for r in daily),
        planned_today=sum(r.planned for r in daily),
        rest_day=any(p.excused for p in progress.values()),
    )
