"""Choosing a step's figure in the routine editor: the library as small previews, with "none"
and the step's own picture file, and a larger preview of the one chosen."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.core.figures.library import FIGURE_NAMES
from rehabtimer.ui.editor.figure_names import figure_title
from rehabtimer.ui.session.figure import ExerciseFigure, figure_image, is_dark
from rehabtimer.ui.widgets.controls import make_label

NONE = "none"
IMAGE = "image"
FIGURE = "figure"
Choice = tuple[str, str | None]
"""(NONE, None), (IMAGE, the picture file's name) or (FIGURE, a library figure's name)."""

# Drawings keep one size whatever the text size: with large text the names need the room
# (a figure gives way before words do).
ICON = QSize(150, 105)
PREVIEW = QSize(200, 150)
_ROWS_SHOWN = 1.5
"""Rows of previews on screen at once, half a row showing there are more: the rest scroll,
so the step's other fields stay near."""
_NAME_LINES = 3


@lru_cache(maxsize=256)
def _pixmap(name: str, width: int, height: int, dark: bool) -> QPixmap:
    return QPixmap.fromImage(figure_image(name, None, QSize(width, height), dark))


def figure_icon(name: str, size: QSize, dark: bool) -> QIcon:
    """A library figure, still, as an icon; an empty icon for a name not in the library."""
    if name not in FIGURE_NAMES:
        return QIcon()
    return QIcon(_pixmap(name, size.width(), size.height(), dark))


def choice_of(step: dict[str, object]) -> Choice:
    """What a step shows: its figure, else its picture file, else nothing."""
    figure, image = step.get("figure"), step.get("image")
    if isinstance(figure, str):
        return (FIGURE, figure)
    if isinstance(image, str):
        return (IMAGE, image)
    return (NONE, None)


class FigurePicker(QWidget):
    """Every choice as a small preview with its name, under the name of the one chosen.
    `preview` shows that one larger; the form places it, beside the step's names."""

    chosen = Signal(object)
    """The Choice the user picked."""

    def __init__(self, current: Choice, image: str | None, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self._title = ""
        self._choice = current
        # The names' room follows the text size the patient set, given by the style sheet.
        self.ensurePolished()
        em = self.fontMetrics().height()
        dark = is_dark(self)

        self.preview = ExerciseFigure(self)
        self.preview.setObjectName("figure-preview")
        self.preview.setFixedSize(PREVIEW)
        self.caption = make_label()
        self.caption.setObjectName("figure-caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)

        self.choices = QListWidget()
        self.choices.setObjectName("figure-choices")
        self.choices.setAccessibleName(self.tr("Figures to choose from"))
        self.choices.setViewMode(QListView.ViewMode.IconMode)
        self.choices.setMovement(QListView.Movement.Static)
        self.choices.setResizeMode(QListView.ResizeMode.Adjust)
        self.choices.setWrapping(True)
        self.choices.setWordWrap(True)
        self.choices.setUniformItemSizes(True)
        self.choices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        icon = ICON
        # Room under each preview for a name of a few short lines.
        cell = QSize(icon.width() + 2 * em, icon.height() + _NAME_LINES * em + em // 2)
        self.choices.setIconSize(icon)
        self.choices.setGridSize(cell)
        self.choices.setFixedHeight(round(_ROWS_SHOWN * cell.height()) + em)
        # Each name gets the whole cell: Qt's own measure, with uniform sizes, went by the first
        # entry, which has no picture, and cut the longer names short.
        self._item_size = cell.shrunkBy(QMargins(4, 4, 4, 4))
        self._add(self.tr("No figure"), (NONE, None), QIcon(),
                  self.tr("Show no figure for this step."))
        if image is not None:
            self._add(self.tr("Picture file: {name}").format(name=image), (IMAGE, image),
                      QIcon(), self.tr("The picture file named in the routine file."))
        for name in FIGURE_NAMES:
            self._add(figure_title(name), (FIGURE, name), figure_icon(name, icon, dark), "")
        self._show(current)
        self.choices.currentItemChanged.connect(self._picked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        layout.addWidget(self.choices)

    def _add(self, text: str, choice: Choice, icon: QIcon, description: str) -> None:
        item = QListWidgetItem(icon, text)
        item.setData(Qt.ItemDataRole.UserRole, choice)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description or self.tr(
            "A drawing of a person doing this exercise."))
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        item.setSizeHint(self._item_size)
        self.choices.addItem(item)

    def item_of(self, choice: Choice) -> QListWidgetItem | None:
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            # Qt hands a stored tuple back as a list.
            if tuple(item.data(Qt.ItemDataRole.UserRole)) == choice:
                return item
        return None

    def set_title(self, title: str) -> None:
        """The step's name, which a screen reader says for the preview."""
        if title != self._title:
            self._title = title
            self._show(self._choice)

    def _show(self, choice: Choice) -> None:
        self._choice = choice
        item = self.item_of(choice)
        self.choices.blockSignals(True)
        if item is None:
            # A figure the app does not have: nothing in the list is it.
            self.choices.setCurrentRow(-1)
        else:
            self.choices.setCurrentItem(item)
        self.choices.blockSignals(False)
        kind, value = choice
        known = kind == FIGURE and value in FIGURE_NAMES
        self.preview.set_figure(value if known else None, None,
                                self._title or self.tr("The step's figure"))
        self.preview.setVisible(known)
        if known:
            self.caption.setText(figure_title(str(value)))
        elif kind == FIGURE:
            # The check's problem, under the field, says what is wrong with it.
            self.caption.setText(self.tr("Not a figure the app has: {name}").format(name=value))
        elif kind == IMAGE:
            self.caption.setText(self.tr("Picture file: {name}").format(name=value))
        else:
            self.caption.setText(self.tr("No figure"))

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        kind, value = item.data(Qt.ItemDataRole.UserRole)
        choice: Choice = (kind, value)
        self._show(choice)
        self.chosen.emit(choice)
