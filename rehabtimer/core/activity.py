"""Each day's finished sessions of a routine, as storage sums them for the adherence maths."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DayActivity:
    """One routine's finished sessions on one local day; scores in ascending order."""

    day: date
    routine_id: str
    sessions: int
    credit: float
    active_s: float
    pain_before: tuple[int, ...]
    pain_after: tuple[int, ...]
    effort: tuple[int, ...]
