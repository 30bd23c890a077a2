"""Pain scores that are acted on, the routine's own pain advice, and the safety answers
kept for the care team: through the real window in fake time."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from rehabtimer.ui.session.prestart import GatePage
from rehabtimer.ui.widgets.style import NORMAL
from tests.ui.test_session_window import click, sessions, text_of, through_the_gate, visible

DAY = 24 * 3600


def to_the_gate(window, routine_id):
    click(window, f"start-{routine_id}")
    if visible(window, QPushButton, "accept") is not None:
        click(window, "accept")
    click(window, "continue")


def answers(record):
    return [(a.kind, a.answer) for a in record.answers]


def test_high_pain_before_advises_rest_and_not_today_is_recorded(app_window):
    window, _ = app_window
    through_the_gate(window, pain=8)
    assert window.controller is None
    assert "8" in text_of(window, "high-pain")
    assert visible(window, QPushButton, "confirm-start") is None
    click(window, "not-today")
    (record,) = sessions(window)
    assert (record.status, record.stop_reason, record.pain_before) == ("stopped", "pain:high", 8)
    assert answers(record) == [("high_pain", "not_today")]
    assert text_of(window, "progress-postpartum-back") == "Today: 0 of 2"


def test_starting_anyway_with_high_pain_takes_one_more_step_and_is_recorded(app_window):
    window, _drive = app_window
    through_the_gate(window, pain=7)
    click(window, "start-anyway")
    assert window.controller is None  # not yet: one deliberate step further
    click(window, "confirm-start")
    assert window.controller is not None
    (record,) = sessions(window)
    assert record.pain_before == 7
    assert answers(record) == [("high_pain", "start_anyway")]


def test_pain_below_seven_starts_straight_away(app_window):
    window, _ = app_window
    through_the_gate(window, pain=6)
    assert window.controller is not None


def test_a_rise_of_two_shows_advice_and_the_next_day_is_asked_about(app_window, monkeypatch):
    window, drive = app_window
    through_the_gate(window, routine_id="knee-oa", answers=("no",), pain=3)
    drive.run(20)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.session._confirm_stop()
    visible(window, QWidget, "pain").findChild(QPushButton, "value-5").click()
    click(window, "save")
    advice = text_of(window, "pain-rose")
    assert "3" in advice and "5" in advice
    assert "4 out of 10" in text_of(window, "pain-advice")  # the knee routine's own advice
    click(window, "continue")
    # Later the same day: not yet.
    click(window, "start-knee-oa")
    assert visible(window, QLabel, "next-day") is None
    click(window, "back")
    drive.clock.advance(DAY)
    drive.clock.set_wall(drive.clock.now().replace(day=6))
    click(window, "start-knee-oa")
    assert "3" in text_of(window, "next-day") and "5" in text_of(window, "next-day")
    click(window, "worse")
    assert "fewer" in text_of(window, "ease-off")
    click(window, "continue")
    assert visible(window, QPushButton, "continue") is not None  # on to the cautions
    first = sessions(window)[0]
    assert answers(first) == [("next_day", "worse")]
    click(window, "back")
    click(window, "start-knee-oa")
    assert visible(window, QLabel, "next-day") is None  # asked once


def test_the_it_hurts_page_shows_the_routines_pain_advice_and_says_today(app_window):
    window, drive = app_window
    through_the_gate(window, routine_id="bone-atrophy", answers=("no", "no"), pain=2)
    drive.run(10)
    click(window, "hurt")
    click(window, "value-4")
    assert "today" in text_of(window, "safety")
    assert text_of(window, "pain-advice").startswith("Move only as far as is pain-free")
    page_text = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())
    assert "outside the cast" not in page_text


def test_the_answer_that_stopped_a_session_is_in_the_table_the_detail_and_the_pdf(
        app_window, monkeypatch, tmp_path):
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QFileDialog

    from rehabtimer.ui.history.dialogs import SessionDialog

    window, _ = app_window
    to_the_gate(window, "low-back")
    click(window, "no")
    click(window, "yes")
    assert "orthopaedic" in text_of(window, "advice")
    click(window, "home")
    through_the_gate(window, pain=9)
    click(window, "not-today")
    window.show_history()
    model = window.history.view.model
    statuses = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert statuses[1] == ("not started: safety answer · “Because of your back, are you "
                           "unable to stand up or to walk?” Yes")
    assert statuses[0] == "not started: pain 9 · rest advised, not started"
    gate_session = model.session_at(1)
    window.history._open_session(gate_session.id)
    (dialog,) = [d for d in window.findChildren(SessionDialog) if d.isVisible()]
    assert "unable to stand up or to walk?” Yes" in dialog.findChild(QLabel, "answers").text()
    dialog.close()
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    visible(window, QPushButton, "pdf").click()
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    document.close()
    assert "stand up" in " ".join(text.split())


def test_an_emergency_answer_says_get_help_now(app_window):
    window, _ = app_window
    to_the_gate(window, "low-back")
    click(window, "yes")
    assert visible(window, QWidget, "emergency") is not None
    assert "119" in text_of(window, "advice")
    # Set apart from the calm "not today" advice: the words in the warning colour.
    advice = visible(window, QLabel, "advice")
    assert advice.palette().color(advice.foregroundRole()).name() == NORMAL.danger_dark.lower()


def test_bone_atrophy_without_a_cast_skips_the_cast_questions(app_window):
    window, _ = app_window
    to_the_gate(window, "bone-atrophy")
    assert "cast or splint" in text_of(window, "question")
    click(window, "no")
    assert "new, strong pain" in text_of(window, "question")
    (page,) = [p for p in window.findChildren(GatePage) if p.isVisible()]
    assert page.title.text() == "Safety question 2 of 2"


def test_a_steps_stop_rule_stays_on_screen_for_the_whole_step(app_window, qtbot):
    from PySide6.QtCore import Qt

    window, drive = app_window
    through_the_gate(window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right)  # to the towel stretch
    assert text_of(window, "step").startswith("Step 2 of 5")
    for seconds in (1, 10, 20):
        drive.run(seconds)
        assert "goes numb" in text_of(window, "step-caution")


def test_the_rest_before_a_new_step_shows_the_next_steps_instructions(app_window):
    window, drive = app_window
    through_the_gate(window)
    routine = window.ctx.library.get("postpartum-back").routine
    drive.run_until(lambda: drive.controller.engine.phase.kind.value == "rest")
    stretch = routine.steps[1].instructions["en"]
    assert text_of(window, "instructions") == stretch
    assert "goes numb" in text_of(window, "step-caution")


def test_the_birth_date_is_asked_once_and_the_one_month_rule_counts_from_it(app_window):
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from rehabtimer.storage.kept_answers import KeptAnswerRepository
    from rehabtimer.ui.history.dialogs import ProfilesDialog

    window, drive = app_window
    to_the_gate(window, "postpartum-back")
    assert "give birth" in text_of(window, "question")
    born = drive.clock.now().date() - timedelta(days=10)  # 2025-12-26
    visible(window, QWidget, "date").setDate(QDate(born.year, born.month, born.day))
    click(window, "date-ok")
    assert "That will be on 2026-01-26." in text_of(window, "advice")
    (record,) = sessions(window)
    assert record.stop_reason == "gate:birth-date"
    assert [(a.answer, a.question["en"]) for a in record.answers] == [
        ("2025-12-26", "When did you give birth?")]
    click(window, "home")
    window.show_history()
    model = window.history.view.model
    assert model.data(model.index(0, 2)).endswith("“When did you give birth?” 2025-12-26")
    window.show_home()

    to_the_gate(window, "postpartum-back")  # the date is kept: not asked again
    assert "That will be on 2026-01-26." in text_of(window, "advice")
    click(window, "home")

    drive.clock.set_wall(drive.clock.now() + timedelta(days=21))
    to_the_gate(window, "postpartum-back")
    assert "said it is OK" in text_of(window, "question")
    click(window, "yes")
    assert "right now" in text_of(window, "question")  # the warning signs: every time
    click(window, "back")
    to_the_gate(window, "postpartum-back")
    assert "right now" in text_of(window, "question")  # clearance kept too

    dialog = ProfilesDialog(window.ctx.profiles, window.ctx.profile.id, window,
                            kept=KeptAnswerRepository(window.ctx.database))
    dialog.findChild(QPushButton, "forget-answers").click()
    click(window, "back")
    to_the_gate(window, "postpartum-back")
    assert "give birth" in text_of(window, "question")
