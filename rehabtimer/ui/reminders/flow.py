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
from rehabtimer.ui.reminders.popup import ReminderPopup
from rehabtimer.ui.reminders.service import ReminderService
from rehabtimer.ui.reminders.tray import Tray, TrayRoutine, TrayState
from rehabtimer.ui.session.sound import Cue, CuePlayer
from rehabtimer.ui.session.voice import Voice


class ReminderFlow(QObject):
    open_requested = Signal(list)
    """Bring the window forward, with wishes such as ["run", ROUTINE_ID]."""
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, cues: CuePlayer, voice: Voice,
                 busy: Callable[[], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cues = cues
        self._voice = voice
        self._window = parent
        self._popups: dict[str, ReminderPopup] = {}
        # Reminders wait while a session, or the questions before and after it, are on.
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

    def _remind(self, reminder: Reminder) -> None:
        entry = self._ctx.library.get(reminder.routine_id)
        if entry is None:
            return
        old = self._popups.pop(reminder.routine_id, None)
        if old is not None:
            old.close()
        progress = progress_today(self._ctx, self._ctx.clock.now().date())
        popup = ReminderPopup(reminder.routine_id, pick(entry.routine.title, self._ctx.lang),
                              reminder.due.astimezone(self._ctx.clock.now().tzinfo),
                              reminder.missed, progress.get(reminder.routine_id), self._window)
        popup.start.connect(lambda routine_id: self.open_requested.emit(["run", routine_id]))
        popup.snooze.connect(self.service.snooze)
        popup.finished.connect(lambda _result, rid=reminder.routine_id: self._popups.pop(rid, None))
        self._popups[reminder.routine_id] = popup
        popup.show()
        popup.raise_()
        self._cues.play(Cue.PHASE)
        self._voice.say(popup.message)
        if not self._window.isVisible():
            self.tray.notify(self.tr("Reminder"), popup.message)


def build_tray_state(
    ctx: AppContext, progress: Mapping[str, Progress], reminded: Collection[str]
) -> TrayState:
    """The routines the patient has made their own, by a plan or a reminder; with neither,
    "1 of 2 today" would add up advice for routines they may never do."""
    routines = []
    for entry in ctx.library.entries:
        today = progress[entry.routine.id]
        if today.explicit or entry.routine.id in reminded:
            routines.append(TrayRoutine(entry.routine.id, pick(entry.routine.title, ctx.lang),
                                        today.done, today.planned, today.per_week))
    daily = [r for r in routines if not r.per_week]
    return TrayState(
        tuple(routines),
        done_today=sum(min(r.done, r.planned) for r in daily),
        planned_today=sum(r.planned for r in daily),
    )
