from datetime import datetime, time, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from rehabtimer.core.reminders import ReminderTime, due_reminders

JST = timezone(timedelta(hours=9))
TIMES = [ReminderTime("breathing", time(9, 0)), ReminderTime("breathing", time(15, 0)),
         ReminderTime("knee", time(18, 30))]


def at(hour, minute=0, day=23):
    return datetime(2026, 11, day, hour, minute, tzinfo=JST)


def check(now, last, met=(), snoozed=None, shown=None):
    shown = set() if shown is None else shown
    return due_reminders(TIMES, now, last, lambda r: r in met, snoozed or {}, shown), shown


def test_fires_at_its_time_only_when_the_plan_is_not_met():
    due, _ = check(at(9, 0), at(8, 59))
    assert [(r.routine_id, r.missed) for r in due] == [("breathing", False)]
    due, _ = check(at(9, 0), at(8, 59), met={"breathing"})
    assert due == []
    due, _ = check(at(8, 59), at(8, 58))
    assert due == []


def test_fires_once_even_if_checked_again():
    due, shown = check(at(9, 0), at(8, 59))
    assert len(due) == 1
    again, _ = check(at(9, 1), at(8, 59), shown=shown)
    assert again == []


def test_snooze_brings_it_back_later_if_still_not_done():
    _, shown = check(at(9, 0), at(8, 59))
    snoozed = {"breathing": at(9, 10)}
    assert check(at(9, 5), at(9, 0), snoozed=snoozed, shown=shown)[0] == []
    (back,), _ = check(at(9, 10), at(9, 5), snoozed=snoozed, shown=shown)
    assert back.due == at(9, 10)
    assert check(at(9, 10), at(9, 5), met={"breathing"}, snoozed=snoozed)[0] == []


def test_reminders_missed_while_off_come_once_together_and_only_todays():
    # Off from yesterday evening until 16:00: 9:00 and 15:00 passed, and yesterday's 18:30.
    due, shown = check(at(16, 0), at(20, 0, day=22))
    assert [(r.routine_id, r.due, r.missed) for r in due] == [("breathing", at(15, 0), True)]
    assert check(at(16, 1), at(16, 0), shown=shown)[0] == []


@given(st.lists(st.integers(0, 24 * 60 - 1), min_size=1, max_size=30, unique=True))
def test_never_more_than_one_reminder_per_routine_per_time(minutes):
    shown: set = set()
    seen = []
    checks = sorted(minutes)
    last = None
    for minute in checks:
        now = at(0) + timedelta(minutes=minute)
        seen += due_reminders(TIMES, now, last, lambda r: False, {}, shown)
        last = now
    assert len(seen) == len({(r.routine_id, r.due) for r in seen})
    assert all(r.due <= at(0) + timedelta(minutes=checks[-1]) for r in seen)
