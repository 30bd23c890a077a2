"""Years of history as month sums rather than day records: the same buckets and streaks
(adherence.monthly_sums(), streaks.streaks_over()), without a record per day and routine."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rehabtimer.core.pain import MonthScores


@dataclass(frozen=True)
class MonthActivity:
    """One calendar month's finished sessions (inside the range read), all routines together."""

    scores: MonthScores
    """Its month, the scores entered in it and how its sessions ended."""
    sessions: int
    active_s: float


@dataclass(frozen=True)
class LongActivity:
    """Years of finished sessions as a chart of months needs them: each month's sums, and
    each routine's credit on each day it was done, by which a plan is judged day by day."""

    months: Sequence[MonthActivity]
    credit: Mapping[str, Mapping[int, float]]
    """Routine id -> day (date.toordinal()) -> that day's credit; days without it left out."""
