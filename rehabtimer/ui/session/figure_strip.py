""""What you will do": a small figure and the title of each step, before a session starts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rehabtimer.core.routine import Routine
from rehabtimer.core.texts import pick
from rehabtimer.ui.session.figure import ExerciseFigure
from rehabtimer.ui.widgets.flow_layout import FlowLayout

# The figures keep one size: with large text only the captions grow (wider, and onto more
# lines), so the cautions below the strip stay in reach.
CELL_WIDTH_PX = 200
CAPTION_EM = 9
FIGURE_HEIGHT_PX = 120


class FigureStrip(QWidget):
    def __init__(self, routine: Routine, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figure-strip")
        row = FlowLayout(self, spacing=12)
        self._cells: list[tuple[QWidget, QVBoxLayout, ExerciseFigure, QLabel]] = []
        for number, step in enumerate(routine.steps, start=1):
            title = pick(step.title, lang)
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            figure = ExerciseFigure()
            figure.setObjectName(f"strip-figure:{step.id}")
            figure.set_figure(step.figure, None, title)
            figure.setVisible(step.figure is not None)
            label = QLabel(f"{number}. {title}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            column.addWidget(figure)
            column.addWidget(label)
            row.addWidget(cell)
            self._cells.append((cell, column, figure, label))

    def _fit(self) -> None:
        """Cells of one size, fixed: the row lays cells out by their size hints, which do not
        know how many lines a wrapped title takes."""
        if not self._cells:
            return
        label = self._cells[0][3]
        width = max(CELL_WIDTH_PX, CAPTION_EM * label.fontInfo().pixelSize())
        caption = max(label.heightForWidth(width) for _, _, _, label in self._cells)
        for cell, column, figure, label in self._cells:
            figure.setFixedSize(width, FIGURE_HEIGHT_PX)
            label.setFixedHeight(caption)
            cell.setFixedSize(width, FIGURE_HEIGHT_PX + max(0, column.spacing()) + caption)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
