"""Keeps the screen from blanking while a session runs, where the desktop allows it.

On Linux desktops this is the freedesktop ScreenSaver Inhibit call over D-Bus. Where there
is no session bus or no such service (other systems, minimal desktops), it does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

_SERVICE = "org.freedesktop.ScreenSaver"
_PATH = "/org/freedesktop/ScreenSaver"


class ScreenAwake(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cookie: int | None = None

    @property
    def held(self) -> bool:
        return self._cookie is not None

    def hold(self) -> bool:
        """Ask the desktop not to blank the screen; False where it cannot be asked."""
        if self._cookie is not None:
            return True
        screensaver = self._interface()
        if screensaver is None:
            return False
        reply = screensaver.call("Inhibit", "RehabTimer", self.tr("An exercise session is running"))
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return False
        self._cookie = int(reply.arguments()[0])
        return True

    def release(self) -> None:
        if self._cookie is None:
            return
        screensaver = self._interface()
        if screensaver is not None:
            screensaver.call("UnInhibit", self._cookie)
        self._cookie = None

    def _interface(self) -> QDBusInterface | None:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        interface = QDBusInterface(_SERVICE, _PATH, _SERVICE, bus)
        return interface if interface.isValid() else None
