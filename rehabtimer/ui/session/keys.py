"""The session's keys: one for each of its buttons, for a patient across the room, where a key
is easier to find than a button; and the keys that page through the step's words."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class SessionKeys:
    """Shortcuts of `view`, heard while it or a part of it has the focus; each emits the
    view's signal for its action, as its button does."""

    def __init__(self, view: QWidget, *, pause: SignalInstance, skip: SignalInstance,
                 back: SignalInstance, stop: SignalInstance, hurt: SignalInstance,
                 more: SignalInstance, fewer: SignalInstance, rep_done: SignalInstance) -> None:
        self._view = view
        for key, signal in (
            (Qt.Key.Key_Space, pause),
            (Qt.Key.Key_Right, skip),
            (Qt.Key.Key_Left, back),
            (Qt.Key.Key_Escape, stop),
            (Qt.Key.Key_H, hurt),
            (Qt.Key.Key_Down, more),
            (Qt.Key.Key_PageDown, more),
        ):
            self._shortcut(key, signal)
        for key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self._shortcut(key, fewer)
        # Enter means "rep done" only while a self-paced rep waits for it.
        self._rep_done = [
            self._shortcut(key, rep_done) for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ]

    def _shortcut(self, key: Qt.Key, signal: SignalInstance) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self._view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(signal.emit)
        return shortcut

    def set_waiting_for_rep(self, waiting: bool) -> None:
        for shortcut in self._rep_done:
            shortcut.setEnabled(waiting)
