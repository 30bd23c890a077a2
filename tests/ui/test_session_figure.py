"""The session screen's figure, driven by the engine in fake time (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from rehabtimer.core.events import Status
from rehabtimer.core.figure_motion import frame_at
from rehabtimer.core.figures.library import FIGURES
from rehabtimer.core.phases import PhaseKind
from rehabtimer.ui.session.figure import ExerciseFigure
from rehabtimer.ui.session.timer_face import TimerFace
from rehabtimer.ui.widgets.style import stylesheet
from tests.ui.test_session_window import click, through_the_gate, visible


def _figure(window) -> ExerciseFigure:
    figure = visible(window, ExerciseFigure, "figure")
    assert figure is not None, "no figure on the session screen"
    return figure


def _to_cat_cow(window, drive):
    through_the_gate(window)
    click(window, "skip")
    click(window, "skip")
    drive.run(5.0)
    state = drive.controller.state()
    assert state.phase.kind is PhaseKind.MOVE, state.phase


def test_the_figure_keeps_step_with_the_phase_and_freezes_while_paused(app_window):
    window, drive = app_window
    _to_cat_cow(window, drive)
    figure = _figure(window)
    assert figure.figure == FIGURES["cat-cow"]
    for wait in (0.5, 1.2, 1.1, 2.4, 1.7):  # across the round phase into the arch phase
        drive.run(wait)
        drive.controller.wake()
        state = drive.controller.state()
        assert figure.progress == pytest.approx(state.phase_fraction, abs=1e-9)
        slot = 0 if "round" in state.phase.label["en"].lower() else 1
        expected = frame_at(FIGURES["cat-cow"], state.phase.kind, slot, state.phase_fraction,
                            state.phase_elapsed_s)
        assert figure.frame == expected
    click(window, "pause")
    assert drive.controller.state().status is Status.PAUSED
    frozen = figure.frame
    drive.run(3.0)
    assert figure.frame == frozen


def test_the_page_before_a_session_shows_what_you_will_do(app_window):
    window, _drive = app_window
    click(window, "start-postpartum-back")
    if visible(window, QPushButton, "accept") is not None:
        click(window, "accept")
    strip = [w for w in window.findChildren(ExerciseFigure) if w.isVisible()]
    names = [w.figure.name for w in strip if w.figure is not None]
    assert names == ["belly-breathing", "hamstring-stretch-towel", "cat-cow", "march-seated",
                     "heel-raise-seated"]
    assert strip[2].accessibleName().startswith("Cat-cow")


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_figure_gives_way_before_the_countdown(app_window, scale):
    window, drive = app_window
    window.setStyleSheet(stylesheet(scale))
    _to_cat_cow(window, drive)
    face = visible(window, TimerFace, "face")
    assert face is not None
    figure = face.parent().findChild(ExerciseFigure, "figure")
    for width in (1200, window.minimumWidth()):
        window.resize(width, 800)
        drive.run(0.5)
        QApplication.processEvents()
        # Beside the countdown, only in the width its digits do not need: the countdown is
        # as large as it would be without the figure.
        assert face.isVisible()
        assert face.width() >= 2 * face.height() or not figure.isVisible()
        if width == 1200:  # with twice the text too: beside the countdown, above the words
            assert figure.isVisible()
    assert not figure.isVisible()  # too narrow to be worth showing
