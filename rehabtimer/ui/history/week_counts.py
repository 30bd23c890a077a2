"""This week's sessions counted whole against the plan, as the history's sentence states them.

A session only counts towards the plan it belongs to: beyond a day's planned number, or of a
routine without a plan, it is exercise but not plan done — as adherence credits it. A per-day
plan is counted up to today; a per-week plan for the whole week, because its sessions may fall
on any day of it (adherence spreads it a seventh a day for the percentage, which no whole
count can show).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rehabtimer.core.adherence import Excuse, PlanPeriod
from rehabtimer.storage.session_records import SessionRecord


@dataclass(frozen=True)
class Counts:
    planned: int = 0
    done: int = 0
    """Sessions with every step done."""
    part: int = 0
    """Sessions begun but not finished, or with steps skipped."""


@dataclass(frozen=True)
class WeekCounts:
    by_day: Counts
    by_week: Counts


def count_week(sessions: Sequence[SessionRecord], plans: Sequence[PlanPeriod],
               excused: Mapping[date, Excuse], first: date, today: date) -> WeekCounts:
    """Whole sessions of the days `first` to `today` that count towards the plan."""
    done: Counter[tuple[str, date | None]] = Counter()
    part: Counter[tuple[str, date | None]] = Counter()
    for record in sessions:
        if record.status == "in_progress":
            continue
        day = record.started_at.date()
        plan = _in_force(plans, record.routine_id, day)
        if plan is None or day in excused:
            continue
        key = (record.routine_id, day if plan.per_day is not None else None)
        if record.complete:
            done[key] += 1
        elif record.active_s > 0:
            part[key] += 1

    daily = [0, 0, 0]
    weekly = [0, 0, 0]
    for routine_id in dict.fromkeys(plan.routine_id for plan in plans):
        day = first
        while day <= today:
            plan = _in_force(plans, routine_id, day)
            if plan is not None and plan.per_day is not None and day not in excused:
                _add(daily, plan.per_day, done[routine_id, day], part[routine_id, day])
            day += timedelta(days=1)
        plan = _in_force(plans, routine_id, today)
        if plan is not None and plan.per_week is not None:
            _add(weekly, plan.per_week, done[routine_id, None], part[routine_id, None])
    return WeekCounts(Counts(*daily), Counts(*weekly))


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
