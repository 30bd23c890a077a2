"""Reminders in the real window: when they come, snooze, missed-while-off, the tray."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from rehabtimer.core.adherence import Excuse
from rehabtimer.core.clock import FakeClock
from rehabtimer.settings import load_settings
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.ui.reminders.dialog import ReminderDialog
from rehabtimer.ui.reminders.popup import ReminderPopup
from rehabtimer.ui.reminders.tray import Tray
from rehabtimer.ui.session.prestart import CautionsPage, DisclaimerPage
from rehabtimer.ui.settings_dialog import SettingsDialog

from .conftest import open_window

ROUTINE = "low-back"
MORNING = datetime.fromisoformat("2026-01-05T08:00:00+09:00")


def remind_at(window, *times: time) -> None:
    window.reminders.repository.set_times(window.ctx.profile.id, ROUTINE, times)


def popups(window) -> list[ReminderPopup]:
    return [p for p in window.findChildren(ReminderPopup) if p.isVisible()]


def finish_one_session_today(window, clock: FakeClock) -> None:
    ctx = window.ctx
    routine = ctx.library.get(ROUTINE).routine
    snapshot = ctx.snapshots.ensure(routine.id, dict(routine.title), routine.to_data())
    session = ctx.sessions.start(profile_id=ctx.profile.id, snapshot_id=snapshot,
                                 routine_id=ROUTINE, started_at=clock.now(), planned_s=60.0,
                                 steps_total=1, pain_before=None)
    ctx.sessions.finish(session, status="completed", ended_at=clock.now(), active_s=60.0,
                        paused_s=0.0, steps_done=1, stop_reason=None)


def test_a_reminder_comes_at_its_time_with_todays_progress(qtbot, data_dir):
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    window.ctx.plans.set(window.ctx.profile.id, ROUTINE, per_day=2, start_date=MORNING.date())
    remind_at(window, time(9, 30))
    window.reminders.check()

    clock.advance(89 * 60)
    assert window.reminders.check() == [] and popups(window) == []
    clock.advance(60)
    [reminder] = window.reminders.check()

    [popup] = popups(window)
    assert not reminder.missed
    assert "Time for" in popup.message
    assert "0 of 2 today" in [label.text() for label in popup.findChildren(QLabel)]
    clock.advance(60)
    assert window.reminders.check() == [], "each reminder comes once"


def test_no_reminder_once_todays_plan_is_met_or_the_day_is_marked(qtbot, data_dir):
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    profile = window.ctx.profile.id
    window.ctx.plans.set(profile, ROUTINE, per_day=1, start_date=MORNING.date())
    remind_at(window, time(9, 0), time(12, 0))
    window.reminders.check()
    finish_one_session_today(window, clock)

    clock.advance(3600)
    assert window.reminders.check() == []

    window.ctx.plans.set(profile, ROUTINE, per_day=2, start_date=MORNING.date())
    DayMarkRepository(window.ctx.database).set(profile, MORNING.date(), Excuse.SICK)
    clock.advance(3 * 3600)
    assert window.reminders.check() == []
    assert popups(window) == []


def a_reminder_on_screen(qtbot, data_dir) -> tuple[object, FakeClock, ReminderPopup]:
    """The window at 08:01, with the 08:01 reminder just shown."""
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    remind_at(window, time(8, 1))
    window.reminders.check()
    clock.advance(60)
    window.reminders.check()
    [popup] = popups(window)
    return window, clock, popup


def test_snoozing_brings_the_reminder_back_after_ten_minutes(qtbot, data_dir):
    window, clock, popup = a_reminder_on_screen(qtbot, data_dir)

    popup.findChild(QPushButton, "snooze10").click()
    assert popups(window) == []
    clock.advance(9 * 60)
    assert window.reminders.check() == []
    clock.advance(60)
    [again] = window.reminders.check()

    assert again.due == clock.now()
    assert len(popups(window)) == 1


def test_a_reminder_missed_while_the_app_was_closed_is_shown_once_at_start(qtbot, data_dir):
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    remind_at(window, time(9, 0), time(10, 0))
    window.reminders.check()
    window.close()

    clock.advance(3 * 3600)  # 11:00: both fell due while nothing was running
    window, _ = open_window(qtbot, data_dir, clock=clock)
    [reminder] = window.reminders.check()

    assert reminder.missed and reminder.due.hour == 10
    [popup] = popups(window)
    assert "Missed at 10:00" in popup.message
    clock.advance(60)
    assert window.reminders.check() == []


def test_starting_from_the_reminder_opens_the_routine(qtbot, data_dir):
    window, _, popup = a_reminder_on_screen(qtbot, data_dir)

    popup.findChild(QPushButton, "start").click()

    assert isinstance(window._stack.currentWidget(), DisclaimerPage | CautionsPage)


def test_reminders_wait_while_a_session_is_on(qtbot, data_dir):
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    remind_at(window, time(8, 1))
    window.reminders.check()
    window.start_routine("knee-oa")

    clock.advance(120)
    assert window.reminders.check() == []
    window.show_home()
    [late] = window.reminders.check()
    assert late.due.hour == 8 and late.due.minute == 1


def test_reminder_times_are_chosen_in_a_dialog_and_kept(qtbot, data_dir, monkeypatch):
    def exec_(dialog: ReminderDialog) -> int:
        dialog.routine.setCurrentIndex(dialog.routine.findData(ROUTINE))
        for hour in (19, 8, 19):
            dialog.new_time.setTime(dialog.new_time.time().fromString(f"{hour:02d}:30", "HH:mm"))
            dialog.add.click()
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
            "08:30", "19:30"]
        dialog.list.setCurrentRow(1)
        dialog.remove.click()
        return ReminderDialog.DialogCode.Accepted

    monkeypatch.setattr(ReminderDialog, "exec", exec_)
    window, _ = open_window(qtbot, data_dir)
    window.reminder_flow.show_dialog()

    [reminder] = window.reminders.repository.times(window.ctx.profile.id)
    assert (reminder.routine_id, reminder.at) == (ROUTINE, time(8, 30))
    assert [a.objectName() for a in window.tray.menu.actions() if a.objectName()] == [
        f"start:{ROUTINE}", "open", "reminders", "quit"]


def test_the_tray_shows_todays_progress_for_the_patients_own_plans(qtbot, data_dir):
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    assert window.tray.menu.actions()[0].text() == "Nothing planned for today"
    window.ctx.plans.set(window.ctx.profile.id, ROUTINE, per_day=2, start_date=MORNING.date())
    finish_one_session_today(window, clock)
    window.show_home()

    assert window.tray.menu.actions()[0].text() == "1 of 2 today"
    assert window.tray.icon.toolTip() == "RehabTimer — 1 of 2 today"
    start = next(a for a in window.tray.menu.actions() if a.objectName() == f"start:{ROUTINE}")
    assert "(1 of 2 today)" in start.text()
    start.trigger()
    assert isinstance(window._stack.currentWidget(), DisclaimerPage | CautionsPage)


def test_closing_keeps_the_app_in_the_tray_when_asked(qtbot, data_dir, monkeypatch):
    # This test platform has no tray; the choice is about a desktop that has one.
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
    clock = FakeClock(MORNING)
    window, _ = open_window(qtbot, data_dir, clock=clock)
    window.start_reminders()
    remind_at(window, time(8, 30))
    dialog = SettingsDialog(window.ctx.settings, None, None, window, tray_available=True)
    dialog.changed.connect(window.apply_settings)
    dialog.findChild(QCheckBox, "keep_in_tray").setChecked(True)
    assert load_settings(data_dir / "settings.json")[0].keep_in_tray

    window.close()
    assert not window.isVisible()
    clock.advance(3600)
    assert len(window.reminders.check()) == 1, "reminders still come from the tray"
    popups(window)[0].findChild(QPushButton, "start").click()
    assert window.isVisible()

    window.quit()
    assert not window.isVisible()


def test_closing_quits_when_not_kept_in_the_tray(qtbot, data_dir):
    window, _ = open_window(qtbot, data_dir)
    window.start_reminders()
    timer = window.reminders.findChild(QTimer)
    assert timer.isActive()

    assert window.close()
    assert not window.isVisible() and not timer.isActive()


def test_without_a_tray_the_option_is_off_and_says_why(qtbot, data_dir):
    window, _ = open_window(qtbot, data_dir)
    dialog = SettingsDialog(replace(window.ctx.settings, keep_in_tray=True), None, None, window,
                            tray_available=False)
    box = dialog.findChild(QCheckBox, "keep_in_tray")

    assert not box.isEnabled() and not box.isChecked()
    assert "This desktop has no tray, so RehabTimer closes with its window." in [
        label.text() for label in dialog.findChildren(QLabel)]
    # The choice made on a desktop with a tray is kept for when there is one again.
    dialog.findChild(QCheckBox, "sounds").toggle()
    assert dialog.current().keep_in_tray
