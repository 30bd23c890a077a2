"""The mouse wheel scrolls the page: it changes a box or slider only once that has focus.

A patient scrolling a long settings page with the pointer resting on a control must not
change, and save, that control by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _WheelGuard(QObject):
    def __init__(self, never: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._never = never

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and (
                self._never or not watched.hasFocus()):
            # Ignored and filtered out: Qt hands the wheel to the parent, the scrolling page.
            event.ignore()
            return True
        return False


def wheel_only_when_focused(*controls: QWidget, never: bool = False) -> None:
    """The wheel changes these controls only when they have focus (with `never`, not at all);
    a click or Tab gives them focus, the wheel does not."""
    for control in controls:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        control.installEventFilter(_WheelGuard(never, control))
