"""Every screen with every string stretched (pseudo-localised), at 100 % and 200 % text:
no text cut off, none drawn over other text.

Real translations run longer than the English, and many patients set large text; this finds
the layouts that would cut them before a translator or a patient does. Routine texts come
from the routine files and stay as written.

To look at what the check sees: REHABTIMER_LAYOUT_SHOTS=DIR saves each screen as a PNG.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehabtimer.core.clock import FakeClock
from rehabtimer.ui.history.dialogs import DayMarkDialog, PlanDialog, ProfilesDialog, SessionDialog
from rehabtimer.ui.reminders.dialog import ReminderDialog
from rehabtimer.ui.reminders.popup import ReminderPopup
from rehabtimer.ui.settings_dialog import SettingsDialog
from rehabtimer.ui.shell import MainWindow
from rehabtimer.ui.widgets.style import stylesheet
from tests.driving import FakeTimeDriver, build_window, seed_history
from tests.ui.conftest import answer_postpartum_gate, write_self_paced_routine
from tests.ui.layout_check import TOLERANCE, Problem, describe, find_problems
from tests.ui.pseudo import PseudoTranslator

SHOTS = os.environ.get("REHABTIMER_LAYOUT_SHOTS")
JST = timezone(timedelta(hours=9))


def click(root: QWidget, name: str) -> None:
    buttons = [b for b in root.findChildren(QPushButton, name) if b.isVisible()]
    assert len(buttons) == 1, f"{len(buttons)} visible buttons named {name!r}"
    buttons[0].click()


@dataclass
class Visit:
    """The real window on a screen of `screen` size, and a way to catch the dialogs it opens."""

    qtbot: QtBot
    monkeypatch: pytest.MonkeyPatch
    data_dir: Path
    clock: FakeClock
    screen: QSize
    window: MainWindow = field(init=False)

    def __post_init__(self) -> None:
        self.open()

    def open(self) -> MainWindow:
        window = build_window(self.data_dir, "en", self.clock)
        self.qtbot.addWidget(window)
        window.resize(self.screen)
        window.show()
        self.window = window
        return window

    @property
    def drive(self) -> FakeTimeDriver:
        return FakeTimeDriver(self.window, self.clock)

    def dialog(self, kind: type[QDialog], opener: Callable[[], None]) -> QDialog:
        """The dialog `opener` opens, shown the way it would open on our screen."""
        opened: list[QDialog] = []
        self.monkeypatch.setattr(kind, "exec", lambda dialog: opened.append(dialog) or 0)
        self.monkeypatch.setattr(kind, "open", lambda dialog: opened.append(dialog))
        opener()
        (dialog,) = opened
        self.qtbot.addWidget(dialog)
        return self.as_on_screen(dialog)

    def as_on_screen(self, dialog: QDialog) -> QDialog:
        # The test screen is 800x800; Qt opens a window at its size hint but at most 2/3 of
        # the screen (and never below its layout's minimum): do that for ours.
        hint = dialog.sizeHint()
        layout = dialog.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(layout.totalHeightForWidth(hint.width()))
        dialog.resize(hint.boundedTo(self.screen * 2 / 3))
        dialog.show()
        return dialog


def start(visit: Visit, routine_id: str = "postpartum-back") -> None:
    visit.window.start_routine(routine_id)


def gate(visit: Visit, routine_id: str = "postpartum-back") -> None:
    start(visit, routine_id)
    click(visit.window, "accept")
    if any(b.isVisible() for b in visit.window.findChildren(QPushButton, "continue")):
        click(visit.window, "continue")  # a routine without cautions goes on without it


def session(visit: Visit, routine_id: str = "postpartum-back") -> None:
    """Past the notice, the cautions, the safety questions and the pain question."""
    gate(visit, routine_id)
    if routine_id == "postpartum-back":
        answer_postpartum_gate(visit.window)
    else:
        click(visit.window, "no")
    click(visit.window, "value-3")


def at_step(visit: Visit, step: int, routine_id: str = "postpartum-back") -> None:
    session(visit, routine_id)
    for _ in range(step - 1):
        click(visit.window, "skip")


def history(visit: Visit, days: int = 14) -> None:
    ctx = visit.window.ctx
    seed_history(ctx, days, ctx.clock.now().date())
    visit.window.show_history()


def _home(visit: Visit) -> QWidget:
    return visit.window


def _home_with_notice_and_interrupted(visit: Visit) -> QWidget:
    # A session the app never finished, as after a crash, and a routine file it cannot read.
    session(visit, "knee-oa")
    visit.drive.run(30)
    window = visit.window
    assert window.controller is not None
    window.controller.shutdown()
    window.session.controller = None
    window.close()
    (visit.data_dir / "routines" / "broken.json").write_text("{")
    return visit.open()


def _disclaimer(visit: Visit) -> QWidget:
    start(visit)
    return visit.window


def _cautions(visit: Visit) -> QWidget:
    start(visit)
    click(visit.window, "accept")
    return visit.window


def _gate_question(visit: Visit) -> QWidget:
    gate(visit)
    click(visit.window, "long-ago")
    click(visit.window, "yes")  # the third question is the longest
    return visit.window


def _birth_date(visit: Visit) -> QWidget:
    gate(visit)
    return visit.window


def _high_pain(visit: Visit) -> QWidget:
    gate(visit)
    answer_postpartum_gate(visit.window)
    click(visit.window, "value-8")
    click(visit.window, "start-anyway")
    return visit.window


def _gate_advice(visit: Visit) -> QWidget:
    gate(visit)
    click(visit.window, "long-ago")
    click(visit.window, "no")
    return visit.window


def _pain_before(visit: Visit) -> QWidget:
    gate(visit)
    answer_postpartum_gate(visit.window)
    return visit.window


def _get_ready(visit: Visit) -> QWidget:
    session(visit)  # with the step's caution in the notice
    return visit.window


def _breathe_in(visit: Visit) -> QWidget:
    session(visit)
    visit.drive.run(5 + 2)
    return visit.window


def _rest(visit: Visit) -> QWidget:
    session(visit)
    visit.drive.run(5 + 300 + 2)
    return visit.window


def _work(visit: Visit) -> QWidget:
    at_step(visit, 4)
    visit.drive.run(5 + 60)
    return visit.window


def _move_reps(visit: Visit) -> QWidget:
    at_step(visit, 3)  # "Breathe out, round your back": the longest phase word
    visit.drive.run(5 + 1)
    return visit.window


def _hold_side(visit: Visit) -> QWidget:
    at_step(visit, 2)
    visit.drive.run(5 + 6)
    return visit.window


def _switch_sides(visit: Visit) -> QWidget:
    at_step(visit, 2)
    visit.drive.run(5 + 15 + 2)
    return visit.window


def _last_rep(visit: Visit) -> QWidget:
    at_step(visit, 5)
    visit.drive.run(5 + 8 * 9 + 1)
    return visit.window


def _self_paced(visit: Visit) -> QWidget:
    visit.window.close()
    write_self_paced_routine(visit.data_dir)
    visit.open()
    gate(visit, "self-paced")
    click(visit.window, "value-3")
    visit.drive.run(5 + 1)
    return visit.window


def _paused(visit: Visit) -> QWidget:
    session(visit)
    visit.drive.run(20)
    click(visit.window, "pause")
    return visit.window


def _resuming(visit: Visit) -> QWidget:
    _paused(visit)
    click(visit.window, "pause")
    return visit.window


def _suspended(visit: Visit) -> QWidget:
    session(visit)
    visit.drive.run(20)
    visit.drive.clock.advance(40)  # the computer slept
    visit.drive.controller.wake()
    return visit.window


def _pain_after(visit: Visit) -> QWidget:
    session(visit)
    visit.drive.run(20)
    click(visit.window, "hurt")
    return visit.window


def _safety(visit: Visit) -> QWidget:
    _pain_after(visit)
    click(visit.window, "value-7")
    return visit.window


def _feedback_after_pain(visit: Visit) -> QWidget:
    _safety(visit)
    click(visit.window, "continue")
    return visit.window


def _summary(visit: Visit) -> QWidget:
    session(visit)
    visit.drive.run(5 + 30)
    for _ in range(5):
        click(visit.window, "skip")
    return visit.window


def _history_empty(visit: Visit) -> QWidget:
    visit.window.show_history()
    return visit.window


def _history(visit: Visit) -> QWidget:
    history(visit)
    return visit.window


def _session_detail(visit: Visit) -> QWidget:
    history(visit, days=1)
    visit.window.history.view.select_row(0)
    return visit.dialog(SessionDialog, lambda: click(visit.window, "open"))


def _profiles(visit: Visit) -> QWidget:
    visit.window.ctx.profiles.add("おばあちゃん")
    visit.window.show_history()
    return visit.dialog(ProfilesDialog, lambda: click(visit.window, "profiles"))


def _mark_days(visit: Visit) -> QWidget:
    visit.window.show_history()
    return visit.dialog(DayMarkDialog, lambda: click(visit.window, "mark"))


def _plan(visit: Visit) -> QWidget:
    visit.window.show_history()
    return visit.dialog(PlanDialog, lambda: click(visit.window, "plan"))


def _settings(visit: Visit) -> QWidget:
    return visit.dialog(SettingsDialog, lambda: click(visit.window, "settings"))


def _routines(visit: Visit) -> QWidget:
    click(visit.window, "routines")
    return visit.window


def _routine_editor(visit: Visit) -> QWidget:
    _routines(visit)
    click(visit.window, "new")
    return visit.window


def _reminder_times(visit: Visit) -> QWidget:
    return visit.dialog(ReminderDialog, visit.window.reminder_flow.show_dialog)


def _reminder(visit: Visit) -> QWidget:
    reminders = visit.window.reminders
    reminders.repository.set_times(visit.window.ctx.profile.id, "knee-oa", [time(20, 30)])
    reminders.check()
    visit.clock.advance(31 * 60)
    reminders.check()
    (popup,) = [p for p in visit.window.findChildren(ReminderPopup) if p.isVisible()]
    return visit.as_on_screen(popup)


SCREENS: dict[str, Callable[[Visit], QWidget]] = {
    "home": _home,
    "home, notice and interrupted session": _home_with_notice_and_interrupted,
    "disclaimer": _disclaimer,
    "cautions": _cautions,
    "safety question": _gate_question,
    "birth date question": _birth_date,
    "high pain before": _high_pain,
    "advice after a safety answer": _gate_advice,
    "pain before": _pain_before,
    "session: get ready": _get_ready,
    "session: breathe in": _breathe_in,
    "session: rest": _rest,
    "session: timed work": _work,
    "session: reps with a long word": _move_reps,
    "session: hold, right side": _hold_side,
    "session: switch sides": _switch_sides,
    "session: last rep": _last_rep,
    "session: self-paced reps": _self_paced,
    "session: paused": _paused,
    "session: resuming": _resuming,
    "session: paused by sleep": _suspended,
    "pain after 'it hurts'": _pain_after,
    "safety advice": _safety,
    "feedback after 'it hurts'": _feedback_after_pain,
    "summary": _summary,
    "history, empty": _history_empty,
    "history": _history,
    "session detail": _session_detail,
    "profiles": _profiles,
    "rest, sick or away": _mark_days,
    "plan": _plan,
    "settings": _settings,
    "routines": _routines,
    "routine editor": _routine_editor,
    "reminder times": _reminder_times,
    "reminder": _reminder,
}

# Text sizes on screens: a laptop's 1200x800, and a small one's 1024x700 at 100 % (200 % text
# there is like 100 % on 512x350: not a screen to design for).
TEXT_AND_SCREENS = ((100, QSize(1200, 800)), (200, QSize(1200, 800)), (100, QSize(1024, 700)))

# Problems waiting for their owners: (screen, text size, screen width) -> what is wrong.
KNOWN_SCREENS: dict[tuple[str, int, int], str] = {}
KNOWN_WINDOW: dict[tuple[int, int], str] = {}


def _xfail(reason: str | None) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


def _id(scale: int, size: QSize) -> str:
    return f"{scale}%-{size.width()}x{size.height()}"


SCREEN_CASES = [
    pytest.param(name, scale, size,
                 marks=_xfail(KNOWN_SCREENS.get((name, scale, size.width()))),
                 id=f"{name}-{_id(scale, size)}")
    for scale, size in TEXT_AND_SCREENS for name in SCREENS
]
WINDOW_CASES = [
    pytest.param(scale, size, marks=_xfail(KNOWN_WINDOW.get((scale, size.width()))),
                 id=_id(scale, size))
    for scale, size in TEXT_AND_SCREENS
]


@pytest.fixture
def pseudo_app(qapp: QApplication) -> Iterator[QApplication]:
    """The app with only the pseudo translator, and the fonts app.run_gui asks for: the
    Japanese font's Latin letters and taller lines are what patients see."""
    app = qapp
    old_font, old_sheet = app.font(), app.styleSheet()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    pseudo = PseudoTranslator(app)
    app.installTranslator(pseudo)
    font = QFont(app.font())
    font.setFamilies(["Noto Sans CJK JP", "Noto Sans", *font.families()])
    app.setFont(font)
    yield app
    app.removeTranslator(pseudo)
    pseudo.deleteLater()
    app.setFont(old_font)
    app.setStyleSheet(old_sheet)


