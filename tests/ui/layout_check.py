"""Finds text that a screen cuts off or draws over other text, by measuring what Qt paints.

Each text widget's text is measured with the widget's own font the way Qt lays it out
(QFontMetrics.boundingRect with the widget's alignment and wrapping) and compared with the
room the widget gives it (its contents rect, after the style sheet's border and padding). The
text's rectangle must then also be inside every ancestor, since a parent too small for its
layout cuts children off at its edge. Inside a scroll area, text may run past the bottom (the
patient scrolls) but not past the sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import Qt  # QtGui's Qt namespace adds mightBeRichText
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

# Rounding between QFontMetrics and the layout's integer geometry, not a real cut.
TOLERANCE = 1
# QLineEdit keeps this many pixels between its contents rect and the text (qlineedit_p.h).
LINE_EDIT_MARGIN = 2
_HUGE = 100_000


@dataclass(frozen=True)
class Problem:
    screen: str
    widget: str
    """objectName, or the class and the nearest named ancestor."""
    text: str
    what: str

    def __str__(self) -> str:
        return f"{self.screen}: {self.widget} {self.text!r}: {self.what}"


@dataclass(frozen=True)
class _Text:
    widget: QWidget
    text: str
    needed: QSize
    room: QRect
    """Where the widget draws its text, in its own coordinates."""
    alignment: Qt.AlignmentFlag


def describe(widget: QWidget) -> str:
    """objectName, or the class and the nearest ancestor with a name or a class of our own."""
    if widget.objectName():
        return f"{type(widget).__name__}#{widget.objectName()}"
    owner = widget.parentWidget()
    while owner is not None and not owner.isWindow() and not owner.objectName() and (
            type(owner).__module__.startswith("PySide6")):
        owner = owner.parentWidget()
    if owner is None:
        return type(widget).__name__
    return f"{type(widget).__name__} in {describe(owner)}"


def _mnemonic_free(text: str) -> str:
    """Buttons show "&&" as "&" and a lone "&" not at all (it underlines the next letter)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> _Text | None:
    text = label.text()
    if not text:
        return None
    if label.textFormat() is Qt.TextFormat.RichText or (
            label.textFormat() is Qt.TextFormat.AutoText and Qt.mightBeRichText(text)):
        raise NotImplementedError(f"{describe(label)} shows rich text; measure it with "
                                  "QTextDocument before checking it here")
    room = label.contentsRect()
    margin = label.margin()
    room.adjust(margin, margin, -margin, -margin)
    alignment = label.alignment()
    # QLabel's own rule: with a frame (a style sheet border or padding counts) and no indent
    # set, text keeps half an "x" away from the side it is aligned to.
    indent = label.indent()
    if indent < 0 and label.frameWidth() > 0:
        indent = label.fontMetrics().horizontalAdvance("x") // 2 - margin
    if indent > 0:
        if alignment & Qt.AlignmentFlag.AlignLeft:
            room.setLeft(room.left() + indent)
        if alignment & Qt.AlignmentFlag.AlignRight:
            room.setRight(room.right() - indent)
        if alignment & Qt.AlignmentFlag.AlignTop:
            room.setTop(room.top() + indent)
        if alignment & Qt.AlignmentFlag.AlignBottom:
            room.setBottom(room.bottom() - indent)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap
    width = room.width() if label.wordWrap() else _HUGE
    # A word longer than the line overflows it: the bounding rect is then wider than `width`.
    needed = label.fontMetrics().boundingRect(QRect(0, 0, width, _HUGE), flags, text).size()
    return _Text(label, text, needed, room, alignment)


def _push_button(button: QPushButton) -> _Text | None:
    text = _mnemonic_free(button.text())
    if not text:
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    # Inside the padding: QPainter clips text that does not fit the rect it is drawn in.
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = button.fontMetrics()
    needed = QSize(metrics.horizontalAdvance(text), metrics.height())
    return _Text(button, text, needed, room, Qt.AlignmentFlag.AlignCenter)


