"""The window: one screen at a time, full size, so it reads from across the room.

It shows the screens and moves between them; what happens on them belongs to the flows it
owns, each wired here in one place: a session (ui/session/flow.py), the history file's
backups and recovery (ui/backups/flow.py), and reminders with the tray
(ui/reminders/flow.py). Settings are applied here, as they change every screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from rehabtimer.context import AppContext
from rehabtimer.core.card_cache import stamp
from rehabtimer.core.events import Status
from rehabtimer.core.library import load_library
from rehabtimer.paths import builtin_routines_dir
from rehabtimer.settings import Settings, effective_language, save_settings
from rehabtimer.storage.session_records import SessionRecord
from rehabtimer.ui.backups.flow import HistoryFileFlow
from rehabtimer.ui.errors import reported
from rehabtimer.ui.home.presenter import build_home_state, home_columns
from rehabtimer.ui.home.progress import progress_today
from rehabtimer.ui.home.view import HomeView, Option
from rehabtimer.ui.i18n import install_translators
from rehabtimer.ui.reminders.flow import ReminderFlow
from rehabtimer.ui.reminders.service import ReminderService
from rehabtimer.ui.reminders.tray import Tray
from rehabtimer.ui.session.controller import SessionController
from rehabtimer.ui.session.flow import SessionFlow
from rehabtimer.ui.session.sound import CuePlayer
from rehabtimer.ui.session.view import SessionView
from rehabtimer.ui.session.voice import Voice
from rehabtimer.ui.settings_dialog import SettingsDialog
from rehabtimer.ui.widgets.plain import plain_message_box
from rehabtimer.ui.widgets.style import stylesheet

if TYPE_CHECKING:  # imported when first shown; see show_history
    from rehabtimer.ui.history.screen import HistoryScreen


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
        self._notices = notices
        self.setWindowTitle("RehabTimer")
        self.resize(1200, 800)
        self._transient: QWidget | None = None
        self._quitting = False
        self._told_about_tray = False
        self._routine_files = self._routine_stamp()
        self._settings_open: SettingsDialog | None = None
        self._settings_relabel = False

        self.session = SessionFlow(ctx, cues, voice, self, interrupted, self)
        self.session.saved.connect(self._after_session)

        self.backups = HistoryFileFlow(ctx, lambda: self.session.running, self)
        self.backups.reopened.connect(self._history_reopened)
        self.backups.leave.connect(self.quit)

        self.reminder_flow = ReminderFlow(ctx, cues, voice, self._exercising,
                                          self._why_not_start, self)
        self.reminder_flow.open_requested.connect(self.come_forward)
        self.reminder_flow.quit_requested.connect(self.quit)

        self._build_screens()
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self._toggle_full_screen)
        self.show_home()

    def _build_screens(self) -> None:
        """The long-lived screens, made anew when the language changes."""
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._transient = None
        self.home = HomeView()
        self.session_view = SessionView(self.ctx.lang)
        self.history: HistoryScreen | None = None
        self._stack.addWidget(self.home)
        self._stack.addWidget(self.session_view)
        self._stack.show()  # a widget put into an already visible window starts hidden
        self.home.start_requested.connect(self.session.start_routine)
        self.home.resume_requested.connect(self.session.resume)
        self.home.keep_interrupted.connect(self.session.keep_interrupted)
        self.home.sound_toggled.connect(self._toggle_sounds)
        self.home.voice_toggled.connect(self._toggle_voice)
        self.home.history_requested.connect(self.show_history)
        self.home.settings_requested.connect(self.show_settings)
        self.home.editor_requested.connect(self.show_routine_editor)
        self.session.attach_view(self.session_view)

    # -- what the rest of the app asks of the window --------------------------------------------

    @property
    def controller(self) -> SessionController | None:
        """The running session's controller, if a session runs."""
        return self.session.controller

    @property
    def reminders(self) -> ReminderService:
        return self.reminder_flow.service

    @property
    def tray(self) -> Tray:
        return self.reminder_flow.tray

    def start_routine(self, routine_id: str) -> None:
        self.session.start_routine(routine_id)

    def start_reminders(self) -> None:
        self.reminder_flow.start()

    def check_history(self) -> None:
        self.backups.check_in_background()

    def come_forward(self, wishes: list[str]) -> None:
        """Raise the window; when nothing runs, also open what `wishes` asks: `["run",
        ROUTINE_ID]` that routine, `["history"]`, `["settings"]` or `["routines"]` that screen
        (asked on the first frame, before this window was there)."""
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if not wishes or self._why_not_start() is not None or not self._may_close():
            return
        if len(wishes) == 2 and wishes[0] == "run":
            self.session.start_routine(wishes[1])
        elif wishes == ["history"]:
            self.show_history()
        elif wishes == ["routines"]:
            self.show_routine_editor()
        elif wishes == ["settings"]:
            # A modal dialog: opened from the event loop, not inside the caller's start-up.
            QTimer.singleShot(0, self.show_settings)

    def follow(self, wishes: list[str], options: Mapping[str, bool]) -> None:
        """Do what was asked on the first frame before this window was there: keep the
        sound and voice switched there (`options`), then open what `wishes` asks."""
        if options:
            now = self.ctx.settings
            self.apply_settings(replace(now, sounds=options.get("sounds", now.sounds),
                                        voice=options.get("voice", now.voice)))
        self.come_forward(wishes)

    def _why_not_start(self) -> str | None:
        """Why a routine cannot be started from a reminder or the tray now, if it cannot."""
        controller = self.session.controller
        if controller is None:
            return None
        if controller.engine.status is not Status.FINISHED:
            return self.tr("A session is on: you can start this one when it is over.")
        return self.tr("First answer the questions about the session you have just done.")

    def _exercising(self) -> bool:
        """A session runs (or is paused) in front of the patient: reminders wait for it.
        The pages before and after it, or a window closed to the tray, hold nothing back."""
        controller = self.session.controller
        return (controller is not None and controller.engine.status is not Status.FINISHED
                and self.isVisible())

    # -- settings ----------------------------------------------------------------------------

    def show_settings(self) -> None:
        old: SettingsDialog | None = None
        self._voice.start()  # Settings lists the voices and says why there are none
        while True:
            dialog = SettingsDialog(self.ctx.settings, self._voice.reason, self._cues.problem,
                                    self, tray_available=self.tray.available(),
                                    voices=self._voice.voice_names(),
                                    voice_note=self._voice.names_note)
            dialog.changed.connect(self.apply_settings)
            dialog.reminders_requested.connect(self.reminder_flow.show_dialog)
            dialog.backup_requested.connect(self.backups.back_up_now)
            dialog.restore_requested.connect(self.backups.restore_backup)
            if old is not None:
                # Made again in the new language, where the old one was, the language chosen.
                dialog.setGeometry(old.geometry())
                dialog.language.setFocus()
                old.deleteLater()
            self._settings_open = dialog
            self._settings_relabel = False
            dialog.exec()
            self._settings_open = None
            if not self._settings_relabel:
                return
            old = dialog

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
            self.problem(self.tr("Settings could not be saved: {reason}").format(
                reason=error.strerror or error))
        self._cues.set_enabled(settings.sounds)
        self._cues.set_volume(settings.volume)
        self._voice.set_enabled(settings.voice)
        self._voice.set_rate(settings.voice_rate)
        if settings.voice_name != old.voice_name:
            self._voice.set_voice(settings.voice_name)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
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
            if self._settings_open is not None:
                # Every word in Settings changes at once: it is made again (show_settings).
                self._settings_relabel = True
                self._settings_open.done(0)
        self.show_home()

    # -- screens -------------------------------------------------------------------------------

    def _routine_stamp(self) -> dict[str, Any]:
        return stamp((builtin_routines_dir(), self.ctx.routines_dir), 0)

    def _notice_routine_files(self) -> None:
        """A routine imported from the command line while the app runs shows up on the home."""
        now = self._routine_stamp()
        if now != self._routine_files:
            self._routine_files = now
            self.ctx.library = load_library(builtin_routines_dir(), self.ctx.routines_dir)

    @reported
    def show_home(self) -> None:
        self._notice_routine_files()
        sound = Option(self._cues.enabled, self._cues.available, self._cues.problem)
        voice = Option(self._voice.enabled, self._voice.available, self._voice.reason)
        progress = progress_today(self.ctx, self.ctx.clock.now().date())
        self.home.set_state(
            build_home_state(self.ctx, progress, self.session.interrupted, self._notices, sound,
                             voice),
            columns=home_columns(self.ctx.settings),
        )
        self.show_page(self.home)
        self.reminder_flow.refresh_tray(progress)

    def prepare_history(self) -> HistoryScreen:
        """The history screen, built now if it is not yet (gui.load_charts builds it while
        the patient looks at the home screen)."""
        if self.history is None:
            # Imported here, not at start-up: the charts need pyqtgraph, about half a second.
            from rehabtimer.ui.history.screen import HistoryScreen

            self.history = HistoryScreen(self.ctx)
            self.history.back.connect(self.show_home)
            self._stack.addWidget(self.history)
        return self.history

    @reported
    def show_history(self) -> None:
        history = self.prepare_history()
        history.refresh()
        self.show_page(history)

    @reported
    def show_routine_editor(self) -> None:
        # Imported here, not at start-up: the editor's modules cost about 50 ms.
        from rehabtimer.ui.editor.routines import RoutinesScreen

        screen = RoutinesScreen(self.ctx)
        screen.done.connect(self.show_home)  # home is built anew from the reloaded library
        self.show_page(screen)

    def show_page(self, page: QWidget) -> None:
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

    def is_showing(self, page: QWidget | None) -> bool:
        return page is not None and self._stack.currentWidget() is page

    def problem(self, text: str, detail: str = "") -> None:
        plain_message_box(QMessageBox.Icon.Warning, "RehabTimer", text, detail, self).open()

    def _after_session(self) -> None:
        self.backups.daily_backup()
        self.show_home()

    def _history_reopened(self) -> None:
        self.session.interrupted = None
        self._build_screens()
        self.show_home()

    # -- the window itself ---------------------------------------------------------------------

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
        self.session.stop_for_closing()
        if self.ctx.settings.keep_in_tray and self.tray.available() and not self._quitting:
            event.ignore()
            self.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.tray.notify("RehabTimer", self.tr(
                    "RehabTimer keeps running here, so reminders still come. "
                    "Choose Quit in this menu to close it."))
            return
        self.reminder_flow.stop()
        super().closeEvent(event)
