"""The exercise figures as drawn: every pose at several sizes in both themes, sides as
mirror images, and a figure that keeps step with the session's phases in fake time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from rehabtimer.core.figure_motion import frame_at
from rehabtimer.core.figures.library import FIGURE_NAMES, FIGURES
from rehabtimer.core.phases import PhaseKind
from rehabtimer.ui.session.figure import ExerciseFigure, figure_image
from rehabtimer.ui.session.figure_paint import paint_figure
from rehabtimer.ui.widgets.style import HIGH_CONTRAST, NORMAL

SIZES = (QSize(64, 48), QSize(320, 220), QSize(900, 600))


def _inked(image: QImage, background: str) -> int:
    """How many pixels differ from the background (sampled on a grid, for speed)."""
    back = QColor(background).rgb()
    step = max(1, image.width() // 80)
    return sum(
        image.pixel(x, y) != back
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("name", FIGURE_NAMES)
def test_every_pose_draws_at_three_sizes_in_both_themes(qapp, name, high_contrast):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    figure = FIGURES[name]
    background = (HIGH_CONTRAST if high_contrast else NORMAL).background
    for size in SIZES:
        for pose in figure.poses():
            image = QImage(size, QImage.Format.Format_ARGB32)
            image.fill(QColor(background))
            painter = QPainter(image)
            paint_figure(painter, QRectF(0, 0, size.width(), size.height()), figure, pose,
                         figure.moves[0].arrow, high_contrast)
            painter.end()
            assert _inked(image, background) > 0, (name, size)


def _difference(a: QImage, b: QImage) -> float:
    """Share of pixels that differ noticeably between two images of one size."""
    differ = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if max(abs(pa.red() - pb.red()), abs(pa.green() - pb.green()),
                   abs(pa.blue() - pb.blue())) > 60:
                differ += 1
    return differ / (a.width() * a.height())


@pytest.mark.parametrize("name", [n for n in FIGURE_NAMES if FIGURES[n].sided])
def test_the_left_side_is_the_mirror_image_of_the_right(qapp, name):
    size = QSize(240, 160)
    right = figure_image(name, "right", size, high_contrast=False)
    left = figure_image(name, "left", size, high_contrast=False)
    assert _difference(right, left) > 0.01, "the two sides look the same"
    assert _difference(right.flipped(Qt.Orientation.Horizontal), left) < 0.002


def test_the_figure_is_named_for_screen_readers_from_the_step_title(qtbot):
    widget = ExerciseFigure()
    qtbot.addWidget(widget)
    widget.set_figure("cat-cow", None, "Cat-cow")
    assert widget.accessibleName() == "Cat-cow"
    assert "Cat-cow" in widget.accessibleDescription()
    widget.set_figure(None, None, "Walk")
    assert widget.figure is None and widget.progress is None


def test_the_widget_draws_the_frame_of_the_phase(qtbot):
    widget = ExerciseFigure()
    qtbot.addWidget(widget)
    widget.resize(300, 200)
    widget.set_figure("glute-bridge", None, "Bridge")
    widget.show_phase(PhaseKind.MOVE, 0, 0.25, 0.5)
    assert widget.progress == 0.25
    expected = frame_at(FIGURES["glute-bridge"], PhaseKind.MOVE, 0, 0.25, 0.5)
    assert widget.frame == expected
