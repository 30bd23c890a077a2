"""The end of a Japanese sentence is never cut off on a line of its own, inside a paragraph
as at its end: a routine card once broke 「守りま/す。」 in the middle of its summary."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextOption

from rehabtimer.core.routine_loading import load_routine
from rehabtimer.core.texts import pick
from rehabtimer.paths import builtin_routines_dir
from rehabtimer.ui.widgets.controls import make_label
from rehabtimer.ui.widgets.line_breaks import JOINER

# Characters of a sentence, its 。 counted, that a line may start with and no fewer.
SHORTEST = 4
# The text sizes of a card's summary, 100 % and 200 %, in pixels.
SIZES = (21, 43)


def _line_starts(text: str, pixels: int, width: int) -> list[int]:
    """Where each line starts, as Qt lays `text` out at `width`, in `text` without joiners."""
    font = QFont("Noto Sans CJK JP")
    font.setPixelSize(pixels)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(len(text[:line.textStart()].replace(JOINER, "")))
    layout.endLayout()
    return starts


def _short_sentence_ends(text: str, starts: list[int]) -> list[str]:
    """The lines that start with fewer than SHORTEST characters left of a sentence."""
    found = []
    for start in starts[1:]:
        end = text.find("。", start)
        if end != -1 and end - start + 1 < SHORTEST:
            found.append(text[start:end + 1])
    return found


def test_a_sentence_inside_a_card_summary_keeps_its_end_together(qtbot):
    routine = load_routine(builtin_routines_dir() / "bone-atrophy.json")
    assert routine.summary is not None
    text = pick(routine.summary, "ja")
    shown = make_label(text).text()
    assert shown.replace(JOINER, "") == text
    for pixels in SIZES:
        for width in range(8 * pixels, 30 * pixels, 3):
            starts = _line_starts(shown, pixels, width)
            assert not _short_sentence_ends(text, starts), (pixels, width, starts)


def test_a_long_paragraph_of_sentences_still_wraps(qtbot):
    text = "運動をやめて医師に連絡してください。胸の痛みが強いときは救急車を呼びます。" * 3
    shown = make_label(text).text()
    for pixels in SIZES:
        starts = _line_starts(shown, pixels, 10 * pixels)
        assert len(starts) >= len(text) // 10
        assert not _short_sentence_ends(text, starts)
