"""The words under a session's countdown: the step's instructions, its caution, what comes
next, in a scroll area that asks for their height at the width they will have."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class WordsArea(QScrollArea):
    """The words under the countdown, all of them when there is room. With large text on a
    small screen they scroll instead of pushing the buttons off the bottom of the screen."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self._content = content
        self._width = 0
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def height_at(self, width: int) -> int:
        """The height the words take `width` wide."""
        return max(self._content.heightForWidth(width), 0)

    def will_be(self, width: int) -> None:
        """The width the session's layout is about to give the words (the figure beside
        them may grow or go): the height asked for is theirs at that width."""
        self._width = width
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        # QScrollArea asks its content for a size at no particular width; wrapped text needs
        # the height at the width it really has.
        width = self._width or self.viewport().width()
        return QSize(super().sizeHint().width(), self.height_at(width))