def _open(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path, app: QApplication,
          scale: int, screen: QSize) -> Visit:
    app.setStyleSheet(stylesheet(scale / 100))
    visit = Visit(qtbot, monkeypatch, data_dir,
                  FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=JST)), screen)
    # As the patient would: chosen in the settings, so every screen knows the scale.
    visit.window.apply_settings(replace(visit.window.ctx.settings, text_scale=scale))
    return visit


def _oversize(root: QWidget, screen: QSize, name: str) -> list[Problem]:
    if root.size() == root.size().boundedTo(screen):
        return []
    return [Problem(name, describe(root), root.windowTitle(),
                    f"is {root.width()}x{root.height()} px, larger than the "
                    f"{screen.width()}x{screen.height()} screen, because of "
                    f"{_too_large(root, screen)}")]


@pytest.mark.parametrize(("screen", "scale", "size"), SCREEN_CASES)
def test_no_text_is_cut_off_or_overlapped(pseudo_app, qtbot, data_dir, monkeypatch, screen,
                                          scale, size):
    visit = _open(qtbot, monkeypatch, data_dir, pseudo_app, scale, size)
    root = SCREENS[screen](visit)
    if root is visit.window:
        # Each screen on its own: what the pages not shown do to the window is the next
        # test's business.
        stack = visit.window.centralWidget()
        assert isinstance(stack, QStackedWidget)
        for index in range(stack.count()):
            if stack.widget(index) is not stack.currentWidget():
                stack.widget(index).setSizePolicy(QSizePolicy.Policy.Ignored,
                                                  QSizePolicy.Policy.Ignored)
        stack.layout().invalidate()  # hidden pages do not tell it themselves
        qtbot.wait(1)
        visit.window.resize(size)
    qtbot.wait(1)  # widgets shown just now lay themselves out on the next turn of the loop
    name = f"{screen} at {_id(scale, size)}"
    if SHOTS:
        root.grab().save(str(Path(SHOTS) / f"{name.replace(' ', '-')}.png"))
    problems = (find_problems(root, name) + _chart_titles(root, name)
                + _oversize(root, size, name))
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize(("scale", "size"), WINDOW_CASES)
def test_the_screens_kept_in_the_window_fit_the_screen(pseudo_app, qtbot, data_dir, monkeypatch,
                                                       scale, size):
    """Home, the session screen and the history stay in the window when not shown, and a
    window is never smaller than the largest of them."""
    visit = _open(qtbot, monkeypatch, data_dir, pseudo_app, scale, size)
    visit.window.show_history()
    visit.window.show_home()
    qtbot.wait(1)
    problems = _oversize(visit.window, size, f"the window at {_id(scale, size)}")
    assert not problems, "\n".join(map(str, problems))


