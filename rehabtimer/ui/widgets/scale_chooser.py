"""A row of eleven big buttons for a 0-10 answer (pain, effort), with words at the ends.

Compact, for large text where every line counts: the words go on one line under the scale,
those of the value chosen or else those of the two ends.

To a screen reader it is one group of radio buttons: checkable buttons that exclude each
other by themselves (auto-exclusive) are told as radio buttons, not as eleven check boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class ElidedLine(QLabel):
    """One line of words, shortened with "…" where the room ends; the tooltip has them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Its width comes from the layout, not from the words, which are fitted to it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class ScaleChooser(QWidget):
    _WORDS_GAP = 16
    chosen = Signal(int)
    """A value picked on purpose: clicked, Space on a value, or its digit typed."""
    changed = Signal(object)
    """The value now checked, or None; also when only moved to with the arrow keys."""

    def __init__(self, anchors: dict[int, str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._anchors = anchors
        self._anchor_labels: list[QLabel] = []
        self._words = ElidedLine()
        self._words.setProperty("role", "muted")
        self._words.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
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
            grid.setColumnStretch(value, 1)
        # The words sit under their end of the scale, each on one line: wrapped into a
        # column's width, Japanese breaks inside a word (「これ以上できな」「い」).
        words_row = QHBoxLayout()
        words_row.setSpacing(self._WORDS_GAP)
        for value, words in sorted(anchors.items()):
            if value:
                words_row.addStretch(1)
            label = QLabel(words)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setProperty("role", "muted")
            words_row.addWidget(label)
            self._anchor_labels.append(label)
        grid.addLayout(words_row, 1, 0, 1, 11)
        grid.addWidget(self._words, 2, 0, 1, 11)
        self._group.idClicked.connect(self.chosen.emit)
        self._group.idToggled.connect(self._toggled)
        self.setFocusProxy(self._group.button(0))
        self._show_words()

    def wide_width(self) -> int:
        """The width the scale needs with its words under its ends (not compact)."""
        buttons = [self._group.button(value) for value in range(11)]
        row = sum(b.minimumSizeHint().width() for b in buttons) + 6 * 10
        words = sum(label.sizeHint().width() for label in self._anchor_labels)
        return max(row, words + self._WORDS_GAP * (len(self._anchor_labels) - 1))

    def set_compact(self, compact: bool) -> None:
        """The words on one line instead of under the ends of the scale."""
        for label in self._anchor_labels:
            label.setVisible(not compact)
        self._words.setVisible(compact)

    def _show_words(self) -> None:
        chosen = self.value()
        if chosen in self._anchors:
            text = self._anchors[chosen]
        else:
            text = QCoreApplication.translate("ScaleChooser", "{low}  ·  {high}").format(
                low=self._anchors[0], high=self._anchors[10])
        self._words.set_full_text(text)

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
        self._show_words()
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
