"""A check box that cannot be switched looks it from across the room: its words are dimmed,
read from the pixels the patient sees, in either palette, and it says why (tooltip, screen
readers)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox

from rehabtimer.ui.home.view import HomeState, HomeView, Option
from rehabtimer.ui.widgets.style import HIGH_CONTRAST, NORMAL, stylesheet
from tests.ui.contrast import contrast

NO_DEVICE = "No sound device was found."


def _text_colour(box: QCheckBox, background: QColor) -> QColor:
    """The colour of the box's words as drawn: of the pixels right of the indicator, the one
    furthest from the background (a glyph's stem, not its smoothed edge)."""
    image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    start = image.width() // 2  # the words run past the middle; the indicator does not
    pixels = (image.pixelColor(x, y) for x in range(start, image.width())
              for y in range(image.height()))
    return max(pixels, key=lambda colour: contrast(colour, background))


@pytest.fixture
def home(qtbot, real_fonts):
    view = HomeView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.set_state(HomeState("Me", (), sound=Option(True, False, NO_DEVICE),
                             voice=Option(False, True)))
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_a_box_that_cannot_be_switched_has_dimmed_words_still_readable(home, qtbot,
                                                                      high_contrast):
    home.setStyleSheet(stylesheet(1.0, high_contrast))
    qtbot.wait(10)
    sound, voice = home.findChild(QCheckBox, "sound"), home.findChild(QCheckBox, "voice")
    assert not sound.isEnabled() and voice.isEnabled()
    background = QColor((HIGH_CONTRAST if high_contrast else NORMAL).background)
    dimmed, full = _text_colour(sound, background), _text_colour(voice, background)
    assert contrast(full, dimmed) >= 1.5, (dimmed.name(), full.name())
    assert contrast(dimmed, background) >= 3, dimmed.name()


def test_the_box_says_why_it_cannot_be_switched(home):
    sound = home.findChild(QCheckBox, "sound")
    assert sound.toolTip() == sound.accessibleDescription() == NO_DEVICE
    home.show_sound(Option(True))
    assert not sound.toolTip() and not sound.accessibleDescription()

