"""Adherence maths: hand-computed weeks, and properties over random histories and plans."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehabtimer.core.activity import DayActivity
from rehabtimer.core.adherence import Bucket, daily, monthly, weekly
from rehabtimer.core.adherence_summary import Summary, summarize
from rehabtimer.core.plans import Excuse, PlanPeriod
from rehabtimer.core.streaks import active_days, streaks

MONDAY = date(2026, 3, 2)
PLANNED = ("knee", "hip")
# Sessions of a routine without any plan still show as exercise, never as plan done.
UNPLANNED = "ankle"


def day(n: int) -> date:
    return MONDAY + timedelta(days=n)


def did(n: int, sessions: int, routine_id: str = "knee", **fields: object) -> DayActivity:
    values: dict[str, object] = {
        "day": day(n),
        "routine_id": routine_id,
        "sessions": sessions,
        "credit": float(sessions),
        "active_s": 300.0 * sessions,
        "pain_before": (),
        "pain_after": (),
        "effort": (),
    }
    return DayActivity(**(values | fields))  # type: ignore[arg-type]


def per_day(n: int, start: date = date.min, routine_id: str = "knee") -> PlanPeriod:
    return PlanPeriod(routine_id, per_day=n, per_week=None, start=start)


def per_week(n: int, start: date = date.min, routine_id: str = "knee") -> PlanPeriod:
    return PlanPeriod(routine_id, per_day=None, per_week=n, start=start)


# --- Hand-computed examples ----------------------------------------------------------------


def test_a_week_of_a_twice_a_day_plan_nine_of_fourteen() -> None:
    # Friday's third session is not carried over to Thursday, which stays missed.
    activity = [did(0, 2), did(1, 2), did(2, 1), did(4, 3), did(5, 1), did(6, 1)]
    days = daily(activity, [per_day(2)], {}, day(0), day(6))
    [week] = weekly(activity, [per_day(2)], {}, day(0), day(6))

    assert [d.done for d in days] == [2, 2, 1, 0, 2, 1, 1]
    assert [d.planned for d in days] == [2] * 7
    assert days[4].sessions == 3
    assert (week.done, week.planned, round(week.percent or 0)) == (9, 14, 64)
    assert (week.start, week.end, week.sessions, week.active_s) == (day(0), day(6), 10, 3000.0)


def test_a_three_a_week_plan_is_capped_by_the_week_not_the_day() -> None:
    activity = [did(0, 2), did(3, 2)]
    days = daily(activity, [per_week(3)], {}, day(0), day(6))
    [week] = weekly(activity, [per_week(3)], {}, day(0), day(6))

    assert all(d.planned == pytest.approx(3 / 7) for d in days)
    assert days[0].done == 2
    assert days[0].percent == 100
    assert days[1].percent == 0
    assert (week.done, week.planned, week.percent) == (pytest.approx(3), pytest.approx(3), 100)


def test_a_partial_session_earns_its_credit() -> None:
    activity = [did(0, 1, credit=0.5), did(1, 2, credit=1.25)]
    days = daily(activity, [per_day(2)], {}, day(0), day(1))
    assert [d.done for d in days] == [0.5, 1.25]
    assert [d.percent for d in days] == [25, 62.5]


def test_excused_days_plan_nothing_but_still_show_the_exercise() -> None:
    excused = {day(1): Excuse.SICK, day(2): Excuse.AWAY}
    activity = [did(0, 1), did(1, 1, pain_before=(7,))]
    days = daily(activity, [per_week(3)], excused, day(0), day(6))
    [week] = weekly(activity, [per_week(3)], excused, day(0), day(6))

    sick = days[1]
    assert (sick.planned, sick.done, sick.excused_days) == (0, 0, 1)
    assert (sick.sessions, sick.active_s, sick.pain_before) == (1, 300.0, 7.0)
    assert sick.percent is None
    # Five days of a three-a-week plan; Tuesday's session does not count towards it.
    assert week.planned == pytest.approx(3 * 5 / 7)
    assert (week.done, week.excused_days, week.sessions) == (1, 2, 2)


def test_the_plan_in_force_changes_on_its_start_day() -> None:
    # The routine's recommendation holds until the patient's own plan starts on Thursday.
    plans = [per_day(1), per_day(3, start=day(3))]
    days = daily([did(2, 3), did(3, 3)], plans, {}, day(0), day(6))
    assert [d.planned for d in days] == [1, 1, 1, 3, 3, 3, 3]
    assert [d.done for d in days] == [0, 0, 1, 3, 0, 0, 0]


def test_of_plans_starting_the_same_day_the_last_one_given_holds() -> None:
    # As when the recommendation and the patient's own plan both start on the first day.
    plans = [per_day(1, start=day(1)), per_day(3, start=day(1)), per_day(2, start=day(2))]
    days = daily([], plans, {}, day(0), day(2))
    assert [d.planned for d in days] == [0, 3, 2]
    assert [d.planned for d in daily([], plans[1::-1], {}, day(1), day(1))] == [1]


def test_a_routine_planned_only_from_some_day_plans_nothing_before() -> None:
    activity = [did(0, 1, routine_id="hip"), did(5, 1, routine_id="hip")]
    days = daily(activity, [per_day(1, start=day(5), routine_id="hip")], {}, day(0), day(6))
    assert [d.planned for d in days] == [0, 0, 0, 0, 0, 1, 1]
    assert (days[0].sessions, days[0].done, days[0].percent) == (1, 0, None)


def test_routines_add_up() -> None:
    plans = [per_day(2), per_week(7, routine_id="hip")]
    activity = [did(0, 2), did(0, 1, routine_id="hip"), did(1, 1), did(1, 3, routine_id="hip")]
    days = daily(activity, plans, {}, day(0), day(1))
    [week] = weekly(activity, plans, {}, day(0), day(1))
    assert [(d.planned, d.done) for d in days] == [(3, 3), (3, 4)]
    # The week's two days plan two hip sessions: the extra ones earn nothing.
    assert (week.planned, week.done, week.percent) == (6, 5, pytest.approx(500 / 6))


def test_weeks_start_on_the_chosen_day_and_are_clipped_to_the_range() -> None:
    # Wednesday 4 March to Tuesday 17 March, weeks starting on Sunday.
    weeks = weekly([], [per_week(7)], {}, day(2), day(15), week_start=6)
    assert [(w.start, w.end) for w in weeks] == [
        (day(2), day(5)),
        (day(6), day(12)),
        (day(13), day(15)),
    ]
    assert [w.planned for w in weeks] == pytest.approx([4, 7, 3])


def test_week_medians_come_from_every_value_not_from_day_medians() -> None:
    activity = [
        did(0, 3, pain_after=(1, 2, 3), effort=(4,)),
        did(1, 1, pain_after=(10,)),
    ]
    days = daily(activity, [per_day(1)], {}, day(0), day(1))
    [week] = weekly(activity, [per_day(1)], {}, day(0), day(1))
    assert [d.pain_after for d in days] == [2.0, 10.0]
    assert (week.pain_after, week.effort, week.pain_before) == (2.5, 4.0, None)


def test_streaks_skip_excused_days_and_wait_for_today() -> None:
    #            Mon Tue Wed      Thu Fri  Sat Sun Mon(today)
    done = {0: 1, 1: 1, 3: 1, 4: 1, 5: 1, 6: 1}
    activity = [did(n, sessions) for n, sessions in done.items()]
    excused = {day(2): Excuse.REST}
    days = daily(activity, [per_day(1)], excused, day(0), day(7))
    assert streaks(days, today=day(7)) == (6, 6)

    missed_friday = [a for a in activity if a.day != day(4)]
    days = daily(missed_friday, [per_day(1)], excused, day(0), day(7))
    assert streaks(days, today=day(7)) == (2, 3)
    # Once that Monday is over unmet, the run is broken.
    assert streaks(days, today=day(8)) == (0, 3)


def test_days_after_today_do_not_count_yet() -> None:
    days = daily([did(0, 1), did(1, 1)], [per_day(1)], {}, day(0), day(6))
    assert streaks(days, today=day(1)) == (2, 2)
    assert active_days(days, today=day(1)) == 2


def test_active_days_count_any_exercise_in_the_window() -> None:
    activity = [did(0, 1), did(1, 1, credit=0.1), did(3, 1, routine_id=UNPLANNED), did(9, 1)]
    days = daily(activity, [per_day(5)], {day(3): Excuse.AWAY}, day(0), day(9))
    assert active_days(days, today=day(9)) == 4
    assert active_days(days, today=day(9), window=7) == 2
    assert active_days(days, today=day(8), window=7) == 1


def test_the_summary_of_this_week_so_far() -> None:
    activity = [did(n, s) for n, s in [(7, 2), (8, 1), (9, 2)]]
    days = daily(activity, [per_day(2)], {}, day(0), day(9))
    weeks = weekly(activity, [per_day(2)], {}, day(0), day(9))
    assert summarize(days, weeks, today=day(9)) == Summary(
        week_done=5,
        week_planned=6,
        week_percent=pytest.approx(500 / 6),
        current_streak=1,
        best_streak=1,
        active_days=3,
        window=30,
    )
    with pytest.raises(ValueError, match="no week"):
        summarize(days, weeks, today=day(10))


def test_nonsense_is_refused() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        PlanPeriod("knee", per_day=1, per_week=3, start=date.min)
    with pytest.raises(ValueError, match="exactly one"):
        PlanPeriod("knee", per_day=None, per_week=None, start=date.min)
    with pytest.raises(ValueError, match="positive"):
        per_week(0)
    with pytest.raises(ValueError, match="week_start"):
        weekly([], [], {}, day(0), day(6), week_start=7)
    weeks = weekly([], [per_day(1)], {}, day(0), day(6))
    with pytest.raises(ValueError, match="daily"):
        streaks(weeks, today=day(0))


def test_a_mid_week_plan_change_can_make_an_excused_day_lower_the_week() -> None:
    # Per-week credit is capped at what the week plans; excusing a day lowers that cap.
    # Knee: five a day Monday to Saturday, then one a day; hip: seven a week, done 7 times.
    plans = [per_day(5), per_day(1, start=day(6)), per_week(7, routine_id="hip")]
    activity = [did(0, 7, routine_id="hip")]
    [before] = weekly(activity, plans, {}, day(0), day(6))
    [after] = weekly(activity, plans, {day(6): Excuse.REST}, day(0), day(6))
    assert (before.done, before.planned) == (pytest.approx(7), pytest.approx(38))
    assert (after.done, after.planned) == (pytest.approx(6), pytest.approx(36))
    assert after.percent < before.percent  # type: ignore[operator]


# --- Properties over random histories ------------------------------------------------------


PER_DAY = st.integers(1, 4).map(lambda n: (n, None))
FREQUENCIES = st.one_of(PER_DAY, st.integers(1, 14).map(lambda n: (None, n)))
# Built once: a strategy made inside a composite is validated again on every draw.
CREDITS = st.lists(st.one_of(st.just(1.0), st.floats(0, 1)), min_size=1, max_size=3)
SCORES = st.lists(st.integers(0, 10), max_size=3).map(lambda v: tuple(sorted(v)))
SECONDS = st.floats(0, 3600)


def activity_on(draw: st.DrawFn, routine_id: str, on: date) -> DayActivity:
    credits = draw(CREDITS)
    return DayActivity(
        day=on,
        routine_id=routine_id,
        sessions=len(credits),
        credit=sum(credits),
        active_s=draw(SECONDS),
        pain_before=draw(SCORES),
        pain_after=draw(SCORES),
        effort=draw(SCORES),
    )


class History(NamedTuple):
    """The arguments of daily() and weekly(), in their order."""

    activity: list[DayActivity]
    plans: list[PlanPeriod]
    excused: dict[date, Excuse]
    start: date
    end: date


@st.composite
def histories(draw: st.DrawFn, *, plan_changes: bool = True, per_day_only: bool = False) -> History:
    start = day(draw(st.integers(0, 6)))
    end = start + timedelta(days=draw(st.integers(0, 30)))
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    plans = []
    for routine_id in PLANNED:
        if plan_changes:
            starts = draw(st.lists(st.sampled_from([date.min, *days]), max_size=3, unique=True))
        else:
            starts = [date.min]
        for begins in starts:
            every_day, every_week = draw(PER_DAY if per_day_only else FREQUENCIES)
            plans.append(PlanPeriod(routine_id, every_day, every_week, begins))
    activity = [
        activity_on(draw, routine_id, on)
        for routine_id in (*PLANNED, UNPLANNED)
        for on in draw(st.lists(st.sampled_from(days), unique=True, max_size=12))
    ]
    excused = draw(st.dictionaries(st.sampled_from(days), st.sampled_from(Excuse)))
    return History(activity, plans, excused, start, end)


week_starts = st.integers(0, 6)


@settings(max_examples=60)
@given(histories(), week_starts)
def test_percent_is_between_0_and_100_and_none_only_without_a_plan(history, week_start) -> None:
    for bucket in [*daily(*history), *weekly(*history, week_start=week_start)]:
        assert bucket.done >= 0
        if bucket.planned == 0:
            assert bucket.percent is None
        else:
            assert 0 <= bucket.percent <= 100  # type: ignore[operator]


@settings(max_examples=60)
@given(histories(), week_starts)
def test_weeks_tile_the_days_and_keep_their_totals(history, week_start) -> None:
    days = daily(*history)
    weeks = weekly(*history, week_start=week_start)
    start, end = history.start, history.end
    assert [(d.start, d.end) for d in days] == [
        (start + timedelta(n), start + timedelta(n)) for n in range((end - start).days + 1)
    ]
    assert weeks[0].start == start
    assert weeks[-1].end == end
    for previous, week in itertools.pairwise(weeks):
        assert week.start == previous.end + timedelta(days=1)
        assert week.start.weekday() == week_start
    assert all((w.end - w.start).days < 7 for w in weeks)
    assert sum(w.planned for w in weeks) == pytest.approx(sum(d.planned for d in days))
    assert sum(w.sessions for w in weeks) == sum(d.sessions for d in days)
    assert sum(w.active_s for w in weeks) == pytest.approx(sum(d.active_s for d in days))
    assert sum(w.excused_days for w in weeks) == sum(d.excused_days for d in days)
    assert sum(w.done for w in weeks) <= sum(d.done for d in days) + 1e-9


@settings(max_examples=60)
@given(histories(per_day_only=True), week_starts)
def test_per_day_plans_never_count_more_than_planned_and_keep_done(history, week_start) -> None:
    days = daily(*history)
    weeks = weekly(*history, week_start=week_start)
    for bucket in [*days, *weeks]:
        assert bucket.done <= bucket.planned + 1e-9
    assert sum(w.done for w in weeks) == pytest.approx(sum(d.done for d in days))


@settings(max_examples=60)
@given(histories(), week_starts)
def test_excused_days_plan_and_count_nothing(history, week_start) -> None:
    for bucket in daily(*history):
        if bucket.start in history.excused:
            assert (bucket.planned, bucket.done, bucket.excused_days) == (0, 0, 1)
        else:
            assert bucket.excused_days == 0
        assert bucket.sessions == sum(a.sessions for a in history.activity if a.day == bucket.start)


@settings(max_examples=60)
@given(histories(plan_changes=False), week_starts, st.data())
def test_excusing_a_missed_day_never_lowers_adherence(history, week_start, data) -> None:
    activity, plans, excused, start, end = history
    missed = data.draw(st.sampled_from([d.start for d in daily(*history)]))
    activity = [a for a in activity if a.day != missed]
    with_excuse = {**excused, missed: Excuse.REST}
    for make in (daily, lambda *h: weekly(*h, week_start=week_start)):
        before = make(activity, plans, excused, start, end)
        after = make(activity, plans, with_excuse, start, end)
        for old, new in zip(before, after, strict=True):
            if new.percent is not None:
                assert old.percent is not None
                assert new.percent >= old.percent - 1e-9


@settings(max_examples=60)
@given(
    histories(plan_changes=False),
    FREQUENCIES,
    FREQUENCIES,
    st.integers(1, 30),
)
def test_a_plan_change_holds_from_its_start_day(history, old, new, change_after) -> None:
    change = history.start + timedelta(days=change_after)
    plans = [PlanPeriod("knee", *old, date.min), PlanPeriod("knee", *new, change)]
    days = daily(history.activity, plans, {}, history.start, change)

    def planned(frequency: tuple[int | None, int | None]) -> float:
        every_day, every_week = frequency
        return every_day if every_day is not None else every_week / 7  # type: ignore[operator]

    assert days[-2].planned == pytest.approx(planned(old))
    assert days[-1].planned == pytest.approx(planned(new))


@settings(max_examples=60)
@given(histories(), st.integers(0, 35))
def test_streak_properties(history, today_after) -> None:
    activity, plans, excused, start, end = history
    today = start + timedelta(days=today_after)
    days = daily(*history)
    current, best = streaks(days, today)

    assert 0 <= current <= best <= sum(1 for d in days if d.met and d.start <= today)
    # Days that plan nothing are invisible to streaks.
    assert streaks([d for d in days if d.planned > 0], today) == (current, best)
    # Excusing a missed day can only join runs together.
    missed = [d.start for d in days if d.planned > 0 and not d.met]
    if missed:
        with_excuse = {**excused, missed[0]: Excuse.SICK}
        again = streaks(daily(activity, plans, with_excuse, start, end), today)
        assert again[0] >= current
        assert again[1] >= best


@settings(max_examples=60)
@given(histories())
def test_meeting_every_day_makes_one_streak(history) -> None:
    days = [replace(d, done=d.planned) for d in daily(*history)]
    planned_days = sum(1 for d in days if d.planned > 0)
    assert streaks(days, today=history.end) == (planned_days, planned_days)


def test_bucket_percent_is_capped() -> None:
    bucket = Bucket(day(0), day(0), 2, 3, 0, 3, 0.0, None, None, None)
    assert bucket.percent == 100
    assert bucket.met


def test_months_judge_per_day_plans_by_the_day_and_cap_per_week_plans_by_the_month() -> None:
    jan31, feb1 = date(2026, 1, 31), date(2026, 2, 1)
    activity = [
        DayActivity(jan31, "knee", 3, 3.0, 900.0, (5,), (3,), ()),  # 2 a day: 1 too many
        DayActivity(feb1, "hip", 9, 9.0, 600.0, (4, 6), (2,), ()),  # 1 a week: capped
    ]
    plans = [per_day(2), per_week(1, routine_id="hip")]
    january, february = monthly(activity, plans, {}, date(2026, 1, 30), date(2026, 2, 3))
    assert (january.start, january.end, february.start, february.end) == (
        date(2026, 1, 30), jan31, feb1, date(2026, 2, 3))
    assert january.planned == pytest.approx(2 * 2 + 2 / 7)
    assert january.done == pytest.approx(2)  # the third session on the 31st adds nothing
    assert february.planned == pytest.approx(3 * 2 + 3 / 7)
    assert february.done == pytest.approx(3 / 7)  # nine sessions earn the month's share
    assert (february.sessions, february.active_s, february.pain_before) == (9, 600.0, 5.0)


@settings(max_examples=60)
@given(histories(), st.integers(-40, 40))
def test_months_tile_the_days_and_keep_their_totals(history, shift) -> None:
    # Shifted so that ranges cross month ends, February's among them.
    moved = timedelta(days=shift - 30)
    history = History(
        [replace(a, day=a.day + moved) for a in history.activity],
        [p if p.start == date.min else replace(p, start=p.start + moved) for p in history.plans],
        {d + moved: e for d, e in history.excused.items()},
        history.start + moved,
        history.end + moved,
    )
    days = daily(*history)
    months = monthly(*history)
    assert months[0].start == history.start
    assert months[-1].end == history.end
    for previous, month in itertools.pairwise(months):
        assert month.start == previous.end + timedelta(days=1)
        assert month.start.day == 1
    assert all(m.start.month == m.end.month for m in months)
    assert sum(m.planned for m in months) == pytest.approx(sum(d.planned for d in days))
    assert sum(m.sessions for m in months) == sum(d.sessions for d in days)
    assert sum(m.active_s for m in months) == pytest.approx(sum(d.active_s for d in days))
    assert sum(m.excused_days for m in months) == sum(d.excused_days for d in days)
    assert sum(m.done for m in months) <= sum(d.done for d in days) + 1e-9
    for month in months:
        inside = [d for d in days if month.start <= d.start <= month.end]
        per_day_done = sum(d.done for d in inside)
        assert month.done <= per_day_done + 1e-9
        assert month.percent is None or 0 <= month.percent <= 100


@settings(max_examples=100)
@given(histories())
def test_each_day_plans_and_counts_what_the_plan_in_force_says(history) -> None:
    # The plain definition, day by day, that the span-at-a-time series must agree with.
    for bucket in daily(*history):
        planned = done = 0.0
        if bucket.start not in history.excused:
            for routine_id in PLANNED:
                in_force = [p for p in history.plans if p.routine_id == routine_id]
                in_force = [p for p in in_force if p.start <= bucket.start]
                if not in_force:
                    continue
                plan = max(reversed(in_force), key=lambda p: p.start)
                got = sum(
                    a.credit
                    for a in history.activity
                    if a.day == bucket.start and a.routine_id == routine_id
                )
                if plan.per_day is not None:
                    planned += plan.per_day
                    done += min(got, plan.per_day)
                else:
                    assert plan.per_week is not None
                    planned += plan.per_week / 7
                    done += got
        assert bucket.planned == pytest.approx(planned)
        assert bucket.done == pytest.approx(done)
