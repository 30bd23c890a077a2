"""Runs of consecutive days that met the plan, and the days with any exercise.

Counted on daily() buckets, or for years on month sums' credits (streaks_over()), which
judge the same days the same way without a bucket for each.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from rehabtimer.core.adherence import Bucket
from rehabtimer.core.month_sums import LongActivity
from rehabtimer.core.plan_series import by_index, excused_days, is_met, plan_series
from rehabtimer.core.plans import Excuse, PlanPeriod


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
    series = plan_series(by_index(activity.credit, start, days), plans,
                         excused_days(excused, start, days), start)
    planned = [math.fsum(day) for day in zip(*(s.planned for s in series), strict=True)]
    done = [math.fsum(day) for day in zip(*(s.done for s in series), strict=True)]
    return _runs(((start + timedelta(days=i), plan, is_met(plan, got))
                  for i, (plan, got) in enumerate(zip(planned, done, strict=True))), today)


def active_days(days: Sequence[Bucket], today: date, window: int = 30) -> int:
    """Days with any exercise among the `window` days ending with today."""
    first = today - timedelta(days=window - 1)
    return sum(
        1 for bucket in _single_days(days) if first <= bucket.start <= today and bucket.active_s
    )


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


def _single_days(days: Sequence[Bucket]) -> Sequence[Bucket]:
    if any(bucket.start != bucket.end for bucket in days):
        raise ValueError("streaks and active days are counted on daily() buckets")
    return days
