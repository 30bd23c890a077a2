"""Building blocks of the routine editor's forms: inputs that write into a draft, and the
labels under them where the draft's problems are shown."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.core.routine import MAX_SECONDS, MAX_TEXT_CHARS, MIN_SECONDS
from rehabtimer.core.routine_draft import (
    EDITED_LANGUAGES,
    Loc,
    RoutineDraft,
    Timing,
    nearest,
    place,
    step_of,
)
from rehabtimer.core.routine_problems import Problem
from rehabtimer.ui.editor.problems import LANGUAGE_NAMES, problem_text
from rehabtimer.ui.widgets.controls import make_button, make_label


class _NoStrayWheel:
    """A number box or drop-down list that ignores the mouse wheel unless it has the focus:
    scrolling the form past it must not change a value the user never touched."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():  # type: ignore[attr-defined]
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class _NumberBox(_NoStrayWheel):
    """Room for the longest number: Qt's own measure leaves out the style sheet's padding."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # type: ignore[misc]
        self.ensurePolished()  # type: ignore[attr-defined]
        extra = self.fontMetrics().horizontalAdvance("00")  # type: ignore[attr-defined]
        return QSize(hint.width() + extra, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class SecondsBox(_NumberBox, QDoubleSpinBox):
    """Seconds, shown as "5 s" rather than "5.0 s"; "2.5 s" is allowed, as in the files.

    An optional value (a rest that may be left out) has 0 for "none".
    """

    def __init__(self, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(0 if none_text else MIN_SECONDS, MAX_SECONDS)
        self.setSpecialValueText(none_text)
        self.setSuffix(QCoreApplication.translate("SecondsBox", " s"))
        self.setAccelerated(True)

    def textFromValue(self, value: float) -> str:
        return f"{value:.1f}".removesuffix(".0")


class CountBox(_NumberBox, QSpinBox):
    pass


class ChoiceBox(_NoStrayWheel, QComboBox):
    """A drop-down list wide enough for its longest entry: Qt's own measure leaves out the
    style sheet's padding and drop-down button, which cut 「時間で行う」 short at large text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its minimum is a few characters, not Qt's whole longest entry: in a narrow form a
        # long entry is cut rather than the form pushed wider than the window.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        self.ensurePolished()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(QPoint(0, 0), hint)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        metrics = self.fontMetrics()
        # A space more: the text is drawn a little in from the edge of its room.
        widest = max((metrics.horizontalAdvance(self.itemText(i) + " ")
                      for i in range(self.count())), default=0)
        return QSize(hint.width() + max(0, widest - room.width()), hint.height())


