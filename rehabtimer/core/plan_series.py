"""Each planned routine's plan and credit, day by day: what adherence's buckets and the
streaks both sum.

A per-day plan caps a day's credit at that day's plan; a per-week plan holds a seventh of
the week on each day and leaves its credit whole, for the bucket to cap. An excused day, or
one before the routine's first plan, plans and counts nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from rehabtimer.core.plans import Excuse, PlanPeriod

# Credit is a sum of fractions: a day whose credit equals its plan counts as met even when
# floating-point addition lands a hair below it.
_MET_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Series:
    """One routine's plan and credit on each day of the range, by index from its start."""

    per_week: list[bool]
    planned: list[float]
    # Capped at the plan on a per-day plan's days; the whole credit on a per-week plan's.
    done: list[float]


def plan_series(
    credit: Mapping[str, Mapping[int, float]],
    plans: Sequence[PlanPeriod],
    is_excused: list[bool],
    start: date,
) -> list[Series]:
    """Each planned routine's part of each day: the one series that all buckets sum.

    `credit` is each routine's credit by day index from `start`, inside the range.
    """
    days = len(is_excused)
    excused = [i for i, flag in enumerate(is_excused) if flag]
    periods: defaultdict[str, list[PlanPeriod]] = defaultdict(list)
    for plan in plans:
        periods[plan.routine_id].append(plan)

    found = []
    for routine_id, routine_plans in periods.items():
        series = Series([False] * days, [0.0] * days, [0.0] * days)
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
        for i in excused:
            series.per_week[i] = False
            series.planned[i] = 0.0
            series.done[i] = 0.0
        found.append(series)
    return found


def excused_days(excused: Mapping[date, Excuse], start: date, days: int) -> list[bool]:
    """Whether each day of the range, by index from `start`, is excused."""
    flags = [False] * days
    for day in excused:
        index = (day - start).days
        if 0 <= index < days:
            flags[index] = True
    return flags


def by_index(credit: Mapping[str, Mapping[int, float]], start: date,
             days: int) -> dict[str, dict[int, float]]:
    """Credits by ordinal as credits by day index from `start`, inside the range."""
    first = start.toordinal()
    return {
        routine: {on - first: got for on, got in by_day.items() if 0 <= on - first < days}
        for routine, by_day in credit.items()
    }


def is_met(planned: float, done: float) -> bool:
    return planned > 0 and done + _MET_TOLERANCE >= planned
