"""The list of routines, each with what can be done with it: edit, copy, share, delete."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.flow_layout import FlowLayout
from rehabtimer.ui.widgets.page import Page


@dataclass(frozen=True)
class RoutineRow:
    routine_id: str
    title: str
    builtin: bool
    steps: int
    total_s: float


class RoutineListPage(Page):
    new_requested = Signal()
    import_requested = Signal()
    back = Signal()
    edit_requested = Signal(str)
    copy_requested = Signal(str)
    export_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Routines"))
        self.notice = make_label(role="notice")
        self.notice.setObjectName("notice")
        self.notice.hide()
        self.body.addWidget(self.notice)
        self.body.addWidget(make_label(self.tr(
            "Built-in routines stay as they are: make a copy to change one. Your own routines "
            "can be changed, saved as a file to share, or deleted.")))
        self._cards = QVBoxLayout()
        self._cards.setSpacing(16)
        self.body.addLayout(self._cards)
        self.body.addStretch(1)
        back = make_button(self.tr("Back"), name="back")
        back.clicked.connect(self.back.emit)
        add_file = make_button(self.tr("Add from a file…"), name="import")
        add_file.clicked.connect(self.import_requested.emit)
        new = make_button(self.tr("New routine"), "primary", "new")
        new.clicked.connect(self.new_requested.emit)
        self.buttons.addWidget(back)
        self.buttons.addStretch(1)
        self.buttons.addWidget(add_file)
        self.buttons.addWidget(new)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._first: dict[str, QPushButton] = {}

    def set_rows(self, rows: list[RoutineRow], notice: str = "", focus: str = "") -> None:
        """Show these routines; `focus` is the id of the one whose first button gets the focus
        (the first routine's when it is not given)."""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        while self._cards.count():
            item = self._cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Later: this may run inside a click on one of these very cards.
                widget.hide()
                widget.deleteLater()
        self._first = {}
        for row in rows:
            self._cards.addWidget(self._card(row))
        target = self._first.get(focus) or next(iter(self._first.values()), None)
        if target is not None:
            # Once the page is on screen: a hidden widget cannot take the focus.
            QTimer.singleShot(0, target, target.setFocus)

    def _card(self, row: RoutineRow) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "card")
        frame.setObjectName("routine-" + row.routine_id)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(make_label(row.title, "heading"))
        minutes = max(1, round(row.total_s / 60))
        origin = self.tr("Built-in") if row.builtin else self.tr("Your own")
        layout.addWidget(make_label(self.tr("{origin} · {steps} steps · about {minutes} min")
                                    .format(origin=origin, steps=row.steps, minutes=minutes),
                                    "muted"))
        actions = FlowLayout()  # four buttons at 200 % would be wider than the screen
        wanted = [] if row.builtin else [(self.tr("Edit"), self.tr("Edit {title}"), "edit",
                                          self.edit_requested)]
        wanted += [(self.tr("Make a copy"), self.tr("Make a copy of {title}"), "copy",
                    self.copy_requested),
                   (self.tr("Save as a file…"), self.tr("Save {title} as a file"), "export",
                    self.export_requested)]
        if not row.builtin:
            wanted.append((self.tr("Delete…"), self.tr("Delete {title}"), "delete",
                           self.delete_requested))
        for text, spoken, name, signal in wanted:
            button = make_button(text, name=f"{name}-{row.routine_id}")
            # "Edit" alone does not say which routine to a screen reader going by buttons.
            button.setAccessibleName(spoken.format(title=row.title))
            button.clicked.connect(lambda _=False, signal=signal: signal.emit(row.routine_id))
            actions.addWidget(button)
            self._first.setdefault(row.routine_id, button)
        layout.addLayout(actions)
        return frame
