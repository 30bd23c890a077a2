"""The band across the session screen that names the phase (Breathe in, Rest, Paused) on the
phase's colour, its word as large as the window allows while it keeps to one line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from rehabtimer.core.phases import PhaseKind
from rehabtimer.ui.widgets.style import phase_colour

PHASE_FONT_MIN_PX = 22


class PhaseBanner(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        # No automatic indent: the font is sized to the room inside the padding.
        self.setIndent(0)

    def show_word(self, word: str, kind: PhaseKind, window: QSize) -> None:
        """`word` on the colour of `kind`, sized for a `window` of the session's size."""
        colour = phase_colour(kind).name()
        self.setText(word)
        self.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 16px; padding: 6px 24px;"
            f"font-weight: bold; font-size: {self._font_px(word, window)}px;"
        )

    def _font_px(self, word: str, window: QSize) -> int:
        """Large for the window, and small enough to keep the word on one line if it can:
        a second line would take the height the countdown needs."""
        size = max(PHASE_FONT_MIN_PX, min(window.height() // 11, window.width() // 14))
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(size)
        width = QFontMetrics(font).horizontalAdvance(word)
        room = self.contentsRect().width()
        if width > room > 0:
            size = max(PHASE_FONT_MIN_PX, size * room // width)
        return size
