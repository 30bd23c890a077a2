"""Small windows opened from the history: one session's steps, profiles, rest days."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.core.texts import pick
from rehabtimer.storage.kept_answers import KeptAnswerRepository
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.session_records import SessionRecord, StepResultRecord
from rehabtimer.ui.errors import reported
from rehabtimer.ui.history.table import answer_text, pain_flags, pain_text, status_word
from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.page import grow_for_wrapped_text
from rehabtimer.ui.widgets.plain import plain
from rehabtimer.ui.widgets.words import clock_text, profile_name, side_word


def _step_names(definition: Mapping[str, Any], lang: str) -> dict[str, str]:
    """Each step's title by its id, as far as the routine saved with a session has them."""
    steps = definition.get("steps")
    names = {}
    for step in steps if isinstance(steps, list) else []:
        if (isinstance(step, dict) and isinstance(step.get("id"), str)
                and isinstance(step.get("title"), dict)):
            names[step["id"]] = str(pick(step["title"], lang))
    return names


class SessionDialog(QDialog):
    """One session: each step and side, planned against done."""

    def __init__(self, session: SessionRecord, results: list[StepResultRecord],
                 definition: Mapping[str, Any] | None, lang: str,
                 parent: QWidget | None = None) -> None:
        """`definition` is the routine saved with the session, None if it cannot be read."""
        super().__init__(parent)
        title = pick(session.routine_title, lang)
        self.setWindowTitle(title)
        names = _step_names(definition or {}, lang)
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(title, "heading"))
        if definition is None:
            problem = make_label(self.tr(
                "The routine saved with this session cannot be read, so its steps are shown "
                "by their ids. The history file has not been changed."), "notice")
            problem.setObjectName("problem")
            layout.addWidget(problem)
        layout.addWidget(make_label(
            self.tr("{when} · {status} · active {time} · pain {pain}").format(
                when=session.started_at.strftime("%Y-%m-%d %H:%M"),
                status=status_word(session.shown_status, session.stop_reason),
                time=clock_text(session.active_s),
                pain=pain_text(session.pain_before, session.pain_after) or "-",
            )))
        flags = [*pain_flags(session), *(answer_text(answer, lang) for answer in session.answers)]
        if flags:
            answers = make_label(self.tr("Safety answers:") + "\n" + "\n".join(
                "•  " + flag for flag in flags))
            answers.setObjectName("answers")
            layout.addWidget(answers)
        if session.note:
            layout.addWidget(make_label(self.tr("Note: {note}").format(note=session.note)))
        table = QTableWidget(len(results), 4)
        table.setObjectName("steps")
        table.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Side"), self.tr("Planned"), self.tr("Done")])
        table.verticalHeader().hide()
        for row, result in enumerate(results):
            name = names.get(result.step_id, result.step_id)
            if result.planned_reps is not None:
                planned = str(result.planned_reps)
                done = str(result.done_reps or 0)
            else:
                planned, done = clock_text(result.planned_s), clock_text(result.done_s)
            if result.status == "skipped":
                done = self.tr("skipped")
            cells = (name, side_word(result.side or None), planned, done)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)
        grow_for_wrapped_text(self)


