"""The home screen: who is exercising, today's plan, and one Start per routine."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabtimer.ui.widgets.controls import make_button, make_label
from rehabtimer.ui.widgets.flow_layout import FlowLayout
from rehabtimer.ui.widgets.line_breaks import no_orphans


class RoutineCard(NamedTuple):
    routine_id: str
    title: str
    summary: str
    steps: int
    total_s: float
    done: int | None
    planned: int | None
    """None while the history is still being read, just after start."""
    per_week: bool
    rest_day: bool = False
    """Today is marked as a rest, sick or away day."""


class InterruptedOffer(NamedTuple):
    session_id: int
    routine_id: str
    title: str
    step: int
    steps_total: int


class Option(NamedTuple):
    """An on/off choice that may be impossible here, with the reason why."""

    on: bool
    available: bool = True
    reason: str | None = None


class HomeState(NamedTuple):
    profile: str
    cards: tuple[RoutineCard, ...]
    interrupted: InterruptedOffer | None = None
    notices: tuple[str, ...] = ()
    sound: Option = Option(True)
    voice: Option = Option(False, False)


class HomeView(QWidget):
    start_requested = Signal(str)
    resume_requested = Signal(int)
    keep_interrupted = Signal(int)
    sound_toggled = Signal(bool)
    voice_toggled = Signal(bool)
    history_requested = Signal()
    settings_requested = Signal()
    editor_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = make_label("RehabTimer", "title")
        self._profile = make_label(role="muted")
        self._profile.setObjectName("profile")
        history = make_button(self.tr("History and reports"), name="history")
        history.clicked.connect(self.history_requested.emit)
        # Wraps: with large text or long words the buttons go under the title, not past
        # the edge of the screen.
        header = FlowLayout(spacing=16)
        header.addWidget(self._title)
        header.addWidget(self._profile)
        header.add_stretch()
        header.addWidget(history)
        routines = make_button(self.tr("Routines…"), name="routines")
        routines.clicked.connect(self.editor_requested.emit)
        header.addWidget(routines)
        settings = make_button(self.tr("Settings"), name="settings")
        settings.clicked.connect(self.settings_requested.emit)
        header.addWidget(settings)
        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setSpacing(16)
        scroll = QScrollArea()
        # Made here, not by Qt: the first time Python is handed a widget Qt made, PySide
        # sets up every widget class it has to find its type (7 ms before the first frame).
        self._viewport = QWidget()
        scroll.setViewport(self._viewport)
        scroll.setWidget(self._content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Routines"))
        self._sound = QCheckBox(self.tr("Sound cues"))
        self._sound.setObjectName("sound")
        policy = self._sound.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # see show_sound
        self._sound.setSizePolicy(policy)
        self._voice = QCheckBox(self.tr("Voice guidance"))
        self._voice.setObjectName("voice")
        self._voice_reason = make_label(role="muted")
        self._voice_reason.setObjectName("voice_reason")
        self._sound.toggled.connect(self.sound_toggled.emit)
        self._voice.toggled.connect(self.voice_toggled.emit)
        options = QHBoxLayout()
        options.addWidget(self._sound)
        options.addSpacing(24)
        options.addWidget(self._voice)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(options)
        # On a line of its own: beside the check boxes it is squeezed into a narrow column.
        # (Why sound cannot play is told where it matters, on the session screen: two lines
        # of it here at 200 % pushed a cut-short session's buttons out of a laptop's view.)
        layout.addWidget(self._voice_reason)
        self._state: HomeState | None = None

    def show_sound(self, option: Option | None) -> None:
        """The sound cues box as `option` says; None: not known yet, not shown (its place
        kept), rather than a tick taken back a moment later."""
        self._sound.setVisible(option is not None)
        if option is not None:
            self._show_option(self._sound, option)

    @staticmethod
    def _show_option(box: QCheckBox, option: Option, reason_label: QLabel | None = None) -> None:
        """Greyed out where impossible, saying why (as its tooltip and to screen readers,
        and in `reason_label`): a box that will not tick and says nothing looks broken."""
        box.blockSignals(True)
        box.setChecked(option.on and option.available)
        box.setEnabled(option.available)
        box.blockSignals(False)
        reason = option.reason if not option.available else None
        box.setToolTip(reason or "")
        box.setAccessibleDescription(reason or "")
        if reason_label is not None:
            reason_label.setText(no_orphans(reason or ""))
            reason_label.setVisible(bool(reason))

    def set_state(self, state: HomeState, columns: int = 2) -> None:
        self._state = state
        self._profile.setText(
            self.tr("Profile: {name}").format(name=state.profile) if state.profile else "")
        self.show_sound(state.sound)
        self._show_option(self._voice, state.voice, self._voice_reason)
        while self._content_layout.count():
            item = self._content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # deleteLater: this may run inside a click on one of these very cards.
                widget.hide()
                widget.deleteLater()
        # The question about a cut-short session first: with large text a long notice would
        # push its buttons out of view.
        if state.interrupted is not None:
            self._content_layout.addWidget(self._interrupted_card(state.interrupted))
        for notice in state.notices:
            self._content_layout.addWidget(make_label(notice, "notice"))
        grid = QGridLayout()
        grid.setSpacing(16)
        starts = []
        for index, card in enumerate(state.cards):
            frame, start = self._card(card)
            starts.append(start)
            grid.addWidget(frame, index // columns, index % columns)
        holder = QWidget()
        holder.setLayout(grid)
        self._content_layout.addWidget(holder)
        self._content_layout.addStretch(1)
        if starts:
            # The new button: the old one of the same name is hidden, waiting to be deleted.
            starts[0].setFocus()
        # New cards are shown on the next turn of the event loop; measure them then.
        QTimer.singleShot(0, self._fit_content)

    def _fit_content(self) -> None:
        # A scroll area does not ask wrapped text how tall it needs to be at this width, so
        # large text would squeeze the cards; tell it the height the layout needs.
        needed = self._content_layout.totalHeightForWidth(self._viewport.width())
        self._content.setMinimumHeight(max(0, needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_content()

    def _card(self, card: RoutineCard) -> tuple[QFrame, QPushButton]:
        frame = QFrame()
        frame.setProperty("role", "card")
        frame.setObjectName("card-" + card.routine_id)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(20, 16, 20, 16)
        # Start beside the title, at the top: with large text a card is taller than the view,
        # and what it is and how to begin are then still the first things seen.
        title = make_label(card.title, "heading")
        title.setObjectName("title-" + card.routine_id)
        start = make_button(self.tr("Start"), "primary", "start-" + card.routine_id)
        start.setAccessibleName(self.tr("Start {title}").format(title=card.title))
        start.clicked.connect(lambda: self.start_requested.emit(card.routine_id))
        # At the top by a stretch below it: Qt.AlignmentFlag would build Qt's namespace before
        # the first frame (see widgets/controls.py).
        start_column = QVBoxLayout()
        start_column.addWidget(start)
        start_column.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addLayout(start_column)
        layout.addLayout(top)
        if card.summary:
            summary = make_label(card.summary, "muted")
            layout.addWidget(summary)
        minutes = max(1, round(card.total_s / 60))
        layout.addWidget(make_label(
            self.tr("{steps} steps · about {minutes} min").format(steps=card.steps,
                                                                  minutes=minutes)))
        today = make_label()
        today.setObjectName("progress-" + card.routine_id)
        if card.done is not None and card.planned is not None:
            if card.per_week:
                progress = self.tr("This week: {done} of {planned}")
            else:
                progress = self.tr("Today: {done} of {planned}")
            text = progress.format(done=card.done, planned=card.planned)
            if card.rest_day:
                text = self.tr("Rest day today ({progress})").format(progress=text)
            today.setText(text + ("  ✓" if card.done >= card.planned else ""))
        layout.addWidget(today)
        layout.addStretch(1)
        return frame, start

    def _interrupted_card(self, offer: InterruptedOffer) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "card")
        frame.setObjectName("interrupted")
        layout = QVBoxLayout(frame)
        layout.addWidget(make_label(self.tr("A session was cut short"), "heading"))
        layout.addWidget(make_label(
            self.tr("{title} stopped unexpectedly at step {step} of {total}. "
                    "What you did is saved.").format(title=offer.title, step=offer.step + 1,
                                                      total=offer.steps_total)))
        resume = make_button(self.tr("Go on from step {step}").format(step=offer.step + 1),
                             "primary", "resume")
        keep = make_button(self.tr("Leave it unfinished"), name="keep")
        resume.clicked.connect(lambda: self.resume_requested.emit(offer.session_id))
        keep.clicked.connect(lambda: self.keep_interrupted.emit(offer.session_id))
        # Onto two lines when long words or large text make them wider than the card.
        row = FlowLayout()
        row.add_stretch()
        row.addWidget(keep)
        row.addWidget(resume)
        layout.addLayout(row)
        return frame