class LinesEdit(QTextEdit):
    """Plain text over several lines, at least `lines` tall and growing with the text, so a
    caution is read whole rather than through a small window; Tab leaves it."""

    MOST_LINES = 12

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setAcceptRichText(False)
        # Tab would type a tab character: a keyboard user could never get out again.
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        # The text size comes from the style sheet, so measure the polished font.
        self.ensurePolished()
        line = self.fontMetrics().lineSpacing()
        # The document is laid out at the box's width: its height counts wrapped lines.
        text = min(max(self.document().size().height(), line * self._lines),
                   line * self.MOST_LINES)
        margins = self.contentsMargins()
        height = text + margins.top() + margins.bottom() + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), round(height))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def stepper(box: QAbstractSpinBox, label: str) -> QHBoxLayout:
    """A number box with big minus and plus buttons beside it: the box's own arrows are tiny,
    and a shaky hand misses them. The keyboard steps with the arrow keys inside the box, so
    the buttons take no place in the Tab order."""
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    box.setProperty("stepper", True)  # style.py gives the text the room of the arrows
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # As tall as the buttons beside it.
    box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
    row = QHBoxLayout()
    row.setSpacing(6)
    row.addWidget(box)
    for text, spoken, step in (
        ("\N{MINUS SIGN}", QCoreApplication.translate("DraftForm", "Less: {field}"), -1),
        ("+", QCoreApplication.translate("DraftForm", "More: {field}"), 1),
    ):
        button = make_button(text, name=f"{box.objectName()}.{'less' if step < 0 else 'more'}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(True)
        button.setAccessibleName(spoken.format(field=label))
        button.clicked.connect(lambda _=False, step=step: box.stepBy(step))
        row.addWidget(button)
    row.addStretch(1)
    return row


class ProblemLabel(QLabel):
    """The problems with one value, under its input; hidden while there are none."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        # The problems quote what was typed, as typed.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "error")
        self.hide()

    def show_messages(self, messages: Sequence[str]) -> None:
        # The sign as well as the colour: the message must not depend on seeing red.
        self.setText("\n".join(f"⚠ {message}" for message in messages))
        self.setVisible(bool(messages))


class Field(QWidget):
    """A label, the inputs under it, and the problems with the value under those."""

    def __init__(self, label: str, inputs: Sequence[QWidget], body: QWidget | QLayout | None,
                 hint: str = "") -> None:
        super().__init__()
        self.inputs = list(inputs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = make_label(label, "field")
        if len(self.inputs) == 1:
            self.label.setBuddy(self.inputs[0])
        layout.addWidget(self.label)
        if isinstance(body, QLayout):
            layout.addLayout(body)
        elif body is not None:
            layout.addWidget(body)
        if hint:
            layout.addWidget(make_label(hint, "muted"))
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)

    def show_messages(self, messages: Sequence[str]) -> None:
        self.problem.show_messages(messages)
        # A screen reader says this when the input gets the focus.
        for widget in self.inputs:
            widget.setAccessibleDescription("\n".join(messages))


class DraftForm(QWidget):
    """A form over part of a routine draft. Each input writes its value into the draft at once
    and says so (`edited`); a change of shape asks for the form to be built anew (`rebuild`,
    with the name of the widget to give the focus to)."""

    edited = Signal()
    rebuild = Signal(str)

    def __init__(self, draft: RoutineDraft, lang: str, root: Loc,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.lang = lang
        self.root = place(root)
        self._fields: dict[str, Field | ProblemLabel] = {}
        self._order: list[QWidget] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 4, 16, 4)  # room for the focus ring by the scroll bar
        self.layout_.setSpacing(14)
        # Problems with the whole part (two values that do not fit together) go at the top.
        self._top = ProblemLabel()
        self._top.setObjectName(f"problems-{self.root}")
        self.layout_.addWidget(self._top)
        self._fields[self.root] = self._top

    def show_check(self, problems: Iterable[Problem], timing: Timing | None) -> None:
        """Show the problems of this part of the routine; forms that show lengths use `timing`."""
        shown: dict[str, list[str]] = defaultdict(list)
        step = step_of(self.root)
        for problem in problems:
            target = nearest(problem.where, self._fields)
            if target is not None:
                field = self._fields[target]
                name = field.label.text() if isinstance(field, Field) else ""
                shown[target].append(problem_text(problem, name, step))
        # One field may stand for several places; it shows all their messages together.
        by_widget: dict[int, list[str]] = defaultdict(list)
        for where, messages in shown.items():
            by_widget[id(self._fields[where])].extend(messages)
        for field in {id(f): f for f in self._fields.values()}.values():
            field.show_messages(by_widget.get(id(field), []))

    def focus_order(self) -> list[QWidget]:
        """The inputs and buttons of the form, top to bottom, as Tab should visit them."""
        return list(self._order)

    def track(self, widget: QWidget) -> None:
        """Put a widget next in the form's Tab order."""
        self._order.append(widget)

    # -- inputs bound to the draft ------------------------------------------------------------

    def add(self, field: Field, places: Iterable[str], into: QVBoxLayout | None = None) -> Field:
        self._order.extend(field.inputs)
        for where in places:
            self._fields[where] = field
        (into or self.layout_).addWidget(field)
        return field

    def add_text(self, loc: Loc, label: str, required: bool = True, lines: int = 0,
                 hint: str = "", into: QVBoxLayout | None = None) -> Field:
        """A text in Japanese and English, one box each."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        boxes: list[QWidget] = []
        for row, lang in enumerate(EDITED_LANGUAGES):
            words = self.draft.text(loc, lang)
            box: QLineEdit | LinesEdit
            if lines:
                box = LinesEdit(lines)
                box.setPlainText(words)
                box.textChanged.connect(
                    lambda box=box, lang=lang: self._set_text(loc, lang, box.toPlainText(),
                                                              required))
            else:
                box = QLineEdit(words)
                box.setMaxLength(MAX_TEXT_CHARS)
                box.textChanged.connect(
                    lambda words, lang=lang: self._set_text(loc, lang, words, required))
            box.setObjectName(f"{place(loc)}.{lang}")
            # The field's label names both boxes, so neither can be its buddy: say it here.
            box.setAccessibleName(f"{label} ({LANGUAGE_NAMES[lang]})")
            tag = make_label(LANGUAGE_NAMES[lang], "muted")
            grid.addWidget(tag, row, 0)
            grid.addWidget(box, row, 1)
            boxes.append(box)
        return self.add(Field(label, boxes, grid, hint), [place(loc)], into)

    def _set_text(self, loc: Loc, lang: str, words: str, required: bool) -> None:
        self.draft.set_text(loc, lang, words, required)
        self.edited.emit()

    def add_seconds(self, loc: Loc, label: str, default: float | None = None,
                    none_text: str = "", hint: str = "", step: int = 1,
                    into: QVBoxLayout | None = None) -> SecondsBox:
        """Seconds; with `none_text`, 0 leaves the value out of the file."""
        box = SecondsBox(none_text)
        box.setObjectName(place(loc))
        box.setValue(self.draft.get(loc, default) or 0)
        box.setSingleStep(step)
        box.valueChanged.connect(
            lambda value: self._set(loc, value if value or not none_text else None))
        self.add(Field(label, [box], stepper(box, label), hint), [place(loc)], into)
        return box

    def add_count(self, loc: Loc, label: str, low: int, high: int, default: int | None = None,
                  into: QVBoxLayout | None = None) -> CountBox:
        box = CountBox()
        box.setObjectName(place(loc))
        box.setRange(low, high)
        box.setValue(self.draft.get(loc, default))
        box.valueChanged.connect(lambda value: self._set(loc, value))
        self.add(Field(label, [box], stepper(box, label)), [place(loc)], into)
        return box

    def _set(self, loc: Loc, value: Any) -> None:
        self.draft.set(loc, value)
        self.edited.emit()

    def add_choice(self, name: str, label: str, choices: Sequence[tuple[str, Any]],
                   current: Any, chosen: Callable[[Any], None], places: Iterable[str] = (),
                   hint: str = "", into: QVBoxLayout | None = None) -> ChoiceBox:
        """A drop-down list; `chosen` gets the data of the entry picked."""
        box = ChoiceBox()
        box.setObjectName(name)
        for words, data in choices:
            box.addItem(words, data)
        values = [data for _, data in choices]
        box.setCurrentIndex(values.index(current) if current in values else 0)
        box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        box.currentIndexChanged.connect(lambda index: chosen(choices[index][1]))
        self.add(Field(label, [box], box, hint), places, into)
        return box

    def add_button(self, text: str, name: str, into: QVBoxLayout | None = None) -> QPushButton:
        """A button at its natural width, next in the Tab order."""
        button = make_button(text, name=name)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        (into or self.layout_).addLayout(row)
        self.track(button)
        return button

    def add_card(self, name: str, title: str = "") -> QVBoxLayout:
        """A framed group, for one entry of a list (a caution, a question, a movement)."""
        frame = QFrame()
        frame.setProperty("role", "card")
        frame.setObjectName(name)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        if title:
            layout.addWidget(make_label(title, "heading"))
        self.layout_.addWidget(frame)
        return layout

    def add_heading(self, text: str) -> None:
        self.layout_.addSpacing(8)
        self.layout_.addWidget(make_label(text, "heading"))
