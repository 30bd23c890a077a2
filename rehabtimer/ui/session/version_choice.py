"""Which version of a routine today: a radio row each, its title wrapped beside the button,
and the chosen version's length and description once, under the rows.

A radio button's own text never wraps, and a title as long as "Gentle breathing (shorter
breaths)" at 200 % text is wider than half a laptop screen: the title is a label of its own.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.ui.session.cautions_parts import ScrollBox
from rehabtimer.ui.widgets.controls import make_label
from rehabtimer.ui.widgets.line_breaks import no_orphans


class Option(NamedTuple):
    preset_id: str | None
    title: str
    detail: str
    """Its length and what it changes, read once it is chosen."""


class _Button(QRadioButton):
    """A line of text high, so that its circle sits beside the first line of its title."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.fontMetrics().height()))


class _Title(QLabel):
    """A version's title: a click on it chooses the version, as on a radio button's text."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(no_orphans(text))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._button = button

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._button.click()
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class VersionChoice(QWidget):
    """The first option chosen to begin with: the routine as written."""

    def __init__(self, options: tuple[Option, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Rows a line apart already: at large text on a laptop screen every pixel counts.
        layout.setSpacing(2)
        # The strings kept in the page's context, where their translations are.
        self.heading = make_label(
            QCoreApplication.translate("CautionsPage", "Which version today?"), "heading")
        layout.addWidget(self.heading)
        self._group = QButtonGroup(self)
        self._details: dict[QAbstractButton, str] = {}
        for number, option in enumerate(options):
            button = _Button()
            button.setObjectName(f"version:{option.preset_id or ''}")
            button.setProperty("preset", option.preset_id)
            button.setAccessibleName(option.title)
            button.setAccessibleDescription(option.detail)
            button.setChecked(number == 0)
            self._group.addButton(button)
            self._details[button] = option.detail
            row = QHBoxLayout()
            row.setSpacing(10)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(_Title(option.title, button), 1)
            layout.addLayout(row)
        self._detail = make_label(role="muted")
        self._detail.setObjectName("version-detail")
        # The rows stay in view; a long description under them scrolls.
        holder = QWidget()
        words = QVBoxLayout(holder)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self._detail)
        words.addStretch(1)
        layout.addWidget(ScrollBox(holder, 1), 1)
        self._group.buttonToggled.connect(self._show_detail)
        self._show_detail()

    def chosen(self) -> str | None:
        """The chosen preset id, or None for the routine as written."""
        button = self._group.checkedButton()
        preset: str | None = None if button is None else button.property("preset")
        return preset

    def step(self, by: int) -> None:
        """Choose the option `by` rows below the chosen one (above, when negative)."""
        buttons = self._group.buttons()
        checked = self._group.checkedButton()
        if not buttons or checked is None:
            return
        index = max(0, min(len(buttons) - 1, buttons.index(checked) + by))
        buttons[index].setChecked(True)

    def _show_detail(self) -> None:
        checked = self._group.checkedButton()
        self._detail.setText(no_orphans(self._details[checked]) if checked is not None else "")
