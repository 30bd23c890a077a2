"""Adherence: how much of the plan was done, by day, week or month, and streaks of days.

Plain arithmetic on plain records: storage supplies each day's activity, the UI phrases the
numbers. A completed session earns one credit, a stopped or interrupted one the share of
its planned exercise time that was done. A per-day plan is judged day by day, so doing more
one day does not hide a missed day. A per-week plan is judged by the week (or the month):
a day holds a seventh of it and its credit is only capped when the bucket is summed. Days
marked rest, sick or away plan nothing and count nothing done, yet still report what was
exercised.

Years of history are judged from month sums (LongActivity) rather than day records: the
same buckets and streaks, without a record per day and routine.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rehabtimer.core.pain import Histogram, MonthScores, histogram_median

# Credit is a sum of fractions: a day whose credit equals its plan counts as met even when
# floating-point addition lands a hair below it.
_MET_TOLERANCE = 1e-9


class Excuse(StrEnum):
    """Why a day is left out of adherence instead of counting as missed."""

    REST = "rest"
    SICK = "sick"
    AWAY = "away"


@dataclass(frozen=True)
class PlanPeriod:
    """A frequency in force from `start` until the routine's next plan starts.

    The routine's own recommendation is passed as a period starting at date.min. Of a
    routine's plans that start on the same day, the last one passed holds.
    """

    routine_id: str
    per_day: int | None
    per_week: int | None
    start: date

    def __post_init__(self) -> None:
        if (self.per_day is None) == (self.per_week is None):
            raise ValueError(f"a plan needs exactly one of per_day and per_week: {self!r}")
        frequency = self.per_day if self.per_day is not None else self.per_week
        if frequency is None or frequency <= 0:
            raise ValueError(f"a plan needs a positive frequency: {self!r}")


@dataclass(frozen=True)
class DayActivity:
    """One routine's finished sessions on one local day; scores in ascending order."""

    day: date
    routine_id: str
    sessions: int
    credit: float
    active_s: float
    pain_before: tuple[int, ...]
    pain_after: tuple[int, ...]
    effort: tuple[int, ...]


@dataclass(frozen=True)
class MonthActivity:
    """One calendar month's finished sessions (inside the range read), all routines together."""

    month: date
    """Its first day."""
    sessions: int
    active_s: float
    pain_before: Histogram
    pain_after: Histogram
    effort: Histogram
    stopped_for_pain: int
    complete: int
    """Sessions with every step done."""
    in_part: int
    """Sessions not complete, but with some exercise done."""


@dataclass(frozen=True)
class LongActivity:
    """Years of finished sessions as a chart of months needs them: each month's sums, and
    each routine's credit on each day it was done, by which a plan is judged day by day."""

    months: Sequence[MonthActivity]
    credit: Mapping[str, Mapping[int, float]]
    """Routine id -> day (date.toordinal()) -> that day's credit; days without it left out."""


@dataclass(frozen=True)
class Bucket:
    """A day or a week (clipped to the requested range), all routines together.

    Scores are medians of every value in the bucket, None when there is none.
    """

    start: date
    end: date
    planned: float
    done: float
    excused_days: int
    sessions: int
    active_s: float
    pain_before: float | None
    pain_after: float | None
    effort: float | None

    @property
    def percent(self) -> float | None:
        if self.planned == 0:
            return None
        return min(100.0, 100.0 * self.done / self.planned)

    @property
    def met(self) -> bool:
        return _met(self.planned, self.done)


@dataclass(frozen=True)
class Summary:
    """The numbers behind the history's one-sentence explanations."""

    week_done: float
    week_planned: float
    week_percent: float | None
    current_streak: int
    best_streak: int
    active_days: int
    window: int


@dataclass(frozen=True)
class _Series:
    """One routine's plan and credit on each day of the range, by index from its start.

    An excused day, or one before the routine's first plan, plans and counts nothing.
    """

    per_week: list[bool]
    planned: list[float]
    # Capped at the plan on a per-day plan's days; the whole credit on a per-week plan's.
    done: list[float]


