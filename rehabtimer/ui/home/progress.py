"""How far today's plan is done, per routine: one answer for the home cards, the tray and
the reminders, so they never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rehabtimer.core.routine import Routine
from rehabtimer.ui.home.presenter import times_in_force
from rehabtimer.ui.reads import TodayReads


@dataclass(frozen=True)
class Progress:
    done: int
    """Completed sessions today, or this week for a weekly plan."""
    planned: int
    per_week: bool
    excused: bool
    """Today is marked as a rest, sick or away day."""
    explicit: bool
    """The patient's own plan, not only the routine's advice."""

    @property
    def met(self) -> bool:
        return self.excused or self.done >= self.planned


def plan_in_force(ctx: TodayReads, profile_id: int, routine: Routine, day: date
                  ) -> tuple[int, bool]:
    """(times, per_week) in force on `day`: the profile's plan, else the routine's advice."""
    plan = ctx.plans.in_force(profile_id, routine.id, day)
    return times_in_force(None if plan is None else (plan.per_day, plan.per_week),
                          (routine.recommended.per_day, routine.recommended.per_week))


def progress_today(ctx: TodayReads, today: date) -> dict[str, Progress]:
    profile_id = ctx.profile.id
    week_start = today - timedelta(days=(today.weekday() - ctx.settings.week_start) % 7)
    this_week = ctx.sessions.list(profile_id, since=week_start, until=today)
    excused = ctx.day_marks.get(profile_id, today) is not None
    progress = {}
    for entry in ctx.library.entries:
        routine = entry.routine
        planned, per_week = plan_in_force(ctx, profile_id, routine, today)
        done = sum(
            1
            for s in this_week
            if s.routine_id == routine.id
            and s.complete
            and (per_week or s.started_at.date() == today)
        )
        explicit = ctx.plans.in_force(profile_id, routine.id, today) is not None
        progress[routine.id] = Progress(done, planned, per_week, excused, explicit)
    return progress
