"""The session screen: what to do now, how long is left, and one key for each action.

The view renders SessionState and forwards the patient's intent as signals; it keeps no time
of its own. The only timer here repaints the breathing pacer smoothly while it moves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from rehabtimer.core.events import SessionState, Status
from rehabtimer.core.figure_motion import move_slot
from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.texts import pick
from rehabtimer.core.timeline import Phase, Timeline
from rehabtimer.ui.session.buttons import SessionButtons
from rehabtimer.ui.session.figure import ExerciseFigure
from rehabtimer.ui.session.keys import SessionKeys
from rehabtimer.ui.session.phase_banner import PhaseBanner
from rehabtimer.ui.session.readout import (
    BREATHING,
    next_text,
    notice_text,
    phase_readout,
    rep_text,
)
from rehabtimer.ui.session.stage import Stage
from rehabtimer.ui.session.timer_face import TimerFace, pacer_size
from rehabtimer.ui.session.words_area import WordsArea, WordsPager
from rehabtimer.ui.widgets.line_breaks import no_orphans
from rehabtimer.ui.widgets.words import duration_words, side_word

PACER_FRAME_MS = 50  # 20 frames a second: smooth for a breath of 4-6 s, and a third less CPU
FIGURE_FRAME_MS = 80  # a slow movement of a limb reads as smooth at 12 frames a second
SIDE_COLOUR = "#5D3A9B"
LAST_SECONDS = 3  # counted down aloud to screen readers, as the ticks sound them
# Phases in which the figure moves, so it needs frames between the seconds.
MOVING = (PhaseKind.INHALE, PhaseKind.EXHALE, PhaseKind.MOVE, PhaseKind.WORK,
          PhaseKind.SELF_REP)
# Phases for reading what to do: the words may take the countdown's room.
READING = (PhaseKind.GET_READY, PhaseKind.REST)
PAGE_SECONDS = 10  # a page of the words (three lines at large text) read slowly


class SessionView(QWidget):
    pause_toggled = Signal()
    skip_requested = Signal()
    back_requested = Signal()
    stop_requested = Signal()
    rep_done = Signal()
    hurt = Signal()
    # The next and the previous page of the step's words, when they do not fit on one.
    more_words = Signal()
    fewer_words = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._timeline: Timeline | None = None
        self._pictures: Path | None = None
        self._source: Callable[[], SessionState] | None = None
        self._state: SessionState | None = None
        self._reading = True
        self._fitted: tuple[object, ...] = ()

        self._step = QLabel()
        self._step.setWordWrap(True)
        self._time_left = QLabel()
        self._time_left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._progress = QProgressBar()
        self._progress.setRange(0, 1000)
        self._progress.setTextVisible(False)
        self._progress.setAccessibleName(self.tr("Progress of the session"))
        self._phase = PhaseBanner()
        self._face = TimerFace()
        self._figure = ExerciseFigure()
        self._rep = QLabel()
        self._side = QLabel()
        for label in (self._rep, self._side):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._instructions = QLabel()
        self._instructions.setObjectName("instructions")
        self._instructions.setWordWrap(True)
        self._instructions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The step's stop rule, on screen for the whole step, not only while getting ready.
        self._caution = QLabel()
        self._caution.setObjectName("step-caution")
        self._caution.setProperty("role", "notice")
        self._caution.setWordWrap(True)
        self._caution.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._caution.hide()
        self._next = QLabel()
        self._next.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._next.setWordWrap(True)
        self._next.setProperty("role", "muted")
        self._notice = QLabel()
        self._notice.setProperty("role", "notice")
        self._notice.setWordWrap(True)
        self._notice.hide()
        self._sound_notice = QLabel()
        self._sound_notice.setProperty("role", "muted")
        self._sound_notice.setWordWrap(True)
        self._sound_notice.hide()
        # A routine file's words (the patient may have written it) show as written.
        for label in (self._step, self._time_left, self._phase, self._rep, self._side,
                      self._instructions, self._caution, self._next, self._notice,
                      self._sound_notice):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self._buttons = SessionButtons(
            back=self.back_requested, pause=self.pause_toggled, skip=self.skip_requested,
            rep_done=self.rep_done, stop=self.stop_requested, hurt=self.hurt,
            more=self.more_words)

        header = QHBoxLayout()
        header.addWidget(self._step, 3)
        header.addWidget(self._time_left, 1)
        words = QWidget()
        details = QVBoxLayout(words)
        details.setContentsMargins(0, 0, 0, 0)
        in_order = [self._notice, self._instructions, self._caution, self._next,
                    self._sound_notice]
        for label in in_order:
            details.addWidget(label)
        details.addStretch(1)
        self._details = WordsArea(words)
        self._details.setAccessibleName(self.tr("What to do"))
        self._pager = WordsPager(self._details, in_order, self._instructions)
        self._stage = Stage(self, self._face, self._figure, (self._rep, self._side),
                            self._details, self._pager, self._buttons.more,
                            (header, self._time_left), self._buttons.rep_done)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(header)
        layout.addWidget(self._progress)
        layout.addWidget(self._phase)
        layout.addLayout(self._stage.layout, 1)
        layout.addLayout(self._buttons.row)

        self._keys = SessionKeys(
            self, pause=self.pause_toggled, skip=self.skip_requested, back=self.back_requested,
            stop=self.stop_requested, hurt=self.hurt, more=self.more_words,
            fewer=self.fewer_words, rep_done=self.rep_done)
        self.more_words.connect(lambda: self._turn(1))
        self.fewer_words.connect(lambda: self._turn(-1))
        # Names for tests and accessibility tools to find the parts by.
        for name, widget in (
            ("step", self._step), ("time_left", self._time_left), ("phase", self._phase),
            ("face", self._face), ("figure", self._figure), ("rep", self._rep),
            ("side", self._side), ("next", self._next), ("notice", self._notice),
        ):
            widget.setObjectName(name)
        self._frame_timer = QTimer(self)
        self._frames = 0
        self._frame_timer.setInterval(PACER_FRAME_MS)
        self._frame_timer.timeout.connect(self._repaint_pacer)
        self.retranslate()

    # -- set-up --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._buttons.retranslate()
        self._face.setAccessibleDescription(self.tr("Seconds left in this part"))
        if self._state is not None:
            self.show_state(self._state)

    def show_session(self, timeline: Timeline, source: Callable[[], SessionState],
                     pictures: Path | None = None) -> None:
        """`pictures`: the routine file's folder, where its steps' own pictures are."""
        self._timeline = timeline
        self._pictures = pictures
        self._source = source
        self.show_state(source())

    def set_sound_notice(self, text: str | None) -> None:
        self._sound_notice.setText(no_orphans(text or ""))
        self._sound_notice.setVisible(bool(text))
        self._fit()

    # -- rendering -------------------------------------------------------------------------

    def show_state(self, state: SessionState) -> None:
        self._state = state
        timeline = self._timeline
        if timeline is None:
            return
        phase = state.phase
        step = timeline.routine.steps[state.step_index]
        self._step.setText(
            self.tr("Step {n} of {total}: {title}").format(
                n=state.step_index + 1, total=state.steps_total, title=pick(step.title, self._lang)
            )
        )
        self._time_left.setText(
            self.tr("{time} left").format(time=duration_words(state.time_left_s)))
        self._progress.setValue(round(state.progress * 1000))
        self._render_phase(state, phase)
        waiting = phase.waits_for_patient and state.status is Status.RUNNING
        self._rep.setText(rep_text(phase))
        # A single rep needs no counter; a self-paced rep already shows it in the big numbers.
        self._rep.setVisible(phase.reps > 1 and not phase.waits_for_patient)
        side = side_word(phase.side)
        self._side.setText(self.tr("{side} side").format(side=side) if side else "")
        self._side.setVisible(bool(side))
        badge_px = max(18, min(self.height() // 20, self.width() // 30))
        # The side in words nearly as large as the phase's: a wrong side is a wrong exercise.
        side_px = max(24, min(self.height() // 13, self.width() // 18))
        # In the labels' own style sheets: the app's (font-size for every widget) would win
        # over a font set on them.
        styles = ((self._rep, f"font-size: {badge_px}px; font-weight: bold;"),
                  (self._side, f"background: {SIDE_COLOUR}; color: white; border-radius: 16px;"
                               f" padding: 4px 32px; font-size: {side_px}px; font-weight: bold;"))
        for label, style in styles:
            if label.styleSheet() != style:
                label.setStyleSheet(style)
        # Resting before the next step, the patient gets into its position: show its words.
        following = state.next_phase
        shown_step = step
        if (phase.kind is PhaseKind.REST and following is not None
                and following.step_index != state.step_index):
            shown_step = timeline.routine.steps[following.step_index]
        figure_side = phase.side if shown_step is step else following.side if following else None
        picture = (self._pictures / shown_step.image
                   if self._pictures is not None and shown_step.image else None)
        self._figure.set_figure(shown_step.figure, figure_side,
                                pick(shown_step.title, self._lang), picture)
        self._render_figure(state)
        caution = pick(shown_step.caution, self._lang) if shown_step.caution else ""
        self._caution.setText(caution)
        self._next.setText(next_text(state, timeline, self._lang))
        self._reading = state.status is not Status.RUNNING or phase.kind in READING
        self._pager.set_words(pick(shown_step.instructions, self._lang),
                              (shown_step.id, self._reading))
        # Getting ready or resting, a patient across the room reads on without a key: the
        # pages turn by themselves, on the engine's time, so they stand still while paused.
        turned = phase.kind in READING and state.status is Status.RUNNING and self._pager.follow(
            int(state.phase_elapsed_s // PAGE_SECONDS))
        self._buttons.rep_done.setVisible(waiting)
        self._keys.set_waiting_for_rep(waiting)
        self._buttons.show_paused(state.status is Status.PAUSED)
        notice = notice_text(state)
        self._notice.setText(notice)
        self._notice.setVisible(bool(notice))
        self._fit()
        if turned:
            self._announce(self._pager.words(), QAccessible.AnnouncementPoliteness.Polite)
        moving = BREATHING + MOVING if self._figure.figure is not None else BREATHING
        animating = phase.kind in moving and state.status is Status.RUNNING
        self._frame_timer.setInterval(PACER_FRAME_MS if phase.kind in BREATHING
                                      else FIGURE_FRAME_MS)
        if animating and not self._frame_timer.isActive():
            self._frame_timer.start()
        elif not animating:
            self._frame_timer.stop()

    def _render_phase(self, state: SessionState, phase: Phase) -> None:
        word, kind, time_text, sample = phase_readout(state, self._lang)
        if word != self._phase.text():
            self._phase.setAccessibleName(word)
            self._announce(word, QAccessible.AnnouncementPoliteness.Assertive)
        elif (state.status is Status.RUNNING and state.remaining_s is not None
              and state.remaining_s <= LAST_SECONDS and time_text != self._face.text):
            self._announce(time_text, QAccessible.AnnouncementPoliteness.Polite)
        self._phase.show_word(word, kind, self.size())
        pacer = pacer_size(phase.kind, state.phase_fraction)
        self._face.show_time(time_text, phase.kind, pacer, dimmed=state.status is Status.PAUSED,
                             sample=sample)

    def _announce(self, message: str, politeness: QAccessible.AnnouncementPoliteness) -> None:
        """Tell screen readers what the patient may not be looking at: a new phase (at
        once, over anything being read) and the last seconds of one (after it)."""
        event = QAccessibleAnnouncementEvent(self._phase, message)
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)

    def _fit(self) -> None:
        # What the patient is asked to do now, then: reading, the words in order; moving, the
        # stop rule and what comes next.
        first = ([self._notice, self._instructions] if self._reading
                 else [self._notice, self._caution, self._next])
        # Laying the words out in pages costs milliseconds: only when what it depends on
        # changed, not at every second of the countdown.
        fitted = (self.size(), self._reading, self._pager.sentences,
                  self._details.fontInfo().pixelSize(), self._figure.shows_something,
                  *(label.text() for label in (self._notice, self._caution, self._next,
                                               self._sound_notice)),
                  *((label.text(), label.isHidden()) for label in (
                      self._step, self._phase, self._rep, self._side,
                      self._buttons.rep_done)))
        if fitted != self._fitted:
            self._fitted = fitted
            self._stage.fit(self._reading, first)
        else:
            self._pager.show_page()  # turned by itself, maybe
        self._show_page()

    def _turn(self, step: int) -> None:
        if self._pager.pages > 1:
            self._pager.turn(step)
            self._show_page()
            # Read out as a phase is: the patient who turned it may not see the words.
            self._announce(self._pager.words(), QAccessible.AnnouncementPoliteness.Assertive)

    def _show_page(self) -> None:
        self._buttons.show_page(self._pager.page + 1, self._pager.pages)

    def _render_figure(self, state: SessionState) -> None:
        """The figure where the engine is: still while paused, its phase's share otherwise."""
        if self._timeline is None or state.status is Status.FINISHED:
            return
        phase = state.phase
        slot = move_slot(self._timeline.phases, phase.index)
        self._figure.show_phase(phase.kind, slot, state.phase_fraction, state.phase_elapsed_s)

    def _repaint_pacer(self) -> None:
        if self._source is not None:
            state = self._source()
            pacer = pacer_size(state.phase.kind, state.phase_fraction)
            self._face.show_time(self._face.text, state.phase.kind, pacer, dimmed=False,
                                 sample=self._face.sample)
            self._frames += 1
            # Beside the pacer, every third frame (7 a second): a belly rising a few pixels
            # over 4 s needs no more, and the two together stay within the pacer's CPU aim.
            if state.phase.kind not in BREATHING or self._frames % 3 == 0:
                self._render_figure(state)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._state is not None:
            self.show_state(self._state)
        else:
            self._fit()

    def stop_animation(self) -> None:
        self._frame_timer.stop()

