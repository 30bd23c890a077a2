"""The tray icon: today's progress at a glance, a way back to the window, and reminders
when the window is closed.

Not every desktop has a tray (GNOME without an extension, for one); there the icon is
simply not shown and the app says so in the settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


@dataclass(frozen=True)
class TrayRoutine:
    routine_id: str
    title: str
    done: int
    planned: int
    per_week: bool


@dataclass(frozen=True)
class TrayState:
    routines: tuple[TrayRoutine, ...]
    """The routines in the patient's own plan or with reminders."""
    done_today: int
    planned_today: int
    rest_day: bool = False
    """Today is marked as a rest, sick or away day: nothing is asked of the patient."""


class Tray(QObject):
    open_requested = Signal()
    start_requested = Signal(str)
    reminders_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_requested)
        self.set_state(TrayState((), 0, 0))

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        if self.available():
            self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def summary(self, state: TrayState) -> str:
        if state.rest_day:
            return self.tr("Today is a rest day")
        if state.planned_today == 0:
            return self.tr("Nothing planned for today")
        return self.tr("{done} of {planned} today").format(
            done=state.done_today, planned=state.planned_today)

    def set_state(self, state: TrayState) -> None:
        self.menu.clear()
        summary = self.summary(state)
        self.icon.setToolTip(f"RehabTimer — {summary}")
        heading = self.menu.addAction(summary)
        heading.setEnabled(False)
        self.menu.addSeparator()
        for routine in state.routines:
            progress = (self.tr("{done} of {planned} this week") if routine.per_week
                        else self.tr("{done} of {planned} today"))
            label = self.tr("Start “{title}” ({progress})").format(
                title=routine.title,
                progress=progress.format(done=routine.done, planned=routine.planned))
            action = self.menu.addAction(label)
            action.setObjectName(f"start:{routine.routine_id}")
            action.triggered.connect(
                lambda _checked=False, rid=routine.routine_id: self.start_requested.emit(rid))
        self._blocked = self.menu.addAction("")
        self._blocked.setObjectName("start-blocked")
        self._blocked.setEnabled(False)
        self._blocked.setVisible(False)
        if state.routines:
            self.menu.addSeparator()
        self._add(self.tr("Open RehabTimer"), "open", self.open_requested)
        self._add(self.tr("Reminders…"), "reminders", self.reminders_requested)
        self.menu.addSeparator()
        self._add(self.tr("Quit"), "quit", self.quit_requested)

    def set_start_blocked(self, reason: str | None) -> None:
        """Start entries work only when a routine can start; otherwise they are greyed out,
        with the reason under them."""
        for action in self.menu.actions():
            if action.objectName().startswith("start:"):
                action.setEnabled(reason is None)
        self._blocked.setText(reason or "")
        self._blocked.setVisible(reason is not None)

    def _add(self, text: str, name: str, signal: SignalInstance) -> QAction:
        action = self.menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(signal)
        return action

    def notify(self, title: str, message: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