class ProfilesDialog(QDialog):
    """Add, rename, delete and choose whose history to see."""

    def __init__(self, profiles: ProfileRepository, current: int,
                 parent: QWidget | None = None, kept: KeptAnswerRepository | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profiles"))
        self._profiles = profiles
        self._kept = kept
        self.chosen = current
        self._list = QListWidget()
        self._list.setObjectName("profiles")
        self._list.itemActivated.connect(lambda _item: self._choose())
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(
            self.tr("Each patient has a profile with their own plans and history."), None))
        # The buttons in a column beside the list: in a row, four of them are wider than the
        # screen with large text.
        beside = QHBoxLayout()
        beside.addWidget(self._list, 1)
        # Room for a name, whatever width the buttons take.
        self._list.setMinimumWidth(self._list.fontMetrics().averageCharWidth() * 16)
        layout.addLayout(beside)
        row = QDialogButtonBox(Qt.Orientation.Vertical)
        for text, name, handler in (
            (self.tr("Add…"), "add", self._add),
            (self.tr("Rename…"), "rename", self._rename),
            (self.tr("Delete…"), "delete", self._delete),
        ):
            button = make_button(text, name=name)
            button.clicked.connect(handler)
            row.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        if kept is not None:
            # A birth date or a clearance is asked once; a wrong one must be correctable.
            forget = make_button(self.tr("Ask once-only questions again"),
                                 name="forget-answers")
            forget.setToolTip(self.tr(
                "The selected profile will be asked again, at the next start of each routine, "
                "the safety questions it answers only once (such as the birth date)."))
            forget.clicked.connect(self._forget_answers)
            row.addButton(forget, QDialogButtonBox.ButtonRole.ActionRole)
        choose = make_button(self.tr("Show this profile"), "primary", "choose")
        choose.clicked.connect(self._choose)
        row.addButton(choose, QDialogButtonBox.ButtonRole.AcceptRole)
        beside.addWidget(row)
        grow_for_wrapped_text(self)
        self._refresh()

    def _refresh(self) -> None:
        self._list.clear()
        for profile in self._profiles.list():
            item = QListWidgetItem(profile_name(profile.name, profile.is_default))
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self._list.addItem(item)
            if profile.id == self.chosen:
                self._list.setCurrentItem(item)

    def _selected(self) -> tuple[int, str] | None:
        item = self._list.currentItem()
        return None if item is None else (item.data(Qt.ItemDataRole.UserRole), item.text())

    def _name_problem(self, name: str, keep_id: int | None = None) -> str | None:
        if not name.strip():
            return self.tr("A profile needs a name.")
        taken = {p.name for p in self._profiles.list() if p.id != keep_id}
        if name.strip() in taken:
            return self.tr("There is already a profile called “{name}”.").format(name=name)
        return None

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New profile"), self.tr("Name:"))
        if ok:
            self._try(name, None, lambda: self._profiles.add(name.strip()))

    def _rename(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename profile"), self.tr("Name:"),
                                        text=selected[1])
        if ok:
            self._try(name, selected[0], lambda: self._profiles.rename(selected[0], name.strip()))

    @reported
    def _delete(self) -> None:
        selected = self._selected()
        if selected is None or len(self._profiles.list()) < 2:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete profile?"),
            plain(self.tr("Delete the profile “{name}” and all its sessions? This cannot be "
                          "undone.").format(name=selected[1])),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._profiles.delete(selected[0])
            if self.chosen == selected[0]:
                self.chosen = self._profiles.list()[0].id
            self._refresh()

    @reported
    def _forget_answers(self) -> None:
        selected = self._selected()
        if selected is not None and self._kept is not None:
            self._kept.clear(selected[0])

    def _try(self, name: str, keep_id: int | None, change: Callable[[], object]) -> None:
        problem = self._name_problem(name, keep_id)
        if problem:
            QMessageBox.warning(self, self.tr("Profiles"), plain(problem))
            return
        change()
        self._refresh()

    def _choose(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.chosen = selected[0]
        self.accept()


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class DayMarkDialog(QDialog):
    """Mark a day as rest, sick or away, so it does not count as a missed day."""

    KINDS = ("rest", "sick", "away", "")

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rest, sick or away"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, text in zip(self.KINDS, (self.tr("Rest day"), self.tr("Sick"), self.tr("Away"),
                                         self.tr("Normal day (remove the mark)")), strict=True):
            self.kind.addItem(text, key)
        form = QFormLayout(self)
        form.addRow(make_label(self.tr("Marked days are left out of adherence instead of "
                                       "counting as missed.")))
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Mark:"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        grow_for_wrapped_text(self)

    def choice(self) -> tuple[date, str | None]:
        return _day(self.day), self.kind.currentData() or None


class PlanDialog(QDialog):
    """How often a routine is planned for this patient, from a given day on."""

    def __init__(self, routines: list[tuple[str, str]], current: dict[str, tuple[int, bool]],
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan"))
        self._current = current
        self.routine = QComboBox()
        self.routine.setObjectName("routine")
        for routine_id, title in routines:
            self.routine.addItem(title, routine_id)
        self.times = QSpinBox()
        self.times.setObjectName("times")
        self.times.setRange(1, 50)
        self.every = QComboBox()
        self.every.setObjectName("every")
        self.every.addItem(self.tr("times a day"), False)
        self.every.addItem(self.tr("times a week"), True)
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.routine.currentIndexChanged.connect(self._show_current)
        self.every.currentIndexChanged.connect(self._limit)
        form = QFormLayout(self)
        form.addRow(make_label(self.tr("The plan is what adherence is measured against. "
                                       "Earlier days keep the plan they had.")))
        form.addRow(self.tr("Routine:"), self.routine)
        row = QHBoxLayout()
        row.addWidget(self.times)
        row.addWidget(self.every, 1)
        form.addRow(self.tr("How often:"), row)
        form.addRow(self.tr("From:"), self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        grow_for_wrapped_text(self)
        self._show_current()

    def _show_current(self) -> None:
        times, per_week = self._current.get(self.routine.currentData(), (1, False))
        self.every.setCurrentIndex(1 if per_week else 0)
        self._limit()
        self.times.setValue(times)

    def _limit(self) -> None:
        self.times.setMaximum(50 if self.every.currentData() else 10)

    def choice(self) -> tuple[str, int, bool, date]:
        """(routine id, times, per week?, first day)."""
        return (self.routine.currentData(), self.times.value(), bool(self.every.currentData()),
                _day(self.start))