def daily(
    activity: Sequence[DayActivity],
    plans: Sequence[PlanPeriod],
    excused: Mapping[date, Excuse],
    start: date,
    end: date,
) -> list[Bucket]:
    """One bucket per day from `start` to `end`, both included.

    Sessions of routines without any plan count as exercise, never as plan done.
    """
    days = (end - start).days + 1
    spans = [(i, i + 1) for i in range(days)]
    return _buckets(activity, plans, excused, start, spans, cap_per_week=False)


def weekly(
    activity: Sequence[DayActivity],
    plans: Sequence[PlanPeriod],
    excused: Mapping[date, Excuse],
    start: date,
    end: date,
    week_start: int = 0,
) -> list[Bucket]:
    """One bucket per week (weeks begin on `week_start`, 0 = Monday), clipped to the range.

    The same days as daily() with the same planned total; a per-week plan's credit is
    capped at what the week plans, so the first and last weeks of the range plan (and can
    earn) only their share.
    """
    if not 0 <= week_start <= 6:
        raise ValueError(f"week_start must be 0 (Monday) to 6 (Sunday), got {week_start}")

    days = (end - start).days + 1
    # Days from the range's start to the start of its second week.
    first = (week_start - start.weekday()) % 7 or 7
    bounds = [0, *range(first, days, 7), days]
    spans = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    return _buckets(activity, plans, excused, start, spans, cap_per_week=True)


def monthly(
    activity: Sequence[DayActivity],
    plans: Sequence[PlanPeriod],
    excused: Mapping[date, Excuse],
    start: date,
    end: date,
) -> list[Bucket]:
    """One bucket per calendar month, clipped to the range: for charts of many years.

    The same days as daily() with the same planned total. A per-day plan is still judged
    day by day; a per-week plan's credit is capped at what the month plans, as weekly()
    caps it at what the week plans.
    """
    return _buckets(activity, plans, excused, start, _month_spans(start, end),
                    cap_per_week=True)


def monthly_sums(
    activity: LongActivity,
    plans: Sequence[PlanPeriod],
    excused: Mapping[date, Excuse],
    start: date,
    end: date,
) -> list[Bucket]:
    """monthly()'s buckets, from the month sums of exactly `start` to `end`: the same plan,
    done and counts, and the exact medians of every score entered in each month."""
    spans = _month_spans(start, end)
    days = spans[-1][1] if spans else 0
    is_excused = _excused_days(excused, start, days)
    series = _series(_by_index(activity.credit, start, days), plans, is_excused, start)
    months = {month.month: month for month in activity.months}
    nothing = MonthActivity(date.min, 0, 0.0, (), (), (), 0, 0, 0)
    buckets = []
    for a, b in spans:
        first = start + timedelta(days=a)
        month = months.get(first.replace(day=1), nothing)
        planned, done = _judge(series, a, b, cap_per_week=True)
        buckets.append(Bucket(
            first, start + timedelta(days=b - 1), planned, done,
            is_excused[a:b].count(True), month.sessions, month.active_s,
            *(histogram_median(h) for h in (month.pain_before, month.pain_after, month.effort))))
    return buckets


def scores_by_month(activity: LongActivity) -> list[MonthScores]:
    """The scores entered in each month and how its sessions ended, as the charts of years
    show them: the month sums hold them, and nothing is read again."""
    return [MonthScores(m.month, m.pain_before, m.pain_after, m.effort, m.stopped_for_pain,
                        m.complete, m.in_part) for m in activity.months]


