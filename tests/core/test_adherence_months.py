"""Years judged from month sums: the same buckets and streaks as from the day records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehabtimer.core.activity import DayActivity
from rehabtimer.core.adherence import daily, monthly, monthly_sums, weekly
from rehabtimer.core.adherence_summary import summarize
from rehabtimer.core.month_sums import LongActivity, MonthActivity
from rehabtimer.core.pain import MonthScores
from rehabtimer.core.streaks import streaks, streaks_over

# The storage's month sums of day records: what month_activity() reads, by its own test.
from rehabtimer.storage.aggregates import months_of

from .test_adherence import History, histories, per_day, per_week


def shifted(history: History, shift: int) -> History:
    """The history moved so that its range crosses month ends, February's among them."""
    moved = timedelta(days=shift - 30)
    return History(
        [replace(a, day=a.day + moved) for a in history.activity],
        [p if p.start == date.min else replace(p, start=p.start + moved) for p in history.plans],
        {d + moved: e for d, e in history.excused.items()},
        history.start + moved,
        history.end + moved,
    )


def in_range(history: History) -> LongActivity:
    """Month sums read over exactly the history's range, as storage reads them."""
    return months_of((a for a in history.activity if history.start <= a.day <= history.end),
                     ends={})


@settings(max_examples=80)
@given(histories(), st.integers(-40, 40))
def test_month_sums_make_the_buckets_the_day_records_make(history: History,
                                                          shift: int) -> None:
    history = shifted(history, shift)
    _, plans, excused, start, end = history
    found = monthly_sums(in_range(history), plans, excused, start, end)
    expected = monthly(*history)
    assert [(b.start, b.end, b.excused_days, b.sessions, b.pain_before, b.pain_after, b.effort)
            for b in found] == [
        (b.start, b.end, b.excused_days, b.sessions, b.pain_before, b.pain_after, b.effort)
        for b in expected]
    for month, same in zip(found, expected, strict=True):
        assert month.planned == same.planned
        assert month.done == pytest.approx(same.done, abs=1e-12)
        assert month.active_s == pytest.approx(same.active_s)
        assert month.percent == pytest.approx(same.percent)
        assert month.met == same.met


@settings(max_examples=80)
@given(histories(), st.integers(-40, 40), st.integers(0, 40))
def test_streaks_from_month_sums_are_the_streaks_of_the_days(history: History, shift: int,
                                                             after: int) -> None:
    history = shifted(history, shift)
    activity, plans, excused, start, end = history
    today = min(end, start + timedelta(days=after))
    expected = streaks(daily(activity, plans, excused, start, today), today)
    assert streaks_over(in_range(history), plans, excused, start, today) == expected


@settings(max_examples=60)
@given(histories(per_day_only=True), st.integers(-40, 40))
def test_streaks_over_days_that_meet_the_plan(history: History, shift: int) -> None:
    # Every day done as planned: long runs that cross months, broken only by the days the
    # plan is missed on purpose below.
    history = shifted(history, shift)
    met = [
        DayActivity(history.start + timedelta(days=i), routine_id, 4, 4.0, 60.0, (), (), ())
        for i in range((history.end - history.start).days + 1)
        for routine_id in ("knee", "hip")
    ]
    missed = {history.start + timedelta(days=i) for i in range(0, 40, 9)}
    activity = [a for a in met if a.day not in missed or a.routine_id != "knee"]
    days = daily(activity, history.plans, history.excused, history.start, history.end)
    assert streaks_over(months_of(activity, ends={}), history.plans, history.excused,
                        history.start, history.end) == streaks(days, history.end)


def test_a_month_of_a_twice_a_day_plan_judged_day_by_day() -> None:
    jan30, jan31, feb1 = date(2026, 1, 30), date(2026, 1, 31), date(2026, 2, 1)
    long = LongActivity(
        [MonthActivity(MonthScores(date(2026, 1, 1), (0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0),
                                   (0,) * 11, (0,) * 11, 0, 4, 0), 4, 900.0),
         MonthActivity(MonthScores(feb1, (0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0), (0,) * 11,
                                   (0,) * 11, 0, 9, 0), 9, 600.0)],
        {"knee": {jan30.toordinal(): 1.0, jan31.toordinal(): 3.0},  # the 31st: 1 too many
         "hip": {feb1.toordinal(): 9.0}},  # a weekly plan: capped by the month
    )
    plans = [per_day(2), per_week(1, routine_id="hip")]
    january, february = monthly_sums(long, plans, {}, jan30, date(2026, 2, 3))
    assert (january.planned, january.done) == pytest.approx((2 * 2 + 2 / 7, 1 + 2))
    assert (january.sessions, january.pain_before) == (4, 3.0)  # the median of 2 and 4
    assert february.done == pytest.approx(3 / 7)
    assert february.pain_before == 5.0
    # The 31st's extra session cannot stand in for the hip's seventh of a week; on 1
    # February the hip's nine sessions meet the whole day's plan.
    assert streaks_over(long, plans, {}, jan30, jan31) == (0, 0)
    assert streaks_over(long, plans, {}, jan30, feb1) == (1, 1)


def test_the_summary_takes_streaks_found_over_years() -> None:
    days = daily([], [per_day(1)], {}, date(2026, 3, 1), date(2026, 3, 31))
    weeks = weekly([], [per_day(1)], {}, date(2026, 3, 30), date(2026, 3, 31))
    summary = summarize(days, weeks, date(2026, 3, 31), runs=(0, 400))
    assert (summary.current_streak, summary.best_streak) == (0, 400)
    assert summarize(days, weeks, date(2026, 3, 31)).best_streak == 0
