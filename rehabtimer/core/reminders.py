"""When to remind the patient: pure rules, checked each time the app wakes.

A reminder is a local time of day for a routine. It fires when its time has come, today's
plan for that routine is not met yet, it is not snoozed, and it has not been shown.
Reminders missed while the computer was off or asleep come together, once, at the next
check; only today's count, since yesterday's plan can no longer be met.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta

SNOOZE_CHOICES = (timedelta(minutes=10), timedelta(minutes=30))


@dataclass(frozen=True)
class ReminderTime:
    routine_id: str
    at: time


@dataclass(frozen=True)
class Reminder:
    routine_id: str
    due: datetime
    """The (latest) reminder time that made this one due."""
    missed: bool
    """It came due while nothing was checking: the computer was off or asleep."""


def due_reminders(
    times: Iterable[ReminderTime],
    now: datetime,
    last_check: datetime | None,
    plan_met_today: Callable[[str], bool],
    snoozed_until: Mapping[str, datetime],
    shown: set[tuple[str, datetime]],
    missed_after: timedelta = timedelta(minutes=2),
) -> list[Reminder]:
    """Reminders to show now, at most one per routine; adds what it returns to `shown`."""
    start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    since = start_of_day if last_check is None else max(last_check, start_of_day)
    latest: dict[str, datetime] = {}
    for reminder in times:
        moment = datetime.combine(now.date(), reminder.at, tzinfo=now.tzinfo)
        if since < moment <= now and (reminder.routine_id, moment) not in shown:
            latest[reminder.routine_id] = max(moment, latest.get(reminder.routine_id, moment))
    for routine_id, until in snoozed_until.items():
        if since < until <= now:
            latest[routine_id] = max(until, latest.get(routine_id, until))
    due = []
    for routine_id, moment in sorted(latest.items()):
        if plan_met_today(routine_id):
            continue
        shown.add((routine_id, moment))
        due.append(Reminder(routine_id, moment, missed=now - moment > missed_after))
    return due


def next_due(
    times: Iterable[ReminderTime], now: datetime, snoozed_until: Mapping[str, datetime]
) -> datetime | None:
    """The first moment after `now` at which a reminder or a snooze falls due, if any."""
    moments = [until for until in snoozed_until.values() if until > now]
    for reminder in times:
        for day in (now.date(), now.date() + timedelta(days=1)):
            moment = datetime.combine(day, reminder.at, tzinfo=now.tzinfo)
            if moment > now:
                moments.append(moment)
                break
    return min(moments, default=None)