def streaks(days: Sequence[Bucket], today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive days that met the plan, from daily() buckets.

    Days that plan nothing, excused days among them, neither break a run nor extend it.
    Today only counts once it is met, so an unfinished today keeps yesterday's run alive;
    later days have not happened yet.
    """
    return _runs(((b.start, b.planned, b.met) for b in _single_days(days)), today)


def streaks_over(
    activity: LongActivity,
    plans: Sequence[PlanPeriod],
    excused: Mapping[date, Excuse],
    start: date,
    today: date,
) -> tuple[int, int]:
    """streaks() of the daily() buckets from `start` to `today`, from the credits of month
    sums read over that range: years of days judged without a bucket for each."""
    days = (today - start).days + 1
    if days <= 0:
        return 0, 0
    series = _series(_by_index(activity.credit, start, days), plans,
                     _excused_days(excused, start, days), start)
    planned = [math.fsum(day) for day in zip(*(s.planned for s in series), strict=True)]
    done = [math.fsum(day) for day in zip(*(s.done for s in series), strict=True)]
    return _runs(((start + timedelta(days=i), plan, _met(plan, got))
                  for i, (plan, got) in enumerate(zip(planned, done, strict=True))), today)


def _runs(days: Iterable[tuple[date, float, bool]], today: date) -> tuple[int, int]:
    """(current, best) runs over (day, planned, met) in order of days: see streaks()."""
    current = best = 0
    for day, planned, met in days:
        if day > today:
            break
        if met:
            current += 1
            best = max(best, current)
        elif planned > 0 and day != today:
            current = 0
    return current, best


def active_days(days: Sequence[Bucket], today: date, window: int = 30) -> int:
    """Days with any exercise among the `window` days ending with today."""
    first = today - timedelta(days=window - 1)
    return sum(
        1 for bucket in _single_days(days) if first <= bucket.start <= today and bucket.active_s
    )


def summarize(
    days: Sequence[Bucket], weeks: Sequence[Bucket], today: date, window: int = 30,
    runs: tuple[int, int] | None = None,
) -> Summary:
    """This week's plan, the streaks and recent active days, from daily() and weekly().

    This week's numbers cover the part of it inside the range the buckets were made for:
    ending the range today gives the plan so far, ending it on the week's last day the
    whole week's plan. `runs` are the streaks when they were found over more days than
    `days` holds (streaks_over(), for years).
    """
    this_week = next((week for week in weeks if week.start <= today <= week.end), None)
    if this_week is None:
        raise ValueError(f"no week bucket holds {today}")
    current, best = streaks(days, today) if runs is None else runs
    return Summary(
        week_done=this_week.done,
        week_planned=this_week.planned,
        week_percent=this_week.percent,
        current_streak=current,
        best_streak=best,
        active_days=active_days(days, today, window),
        window=window,
    )


def _buckets(
    activity: Sequence[DayActivity],
    plans: Sequence[PlanPeriod],
    excused: Mapping[date, Excuse],
    start: date,
    spans: list[tuple[int, int]],
    *,
    cap_per_week: bool,
) -> list[Bucket]:
    """A bucket for each span [a, b) of day indexes from `start`; the spans tile the range."""
    days = spans[-1][1] if spans else 0
    on_day: list[list[DayActivity]] = [[] for _ in range(days)]
    credit: defaultdict[str, defaultdict[int, float]] = defaultdict(lambda: defaultdict(float))
    for item in activity:
        index = (item.day - start).days
        if 0 <= index < days:
            on_day[index].append(item)
            credit[item.routine_id][index] += item.credit
    is_excused = _excused_days(excused, start, days)
    series = _series(credit, plans, is_excused, start)

    buckets: list[Bucket] = []
    for a, b in spans:
        items = [item for items in on_day[a:b] for item in items]
        planned, done = _judge(series, a, b, cap_per_week)
        buckets.append(
            Bucket(
                start=start + timedelta(days=a),
                end=start + timedelta(days=b - 1),
                planned=planned,
                done=done,
                excused_days=is_excused[a:b].count(True),
                sessions=sum(item.sessions for item in items),
                active_s=math.fsum(item.active_s for item in items),
                pain_before=_median([v for item in items for v in item.pain_before]),
                pain_after=_median([v for item in items for v in item.pain_after]),
                effort=_median([v for item in items for v in item.effort]),
            )
        )
    return buckets


def _series(
    credit: Mapping[str, Mapping[int, float]],
    plans: Sequence[PlanPeriod],
    is_excused: list[bool],
    start: date,
) -> list[_Series]:
    """Each planned routine's part of each day: the one series that all buckets sum.

    `credit` is each routine's credit by day index from `start`, inside the range.
    """
    days = len(is_excused)
    excused_days = [i for i, excused in enumerate(is_excused) if excused]
    periods: defaultdict[str, list[PlanPeriod]] = defaultdict(list)
    for plan in plans:
        periods[plan.routine_id].append(plan)

    found = []
    for routine_id, routine_plans in periods.items():
        series = _Series([False] * days, [0.0] * days, [0.0] * days)
        # A stable sort: of plans starting on the same day, the last one given holds.
        routine_plans.sort(key=lambda plan: plan.start)
        for plan, following in zip(routine_plans, [*routine_plans[1:], None], strict=True):
            if following is not None and following.start == plan.start:
                continue
            stop = days if following is None else min(days, (following.start - start).days)
            begin = max(0, (plan.start - start).days)
            if begin >= stop:
                continue
            # Whole spans by slice and only the days with credit one by one: a decade has
            # thousands of days per routine but sessions on only some.
            length = stop - begin
            if plan.per_day is not None:
                series.planned[begin:stop] = [float(plan.per_day)] * length
                series.per_week[begin:stop] = [False] * length
            elif plan.per_week is not None:
                series.planned[begin:stop] = [plan.per_week / 7] * length
                series.per_week[begin:stop] = [True] * length
            series.done[begin:stop] = [0.0] * length
            for i, got in credit.get(routine_id, {}).items():
                if begin <= i < stop:
                    series.done[i] = got if plan.per_day is None else min(got, plan.per_day)
        for i in excused_days:
            series.per_week[i] = False
            series.planned[i] = 0.0
            series.done[i] = 0.0
        found.append(series)
    return found


def _judge(series: list[_Series], a: int, b: int, cap_per_week: bool) -> tuple[float, float]:
    """(planned, done) of all routines over the days [a, b)."""
    planned: list[float] = []
    done: list[float] = []
    for routine in series:
        planned += routine.planned[a:b]
        if not cap_per_week or not any(routine.per_week[a:b]):
            done += routine.done[a:b]
            continue
        days = list(
            zip(routine.per_week[a:b], routine.planned[a:b], routine.done[a:b], strict=True)
        )
        done += [got for weekly, _, got in days if not weekly]
        credit = math.fsum(got for weekly, _, got in days if weekly)
        done.append(min(credit, math.fsum(plan for weekly, plan, _ in days if weekly)))
    return math.fsum(planned), math.fsum(done)


def _month_spans(start: date, end: date) -> list[tuple[int, int]]:
    """Day indexes [a, b) from `start` of each calendar month, clipped to the range."""
    days = (end - start).days + 1
    bounds = [0]
    month = start.replace(day=1)
    while True:
        month = (month + timedelta(days=32)).replace(day=1)
        index = (month - start).days
        if index >= days:
            break
        bounds.append(index)
    bounds.append(days)
    return [(a, b) for a, b in itertools.pairwise(bounds) if a < b]


def _excused_days(excused: Mapping[date, Excuse], start: date, days: int) -> list[bool]:
    flags = [False] * days
    for day in excused:
        index = (day - start).days
        if 0 <= index < days:
            flags[index] = True
    return flags


def _by_index(credit: Mapping[str, Mapping[int, float]], start: date,
              days: int) -> dict[str, dict[int, float]]:
    """Credits by ordinal as credits by day index from `start`, inside the range."""
    first = start.toordinal()
    return {
        routine: {on - first: got for on, got in by_day.items() if 0 <= on - first < days}
        for routine, by_day in credit.items()
    }


def _met(planned: float, done: float) -> bool:
    return planned > 0 and done + _MET_TOLERANCE >= planned


def _single_days(days: Sequence[Bucket]) -> Sequence[Bucket]:
    if any(bucket.start != bucket.end for bucket in days):
        raise ValueError("streaks and active days are counted on daily() buckets")
    return days


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None