def _box_button(button: QCheckBox | QRadioButton) -> _Text | None:
    text = _mnemonic_free(button.text())
    if not text:
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    contents = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                else QStyle.SubElement.SE_RadioButtonContents)
    room = button.style().subElementRect(contents, option, button)
    metrics = button.fontMetrics()
    needed = QSize(metrics.horizontalAdvance(text), metrics.height())
    return _Text(button, text, needed, room,
                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _combo_box(combo: QComboBox) -> _Text | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None  # an editable combo box shows its text in a QLineEdit, checked as one
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = combo.fontMetrics()
    needed = QSize(metrics.horizontalAdvance(text), metrics.height())
    return _Text(combo, text, needed, room,
                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _line_edit(edit: QLineEdit) -> _Text | None:
    text = edit.text() or edit.placeholderText()
    if not text or edit.echoMode() is not QLineEdit.EchoMode.Normal:
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room.adjust(margins.left() + LINE_EDIT_MARGIN, margins.top(),
                -margins.right() - LINE_EDIT_MARGIN, -margins.bottom())
    metrics = edit.fontMetrics()
    needed = QSize(metrics.horizontalAdvance(text), metrics.height())
    return _Text(edit, text, needed, room, edit.alignment())


def _measure(widget: QWidget) -> _Text | None:
    # Each kind lays its text out in its own way.
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QPushButton):
        return _push_button(widget)
    if isinstance(widget, QCheckBox | QRadioButton):
        return _box_button(widget)
    if isinstance(widget, QComboBox):
        return _combo_box(widget)
    if isinstance(widget, QLineEdit):
        return _line_edit(widget)
    return None


def _in_root(widget: QWidget, rect: QRect, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, rect.topLeft()), rect.size())


def _cut_by(widget: QWidget, rect: QRect, root: QWidget) -> QWidget | None:
    """The first ancestor (or `root`) that cuts part of `rect` (in root coordinates) off."""
    ancestor = widget.parentWidget()
    while widget is not root and ancestor is not None:
        bounds = _in_root(ancestor, ancestor.rect(), root).adjusted(
            -TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        scroll = ancestor.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and scroll.viewport() is ancestor:
            # Scrolling down to read on is fine, sideways is not, wherever the text is
            # scrolled to now. Further out, only the part scrolled into view is drawn.
            if rect.left() < bounds.left() or rect.right() > bounds.right():
                return ancestor
            top, bottom = max(rect.top(), bounds.top()), min(rect.bottom(), bounds.bottom())
            if bottom < top:
                return None
            rect = QRect(rect.left(), top, rect.width(), bottom - top + 1)
        elif not bounds.contains(rect):
            return ancestor
        widget, ancestor = ancestor, ancestor.parentWidget()
    return None


def _visible_part(widget: QWidget, root: QWidget) -> QRect:
    """The widget's rectangle in root coordinates, less what its ancestors hide."""
    rect = _in_root(widget, widget.rect(), root)
    ancestor = widget.parentWidget()
    while ancestor is not None and widget is not root:
        rect = rect.intersected(_in_root(ancestor, ancestor.rect(), root))
        if ancestor is root:
            break
        ancestor = ancestor.parentWidget()
    return rect


def hidden_part(widget: QWidget, root: QWidget) -> str:
    """What of `widget` its ancestors hide (scrolled away, or past an edge), or ""."""
    whole = _in_root(widget, widget.rect(), root)
    shown = _visible_part(widget, root)
    if shown == whole:
        return ""
    if shown.isEmpty():
        return f"all of its {whole.width()}x{whole.height()} px are out of view"
    return (f"{whole.width() - shown.width()}x{whole.height() - shown.height()} px of its "
            f"{whole.width()}x{whole.height()} px are out of view")


def find_problems(root: QWidget, screen: str) -> list[Problem]:
    """Every visible text under `root` (a window or a dialog) that is cut off or overlapped."""
    problems: list[Problem] = []
    texts: list[_Text] = []
    candidates = [root, *root.findChildren(QWidget)]
    for widget in candidates:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        measured = _measure(widget)
        if measured is None:
            continue
        texts.append(measured)
        needed, room = measured.needed, measured.room
        name = describe(widget)
        if needed.width() > room.width() + TOLERANCE:
            problems.append(Problem(screen, name, measured.text,
                                    f"needs {needed.width()} px wide, has {room.width()}"))
            continue
        if needed.height() > room.height() + TOLERANCE:
            problems.append(Problem(screen, name, measured.text,
                                    f"needs {needed.height()} px high, has {room.height()}"))
            continue
        drawn = QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, measured.alignment, needed,
                                   room)
        cutter = _cut_by(widget, _in_root(widget, drawn, root), root)
        if cutter is not None:
            problems.append(Problem(screen, name, measured.text,
                                    f"cut off by the edge of {describe(cutter)}"))
    shown = [(text, _visible_part(text.widget, root)) for text in texts]
    for (first, first_part), (second, second_part) in combinations(shown, 2):
        a, b = first.widget, second.widget
        overlap = first_part.intersected(second_part)
        if overlap.width() <= TOLERANCE or overlap.height() <= TOLERANCE:
            continue
        if not (a.isAncestorOf(b) or b.isAncestorOf(a)):
            problems.append(Problem(
                screen, describe(a), first.text,
                f"overlaps {describe(b)} {second.text!r} by {overlap.width()}x"
                f"{overlap.height()} px at {overlap.topLeft().toTuple()}"))
    return problems

