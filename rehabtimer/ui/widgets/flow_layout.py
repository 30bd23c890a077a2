"""A row of buttons that wraps onto more lines when their words do not fit on one.

A QHBoxLayout of buttons is as wide as all its buttons together; with large text or a long
translation that is wider than the screen, and the window grows past its edge. This layout
asks only for its widest button and puts the rest on as many lines as the width needs.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left to right, then onto the next line; after add_stretch(), items sit at the right
    end of their line, as after a stretch in a QHBoxLayout."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None

    def add_stretch(self) -> None:
        self._right_from = len(self._items)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """Everything on one line, as a QHBoxLayout would ask for."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items)
        width += self.spacing() * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in `rect` (only measuring unless `place`); the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self.spacing()
        lines: list[list[tuple[int, QLayoutItem]]] = [[]]
        x = area.left()
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.left()
            lines[-1].append((index, item))
            x += width + gap
        y = area.top()
        for line in lines:
            height = max((item.sizeHint().height() for _, item in line), default=0)
            if place:
                self._place(line, area, y, height)
            y += height + gap
        used = y - gap - area.top() if any(lines) else 0
        margins = self.contentsMargins()
        return used + margins.top() + margins.bottom()

    def _place(self, line: list[tuple[int, QLayoutItem]], area: QRect, y: int,
               height: int) -> None:
        gap = self.spacing()
        right = [item for index, item in line
                 if self._right_from is not None and index >= self._right_from]
        right_width = sum(item.sizeHint().width() for item in right) + gap * (len(right) - 1)
        x = area.left()
        for _, item in line:
            if right and item is right[0]:
                x = max(x, area.right() + 1 - right_width)
            size = item.sizeHint().boundedTo(QSize(area.width(), height))
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x += size.width() + gap
