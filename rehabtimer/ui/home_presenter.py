"""Builds the states of the home screen and the tray from the plans and today's sessions."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from rehabtimer.core.texts import pick
from rehabtimer.core.timeline import build_timeline
from rehabtimer.storage.repositories import SessionRecord
from rehabtimer.ui.context import AppContext
from rehabtimer.ui.home_view import HomeState, InterruptedOffer, Option, RoutineCard
from rehabtimer.ui.progress import Progress
from rehabtimer.ui.tray import TrayRoutine, TrayState


def build_home_state(
    ctx: AppContext,
    progress: Mapping[str, Progress],
    interrupted: SessionRecord | None,
    notices: tuple[str, ...],
    sound: Option,
    voice: Option,
) -> HomeState:
    cards = []
    for entry in ctx.library.entries:
        routine = entry.routine
        today = progress[routine.id]
        cards.append(
            RoutineCard(
                routine_id=routine.id,
                title=pick(routine.title, ctx.lang),
                summary=pick(routine.summary, ctx.lang) if routine.summary else "",
                steps=len(routine.steps),
                total_s=build_timeline(routine, ctx.settings.get_ready_s).planned_seconds,
                done=today.done,
                planned=today.planned,
                per_week=today.per_week,
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


def build_tray_state(
    ctx: AppContext, progress: Mapping[str, Progress], reminded: Collection[str]
) -> TrayState:
    """The routines the patient has made their own, by a plan or a reminder; with neither,
    "1 of 2 today" would add up advice for routines they may never do."""
    routines = []
    for entry in ctx.library.entries:
        today = progress[entry.routine.id]
        if today.explicit or entry.routine.id in reminded:
            routines.append(TrayRoutine(entry.routine.id, pick(entry.routine.title, ctx.lang),
                                        today.done, today.planned, today.per_week))
    daily = [r for r in routines if not r.per_week]
    return TrayState(
        tuple(routines),
        done_today=sum(min(r.done, r.planned) for r in daily),
        planned_today=sum(r.planned for r in daily),
    )
