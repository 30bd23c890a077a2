"""The numbers behind the history's one-sentence explanations: this week against its plan,
the streaks and the recent active days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rehabtimer.core.adherence import Bucket
from rehabtimer.core.streaks import active_days, streaks


@dataclass(frozen=True)
class Summary:
    """The numbers behind the history's one-sentence explanations."""

    week_done: float
    week_planned: float
    week_percent: float | None
    current_streak: int
    best_streak: int
    active_days: int
    window: int


def summarize(
    days: Sequence[Bucket], weeks: Sequence[Bucket], today: date, window: int = 30,
    runs: tuple[int, int] | None = None,
) -> Summary:
    """This week's plan, the streaks and recent active days, from daily() and weekly().

    This week's numbers cover the part of it inside the range the buckets were made for:
    ending the range today gives the plan so far, ending it on the week's last day the
    whole week's plan. `runs` are the streaks when they were found over more days than
    `days` holds (streaks_over(), for years).
    """
    this_week = next((week for week in weeks if week.start <= today <= week.end), None)
    if this_week is None:
        raise ValueError(f"no week bucket holds {today}")
    current, best = streaks(days, today) if runs is None else runs
    return Summary(
        week_done=this_week.done,
        week_planned=this_week.planned,
        week_percent=this_week.percent,
        current_streak=current,
        best_streak=best,
        active_days=active_days(days, today, window),
        window=window,
    )
