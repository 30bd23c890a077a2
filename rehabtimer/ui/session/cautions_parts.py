"""The parts of the page before a session that keep its choice and its button in view
however long the cautions: a box of words to read that scrolls on its own, and two columns
that stack when the window is narrow for its text."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.ui.widgets.controls import make_label

# The box shows at least this many lines, however little room the page leaves it.
MIN_LINES = 3
# Side by side when each column would be at least this many characters wide (the width of
# the text's size in pixels): narrower, the choice's titles would break on every word.
COLUMN_EM = 12
SECOND_EM = 16


class ScrollBox(QScrollArea):
    """Takes the height it is given, down to `min_lines` of text, and scrolls its words when
    they need more. It asks for no more than that minimum: the page around it would
    otherwise grow to the height of all its words and scroll as a whole, the choice and the
    button with it.

    It shows whole lines of its paragraphs (the labels directly in `words`): one cut through
    the middle at its bottom edge is left out until scrolled to, as a half line is misread."""

    def __init__(self, words: QWidget, min_lines: int) -> None:
        super().__init__()
        self._min_lines = min_lines
        self._words = words
        self.setWidget(words)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # After a resize the paragraphs rewrap on a later turn of the event loop: measured
        # then. A scroll moves them at once, so it is measured at once.
        self._measure = QTimer(self)
        self._measure.setSingleShot(True)
        self._measure.setInterval(0)
        self._measure.timeout.connect(self._show_whole_lines)
        self.verticalScrollBar().valueChanged.connect(self._show_whole_lines)
        words.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._measure.start()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._measure.start()

    def _show_whole_lines(self) -> None:
        viewport = self.viewport()
        bottom = cut = viewport.height()
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for label in self._words.findChildren(QLabel, options=direct):
            rect = label.contentsRect()
            top = label.mapTo(viewport, rect.topLeft()).y()
            if label.isHidden() or not top < bottom < top + rect.height():
                continue
            # A paragraph's lines are all as tall: its height shared among them.
            lines = max(1, round(rect.height() / QFontMetricsF(label.font()).lineSpacing()))
            line = rect.height() / lines
            cut = min(cut, top + round(math.floor((bottom - top) / line) * line))
        if cut < bottom:
            viewport.setMask(QRegion(0, 0, viewport.width(), cut))
        else:
            viewport.clearMask()

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:
        # A label's line is its font's line spacing, rounded up: a pixel short, and one line
        # would scroll.
        line = math.ceil(QFontMetricsF(self.font()).lineSpacing())
        return QSize(super().minimumSizeHint().width(),
                     self._min_lines * line + 2 * self.frameWidth())


class ReadingBox(QWidget):
    """Words to read in a framed box that takes the height it is given and scrolls when they
    need more, with a line under it saying so while some are out of view."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """`name`: what the box holds, for screen readers."""
        super().__init__(parent)
        words = QWidget()
        words.setObjectName("reading")
        self.content = QVBoxLayout(words)
        self.content.setSpacing(14)
        self._box = ScrollBox(words, MIN_LINES)
        self._box.setObjectName("reading-box")
        self._box.setProperty("role", "card")
        self._box.setAccessibleName(name)
        self._more = make_label(QCoreApplication.translate("CautionsPage", "▼ More below"),
                                "muted")
        self._more.setObjectName("more-below")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._box, 1)
        layout.addWidget(self._more)
        bar = self._box.verticalScrollBar()
        bar.rangeChanged.connect(self._show_more)
        bar.valueChanged.connect(self._show_more)
        self._show_more()

    def _show_more(self) -> None:
        # Hidden at the end, the line gives the box its room back: the end stays in view.
        bar = self._box.verticalScrollBar()
        self._more.setVisible(bar.value() < bar.maximum())


class SideBySide(QWidget):
    """Two columns, the first the wider; one under the other where the window is too narrow
    for both at its text size."""

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(32)
        for column in (first, second):
            # Shared by the stretch alone: a column of wrapped words would ask for all of it.
            column.setSizePolicy(QSizePolicy.Policy.Ignored, column.sizePolicy().verticalPolicy())
            self._layout.addWidget(column)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width, em = event.size().width(), self.fontInfo().pixelSize()
        wide = width >= 2 * COLUMN_EM * em
        self._layout.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                  else QBoxLayout.Direction.TopToBottom)
        # Side by side, the second has two fifths of the width, more with large text up to
        # half; stacked, the first takes what the second leaves.
        second = min(width // 2, max(width * 2 // 5, SECOND_EM * em)) if wide else 0
        self._layout.setStretch(0, width - second if wide else 1)
        self._layout.setStretch(1, second)
        super().resizeEvent(event)
