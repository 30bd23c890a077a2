"""The path of one session through the window: notice, cautions and version, safety
questions, pain before, the session itself, pain and safety advice after it hurt, feedback.

The flow owns the running controller and the recorder. The window only shows the pages it
hands over (through `Screens`) and forwards the keys and buttons of the session view.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabtimer.context import AppContext
from rehabtimer.core.dates import add_months
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import Event, SessionFinished, Status, StopReason
from rehabtimer.core.library import RoutineEntry, RoutineVersion
from rehabtimer.core.pain import rose, too_high_to_start
from rehabtimer.core.routine import GateQuestion, Routine
from rehabtimer.core.routine_loading import parse_routine
from rehabtimer.core.routine_problems import RoutineError
from rehabtimer.core.texts import pick
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.kept_answers import KeptAnswerRepository, question_key
from rehabtimer.storage.models import AnswerKind
from rehabtimer.storage.recorder import SessionRecorder
from rehabtimer.storage.session_records import SessionRecord
from rehabtimer.ui.errors import explain
from rehabtimer.ui.session.after import Feedback, FeedbackPage, SafetyPage
from rehabtimer.ui.session.controller import SessionController
from rehabtimer.ui.session.date_page import LONG_AGO, DatePage
from rehabtimer.ui.session.guide import Guide
from rehabtimer.ui.session.pain_pages import EaseOffPage, HighPainPage, NextDayPage, PainRosePage
from rehabtimer.ui.session.prestart import (
    AdvicePage,
    CautionsPage,
    DisclaimerPage,
    GatePage,
    PainPage,
    Version,
    worth_a_page,
)
from rehabtimer.ui.session.screen_awake import ScreenAwake
from rehabtimer.ui.session.sound import CuePlayer
from rehabtimer.ui.session.view import SessionView
from rehabtimer.ui.session.voice import Voice


class Screens(Protocol):
    """What a flow needs of the window: somewhere to show its pages."""

    def show_page(self, page: QWidget) -> None: ...

    def show_home(self) -> None: ...

    def problem(self, text: str, detail: str = "") -> None: ...

    def is_showing(self, page: QWidget) -> bool: ...


class SessionFlow(QObject):
    saved = Signal()
    """A session is over and its feedback saved."""

    def __init__(self, ctx: AppContext, cues: CuePlayer, voice: Voice, screens: Screens,
                 interrupted: SessionRecord | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cues = cues
        self._voice = voice
        self._screens = screens
        self._window = parent
        self.interrupted = interrupted
        """A session the app was closed or killed in, offered on the home screen."""
        self.controller: SessionController | None = None
        self._view: SessionView | None = None
        self._recorder: SessionRecorder | None = None
        # Events not written yet: a step is written just after its cue and its redraw, as a
        # commit waits for the disk; from the event loop, once the frame is painted.
        self._unwritten: list[Event] = []
        self._write_soon = QTimer(self)
        self._write_soon.setSingleShot(True)
        self._write_soon.setInterval(0)
        self._write_soon.timeout.connect(self._write)
        self._routine: Routine | None = None
        self._pain_before: int | None = None
        self._screen_awake = ScreenAwake(self)
        self._guide = Guide(cues, voice, ctx.clock, lambda: self._ctx.lang, self)

    def attach_view(self, view: SessionView) -> None:
        """The session view the window built (again, after a change of language)."""
        self._view = view
        view.pause_toggled.connect(lambda: self._control("toggle_pause"))
        view.skip_requested.connect(lambda: self._control("skip"))
        view.back_requested.connect(lambda: self._control("back"))
        view.rep_done.connect(lambda: self._control("rep_done"))
        view.stop_requested.connect(self._confirm_stop)
        view.hurt.connect(self._hurt)
        view.set_sound_notice(self._cues.problem)

    @property
    def running(self) -> bool:
        return self.controller is not None

    # -- before the session ------------------------------------------------------------------

    def start_routine(self, routine_id: str) -> None:
        entry = self._ctx.library.get(routine_id)
        if entry is None:
            self._screens.problem(self.tr("There is no routine called “{id}”.")
                                  .format(id=routine_id))
            return
        if self._ctx.profile.disclaimer_accepted_at is None:
            page = DisclaimerPage()
            page.accepted.connect(lambda: self._accept_disclaimer(entry))
            self._screens.show_page(page)
        else:
            self._next_day(entry)

    def resume(self, session_id: int) -> None:
        try:
            record = self._ctx.sessions.reopen(session_id)
            routine = parse_routine(self._ctx.snapshots.definition(record.snapshot_id))
        except (StorageError, RoutineError, LookupError):
            self._screens.problem(
                self.tr("This session cannot be continued. What was done is kept."))
            self.interrupted = None
            self._screens.show_home()
            return
        self.interrupted = None
        self._begin(RoutineVersion(routine), record.pain_before, resume=record)

    def keep_interrupted(self, _session_id: int) -> None:
        self.interrupted = None
        self._screens.show_home()

    def _accept_disclaimer(self, entry: RoutineEntry) -> None:
        now = self._ctx.clock.now()
        try:
            self._ctx.profiles.accept_disclaimer(self._ctx.profile.id, now)
            self._ctx.profile = replace(self._ctx.profile, disclaimer_accepted_at=now)
        except StorageError as error:
            self._screens.problem(explain(error))
        self._next_day(entry)

    def _next_day(self, entry: RoutineEntry) -> None:
        """The pain rose last time: how was it the day after? (the knee advice hangs on it)"""
        try:
            last = self._ctx.sessions.next_day_pending(
                self._ctx.profile.id, entry.routine.id, self._ctx.clock.now().date())
        except StorageError:
            last = None  # not asked this time; the session itself matters more
        if last is None or last.pain_before is None or last.pain_after is None:
            self._cautions(entry)
            return
        page = NextDayPage(last.started_at.strftime("%Y-%m-%d"), last.pain_before,
                           last.pain_after)
        page.answered.connect(lambda answer: self._next_day_answered(entry, last.id, answer))
        self._screens.show_page(page)

    def _next_day_answered(self, entry: RoutineEntry, session_id: int, answer: str) -> None:
        try:
            self._ctx.sessions.add_answer(session_id, "next_day", answer, self._ctx.clock.now())
        except StorageError as error:
            self._screens.problem(explain(error))
        if answer != "worse":
            self._cautions(entry)
            return
        advice = entry.routine.pain_advice
        page = EaseOffPage(pick(advice, self._ctx.lang) if advice else None)
        page.done.connect(lambda: self._cautions(entry))
        self._screens.show_page(page)

    def _cautions(self, entry: RoutineEntry) -> None:
        get_ready = self._ctx.settings.get_ready_s
        versions: list[Version] = []
        for version in entry.versions:
            preset, length = version.preset, version.timeline(get_ready).planned_seconds
            if preset is None:
                versions.append(Version(None, self.tr("As written"), "", length))
                continue
            versions.append(Version(
                preset.id, pick(preset.title, self._ctx.lang),
                pick(preset.description, self._ctx.lang) if preset.description else "", length))
        if not worth_a_page(entry.routine, len(versions)):
            self._gate(entry.as_written, 0, {}, 0)
            return
        page = CautionsPage(entry.routine, self._ctx.lang, tuple(versions))
        page.proceed.connect(lambda preset_id: self._gate(entry.version(preset_id), 0, {}, 0))
        page.cancelled.connect(self._screens.show_home)
        self._screens.show_page(page)

    def _gate(self, version: RoutineVersion, index: int, answers: dict[str, str],
              shown: int) -> None:
        """Question `index` on, skipping those an earlier answer makes irrelevant and
        answering those kept for the profile; `shown` were asked on screen so far."""
        gate, kept = version.routine.gate, self._kept_answers(version.routine.id)

        def asked(question: GateQuestion) -> bool:
            condition = question.only_if
            # Not yet answered counts as asked, so the total shown never grows.
            return (condition is None or condition.question not in answers
                    or answers[condition.question] == condition.answer)

        while index < len(gate) and not asked(gate[index]):
            index += 1
        if index >= len(gate):
            self._ask_pain_before(version)
            return
        question = gate[index]
        if question.id in kept:
            self._gate_answered(version, index, answers, shown, kept[question.id], keep=False)
            return
        number = shown + 1
        total = shown + sum(1 for q in gate[index:] if asked(q) and q.id not in kept)
        page: GatePage | DatePage
        if question.date_rule is not None:
            page = DatePage(question, question.date_rule.months, number, total, self._ctx.lang,
                            self._ctx.clock.now().date())
        else:
            # The answer some later questions are asked on, where exactly one is.
            leads = {q.only_if.answer for q in gate
                     if q.only_if is not None and q.only_if.question == question.id}
            page = GatePage(question, number, total, self._ctx.lang,
                            next(iter(leads)) if len(leads) == 1 else None)
        page.answered.connect(
            lambda answer: self._gate_answered(version, index, answers, number, answer))
        page.cancelled.connect(self._screens.show_home)
        self._screens.show_page(page)

    def _kept_answers(self, routine_id: str) -> dict[str, str]:
        """The routine's answers kept for this profile, by question id."""
        prefix = question_key(routine_id, "")
        try:
            found = KeptAnswerRepository(self._ctx.database).all(self._ctx.profile.id)
        except StorageError:
            return {}  # asked again: safe, only a little slower
        return {key.removeprefix(prefix): answer for key, answer in found.items()
                if key.startswith(prefix)}

    def _gate_answered(self, version: RoutineVersion, index: int, answers: dict[str, str],
                       shown: int, answer: str, keep: bool = True) -> None:
        question = version.routine.gate[index]
        extra = ""
        if question.date_rule is not None:
            stops, extra = self._too_soon(answer, question.date_rule.months)
        else:
            stops = answer == question.stop_if
        if keep and (question.date_rule is not None or (question.once and not stops)):
            try:
                KeptAnswerRepository(self._ctx.database).keep(
                    self._ctx.profile.id, question_key(version.routine.id, question.id),
                    answer, self._ctx.clock.now())
            except StorageError as error:
                self._screens.problem(explain(error))
        if stops:
            self._refuse(version, question, answer, extra)
        else:
            self._gate(version, index + 1, {**answers, question.id: answer}, shown)

    def _too_soon(self, answer: str, months: int) -> tuple[bool, str]:
        """Whether a date answer is less than `months` ago, and when that will have passed."""
        if answer == LONG_AGO:
            return False, ""
        try:
            then = add_months(date.fromisoformat(answer), months)
        except ValueError:
            return True, ""  # a kept date that cannot be read: ask the care team, not guess
        if then <= self._ctx.clock.now().date():
            return False, ""
        return True, self.tr("That will be on {date}.").format(date=then.isoformat())

    def _refuse(self, version: RoutineVersion, question: GateQuestion, answer: str,
                extra: str = "") -> None:
        recorder = self._refused(version, f"gate:{question.id}", None)
        if recorder is not None:
            self._keep_answer(recorder, "gate", answer, question.question)
        assert question.advice is not None  # a routine's check: stop_if comes with advice
        advice = f"{pick(question.advice, self._ctx.lang)} {extra}".strip()
        page = AdvicePage(advice, question.emergency)
        page.done.connect(self._screens.show_home)
        self._screens.show_page(page)

    def _refused(self, version: RoutineVersion, reason: str,
                 pain_before: int | None) -> SessionRecorder | None:
        # Only the routine and its planned exercise time are kept, which no get-ready changes.
        timeline = version.timeline(self._ctx.settings.get_ready_s)
        recorder = SessionRecorder(self._ctx.sessions, self._ctx.snapshots, self._ctx.clock)
        try:
            recorder.refused(self._ctx.profile.id, timeline, reason, pain_before)
        except StorageError as error:
            self._screens.problem(explain(error))
            return None
        return recorder

    def _keep_answer(self, recorder: SessionRecorder, kind: AnswerKind, answer: str,
                     question: Mapping[str, str] | None = None) -> None:
        try:
            recorder.answered(kind, answer, question)
        except StorageError as error:
            self._screens.problem(explain(error))

    def _ask_pain_before(self, version: RoutineVersion) -> None:
        page = PainPage(self.tr("Pain now, before you start"))
        page.chosen.connect(lambda value: self._pain_before_chosen(version, value))
        self._screens.show_page(page)

    def _pain_before_chosen(self, version: RoutineVersion, pain: int | None) -> None:
        if pain is None or not too_high_to_start(pain):
            self._begin(version, pain)
            return
        page = HighPainPage(pain)
        page.not_today.connect(lambda: self._not_today(version, pain))
        page.start_anyway.connect(lambda: self._begin(version, pain, high_pain=True))
        self._screens.show_page(page)

    def _not_today(self, version: RoutineVersion, pain: int) -> None:
        recorder = self._refused(version, "pain:high", pain)
        if recorder is not None:
            self._keep_answer(recorder, "high_pain", "not_today")
        self._screens.show_home()

    # -- the session ---------------------------------------------------------------------------

    def _begin(self, version: RoutineVersion, pain_before: int | None,
               resume: SessionRecord | None = None, high_pain: bool = False) -> None:
        assert self._view is not None
        routine, timeline = version.routine, version.timeline(self._ctx.settings.get_ready_s)
        recorder = SessionRecorder(self._ctx.sessions, self._ctx.snapshots, self._ctx.clock)
        try:
            if resume is None:
                recorder.begin(self._ctx.profile.id, timeline, pain_before)
            else:
                recorder.attach(resume)
        except StorageError as error:
            self._screens.problem(self.tr("The session cannot start."), explain(error))
            return
        if high_pain:
            self._keep_answer(recorder, "high_pain", "start_anyway")
        self._routine, self._recorder, self._pain_before = routine, recorder, pain_before
        controller = SessionController(SessionEngine(timeline, self._ctx.clock),
                                       self._ctx.clock, self)
        controller.events.connect(self._on_events)
        # Sounds are planned ahead before the redraw, which may take a while.
        self._guide.follow(controller.engine)
        controller.state_changed.connect(self._guide.plan_ahead)
        controller.state_changed.connect(self._view.show_state)
        self.controller = controller
        entry = self._ctx.library.get(routine.id)
        self._view.show_session(timeline, controller.state,
                                entry.path.parent if entry is not None else None)
        self._screens.show_page(self._view)
        # The keys of the session (Space, Enter, Esc, H) work where the focus is in the view;
        # the page before it, which had the focus, is gone.
        self._view.setFocus()
        self._screen_awake.hold()
        controller.start(resume.current_step if resume else 0)

    def _control(self, action: str) -> None:
        if (self.controller is not None and self._view is not None
                and self._screens.is_showing(self._view)):
            getattr(self.controller, action)()

    def _on_events(self, events: list[Event]) -> None:
        assert self.controller is not None and self._recorder is not None
        assert self._view is not None
        self._guide.on_events(events)
        self._unwritten += events
        finished = next((e for e in events if isinstance(e, SessionFinished)), None)
        if finished is None:
            self._write_soon.start()
            return
        self._write()  # now: whatever comes after the session may close the window
        self._after(finished)

    def _write(self) -> None:
        self._write_soon.stop()
        events, self._unwritten = self._unwritten, []
        if not events or self._recorder is None:
            return
        try:
            self._recorder.record(events)
        except (StorageError, LookupError) as error:
            # The session goes on; the patient should not lose the exercise to a disk error.
            if self._view is not None:
                self._view.set_sound_notice(explain(error))

    def _confirm_stop(self) -> None:
        controller = self.controller
        if controller is None or controller.engine.status is Status.FINISHED:
            return
        was_running = controller.engine.status in (Status.RUNNING, Status.RESUMING)
        if was_running:
            controller.pause()
        answer = QMessageBox.question(
            self._window,
            self.tr("Stop the session?"),
            self.tr("Stop the session now? What you have done so far is saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            controller.stop(StopReason.USER)
        elif was_running:
            controller.toggle_pause()

    def _hurt(self) -> None:
        if self.controller is not None:
            self.controller.stop(StopReason.PAIN)

    def stop_for_closing(self) -> None:
        """The window closes mid-session: what was done is kept, as a stopped session."""
        controller = self.controller
        if controller is not None and controller.engine.status is not Status.FINISHED:
            controller.stop(StopReason.USER)
            controller.shutdown()
        self._screen_awake.release()

    # -- after the session ---------------------------------------------------------------------

    def _after(self, finished: SessionFinished) -> None:
        assert self.controller is not None and self._view is not None
        self.controller.shutdown()
        self._view.stop_animation()
        self._screen_awake.release()
        if finished.reason is StopReason.PAIN:
            page = PainPage(self.tr("How strong is the pain now?"))
            page.chosen.connect(lambda value: self._safety(finished, value))
            self._screens.show_page(page)
        else:
            self._feedback(finished, None)

    def _safety(self, finished: SessionFinished, pain_after: int | None) -> None:
        assert self._routine is not None
        page = SafetyPage(self._routine, self._ctx.lang)
        page.done.connect(lambda: self._feedback(finished, pain_after))
        self._screens.show_page(page)

    def _feedback(self, finished: SessionFinished, pain_after: int | None) -> None:
        assert self.controller is not None and self._routine is not None
        page = FeedbackPage(
            self._routine,
            self.controller.engine.results(),
            finished.outcome,
            finished.active_s,
            self._pain_before,
            pain_after,
            self._ctx.lang,
        )
        page.saved.connect(self._save_feedback)
        self._screens.show_page(page)

    def _save_feedback(self, feedback: Feedback) -> None:
        assert self._recorder is not None
        try:
            self._recorder.feedback(feedback.pain_after, feedback.effort, feedback.note)
        except StorageError as error:
            self._screens.problem(explain(error))
        if self.controller is not None:
            self.controller.deleteLater()
        self.controller = None
        before, after = self._pain_before, feedback.pain_after
        if before is None or after is None or not rose(before, after):
            self.saved.emit()
            return
        advice = self._routine.pain_advice if self._routine is not None else None
        page = PainRosePage(before, after, pick(advice, self._ctx.lang) if advice else None)
        page.done.connect(self.saved.emit)
        self._screens.show_page(page)
