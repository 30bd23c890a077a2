"""The routine editor: the parts of one routine in a list (its details, then each step), the
chosen part's form beside it, the total time, and Save, allowed only when nothing is wrong."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListView,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.core.routine_draft import EDITED_LANGUAGES, Check, RoutineDraft, step_of
from rehabtimer.core.texts import pick
from rehabtimer.ui.editor.details import DetailsForm
from rehabtimer.ui.editor.fields import DraftForm, ProblemLabel
from rehabtimer.ui.editor.figure_picker import figure_icon
from rehabtimer.ui.editor.problems import problem_text
from rehabtimer.ui.editor.step import StepForm
from rehabtimer.ui.session.figure import is_dark
from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.flow_layout import FlowLayout
from rehabtimer.ui.widgets.plain import plain
from rehabtimer.ui.widgets.words import clock_text

_DETAILS = 0
"""Row of the routine's details in the list of parts; step i is on row i + 1."""


class RoutineEditor(QWidget):
    save_requested = Signal(object)
    """The checked Routine, ready to be written."""
    closed = Signal()

    def __init__(self, draft: RoutineDraft, heading: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.lang = lang
        self._form: DraftForm | None = None
        self._check: Check = draft.check()

        self.parts = QListWidget()
        self.parts.setObjectName("parts")
        self.parts.setAccessibleName(self.tr("Parts of the routine"))
        # Long step names wrap instead of hiding behind a sideways scroll bar.
        self.parts.setWordWrap(True)
        self.parts.setResizeMode(QListView.ResizeMode.Adjust)
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room between the parts; style-sheet padding instead would make Qt measure the
        # wrapped names too wide and cut them short with "…".
        self.parts.setSpacing(3)
        self.parts.currentRowChanged.connect(lambda row: self._show_part(row))
        # Enter on a part goes to its form, the way a keyboard user expects to "open" it.
        self.parts.itemActivated.connect(lambda _item: self._enter_form())
        self._add = make_button(self.tr("Add a step"), name="add-step")
        self._up = make_button(self.tr("Move up"), name="move-up")
        self._down = make_button(self.tr("Move down"), name="move-down")
        self._remove = make_button(self.tr("Remove step…"), name="remove-step")
        self._up.setToolTip(self.tr("Alt+Up"))
        self._down.setToolTip(self.tr("Alt+Down"))
        self._add.clicked.connect(self._add_step)
        self._up.clicked.connect(lambda: self._move(-1))
        self._down.clicked.connect(lambda: self._move(1))
        self._remove.clicked.connect(self._remove_step)
        # Above the list, across the window: under the list they would leave it no room at
        # large text sizes. They wrap rather than make the window wider than the screen.
        step_buttons = FlowLayout()
        for button in (self._add, self._up, self._down, self._remove):
            step_buttons.addWidget(button)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        middle = QHBoxLayout()
        middle.setSpacing(24)
        # No heading over the list: its rows say what they are, and at large text sizes a
        # heading would take the room of two of them.
        middle.addWidget(self.parts, 2)
        middle.addWidget(self._scroll, 5)

        self.total = make_label()
        self.total.setObjectName("total")
        self._total_problem = ProblemLabel()
        self._total_problem.setObjectName("problems-steps")
        self.reason = make_label(role="muted")
        self.reason.setObjectName("save-reason")
        self._back = make_button(self.tr("Back"), name="back")
        self._back.clicked.connect(self.leave)
        self.save = make_button(self.tr("Save"), "primary", "save")
        self.save.clicked.connect(self._save)
        # The total and why Save is off take the full width above the buttons: squeezed
        # between them, at large text sizes each wrapped to three lines and was cut.
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.total)
        words.addWidget(self._total_problem)
        words.addWidget(self.reason)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self._back)
        bottom.addStretch(1)
        bottom.addWidget(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(make_label(heading, "heading"))
        layout.addLayout(step_buttons)
        layout.addLayout(middle, 1)
        layout.addLayout(words)
        layout.addLayout(bottom)

        for keys, action in (
            (Qt.Modifier.ALT | Qt.Key.Key_Up, lambda: self._move(-1)),
            (Qt.Modifier.ALT | Qt.Key.Key_Down, lambda: self._move(1)),
            (QKeySequence.StandardKey.Save, self._save),
            (Qt.Key.Key_Escape, self.leave),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, action)
            # Only while the editor is on screen and has the focus: other screens have
            # their own Escape.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._fill_parts()
        self._select(_DETAILS)

    # -- the list of parts ---------------------------------------------------------------------

    def _fill_parts(self) -> None:
        self.parts.blockSignals(True)
        self.parts.clear()
        # Their words are set by _recheck, once the part to show is chosen.
        self.parts.addItems([""] * (len(self.draft.steps) + 1))
        self.parts.blockSignals(False)

    def _part_texts(self) -> list[str]:
        problems = self._check.problems
        sick_steps = {step_of(p.where) for p in problems}
        details = self.tr("Routine details")
        if any(step_of(p.where) is None and p.where != "steps" for p in problems):
            details = "⚠ " + details
        texts = [details]
        timing = self._check.timing
        for index, step in enumerate(self.draft.steps):
            title = pick(step.get("title") or {}, self.lang) or self.tr("(no name yet)")
            text = f"{index + 1}. {title}"
            if timing is not None:
                text += f" ({clock_text(timing.steps_s[index])})"
            texts.append(("⚠ " if index in sick_steps else "") + text)
        return texts

    def _select(self, row: int, focus: str = "") -> None:
        self.parts.blockSignals(True)
        self.parts.setCurrentRow(row)
        self.parts.blockSignals(False)
        self._show_part(row, focus)

    def _step(self) -> int | None:
        row = self.parts.currentRow()
        return row - 1 if row > _DETAILS else None

    def _show_part(self, row: int, focus: str = "") -> None:
        if row < 0:
            return
        if row == _DETAILS:
            form: DraftForm = DetailsForm(self.draft, self.lang)
        else:
            form = StepForm(self.draft, row - 1, self.lang)
        form.edited.connect(self._recheck)
        form.rebuild.connect(lambda name: self._show_part(self.parts.currentRow(), name))
        old = self._scroll.takeWidget()
        if old is not None:
            # Later: this may run inside a signal of one of the old form's own inputs.
            old.hide()
            old.deleteLater()
        self._scroll.setWidget(form)
        self._form = form
        self._chain_focus()
        self._recheck()
        target = form.findChild(QWidget, focus) if focus else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(target)

    def _enter_form(self) -> None:
        if self._form is not None and self._form.focus_order():
            first = self._form.focus_order()[0]
            first.setFocus(Qt.FocusReason.TabFocusReason)
            self._scroll.ensureWidgetVisible(first)

    def _chain_focus(self) -> None:
        """Tab goes from the list and its buttons through the form to Back and Save; a new
        form's inputs would otherwise come after Save, the last widgets made."""
        assert self._form is not None
        chain = [self.parts, self._add, self._up, self._down, self._remove,
                 *self._form.focus_order(), self._back, self.save]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- checking ------------------------------------------------------------------------------

    def _recheck(self) -> None:
        check = self._check = self.draft.check()
        for row, text in enumerate(self._part_texts()):
            item = self.parts.item(row)
            if item is not None and item.text() != text:
                item.setText(text)
        self._show_figures()
        step = self._step()
        if self._form is not None:
            mine = [p for p in check.problems
                    if p.where != "steps" and step_of(p.where) == step]
            self._form.show_check(mine, check.timing)
        self._total_problem.show_messages(
            [problem_text(p) for p in check.problems if p.where == "steps"])
        if check.timing is None:
            self.total.setText(self.tr("Total time: not known until the numbers marked ⚠ are "
                                       "right."))
        else:
            self.total.setText(self.tr("Total time: {total}, of which exercise {active}.")
                               .format(total=self._duration(check.timing.total_s),
                                       active=self._duration(check.timing.active_s)))
        ok = check.routine is not None
        self.save.setEnabled(ok)
        reason = "" if ok else self.tr(
            "Cannot save yet: {count} things to fix, marked ⚠ in the list and beside the "
            "fields.").format(count=len(check.problems))
        self.reason.setText(reason)
        self.save.setAccessibleDescription(reason)
        steps = len(self.draft.steps)
        self._add.setEnabled(self.draft.can_add_step())
        self._up.setEnabled(step is not None and step > 0)
        self._down.setEnabled(step is not None and step < steps - 1)
        self._remove.setEnabled(step is not None and steps > 1)

    def _show_figures(self) -> None:
        """Each step's figure, small, beside its name in the list of parts."""
        # One size at every text size: with large text the names need the list's width.
        size = QSize(64, 44)
        self.parts.setIconSize(size)
        self.parts.ensurePolished()  # the theme's colours come with the style sheet
        dark = is_dark(self.parts)
        for index, step in enumerate(self.draft.steps):
            item = self.parts.item(index + 1)
            name = str(step.get("figure") or "")
            if item is not None and item.data(Qt.ItemDataRole.UserRole) != name:
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setIcon(figure_icon(name, size, dark))

    def _duration(self, seconds: float) -> str:
        minutes, secs = divmod(round(seconds), 60)
        if not minutes:
            return self.tr("{seconds} s").format(seconds=secs)
        return self.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=secs)

    # -- changing the steps --------------------------------------------------------------------

    def _add_step(self) -> None:
        if not self.draft.can_add_step():
            return
        step = self._step()
        index = self.draft.add_step(len(self.draft.steps) if step is None else step + 1)
        lang = self.lang if self.lang in EDITED_LANGUAGES else EDITED_LANGUAGES[0]
        self._fill_parts()
        self._select(index + 1, f"steps[{index}].title.{lang}")

    def _move(self, delta: int) -> None:
        step = self._step()
        if step is None:
            return
        to = self.draft.move_step(step, step + delta)
        if to == step:
            return
        # The same input of the moved step keeps the focus, under its new place.
        focused = self.window().focusWidget()
        name = ""
        if focused is not None and self._form is not None and self._form.isAncestorOf(focused):
            name = focused.objectName().replace(f"steps[{step}]", f"steps[{to}]", 1)
        self._fill_parts()
        self._select(to + 1, name)

    def _remove_step(self) -> None:
        step = self._step()
        if step is None or len(self.draft.steps) < 2:
            return
        title = pick(self.draft.steps[step].get("title") or {}, self.lang)
        answer = QMessageBox.question(
            self, self.tr("Remove step?"),
            plain(self.tr("Remove step {number}, “{title}”, from this routine?").format(
                number=step + 1, title=title or self.tr("(no name yet)"))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.draft.remove_step(step)
        self._fill_parts()
        self._select(min(step, len(self.draft.steps) - 1) + 1)
        self.parts.setFocus()

    # -- leaving -------------------------------------------------------------------------------

    def _save(self) -> None:
        if self._check.routine is not None:
            self.save_requested.emit(self._check.routine)

    def may_leave(self) -> bool:
        """True if nothing is unsaved, or the patient agrees to lose it."""
        if not self.draft.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Leave without saving?"),
            self.tr("This routine has changes that are not saved. Leave without saving "
                    "them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def leave(self) -> None:
        if self.may_leave():
            self.closed.emit()
