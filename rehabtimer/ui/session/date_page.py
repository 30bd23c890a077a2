"""A safety question answered with a date (a birth date), kept for the profile."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from rehabtimer.core.routine import GateQuestion
from rehabtimer.core.texts import pick
from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.page import Page

LONG_AGO = "long-ago"


class DatePage(Page):
    answered = Signal(str)
    """The date as YYYY-MM-DD, or LONG_AGO."""
    cancelled = Signal()

    def __init__(self, question: GateQuestion, months: int, number: int, total: int,
                 lang: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Safety question {n} of {total}").format(n=number,
                                                                             total=total))
        text = make_label(pick(question.question, lang), "title")
        text.setObjectName("question")
        self.body.addWidget(text)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setAccessibleName(pick(question.question, lang))
        self.body.addWidget(self.date)
        self.body.addWidget(make_label(self.tr(
            "Asked once: your caregiver can change it under History → Profiles."), "muted"))
        self.body.addStretch(1)
        back = make_button(self.tr("Back"), name="back")
        back.clicked.connect(self.cancelled.emit)
        long_ago = make_button(
            self.tr("More than a month ago") if months == 1
            else self.tr("More than {n} months ago").format(n=months), name=LONG_AGO)
        long_ago.clicked.connect(lambda: self.answered.emit(LONG_AGO))
        self._ok = make_button(self.tr("OK"), "primary", "date-ok")
        self._ok.clicked.connect(
            lambda: self.answered.emit(self.date.date().toString("yyyy-MM-dd")))
        self.default_button = self._ok
        self.buttons.addWidget(back)
        self.buttons.addStretch(1)
        self.buttons.addWidget(long_ago)
        self.buttons.addWidget(self._ok)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.date.setFocus()
