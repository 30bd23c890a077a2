"""Sessions counted whole against the plan, as the history's sentence and its charts' hover
texts state them.

A session only counts towards the plan it belongs to: beyond a day's planned number, or of a
routine without a plan, or on a rest, sick or away day, it is exercise but not plan done — as
adherence credits it. A per-day plan is counted day by day; a per-week plan by the week,
because its sessions may fall on any day of it (adherence spreads it a seventh a day for the
percentage, which no whole count can show).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rehabtimer.core.plans import Excuse, PlanPeriod
from rehabtimer.storage.session_points import DayCount


@dataclass(frozen=True)
class Counts:
    planned: int = 0
    done: int = 0
    """Sessions with every step done."""
    part: int = 0
    """Sessions begun but not finished, or with steps skipped."""


@dataclass(frozen=True)
class SessionCounts:
    by_day: Counts
    """Towards per-day plans, day by day."""
    by_week: Counts
    """Towards per-week plans, week by week."""
    more: int
    """Sessions done, in full or in part, that count towards no plan."""


def count_sessions(days: Iterable[DayCount], plans: Sequence[PlanPeriod],
                   excused: Mapping[date, Excuse], first: date, last: date,
                   week_start: int) -> SessionCounts:
    """Whole sessions of the days `first` to `last` counted towards the plan: a per-day plan
    each day, a per-week plan each week (weeks begin on `week_start`, 0 = Monday, clipped to
    the days), each at most its number."""
    done: Counter[tuple[str, date]] = Counter()
    part: Counter[tuple[str, date]] = Counter()
    for count in days:
        if first <= count.day <= last:
            done[count.routine_id, count.day] += count.complete
            part[count.routine_id, count.day] += count.in_part

    daily = [0, 0, 0]
    weekly = [0, 0, 0]
    for routine_id in dict.fromkeys(plan.routine_id for plan in plans):
        # Years of buckets look up a plan for each of their days: only this routine's.
        mine = [plan for plan in plans if plan.routine_id == routine_id]
        week_done = week_part = 0
        day = first
        while day <= last:
            plan = _in_force(mine, routine_id, day)
            if plan is not None and day not in excused:
                if plan.per_day is not None:
                    _add(daily, plan.per_day, done[routine_id, day], part[routine_id, day])
                else:
                    week_done += done[routine_id, day]
                    week_part += part[routine_id, day]
            day += timedelta(days=1)
            if day > last or day.weekday() == week_start:
                # The week's number is the one in force on its last day counted.
                plan = _in_force(mine, routine_id, day - timedelta(days=1))
                if plan is not None and plan.per_week is not None:
                    _add(weekly, plan.per_week, week_done, week_part)
                week_done = week_part = 0
    counted = daily[1] + daily[2] + weekly[1] + weekly[2]
    return SessionCounts(Counts(*daily), Counts(*weekly),
                         sum(done.values()) + sum(part.values()) - counted)


@dataclass(frozen=True)
class Tally:
    """The plans, and each day's sessions read when a span is counted: the sentence's week
    at once, a chart bar's days when it is pointed at. (Ten years of days read and counted
    for every bar up front cost the "all" view 60 ms.)"""

    read: Callable[[date, date], Sequence[DayCount]]
    """The sessions of the days from the first to the last, both included."""
    plans: Sequence[PlanPeriod]
    excused: Mapping[date, Excuse]
    week_start: int

    def over(self, first: date, last: date) -> SessionCounts:
        return count_sessions(self.read(first, last), self.plans, self.excused, first, last,
                              self.week_start)


def _add(total: list[int], planned: int, done: int, part: int) -> None:
    counted = min(done, planned)
    total[0] += planned
    total[1] += counted
    total[2] += min(part, planned - counted)


def _in_force(plans: Sequence[PlanPeriod], routine_id: str, day: date) -> PlanPeriod | None:
    """The routine's plan on `day`: of those started by then, the latest (the last given of
    those starting the same day), as adherence reads them."""
    found = None
    for plan in plans:
        if plan.routine_id == routine_id and plan.start <= day and (
                found is None or plan.start >= found.start):
            found = plan
    return found
