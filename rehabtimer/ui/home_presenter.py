"""Builds the home screen's state from the plans and today's sessions."""

from __future__ import annotations

from datetime import date, timedelta

from rehabtimer.core.routine import Routine
from rehabtimer.core.texts import pick
from rehabtimer.core.timeline import build_timeline
from rehabtimer.storage.repositories import SessionRecord
from rehabtimer.ui.context import AppContext
from rehabtimer.ui.home_view import HomeState, InterruptedOffer, Option, RoutineCard


def plan_in_force(ctx: AppContext, profile_id: int, routine: Routine, day: date
                  ) -> tuple[int, bool]:
    """(times, per_week) in force on `day`: the profile's plan, else the routine's advice."""
    plan = ctx.plans.in_force(profile_id, routine.id, day)
    per_day = plan.per_day if plan else routine.recommended.per_day
    per_week = plan.per_week if plan else routine.recommended.per_week
    return (per_week, True) if per_week else (per_day or 1, False)


def build_home_state(
    ctx: AppContext,
    interrupted: SessionRecord | None,
    notices: tuple[str, ...],
    sound: Option,
    voice: Option,
) -> HomeState:
    today = ctx.clock.now().date()
    week_start = today - timedelta(days=(today.weekday() - ctx.settings.week_start) % 7)
    this_week = ctx.sessions.list(ctx.profile.id, since=week_start, until=today)
    cards = []
    for entry in ctx.library.entries:
        routine = entry.routine
        planned, per_week = plan_in_force(ctx, ctx.profile.id, routine, today)
        done = sum(
            1
            for s in this_week
            if s.routine_id == routine.id
            and s.status == "completed"
            and (per_week or s.started_at.date() == today)
        )
        cards.append(
            RoutineCard(
                routine_id=routine.id,
                title=pick(routine.title, ctx.lang),
                summary=pick(routine.summary, ctx.lang) if routine.summary else "",
                steps=len(routine.steps),
                total_s=build_timeline(routine, ctx.settings.get_ready_s).planned_seconds,
                done=done,
                planned=planned,
                per_week=per_week,
            )
        )
    offer = None
    if interrupted is not None:
        offer = InterruptedOffer(
            session_id=interrupted.id,
            routine_id=interrupted.routine_id,
            title=pick(interrupted.routine_title, ctx.lang),
            step=min(interrupted.current_step, interrupted.steps_total - 1),
            steps_total=interrupted.steps_total,
        )
    return HomeState(ctx.profile.name, tuple(cards), offer, notices, sound, voice)
