"""Screens a patient reads from across the room, and a screen reader reads aloud: sides and
durations in words, safety answers that cannot be mistaken, scales that are radio groups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QSignalSpy, QTest
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QScrollArea

from rehabtimer.core.routine import GateQuestion
from rehabtimer.ui.session.prestart import GatePage, pain_anchors
from rehabtimer.ui.widgets.scale_chooser import ScaleChooser
from rehabtimer.ui.widgets.words import duration_words
from tests.ui.test_session_window import text_of, through_the_gate, visible


def test_durations_read_as_minutes_and_seconds():
    assert duration_words(86) == "1 min 26 s"
    assert duration_words(150) == "2 min 30 s"
    assert duration_words(45) == "45 s"
    assert duration_words(120) == "2 min"


def test_a_scale_is_one_group_of_radio_buttons_moved_by_the_arrows(qtbot):
    scale = ScaleChooser(pain_anchors(), "Pain now")
    qtbot.addWidget(scale)
    scale.show()
    buttons = [scale.findChild(QPushButton, f"value-{v}") for v in range(11)]
    roles = {QAccessible.queryAccessibleInterface(b).role() for b in buttons}
    assert roles == {QAccessible.Role.RadioButton}
    chosen = QSignalSpy(scale.chosen)
    scale.setFocus()
    QTest.keyClick(buttons[0], Qt.Key.Key_Right)  # the first arrow picks where the focus is
    QTest.keyClick(buttons[0], Qt.Key.Key_Right)
    QTest.keyClick(buttons[1], Qt.Key.Key_Right)
    assert scale.value() == 2
    assert [b.isChecked() for b in buttons].count(True) == 1
    assert chosen.count() == 0  # moving is not answering
    buttons[7].click()
    assert (scale.value(), chosen.count()) == (7, 1)


def _question(stop_if: str) -> GateQuestion:
    return GateQuestion.model_validate({
        "id": "q", "question": {"en": "A question?"}, "stop_if": stop_if,
        "advice": {"en": "Ask your care team."}})


def test_the_stopping_answer_is_red_and_says_so_whichever_way_the_question_is_asked(qtbot):
    for stop_if, safe in (("yes", "no"), ("no", "yes")):
        page = GatePage(_question(stop_if), 1, 1, "en")
        qtbot.addWidget(page)
        page.resize(1000, 600)
        page.show()
        qtbot.waitExposed(page)
        stopping = page.findChild(QPushButton, stop_if)
        answer = page.findChild(QPushButton, safe)
        assert stopping.property("role") == "danger" and "stop" in stopping.text()
        assert answer.property("role") == "primary" and "stop" not in answer.text()
        assert page.focusWidget() is answer and answer.x() > stopping.x()  # same place
        answered = QSignalSpy(page.answered)
        QTest.keyClick(answer, Qt.Key.Key_Return)
        assert answered.count() == 1 and answered.at(0) == [safe]


def test_the_session_names_its_parts_shows_the_side_in_words_and_time_left_in_words(
        app_window):
    window, drive = app_window
    assert text_of(window, "profile") == "Profile: Me"  # the one made at first start
    through_the_gate(window, "knee-oa", answers=("no",))
    view = window.session_view
    assert view.findChild(QProgressBar).accessibleName()
    assert all(area.accessibleName() for area in view.findChildren(QScrollArea))
    assert "left" in text_of(window, "time_left") and ":" not in text_of(window, "time_left")
    drive.run_until(lambda: visible(window, QLabel, "side") is not None)
    side = visible(window, QLabel, "side")
    assert side.text() in ("Right side", "Left side")
    assert side.fontInfo().pixelSize() >= 50  # across the room, not a small pill


def test_japanese_paragraphs_never_end_on_a_line_of_their_own(qtbot):
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    from rehabtimer.ui.widgets.controls import make_label

    text = "痛みが強いときは休んでください。"
    label = make_label(text)
    font = QFont("Noto Sans CJK JP")
    font.setPixelSize(20)
    for width in range(150, 330, 10):
        layout = QTextLayout(label.text(), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lengths = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lengths.append(len(label.text()[line.textStart():][:line.textLength()]
                               .replace("\u2060", "")))
        layout.endLayout()
        assert len(lengths) == 1 or lengths[-1] >= 4, (width, lengths)
    assert label.text().replace("\u2060", "") == text
