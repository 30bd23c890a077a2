"""Keeps the screen from blanking while a session runs, where the system allows it.

- Linux: the freedesktop ScreenSaver Inhibit call over D-Bus; the desktop lets go when our
  bus connection closes, so also when the app dies.
- Windows: SetThreadExecutionState (kernel32) on the GUI thread; Windows drops the request
  when that thread ends, so also when the app dies.
- macOS: an IOKit power assertion (PreventUserIdleDisplaySleep); the system releases the
  assertions of a process that ends.
Where none of these can be reached (no session bus, a minimal desktop, a library that does
not load), holding does nothing and says so by returning False.
"""

from __future__ import annotations

import ctypes
import sys
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusInterface


class _Holder(Protocol):
    def hold(self, reason: str) -> bool: ...

    def release(self) -> None: ...


class DBusScreenSaver:
    _SERVICE = "org.freedesktop.ScreenSaver"
    _PATH = "/org/freedesktop/ScreenSaver"

    def __init__(self) -> None:
        self._cookie: int | None = None

    def hold(self, reason: str) -> bool:
        # Imported here: Windows and macOS never load Qt's D-Bus module.
        from PySide6.QtDBus import QDBusMessage

        screensaver = self._interface()
        if screensaver is None:
            return False
        reply = screensaver.call("Inhibit", "RehabTimer", reason)
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
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        interface = QDBusInterface(self._SERVICE, self._PATH, self._SERVICE, bus)
        return interface if interface.isValid() else None


class WindowsExecutionState:
    _CONTINUOUS, _SYSTEM_REQUIRED, _DISPLAY_REQUIRED = 0x80000000, 0x1, 0x2

    def hold(self, reason: str) -> bool:
        return self._set(self._CONTINUOUS | self._SYSTEM_REQUIRED | self._DISPLAY_REQUIRED)

    def release(self) -> None:
        self._set(self._CONTINUOUS)

    @staticmethod
    def _set(flags: int) -> bool:
        if sys.platform != "win32":
            return False  # no kernel32 to ask
        try:
            set_state = ctypes.WinDLL("kernel32").SetThreadExecutionState
        except (OSError, AttributeError):
            return False
        set_state.argtypes = [ctypes.c_uint32]
        set_state.restype = ctypes.c_uint32
        return bool(set_state(flags))  # the previous state; 0 means it failed


class MacPowerAssertion:
    _IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
    _CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
    _UTF8 = 0x08000100
    _LEVEL_ON = 255

    def __init__(self) -> None:
        self._assertion: int | None = None

    def hold(self, reason: str) -> bool:
        if sys.platform != "darwin":
            return False  # no IOKit to ask
        try:
            iokit = ctypes.CDLL(self._IOKIT)
            cf = ctypes.CDLL(self._CORE_FOUNDATION)
        except OSError:
            return False
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        create = iokit.IOPMAssertionCreateWithName
        create.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
                           ctypes.POINTER(ctypes.c_uint32)]
        create.restype = ctypes.c_int32
        kind = cf.CFStringCreateWithCString(None, b"PreventUserIdleDisplaySleep", self._UTF8)
        name = cf.CFStringCreateWithCString(None, reason.encode(), self._UTF8)
        assertion = ctypes.c_uint32(0)
        try:
            failed = create(kind, self._LEVEL_ON, name, ctypes.byref(assertion))
        finally:
            cf.CFRelease(kind)
            cf.CFRelease(name)
        if failed:
            return False
        self._assertion = assertion.value
        return True

    def release(self) -> None:
        if self._assertion is None or sys.platform != "darwin":
            return
        release = ctypes.CDLL(self._IOKIT).IOPMAssertionRelease
        release.argtypes = [ctypes.c_uint32]
        release(self._assertion)
        self._assertion = None


def holder_for(platform: str) -> _Holder:
    """How the screen is kept awake on `platform`."""
    if platform == "win32":
        return WindowsExecutionState()
    if platform == "darwin":
        return MacPowerAssertion()
    return DBusScreenSaver()


class ScreenAwake(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holder = holder_for(sys.platform)
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def hold(self) -> bool:
        """Ask the system not to blank the screen; False where it cannot be asked."""
        if not self._held:
            self._held = self._holder.hold(self.tr("An exercise session is running"))
        return self._held

    def release(self) -> None:
        if self._held:
            self._holder.release()
            self._held = False
