"""The big countdown, readable across the room, with the breathing pacer drawn behind it."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from rehabtimer.core.phases import PhaseKind
from rehabtimer.ui.widgets.style import phase_colour

# The pacer circle never shrinks below this share of its full size, so the number stays
# framed on the out-breath.
PACER_MIN = 0.45


def pacer_size(kind: PhaseKind, fraction: float) -> float | None:
    """The pacer's size (PACER_MIN..1) for a breathing phase, None for other phases.

    Eased with a cosine so the shape slows at full and empty lungs, as breath does.
    """
    eased = (1 - math.cos(math.pi * min(max(fraction, 0.0), 1.0))) / 2
    if kind is PhaseKind.INHALE:
        return PACER_MIN + (1 - PACER_MIN) * eased
    if kind is PhaseKind.BREATH_HOLD:
        return 1.0
    if kind is PhaseKind.EXHALE:
        return 1 - (1 - PACER_MIN) * eased
    return None


class TimerFace(QWidget):
    MIN_SIZE = QSize(200, 140)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._kind = PhaseKind.GET_READY
        self._pacer: float | None = None
        self._dimmed = False
        self._sample: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self.MIN_SIZE)
        # The face paints its own background: at 20 pacer frames a second, letting Qt paint
        # the windows behind it each time costs more than the face itself.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def text(self) -> str:
        return self._text

    @property
    def sample(self) -> str | None:
        return self._sample

    @property
    def pacer(self) -> float | None:
        return self._pacer

    def show_time(self, text: str, kind: PhaseKind, pacer: float | None, dimmed: bool,
                  sample: str | None = None) -> None:
        """`sample`: the widest text to come in place of `text`, to size the font by, where
        it is not the digits of a countdown."""
        if (text, kind, pacer, dimmed, sample) == (self._text, self._kind, self._pacer,
                                                   self._dimmed, self._sample):
            return
        if text != self._text:
            self.setAccessibleName(text)
        self._text, self._kind, self._pacer, self._dimmed = text, kind, pacer, dimmed
        self._sample = sample
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        area = QRectF(self.rect())
        colour = phase_colour(self._kind)
        if self._pacer is not None:
            full = min(area.width(), area.height()) * 0.98
            size = full * self._pacer
            circle = QRectF(0, 0, size, size)
            circle.moveCenter(area.center())
            fill = QColor(colour)
            fill.setAlpha(60)
            painter.setBrush(fill)
            edge = QColor(colour)
            painter.setPen(edge)
            painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        # As large as fits, so the digits read from across the room; with the pacer, small
        # enough to sit inside its smallest circle.
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        # Size by a fixed sample, so the digits do not jump as the countdown goes from 10 to 9.
        sample = self._sample or ("0:00" if len(self._text) >= 4 else "00")
        width = max(metrics.horizontalAdvance(sample), 1.0)
        height = metrics.capHeight()
        if self._pacer is None:
            scale = min(area.width() * 0.9 / width, area.height() * 0.57 / height)
        else:
            inner = min(area.width(), area.height()) * 0.98 * PACER_MIN
            scale = min(inner * 0.8 / width, inner * 0.55 / height)
        font.setPixelSize(max(12, int(100 * scale)))
        painter.setFont(font)
        # The palette, not a fixed colour: the stylesheet sets it (white in high contrast).
        text_colour = self.palette().windowText().color()
        if self._dimmed:
            text_colour.setAlpha(110)
        painter.setPen(text_colour)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
