"""Adherence: how much of the plan was done, by day, week or month.

Plain arithmetic on plain records: storage supplies each day's activity, the UI phrases the
numbers. A completed session earns one credit, a stopped or interrupted one the share of
its planned exercise time that was done. A per-day plan is judged day by day, so doing more
one day does not hide a missed day. A per-week plan is judged by the week (or the month):
a day holds a seventh of it and its credit is only capped when the bucket is summed. Days
marked rest, sick or away plan nothing and count nothing done, yet still report what was
exercised.

Years of history are judged from month sums (month_sums.py) rather than day records: the
same buckets, without a record per day and routine. Streaks are in streaks.py, the
history's summary in adherence_summary.py.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rehabtimer.core.activity import DayActivity
from rehabtimer.core.month_sums import LongActivity, MonthActivity
from rehabtimer.core.pain import MonthScores, histogram_median
from rehabtimer.core.plan_series import Series, by_index, excused_days, is_met, plan_series
from rehabtimer.core.plans import Excuse, PlanPeriod


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
        return is_met(self.planned, self.done)


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
    is_excused = excused_days(excused, start, days)
    series = plan_series(by_index(activity.credit, start, days), plans, is_excused, start)
    months = {month.scores.month: month for month in activity.months}
    nothing = MonthActivity(MonthScores(date.min, (), (), (), 0, 0, 0), 0, 0.0)
    buckets = []
    for a, b in spans:
        first = start + timedelta(days=a)
        month = months.get(first.replace(day=1), nothing)
        planned, done = _judge(series, a, b, cap_per_week=True)
        buckets.append(Bucket(
            first, start + timedelta(days=b - 1), planned, done,
            is_excused[a:b].count(True), month.sessions, month.active_s,
            *(histogram_median(h) for h in (month.scores.pain_before, month.scores.pain_after,
                                             month.scores.effort))))
    return buckets


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
    is_excused = excused_days(excused, start, days)
    series = plan_series(credit, plans, is_excused, start)

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


def _judge(series: list[Series], a: int, b: int, cap_per_week: bool) -> tuple[float, float]:
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


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None
