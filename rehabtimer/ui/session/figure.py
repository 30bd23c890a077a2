"""The exercise as a figure that moves with the timer.

The widget keeps no time: the session view hands it the engine's phase and how far into it
the session is, so the figure pauses with Pause and stays in step after a blocked window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from rehabtimer.core.figure_motion import Frame, frame_at, showcase
from rehabtimer.core.figures.figure import Figure
from rehabtimer.core.figures.library import figure_for
from rehabtimer.core.phases import PhaseKind
from rehabtimer.ui.session.figure_paint import paint_figure
from rehabtimer.ui.session.picture import Picture, load_picture
from rehabtimer.ui.widgets.style import HIGH_CONTRAST, NORMAL


def is_dark(widget: QWidget) -> bool:
    """Whether the high-contrast theme is on: the stylesheet makes the window black."""
    return widget.palette().window().color().lightness() < 128


class ExerciseFigure(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._frame: Frame | None = None
        self._picture_path: Path | None = None
        self._picture: Picture | None = None
        self._width = 320
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(0, 0)
        # It paints its own background: repainting the windows behind it at every frame of
        # the movement would cost more than the figure itself.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def figure(self) -> Figure | None:
        return self._figure

    @property
    def shows_something(self) -> bool:
        return self._figure is not None or self._picture is not None

    @property
    def frame(self) -> Frame | None:
        return self._frame

    @property
    def progress(self) -> float | None:
        """How far through the current phase the figure is drawn (None: no figure)."""
        return None if self._frame is None else self._frame.progress

    def sizeHint(self) -> QSize:
        return QSize(self._width, 220)

    def set_width(self, width: int) -> None:
        """The width the session's layout gives the figure, as a wish: a window made
        narrower takes it from the figure first, and is never held at its width."""
        self._width = width
        self.setMaximumWidth(width)
        self.updateGeometry()

    def set_figure(self, name: str | None, side: str | None, title: str,
                   picture: Path | None = None) -> None:
        """Which figure to draw (None: none), else the routine's own picture, and, for screen
        readers, what it shows."""
        if picture != self._picture_path:
            self._picture_path = picture
            self._picture = None if picture is None else load_picture(picture)
            self.update()
        figure = figure_for(name, side) if name else None
        if figure != self._figure:
            self._figure = figure
            self._frame = None if figure is None else showcase(figure)
            self.update()
        description = self.tr("Figure showing the exercise: {title}").format(title=title)
        if self.accessibleName() != title:
            self.setAccessibleName(title)
            self.setAccessibleDescription(description)

    def show_phase(self, kind: PhaseKind, slot: int, fraction: float, elapsed_s: float) -> None:
        if self._figure is None:
            return
        frame = frame_at(self._figure, kind, slot, fraction, elapsed_s)
        if frame != self._frame:
            self._frame = frame
            self.update()

    def show_still(self) -> None:
        if self._figure is not None:
            self._frame = showcase(self._figure)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._figure is not None and self._frame is not None:
            paint_figure(painter, QRectF(self.rect()), self._figure, self._frame.pose,
                         self._frame.arrow, is_dark(self))
        elif self._picture is not None:
            self._picture.paint(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8))
        painter.end()


def figure_image(name: str, side: str | None, size: QSize, high_contrast: bool) -> QImage:
    """A still of a library figure, e.g. a preview for choosing one in the editor."""
    figure = figure_for(name, side)
    frame = showcase(figure)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    palette = HIGH_CONTRAST if high_contrast else NORMAL
    image.fill(QColor(palette.background))
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, size.width(), size.height()), figure, frame.pose,
                 frame.arrow, high_contrast)
    painter.end()
    return image
