"""The session's buttons, one for each thing the patient can do, each naming its key: the row
under the countdown (back, pause, skip, stop, the next page of the words, "it hurts"), and
"rep done", which the stage sets beside the count it adds to.

The words keep the translation context "SessionView": they were written in the view, and
their translations are filed under it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QPushButton, QSizePolicy

from rehabtimer.ui.widgets.flow_layout import FlowLayout


def _button(signal: SignalInstance, role: str | None = None) -> QPushButton:
    button = QPushButton()
    if role:
        button.setProperty("role", role)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.clicked.connect(signal.emit)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


class SessionButtons:
    """Each button emits the view's signal for its action, as its key does."""

    def __init__(self, *, back: SignalInstance, pause: SignalInstance, skip: SignalInstance,
                 rep_done: SignalInstance, stop: SignalInstance, hurt: SignalInstance,
                 more: SignalInstance) -> None:
        self.back = _button(back)
        self.pause = _button(pause, role="primary")
        self.skip = _button(skip)
        self.rep_done = _button(rep_done, role="primary")
        self.stop = _button(stop)
        self.hurt = _button(hurt, role="danger")
        self.more = _button(more)
        self.more.hide()
        # Names for tests and accessibility tools to find the buttons by.
        for name, button in (
            ("pause", self.pause), ("skip", self.skip), ("back", self.back), ("stop", self.stop),
            ("rep_done", self.rep_done), ("hurt", self.hurt), ("more-words", self.more),
        ):
            button.setObjectName(name)
        self.row = FlowLayout()
        for button in (self.back, self.pause, self.skip, self.stop):
            self.row.addWidget(button)
        self.row.add_stretch()
        self.row.addWidget(self.more)
        self.row.addWidget(self.hurt)

    def retranslate(self) -> None:
        self.back.setText(QCoreApplication.translate("SessionView", "← Back"))
        self.back.setAccessibleName(QCoreApplication.translate(
            "SessionView", "Back: restart this step. Press twice to go to the previous step."))
        self.skip.setText(QCoreApplication.translate("SessionView", "Skip →"))
        self.skip.setAccessibleName(QCoreApplication.translate("SessionView", "Skip this step"))
        self.rep_done.setText(QCoreApplication.translate("SessionView", "Rep done (Enter)"))
        self.rep_done.setAccessibleName(
            QCoreApplication.translate("SessionView", "I finished one rep"))
        self.stop.setText(QCoreApplication.translate("SessionView", "Stop (Esc)"))
        self.stop.setAccessibleName(QCoreApplication.translate("SessionView", "Stop the session"))
        self.hurt.setText(QCoreApplication.translate("SessionView", "It hurts — stop (H)"))
        self.hurt.setAccessibleName(
            QCoreApplication.translate("SessionView", "It hurts: stop the session now"))

    def show_paused(self, paused: bool) -> None:
        """The pause button offers to go on while the session is paused."""
        if paused:
            self.pause.setText(QCoreApplication.translate("SessionView", "Resume (Space)"))
            self.pause.setAccessibleName(
                QCoreApplication.translate("SessionView", "Resume the session"))
        else:
            self.pause.setText(QCoreApplication.translate("SessionView", "Pause (Space)"))
            self.pause.setAccessibleName(
                QCoreApplication.translate("SessionView", "Pause the session"))

    def show_page(self, page: int, pages: int) -> None:
        """`page` (from 1) of the step's `pages` of words, on the button that turns them."""
        # One wording for every page: a longer one on the last page could wrap the buttons
        # onto another line and take the height the words were paged for.
        self.more.setText(QCoreApplication.translate(
            "SessionView", "Words: page {n} of {total} ↓").format(n=page, total=pages))
        self.more.setAccessibleName(QCoreApplication.translate(
            "SessionView", "Show more of what to do: page {n} of {total}").format(
                n=page, total=pages))
