"""A row of eleven big buttons for a 0-10 answer (pain, effort), with words at the ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget


class ScaleChooser(QWidget):
    chosen = Signal(int)

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
            button.setAccessibleName(f"{name}: {value}")
            button.setObjectName(f"value-{value}")
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Digits pick a value straight away; 10 is reached with the buttons or arrow keys.
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.set_value(int(text))
            self.chosen.emit(int(text))
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            current = self.value()
            new = 0 if current is None else min(10, max(0, current + step))
            self.set_value(new)
            self.chosen.emit(new)
            self._group.button(new).setFocus()
            return
        super().keyPressEvent(event)
