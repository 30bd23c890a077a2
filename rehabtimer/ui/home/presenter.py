"""Builds the states of the home screen and the tray from the plans and today's sessions.

Light on purpose: the first frame of the home screen is built here before the routine
parser and the database are loaded, so those are named for type checking only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication

from rehabtimer.core.card_cache import RoutineSummary
from rehabtimer.core.texts import pick
from rehabtimer.settings import Settings
from rehabtimer.ui.home.view import HomeState, InterruptedOffer, Option, RoutineCard
from rehabtimer.ui.widgets.profile_name import profile_name

if TYPE_CHECKING:
    from rehabtimer.context import AppContext
    from rehabtimer.storage.quick_counts import TodayCounts
    from rehabtimer.storage.session_records import SessionRecord


class CardProgress(Protocol):
    """What a card shows of today's progress (ui/home/progress.py has the full answer)."""

    @property
    def done(self) -> int: ...
    @property
    def planned(self) -> int: ...
    @property
    def per_week(self) -> bool: ...
    @property
    def excused(self) -> bool: ...


class FirstProgress(NamedTuple):
    done: int
    planned: int
    per_week: bool
    excused: bool


def times_in_force(plan: tuple[int | None, int | None] | None,
                   advice: tuple[int | None, int | None]) -> tuple[int, bool]:
    """(times, per_week) in force: the patient's own plan (per_day, per_week), else the
    routine's advice; one rule for the first frame and the full window."""
    per_day, per_week = plan if plan is not None else advice
    return (per_week, True) if per_week else (per_day or 1, False)


def first_progress(summaries: Sequence[RoutineSummary],
                   counts: TodayCounts) -> dict[str, FirstProgress]:
    """Today's progress from the counts read before the full history is open."""
    progress = {}
    for routine in summaries:
        plan = counts.plans.get(routine.routine_id)
        planned, per_week = times_in_force(
            None if plan is None else (plan.per_day, plan.per_week),
            (routine.per_day, routine.per_week))
        done = (counts.done_this_week if per_week else counts.done_today).get(
            routine.routine_id, 0)
        progress[routine.routine_id] = FirstProgress(done, planned, per_week, counts.excused)
    return progress


def routine_cards(
    summaries: Sequence[RoutineSummary], lang: str, progress: Mapping[str, CardProgress] | None
) -> tuple[RoutineCard, ...]:
    """One card per routine; without progress (not read yet) the cards leave it out."""
    cards = []
    for routine in summaries:
        today = progress[routine.routine_id] if progress is not None else None
        cards.append(
            RoutineCard(
                routine_id=routine.routine_id,
                title=pick(routine.title, lang),
                summary=pick(routine.summary, lang) if routine.summary else "",
                steps=routine.steps,
                total_s=routine.planned_s,
                done=today.done if today else None,
                planned=today.planned if today else None,
                per_week=today.per_week if today else False,
                rest_day=today.excused if today else False,
            )
        )
    return tuple(cards)


def first_home_state(summaries: Sequence[RoutineSummary], lang: str, settings: Settings,
                     counts: TodayCounts | None = None,
                     notices: tuple[str, ...] = ()) -> HomeState:
    """The home screen before the full history is open: the routines, with the profile and
    today's progress where the counts could be read at once (storage/quick_counts.py)."""
    progress = None if counts is None else first_progress(summaries, counts)
    profile = "" if counts is None else profile_name(counts.profile_name,
                                                     counts.profile_is_default)
    return HomeState(profile, routine_cards(summaries, lang, progress), notices=notices,
                     sound=Option(settings.sounds), voice=Option(settings.voice))


def settings_notice() -> str:
    """Told on the home screen when some settings could not be read."""
    return QCoreApplication.translate(
        "App", "Some settings could not be read, so their usual values are used.")


def routine_notice(problem: str) -> str:
    """Told on the home screen for each routine file that could not be read."""
    return QCoreApplication.translate(
        "App", "A routine file could not be read and was skipped: {problem}"
    ).format(problem=problem)


def home_columns(settings: Settings) -> int:
    """Routine cards side by side, or one above the other when the text is large."""
    return 1 if settings.text_scale >= 150 else 2


def build_home_state(
    ctx: AppContext,
    progress: Mapping[str, CardProgress],
    interrupted: SessionRecord | None,
    notices: tuple[str, ...],
    sound: Option,
    voice: Option,
) -> HomeState:
    summaries = ctx.library.summaries(ctx.settings.get_ready_s)
    offer = None
    if interrupted is not None:
        offer = InterruptedOffer(
            session_id=interrupted.id,
            routine_id=interrupted.routine_id,
            title=pick(interrupted.routine_title, ctx.lang),
            step=min(interrupted.current_step, interrupted.steps_total - 1),
            steps_total=interrupted.steps_total,
        )
    return HomeState(profile_name(ctx.profile.name, ctx.profile.is_default),
                     routine_cards(summaries, ctx.lang, progress), offer, notices, sound, voice)