def _chart_titles(root: QWidget, screen: str) -> list[Problem]:
    """pyqtgraph draws a chart's title in its scene, where find_problems does not look."""
    import pyqtgraph as pg

    problems = []
    for plot in root.findChildren(pg.PlotWidget):
        title = plot.getPlotItem().titleLabel
        drawn = plot.mapFromScene(title.item.sceneBoundingRect()).boundingRect()
        bounds = plot.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if plot.isVisibleTo(root) and title.isVisible() and not bounds.contains(drawn):
            problems.append(Problem(screen, describe(plot), title.text,
                                    f"title drawn at {drawn.getRect()}, outside the chart's "
                                    f"{plot.width()}x{plot.height()} px"))
    return problems


def _too_large(root: QWidget, screen: QSize) -> str:
    """The innermost widgets, shown or not (a hidden page of a stack counts), that alone ask
    for more than the screen; what scrolls may be larger, and layouts ignore what has an
    Ignored size policy."""
    large = []
    for widget in root.findChildren(QWidget):
        size = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        ignored = widget.sizePolicy().horizontalPolicy() is QSizePolicy.Policy.Ignored
        if size != size.boundedTo(screen) and not ignored and not _scrolls(widget):
            large.append((widget, size))
    innermost = [(w, size) for w, size in large
                 if not any(o is not w and w.isAncestorOf(o) for o, _ in large)]
    return ", ".join(f"{describe(w)} ({size.width()}x{size.height()})" for w, size in innermost)


def _scrolls(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
