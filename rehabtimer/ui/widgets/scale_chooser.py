"""A row of eleven big buttons for a 0-10 answer (pain, effort), with words at the ends.

To a screen reader it is one group of radio buttons: checkable buttons that exclude each
other by themselves (auto-exclusive) are told as radio buttons, not as eleven check boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class ScaleChooser(QWidget):
    chosen = Signal(int)
    """A value picked on purpose: clicked, Space on a value, or its digit typed."""
    changed = Signal(object)
    """The value now checked, or None; also when only moved to with the arrow keys."""

    def __init__(self, anchors: dict[int, str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(6)
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setAccessibleName(f"{name}: {value}")
            button.setObjectName(f"value-{value}")
            # The arrows move the choice without answering (Qt's own would click).
            button.installEventFilter(self)
            self._group.addButton(button, value)
            grid.addWidget(button, 0, value)
            # Equal columns: otherwise the words under the ends widen some columns and leave
            # the others too narrow for their digits.
            grid.setColumnStretch(value, 1)
        # The words sit under their end of the scale, with room to stay on one line.
        spans = {0: (0, 4), 5: (4, 3), 10: (7, 4)}
        for value, words in anchors.items():
            label = QLabel(words)
            label.setWordWrap(True)
            label.setProperty("role", "muted")
            align = {0: Qt.AlignmentFlag.AlignLeft, 10: Qt.AlignmentFlag.AlignRight}.get(
                value, Qt.AlignmentFlag.AlignHCenter
            )
            label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
            column, span = spans[value]
            grid.addWidget(label, 1, column, 1, span)
        self._group.idClicked.connect(self.chosen.emit)
        self._group.idToggled.connect(self._toggled)
        self.setFocusProxy(self._group.button(0))

    def value(self) -> int | None:
        checked = self._group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            checked = self._group.checkedButton()
            if checked is not None:
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)
            return
        self._group.button(value).setChecked(True)

    def _toggled(self, value: int, checked: bool) -> None:
        if checked:
            # Focus given to the scale goes to the value chosen, as in a radio group.
            self.setFocusProxy(self._group.button(value))
            self.changed.emit(value)
        elif self._group.checkedButton() is None:
            self.changed.emit(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _STEPS and isinstance(watched, QPushButton)):
            current = self.value()
            # The first arrow picks the value the focus is on; the next ones move from it.
            new = (self._group.id(watched) if current is None
                   else min(10, max(0, current + _STEPS[Qt.Key(event.key())])))
            self.set_value(new)
            self._group.button(new).setFocus()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Digits pick a value straight away; 10 is reached with the buttons or arrow keys.
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.set_value(int(text))
            self.chosen.emit(int(text))
            return
        super().keyPressEvent(event)
