"""The window and the path through it: home, cautions, safety questions, pain, session,
feedback. Screens are shown one at a time, full size, so they read from across the room.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from rehabtimer.context import AppContext
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import Event, SessionFinished, Status, StopReason
from rehabtimer.core.library import RoutineEntry, RoutineVersion
from rehabtimer.core.reminders import Reminder
from rehabtimer.core.routine import Routine
from rehabtimer.core.routine_loading import parse_routine
from rehabtimer.core.routine_problems import RoutineError
from rehabtimer.core.texts import pick
from rehabtimer.settings import Settings, effective_language, save_settings
from rehabtimer.storage.backup import daily_backup, manual_backup
from rehabtimer.storage.db import open_database
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.recorder import SessionRecorder
from rehabtimer.storage.recovery import restore
from rehabtimer.storage.repositories import SessionRecord
from rehabtimer.ui.backups.recovery import IntegrityCheck, recover
from rehabtimer.ui.errors import explain, reported
from rehabtimer.ui.home.presenter import build_home_state, build_tray_state, home_columns
from rehabtimer.ui.home.progress import Progress, progress_today
from rehabtimer.ui.home.view import HomeView, Option
from rehabtimer.ui.i18n import install_translators
from rehabtimer.ui.reminders.popup import ReminderPopup
from rehabtimer.ui.reminders.service import ReminderService
from rehabtimer.ui.reminders.tray import Tray
from rehabtimer.ui.session.after import Feedback, FeedbackPage, SafetyPage
from rehabtimer.ui.session.controller import SessionController
from rehabtimer.ui.session.guidance import cue_for, words_for
from rehabtimer.ui.session.prestart import (
    AdvicePage,
    CautionsPage,
    DisclaimerPage,
    GatePage,
    PainPage,
    Version,
)
from rehabtimer.ui.session.screen_awake import ScreenAwake
from rehabtimer.ui.session.sound import Cue, CuePlayer
from rehabtimer.ui.session.view import SessionView
from rehabtimer.ui.session.voice import Voice
from rehabtimer.ui.settings_dialog import SettingsDialog
from rehabtimer.ui.widgets.plain import plain, plain_message_box
from rehabtimer.ui.widgets.style import stylesheet


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: AppContext,
        cues: CuePlayer,
        voice: Voice,
        interrupted: SessionRecord | None = None,
        notices: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._cues = cues
        self._voice = voice
        self._interrupted = interrupted
        self._notices = notices
        self.setWindowTitle("RehabTimer")
        self.resize(1200, 800)
        self._transient: QWidget | None = None
        self.controller: SessionController | None = None
        self._recorder: SessionRecorder | None = None
        self._routine: Routine | None = None
        self._pain_before: int | None = None
        self._screen_awake = ScreenAwake(self)
        self._quitting = False
        self._told_about_tray = False
        self._popups: dict[str, ReminderPopup] = {}
        # Reminders wait while a session, or the questions before and after it, are on.
        self.reminders = ReminderService(
            ctx, lambda: self.controller is not None or self._transient is not None, self)
        self.reminders.due.connect(self._remind)
        self.reminders.checked.connect(self.refresh_tray)
        self.tray = Tray(self.windowIcon(), self)
        self.tray.open_requested.connect(lambda: self.come_forward([]))
        self.tray.start_requested.connect(lambda routine_id: self.come_forward(["run", routine_id]))
        self.tray.reminders_requested.connect(self.show_reminders)
        self.tray.quit_requested.connect(self.quit)
        self._build_screens()
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self._toggle_full_screen)
        self.show_home()

    def _build_screens(self) -> None:
        """The long-lived screens, made anew when the language changes."""
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._transient = None
        self.home = HomeView()
        self.session_view = SessionView(self.ctx.lang)
        self.history: QWidget | None = None
        self._stack.addWidget(self.home)
        self._stack.addWidget(self.session_view)
        self._stack.show()  # a widget put into an already visible window starts hidden
        self.home.start_requested.connect(self.start_routine)
        self.home.resume_requested.connect(self._resume)
        self.home.keep_interrupted.connect(self._keep_interrupted)
        self.home.sound_toggled.connect(self._toggle_sounds)
        self.home.voice_toggled.connect(self._toggle_voice)
        self.home.history_requested.connect(self.show_history)
        self.home.settings_requested.connect(self.show_settings)
        self.home.editor_requested.connect(self.show_routine_editor)
        view = self.session_view
        view.pause_toggled.connect(lambda: self._control("toggle_pause"))
        view.skip_requested.connect(lambda: self._control("skip"))
        view.back_requested.connect(lambda: self._control("back"))
        view.rep_done.connect(lambda: self._control("rep_done"))
        view.stop_requested.connect(self._confirm_stop)
        view.hurt.connect(self._hurt)
        view.set_sound_notice(self._cues.problem)

    # -- settings ----------------------------------------------------------------------------

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self._voice.reason, self._cues.problem, self,
                                tray_available=self.tray.available())
        dialog.changed.connect(self.apply_settings)
        dialog.reminders_requested.connect(self.show_reminders)
        dialog.backup_requested.connect(self.back_up_now)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.exec()

    def _toggle_sounds(self, on: bool) -> None:
        self.apply_settings(replace(self.ctx.settings, sounds=on))

    def _toggle_voice(self, on: bool) -> None:
        self.apply_settings(replace(self.ctx.settings, voice=on))

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings at once, everywhere, and keep them."""
        old, self.ctx.settings = self.ctx.settings, settings
        try:
            save_settings(self.ctx.settings_path, settings)
        except OSError as error:
            self._problem(self.tr("Settings could not be saved: {reason}").format(
                reason=error.strerror or error))
        self._cues.set_enabled(settings.sounds)
        self._cues.set_volume(settings.volume)
        self._voice.set_enabled(settings.voice)
        self._voice.set_rate(settings.voice_rate)
        app = QApplication.instance()
        if (settings.text_scale, settings.high_contrast) != (old.text_scale, old.high_contrast):
            app.setStyleSheet(stylesheet(settings.text_scale / 100, settings.high_contrast))
        # Only a change of the language setting itself changes the language: a --lang given
        # at start stays in force while other settings change.
        lang = effective_language(settings.language)
        if settings.language != old.language and lang != self.ctx.lang:
            install_translators(app, lang)
            self.ctx.lang = lang
            self._voice.set_language(lang)
            self._build_screens()
        self.show_home()

    # -- home --------------------------------------------------------------------------------

    @reported
    def show_home(self) -> None:
        sound = Option(self._cues.enabled, self._cues.available, self._cues.problem)
        voice = Option(self._voice.enabled, self._voice.available, self._voice.reason)
        progress = progress_today(self.ctx, self.ctx.clock.now().date())
        self.home.set_state(
            build_home_state(self.ctx, progress, self._interrupted, self._notices, sound, voice),
            columns=home_columns(self.ctx.settings),
        )
        self._show(self.home)
        self.refresh_tray(progress)

    # -- reminders and the tray --------------------------------------------------------------

    # -- the history file: backups, restore, damage ----------------------------------------

    def check_history(self) -> None:
        """Look for damage in the whole file in the background, once the window is up."""
        check = IntegrityCheck(self)
        check.damaged.connect(self.recover_history)
        check.start(self.ctx.database.path)

    def recover_history(self) -> None:
        self._switch_history(lambda path, now: recover(path, self.ctx.backups_dir, now, self))

    @reported
    def back_up_now(self) -> None:
        made = manual_backup(self.ctx.database.path, self.ctx.backups_dir, self.ctx.clock.now())
        QMessageBox.information(self, "RehabTimer", plain(
            self.tr("A backup was saved as {path}.").format(path=made)))

    def restore_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self.ctx.backups_dir),
            self.tr("RehabTimer backups (*.sqlite)"))
        if not chosen:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            plain(self.tr("The history will be replaced by the backup {path}. The history as "
                          "it is now is saved as a backup first.").format(path=chosen)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def replace_with_backup(path: Path, now: datetime) -> bool:
            restore(Path(chosen), path, self.ctx.backups_dir, now)
            return True

        self._switch_history(replace_with_backup)

    def _switch_history(self, change: Callable[[Path, datetime], bool]) -> None:
        """Close the history file, let `change` replace it, and open what is there now.

        If `change` says False, the patient chose to leave: the app quits."""
        if self.controller is not None:
            return  # never under a running session; the check comes back at the next start
        path = self.ctx.database.path
        self.ctx.database.close()
        try:
            if not change(path, self.ctx.clock.now()):
                self.quit()
                return
        except StorageError as error:
            self._problem(explain(error))
        try:
            database = open_database(path, self.ctx.backups_dir)
        except StorageError as error:
            QMessageBox.critical(self, "RehabTimer", plain(explain(error)))
            self.quit()
            return
        self.ctx.use_database(database)
        self._interrupted = None
        self._build_screens()
        self.show_home()

    def _daily_backup(self) -> None:
        try:
            daily_backup(self.ctx.database.path, self.ctx.backups_dir, self.ctx.clock.now())
        except StorageError as error:
            self._problem(self.tr("Today's automatic backup could not be made."),
                          explain(error))

    # -- reminders and the tray --------------------------------------------------------------

    def start_reminders(self) -> None:
        """Show the tray icon and begin checking reminders; the app calls this once shown."""
        self.tray.show()
        self.reminders.start()

    @reported
    def refresh_tray(self, progress: Mapping[str, Progress] | None = None) -> None:
        if progress is None:
            progress = progress_today(self.ctx, self.ctx.clock.now().date())
        reminded = {r.routine_id for r in self.reminders.repository.times(self.ctx.profile.id)}
        self.tray.set_state(build_tray_state(self.ctx, progress, reminded))

    @reported
    def show_reminders(self) -> None:
        from rehabtimer.ui.reminders.dialog import ReminderDialog  # not needed at start-up

        repository = self.reminders.repository
        saved: dict[str, list] = {}
        for reminder in repository.times(self.ctx.profile.id):
            saved.setdefault(reminder.routine_id, []).append(reminder.at)
        routines = [(e.routine.id, pick(e.routine.title, self.ctx.lang))
                    for e in self.ctx.library.entries]
        dialog = ReminderDialog(routines, saved, self.ctx.settings.keep_in_tray, self)
        if dialog.exec() != ReminderDialog.DialogCode.Accepted:
            return
        for routine_id, times in dialog.choice().items():
            if times != saved.get(routine_id, []):
                repository.set_times(self.ctx.profile.id, routine_id, times)
        self.refresh_tray()

    def _remind(self, reminder: Reminder) -> None:
        entry = self.ctx.library.get(reminder.routine_id)
        if entry is None:
            return
        old = self._popups.pop(reminder.routine_id, None)
        if old is not None:
            old.close()
        progress = progress_today(self.ctx, self.ctx.clock.now().date())
        popup = ReminderPopup(reminder.routine_id, pick(entry.routine.title, self.ctx.lang),
                              reminder.due.astimezone(self.ctx.clock.now().tzinfo),
                              reminder.missed, progress.get(reminder.routine_id), self)
        popup.start.connect(lambda routine_id: self.come_forward(["run", routine_id]))
        popup.snooze.connect(self.reminders.snooze)
        popup.finished.connect(lambda _result, rid=reminder.routine_id: self._popups.pop(rid, None))
        self._popups[reminder.routine_id] = popup
        popup.show()
        popup.raise_()
        self._cues.play(Cue.PHASE)
        self._voice.say(popup.message)
        if not self.isVisible():
            self.tray.notify(self.tr("Reminder"), popup.message)

    @reported
    def show_history(self) -> None:
        if self.history is None:
            # Imported here, not at start-up: the charts need pyqtgraph, about half a second.
            from rehabtimer.ui.history.screen import HistoryScreen

            self.history = HistoryScreen(self.ctx)
            self.history.back.connect(self.show_home)
            self._stack.addWidget(self.history)
        self.history.refresh()
        self._show(self.history)

    @reported
    def show_routine_editor(self) -> None:
        # Imported here, not at start-up: the editor's modules cost about 50 ms.
        from rehabtimer.ui.editor.routines import RoutinesScreen

        screen = RoutinesScreen(self.ctx)
        screen.done.connect(self.show_home)  # home is built anew from the reloaded library
        self._show(screen)

    def _keep_interrupted(self, _session_id: int) -> None:
        self._interrupted = None
        self.show_home()

    def _resume(self, session_id: int) -> None:
        try:
            record = self.ctx.sessions.reopen(session_id)
            routine = parse_routine(self.ctx.snapshots.definition(record.snapshot_id))
        except (StorageError, RoutineError, LookupError):
            self._problem(self.tr("This session cannot be continued. What was done is kept."))
            self._interrupted = None
            self.show_home()
            return
        self._interrupted = None
        self._begin(RoutineVersion(routine), record.pain_before, resume=record)

    def come_forward(self, wishes: list[str]) -> None:
        """Raise the window; `["run", ROUTINE_ID]` also opens that routine when nothing runs."""
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        busy = self.controller is not None or self._transient is not None
        if len(wishes) == 2 and wishes[0] == "run" and not busy:
            self.start_routine(wishes[1])

    # -- before the session ------------------------------------------------------------------

    def start_routine(self, routine_id: str) -> None:
        entry = self.ctx.library.get(routine_id)
        if entry is None:
            self._problem(self.tr("There is no routine called “{id}”.").format(id=routine_id))
            return
        if self.ctx.profile.disclaimer_accepted_at is None:
            page = DisclaimerPage()
            page.accepted.connect(lambda: self._accept_disclaimer(entry))
            self._show(page)
        else:
            self._cautions(entry)

    def _accept_disclaimer(self, entry: RoutineEntry) -> None:
        now = self.ctx.clock.now()
        try:
            self.ctx.profiles.accept_disclaimer(self.ctx.profile.id, now)
            self.ctx.profile = replace(self.ctx.profile, disclaimer_accepted_at=now)
        except StorageError as error:
            self._problem(explain(error))
        self._cautions(entry)

    def _cautions(self, entry: RoutineEntry) -> None:
        get_ready = self.ctx.settings.get_ready_s
        versions: list[Version] = []
        for version in entry.versions:
            preset, length = version.preset, version.timeline(get_ready).planned_seconds
            if preset is None:
                versions.append(Version(None, self.tr("As written"), "", length))
                continue
            versions.append(Version(
                preset.id, pick(preset.title, self.ctx.lang),
                pick(preset.description, self.ctx.lang) if preset.description else "", length))
        page = CautionsPage(entry.routine, self.ctx.lang, tuple(versions))
        page.proceed.connect(lambda preset_id: self._gate(entry.version(preset_id), 0))
        page.cancelled.connect(self.show_home)
        self._show(page)

    def _gate(self, version: RoutineVersion, index: int) -> None:
        gate = version.routine.gate
        if index >= len(gate):
            self._ask_pain_before(version)
            return
        page = GatePage(gate[index], index + 1, len(gate), self.ctx.lang)
        page.answered.connect(
            lambda ok: self._gate(version, index + 1) if ok else self._refuse(version, index)
        )
        page.cancelled.connect(self.show_home)
        self._show(page)

    def _refuse(self, version: RoutineVersion, index: int) -> None:
        question = version.routine.gate[index]
        # Only the routine and its planned exercise time are kept, which no get-ready changes.
        timeline = version.timeline(self.ctx.settings.get_ready_s)
        recorder = SessionRecorder(self.ctx.sessions, self.ctx.snapshots, self.ctx.clock)
        try:
            recorder.refused(self.ctx.profile.id, timeline, f"gate:{question.id}")
        except StorageError as error:
            self._problem(explain(error))
        page = AdvicePage(pick(question.advice, self.ctx.lang))
        page.done.connect(self.show_home)
        self._show(page)

    def _ask_pain_before(self, version: RoutineVersion) -> None:
        page = PainPage(self.tr("Pain now, before you start"))
        page.chosen.connect(lambda value: self._begin(version, value))
        self._show(page)

    # -- the session ---------------------------------------------------------------------------

    def _begin(self, version: RoutineVersion, pain_before: int | None,
               resume: SessionRecord | None = None) -> None:
        routine, timeline = version.routine, version.timeline(self.ctx.settings.get_ready_s)
        recorder = SessionRecorder(self.ctx.sessions, self.ctx.snapshots, self.ctx.clock)
        try:
            if resume is None:
                recorder.begin(self.ctx.profile.id, timeline, pain_before)
            else:
                recorder.attach(resume)
        except StorageError as error:
            self._problem(self.tr("The session cannot start."), explain(error))
            return
        self._routine, self._recorder, self._pain_before = routine, recorder, pain_before
        controller = SessionController(SessionEngine(timeline, self.ctx.clock), self.ctx.clock,
                                       self)
        controller.events.connect(self._on_events)
        controller.state_changed.connect(self.session_view.render)
        self.controller = controller
        self.session_view.show_session(timeline, controller.state)
        self._show(self.session_view)
        self._screen_awake.hold()
        controller.start(resume.current_step if resume else 0)

    def _control(self, action: str) -> None:
        if self.controller is not None and self._stack.currentWidget() is self.session_view:
            getattr(self.controller, action)()

    def _on_events(self, events: list[Event]) -> None:
        assert self.controller is not None and self._recorder is not None
        try:
            self._recorder.record(events)
        except (StorageError, LookupError) as error:
            # The session goes on; the patient should not lose the exercise to a disk error.
            self.session_view.set_sound_notice(explain(error))
        cue = cue_for(events)
        if cue is not None:
            self._cues.play(cue)
        words = words_for(events, self.controller.engine.timeline, self.ctx.lang)
        if words:
            self._voice.say(words)
        finished = next((e for e in events if isinstance(e, SessionFinished)), None)
        if finished is not None:
            self._after(finished)

    def _confirm_stop(self) -> None:
        controller = self.controller
        if controller is None or controller.engine.status is Status.FINISHED:
            return
        was_running = controller.engine.status in (Status.RUNNING, Status.RESUMING)
        if was_running:
            controller.pause()
        answer = QMessageBox.question(
            self,
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

    def _after(self, finished: SessionFinished) -> None:
        assert self.controller is not None and self._routine is not None
        self.controller.shutdown()
        self.session_view.stop_animation()
        self._screen_awake.release()
        if finished.reason is StopReason.PAIN:
            page = PainPage(self.tr("How strong is the pain now?"))
            page.chosen.connect(lambda value: self._safety(finished, value))
            self._show(page)
        else:
            self._feedback(finished, None)

    def _safety(self, finished: SessionFinished, pain_after: int | None) -> None:
        assert self._routine is not None
        page = SafetyPage(self._routine, self.ctx.lang)
        page.done.connect(lambda: self._feedback(finished, pain_after))
        self._show(page)

    def _feedback(self, finished: SessionFinished, pain_after: int | None) -> None:
        assert self.controller is not None and self._routine is not None
        page = FeedbackPage(
            self._routine,
            self.controller.engine.results(),
            finished.outcome,
            finished.active_s,
            self._pain_before,
            pain_after,
            self.ctx.lang,
        )
        page.saved.connect(self._save_feedback)
        self._show(page)

    def _save_feedback(self, feedback: Feedback) -> None:
        assert self._recorder is not None
        try:
            self._recorder.feedback(feedback.pain_after, feedback.effort, feedback.note)
        except StorageError as error:
            self._problem(explain(error))
        if self.controller is not None:
            self.controller.deleteLater()
        self.controller = None
        self._daily_backup()
        self.show_home()

    # -- window ------------------------------------------------------------------------------

    def _show(self, page: QWidget) -> None:
        old = self._transient
        if page not in (self.home, self.session_view, self.history):
            self._stack.addWidget(page)
            self._transient = page
        else:
            self._transient = None
        self._stack.setCurrentWidget(page)
        if old is not None and old is not page:
            self._stack.removeWidget(old)
            old.deleteLater()

    def _problem(self, text: str, detail: str = "") -> None:
        plain_message_box(QMessageBox.Icon.Warning, "RehabTimer", text, detail, self).open()

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def quit(self) -> None:
        if not self._may_close():
            return
        self._quitting = True
        self.close()
        QApplication.quit()

    def _may_close(self) -> bool:
        """Asks before unsaved changes on the screen shown (the routine editor's) are lost."""
        may_leave = getattr(self._transient, "may_leave", None)
        return may_leave is None or may_leave()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Spontaneous: the window's close button or Alt+F4; Quit in the tray asks itself.
        if event.spontaneous() and not self._may_close():
            event.ignore()
            return
        controller = self.controller
        if controller is not None and controller.engine.status is not Status.FINISHED:
            # Closing mid-session keeps what was done, as a stopped session.
            controller.stop(StopReason.USER)
            controller.shutdown()
        self._screen_awake.release()
        if self.ctx.settings.keep_in_tray and self.tray.available() and not self._quitting:
            event.ignore()
            self.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.tray.notify("RehabTimer", self.tr(
                    "RehabTimer keeps running here, so reminders still come. "
                    "Choose Quit in this menu to close it."))
            return
        self.reminders.stop()
        self.tray.hide()
        super().closeEvent(event)
