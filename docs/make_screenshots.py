"""Render every screen of RehabTimer to PNG, in Japanese and English, at 100 % and 200 % text.

    make screenshots        (a real window on an Xvfb screen of 1200x800: see the Makefile)

The pictures are what a patient gets: the default 1200x800 window on a real X11 screen, the
app's fonts (Noto Sans CJK JP on Linux), dialogs at the size Qt opens them at there. The
real window runs on a throwaway database with a fake clock, so each picture shows the exact
moment asked for. Shots at 200 % text end in "-200"; "-large-contrast" adds high contrast.
Every built-in step's figure is shot into figures/ and gathered on one contact sheet per
routine ("-200hc": 200 % text, high contrast); `--only figures` renders just those.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.texts import pick
from rehabtimer.core.timeline import Phase, Timeline
from rehabtimer.ui.editor.editor import RoutineEditor
from rehabtimer.ui.editor.routines import RoutinesScreen
from rehabtimer.ui.history.report import write_pdf
from rehabtimer.ui.i18n import install_translators
from rehabtimer.ui.reminders.dialog import ReminderDialog
from rehabtimer.ui.reminders.popup import ReminderPopup
from rehabtimer.ui.session.figure_strip import FigureStrip
from rehabtimer.ui.settings_dialog import SettingsDialog
from rehabtimer.ui.shell import MainWindow
from rehabtimer.ui.widgets.fonts import app_font
from rehabtimer.ui.widgets.style import stylesheet
from tests.driving import FakeTimeDriver, build_window, seed_history
from tests.ui.conftest import answer_postpartum_gate, write_self_paced_routine

SIZE = (1200, 800)  # the window the app opens with
HISTORY_DAYS = 400


def _run_to(drive: FakeTimeDriver, kind: PhaseKind, side: str | None = None) -> None:
    """Run the session until a phase of this kind (and side) is on screen."""
    def there() -> bool:
        phase = drive.controller.state().phase
        return phase.kind is kind and (side is None or phase.side == side)

    drive.run_until(there)


def _click(window: QWidget, name: str) -> None:
    buttons = [b for b in window.findChildren(QPushButton, name) if b.isVisible()]
    if len(buttons) != 1:
        raise RuntimeError(f"expected one visible button {name!r}, found {len(buttons)}")
    buttons[0].click()


def _editor(window: QWidget) -> RoutineEditor:
    screens = [s for s in window.findChildren(RoutinesScreen) if s.isVisible()]
    if len(screens) != 1 or screens[0].editor is None:
        raise RuntimeError("expected the routine editor on screen")
    return screens[0].editor


def _show_dialog(dialog: QWidget) -> None:
    """Open a dialog as the app does: Qt sizes it for this screen."""
    dialog.show()
    QApplication.processEvents()


class Shooter:
    def __init__(self, app: QApplication, out: Path, lang: str, scale: int = 100) -> None:
        self.app, self.out, self.lang, self.scale = app, out, lang, scale
        self.suffix = "" if scale == 100 else f"-{scale}"

    def window(self, data_dir: Path, clock: FakeClock | None = None,
               size: tuple[int, int] = SIZE) -> tuple[MainWindow, FakeTimeDriver]:
        clock = clock or FakeClock()
        window = build_window(data_dir, self.lang, clock)
        window.resize(*size)
        window.show()
        if self.scale != window.ctx.settings.text_scale:
            window.apply_settings(replace(window.ctx.settings, text_scale=self.scale))
        return window, FakeTimeDriver(window, clock)

    def close(self, window: MainWindow) -> None:
        # Deleted here, not at interpreter exit, where PySide6 may crash tearing down windows.
        window.close()
        window.deleteLater()
        self.app.processEvents()

    def shot(self, window: MainWindow, name: str) -> Path:
        self.app.processEvents()
        path = self.out / f"{name}{self.suffix}-{self.lang}.png"
        window.grab().save(str(path))
        return path

    def run(self, data_root: Path) -> None:
        window, drive = self.window(data_root / "a")
        self.shot(window, "home")
        window.start_routine("postpartum-back")
        self.shot(window, "disclaimer")
        _click(window, "accept")
        self.shot(window, "cautions")
        _click(window, "continue")
        self.shot(window, "gate")  # asked once per profile: when the baby was born
        answer_postpartum_gate(window)
        self.shot(window, "pain-before")
        _click(window, "value-3")
        self.shot(window, "session-get-ready")
        drive.run(5 + 2.2)
        self.shot(window, "session-breathe-in")
        drive.run(3.5)
        self.shot(window, "session-breathe-out")
        # Each moment found by what is on screen, not by adding up the routine's durations.
        _run_to(drive, PhaseKind.REST)
        drive.run(2)
        self.shot(window, "session-rest")
        _run_to(drive, PhaseKind.HOLD, side="right")
        drive.run(6)
        self.shot(window, "session-hold-side")
        _run_to(drive, PhaseKind.SWITCH_SIDE)
        drive.run(1)
        self.shot(window, "session-switch-sides")
        _run_to(drive, PhaseKind.MOVE)
        drive.run(3)
        self.shot(window, "session-reps")
        _click(window, "pause")
        self.shot(window, "session-paused")
        _click(window, "pause")
        self.shot(window, "session-resume-countdown")
        drive.run(3)
        _run_to(drive, PhaseKind.WORK)
        drive.run(60)
        self.shot(window, "session-timed")
        drive.run(4)
        drive.clock.advance(40)  # the computer was asleep
        drive.controller.wake()
        self.shot(window, "session-suspended")
        _click(window, "hurt")
        self.shot(window, "pain-after-hurt")
        _click(window, "value-6")
        self.shot(window, "safety")
        _click(window, "continue")
        self.shot(window, "summary")
        self.close(window)

        window, drive = self.window(data_root / "b")
        window.start_routine("knee-oa")
        _click(window, "accept")
        _click(window, "continue")
        _click(window, "yes")
        self.shot(window, "gate-advice")
        _click(window, "home")
        self.close(window)
        write_self_paced_routine(data_root / "b")  # no built-in routine is paced by the patient
        window, drive = self.window(data_root / "b")
        window.start_routine("self-paced")  # no cautions, so no page of them
        _click(window, "skip")
        drive.run(5 + 3)
        self.shot(window, "session-self-paced")
        self.close(window)
        self.history(data_root / "c")
        if self.scale != 100:
            return  # the rest has its large-text pictures in high contrast below
        self.accessibility(data_root / "d")
        self.editor(data_root / "e")
        self.reminders(data_root / "e")

    def accessibility(self, data_dir: Path) -> None:
        """Settings, and the main screens at 200 % text in high contrast."""
        window, drive = self.window(data_dir)
        dialog = SettingsDialog(window.ctx.settings, "Voice guidance is not available here.",
                                None, window)
        _show_dialog(dialog)
        self.app.processEvents()
        dialog.grab().save(str(self.out / f"settings-{self.lang}.png"))
        dialog.close()
        window.apply_settings(replace(window.ctx.settings, text_scale=200, high_contrast=True))
        self.shot(window, "home-large-contrast")
        window.start_routine("knee-oa")
        _click(window, "accept")
        self.shot(window, "cautions-large-contrast")
        _click(window, "continue")
        _click(window, "no")
        _click(window, "skip")
        drive.run(5 + 2)
        self.shot(window, "session-large-contrast")
        window.apply_settings(replace(window.ctx.settings, text_scale=100, high_contrast=False))
        self.app.setStyleSheet(stylesheet())
        self.close(window)

    def reminders(self, data_dir: Path) -> None:
        """A reminder as it pops up, the times dialog and the tray menu; normal, then at
        200 % text in high contrast."""
        clock = FakeClock(start=datetime(2026, 11, 23, 8, 0, tzinfo=timezone(timedelta(hours=9))))
        window, _ = self.window(data_dir, clock)
        profile, today = window.ctx.profile.id, clock.now().date()
        window.ctx.plans.set(profile, "low-back", per_day=2, start_date=today)
        window.ctx.plans.set(profile, "knee-oa", per_week=5, start_date=today)
        window.reminders.repository.set_times(profile, "low-back", [time(8, 30), time(19, 0)])
        window.reminders.repository.set_times(profile, "knee-oa", [time(7, 0)])
        window.reminders.check()
        for suffix, scale, contrast in (("", 100, False), ("-large-contrast", 200, True)):
            window.apply_settings(replace(window.ctx.settings, text_scale=scale,
                                          high_contrast=contrast))
            clock.advance(3600)
            for popup in window.findChildren(ReminderPopup):
                popup.close()
            window.reminders.snooze("low-back", 1)
            clock.advance(60)
            window.reminders.check()
            # Twice: the popup widens itself as it is shown, and lays out again after that.
            self.app.processEvents()
            self.app.processEvents()
            for popup in window.findChildren(ReminderPopup):
                if popup.isVisible():
                    popup.grab().save(str(self.out / f"reminder{suffix}-{self.lang}.png"))
            window.reminder_flow.refresh_tray()
            menu = window.tray.menu
            # Sized as it would be when popped up: the style sheet's font first.
            menu.ensurePolished()
            menu.resize(menu.sizeHint())
            menu.grab().save(str(self.out / f"tray-menu{suffix}-{self.lang}.png"))
            routines = [(e.routine.id, pick(e.routine.title, self.lang))
                        for e in window.ctx.library.entries]
            dialog = ReminderDialog(routines, {"low-back": [time(8, 30), time(19, 0)]},
                                    in_tray=False, parent=window)
            dialog.routine.setCurrentIndex(dialog.routine.findData("low-back"))
            _show_dialog(dialog)
            self.app.processEvents()
            dialog.grab().save(str(self.out / f"reminder-times{suffix}-{self.lang}.png"))
            dialog.close()
            settings = SettingsDialog(window.ctx.settings, None, None, window)
            _show_dialog(settings)
            self.app.processEvents()
            if suffix:
                settings.grab().save(str(self.out / f"settings{suffix}-{self.lang}.png"))
            settings.close()
        window.apply_settings(replace(window.ctx.settings, text_scale=100, high_contrast=False))
        self.app.setStyleSheet(stylesheet())
        self.close(window)

    def editor(self, data_dir: Path) -> None:
        """The routine list and the editor: a copy of a built-in, a new routine with what is
        still missing said beside the fields, and the editor at 200 % text in high contrast."""
        window, _ = self.window(data_dir)
        window.show_routine_editor()
        self.shot(window, "routines")
        _click(window, "copy-knee-oa")
        _editor(window).parts.setCurrentRow(2)  # a step of timed movements
        self.shot(window, "editor-step")
        _editor(window).closed.emit()  # leaves without asking about the unsaved copy
        _click(window, "new")
        _editor(window).parts.setCurrentRow(1)
        self.shot(window, "editor-new")
        window.apply_settings(replace(window.ctx.settings, text_scale=200, high_contrast=True))
        window.show_routine_editor()
        _click(window, "copy-postpartum-back")
        _editor(window).parts.setCurrentRow(1)  # paced breathing
        self.shot(window, "editor-large-contrast")
        window.apply_settings(replace(window.ctx.settings, text_scale=100, high_contrast=False))
        self.app.setStyleSheet(stylesheet())
        self.close(window)

    def history(self, data_dir: Path) -> None:
        clock = FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=timezone(timedelta(hours=9))))
        window, _ = self.window(data_dir, clock)
        window.show_history()
        self.shot(window, "history-empty")
        seed_history(window.ctx, HISTORY_DAYS, clock.now().date())
        screen = window.history
        for key in ("4w", "3m", "1y", "all"):
            screen._change(range_key=key)
            self.shot(window, f"history-{key}")
        screen._change(range_key="4w")
        pdf = data_dir / "report.pdf"
        write_pdf(pdf, screen._report())
        document = QPdfDocument()
        document.load(str(pdf))
        document.render(0, QSize(1240, 1754)).save(str(self.out / f"report-p1-{self.lang}.png"))
        document.close()
        self.close(window)


def _step_moments(timeline: Timeline) -> list[Phase]:
    """Per step and side, the first phase where the figure moves or holds: a rep's first
    movement, the first inhale, the hold, the timed work."""
    firsts: dict[tuple[int, str | None], Phase] = {}
    for phase in timeline.phases:
        if phase.active:
            firsts.setdefault((phase.step_index, phase.side), phase)
    return list(firsts.values())


def _contact_sheet(tiles: list[tuple[Path, str]], path: Path) -> None:
    """The shots of one routine scaled down into one grid, each with its caption under it."""
    columns, width = 3, SIZE[0] // 3
    height, caption = width * SIZE[1] // SIZE[0], 36
    rows = -(-len(tiles) // columns)
    sheet = QImage(columns * width, rows * (height + caption), QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = app_font(QFont())
    font.setPixelSize(20)
    painter.setFont(font)
    for number, (shot, text) in enumerate(tiles):
        x, y = number % columns * width, number // columns * (height + caption)
        painter.drawImage(QRect(x, y, width, height), QImage(str(shot)))
        painter.drawText(QRect(x, y + height, width, caption), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    sheet.save(str(path))


def _run_to_phase(drive: FakeTimeDriver, index: int) -> None:
    drive.run_until(lambda: drive.controller.state().phase.index == index)


def _figure_session(shooter: Shooter, window: MainWindow, drive: FakeTimeDriver,
                    name: str) -> list[tuple[Path, str]]:
    """The page before the session (its strip of figures), then each step at its key moment
    (mid-way through that phase); the paths of the shots, with captions."""
    window.start_routine(name)
    if [b for b in window.findChildren(QPushButton, "accept") if b.isVisible()]:
        _click(window, "accept")  # the notice, once per profile
    shooter.app.processEvents()  # laid out first, or there is nothing to scroll to
    strip = next(s for s in window.findChildren(FigureStrip) if s.isVisible())
    for area in window.findChildren(QScrollArea):
        if area.isVisible() and area.isAncestorOf(strip):  # at 200 % text, below the fold
            bar = area.verticalScrollBar()
            bar.setValue(bar.value() + strip.mapTo(area.viewport(), QPoint(0, 0)).y())
    tiles = [(shooter.shot(window, f"{name}-strip"), "")]
    _click(window, "continue")
    answer_postpartum_gate(window)  # every gate answered the way that lets a session start
    _click(window, "skip")  # no pain rating
    for phase in _step_moments(drive.controller.engine.timeline):
        _run_to_phase(drive, phase.index)
        drive.run(phase.seconds / 2)
        stem = f"{name}-{phase.step_index + 1}" + (f"-{phase.side}" if phase.side else "")
        caption = f"{phase.step_index + 1} {phase.side or ''}".strip()
        tiles.append((shooter.shot(window, stem), caption))
        if phase.side in (None, "left"):
            _click(window, "skip")  # on to the next step, not through all its reps
    return tiles


def figures(app: QApplication, out: Path, lang: str, data_root: Path) -> None:
    """Every built-in step at a key moment, and the page before each session with its strip
    of what comes: single shots in figures/, one contact sheet per routine and language."""
    shooter = Shooter(app, out / "figures", lang)
    shooter.out.mkdir(exist_ok=True)
    for suffix, scale, contrast in (("", 100, False), ("-200hc", 200, True)):
        shooter.suffix = suffix
        data_dir = data_root / f"figures{suffix}"
        window, _ = shooter.window(data_dir)
        names = [e.routine.id for e in window.ctx.library.entries if e.builtin]
        shooter.close(window)
        for name in names:
            window, drive = shooter.window(data_dir)
            window.apply_settings(replace(window.ctx.settings, text_scale=scale,
                                          high_contrast=contrast))
            tiles = _figure_session(shooter, window, drive, name)
            _contact_sheet(tiles, out / f"figures-{name}{suffix}-{lang}.png")
            shooter.close(window)
        app.setStyleSheet(stylesheet())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--only", choices=["figures"],
                        help="render only this part (figures: every built-in step's figure)")
    options = parser.parse_args(argv[1:])
    out: Path = options.out
    out.mkdir(parents=True, exist_ok=True)
    # Voice guidance off on every machine, as in the layout test: a speech service found or
    # spawned here would change the home's words, and spawning one can take seconds.
    os.environ["SPEECHD_ADDRESS"] = f"unix_socket:{out / 'no-speech-service'}"
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    app.setFont(app_font(app.font()))  # as app.run_gui does
    app.setStyleSheet(stylesheet())
    for lang in ("ja", "en"):
        for translator in app.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
        install_translators(app, lang)
        with tempfile.TemporaryDirectory() as data_root:
            figures(app, out, lang, Path(data_root))
        if options.only == "figures":
            continue
        for scale in (100, 200):
            with tempfile.TemporaryDirectory() as data_root:
                Shooter(app, out, lang, scale).run(Path(data_root))
            app.setStyleSheet(stylesheet())
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
