"""A routine's own picture (its step's `image`) on the session screen, for exercises the
figure library lacks; a picture that cannot be read costs the picture, never the session."""

from __future__ import annotations

import json

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

from rehabtimer.ui.session.figure import ExerciseFigure
from tests.ui.conftest import SELF_PACED_ROUTINE, open_window
from tests.ui.test_session_window import click, visible

# A plain red square: easy to find in the rendered figure.
RED_SQUARE = ('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
              '<rect width="100" height="100" fill="#ff0000"/></svg>')


def _with_picture(data_dir, picture: str) -> None:
    routine = json.loads(json.dumps(SELF_PACED_ROUTINE))
    routine["steps"][0]["image"] = picture
    folder = data_dir / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "self-paced.json").write_text(json.dumps(routine), encoding="utf-8")


def _session(qtbot, data_dir):
    window, drive = open_window(qtbot, data_dir)
    click(window, "start-self-paced")
    click(window, "accept")  # the notice before a first session
    if visible(window, QPushButton, "continue") is not None:
        click(window, "continue")
    click(window, "value-3")  # pain before
    drive.run(6)
    return window


def test_a_steps_own_picture_is_shown_where_the_figure_would_be(qtbot, data_dir):
    _with_picture(data_dir, "sit-to-stand.svg")
    (data_dir / "routines" / "sit-to-stand.svg").write_text(RED_SQUARE, encoding="utf-8")
    window = _session(qtbot, data_dir)
    figure = visible(window, ExerciseFigure, "figure")
    assert figure is not None, "the picture's place is not shown"
    image = figure.grab().toImage()
    centre = QColor(image.pixel(image.width() // 2, image.height() // 2))
    assert (centre.red(), centre.green(), centre.blue()) == (255, 0, 0)


def test_a_picture_that_cannot_be_read_leaves_the_session_running(qtbot, data_dir):
    _with_picture(data_dir, "broken.png")
    (data_dir / "routines" / "broken.png").write_bytes(b"not a picture")
    window = _session(qtbot, data_dir)
    assert visible(window, ExerciseFigure, "figure") is None
    assert window.controller is not None
