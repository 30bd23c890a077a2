"""Headings that step down a size where large text on a small screen would break them onto
more lines than the page has room for."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel


def set_role(label: QLabel, role: str) -> None:
    """The style sheet's look for `role` ("title", "heading", "field"), applied at once."""
    if label.property("role") == role:
        return
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


class OnOneLine(QObject):
    """Gives labels the first of `roles`, largest first, in which each label's text fits on
    one line at its width; the last where none does. The labels keep one size between them:
    headings of one page that differ in size would rank what they head."""

    def __init__(self, labels: tuple[QLabel, ...], roles: tuple[str, ...]) -> None:
        super().__init__(labels[0])
        self._labels = labels
        self._roles = roles
        for label in labels:
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A label's width comes from its layout, not its font: a step down cannot undo itself.
        if watched in self._labels and event.type() == QEvent.Type.Resize:
            for role in self._roles:
                for label in self._labels:
                    set_role(label, role)
                if all(label.fontMetrics().horizontalAdvance(label.text())
                       <= label.contentsRect().width() for label in self._labels):
                    break
        return False
