"""What a routine's adherence is judged against: its plan over time, and the days left out.

A plan is so many sessions a day or a week, in force from the day it starts; days marked
rest, sick or away plan nothing and count nothing done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Excuse(StrEnum):
    """Why a day is left out of adherence instead of counting as missed."""

    REST = "rest"
    SICK = "sick"
    AWAY = "away"


@dataclass(frozen=True)
class PlanPeriod:
    """A frequency in force from `start` until the routine's next plan starts.

    The routine's own recommendation is passed as a period starting at date.min. Of a
    routine's plans that start on the same day, the last one passed holds.
    """

    routine_id: str
    per_day: int | None
    per_week: int | None
    start: date

    def __post_init__(self) -> None:
        if (self.per_day is None) == (self.per_week is None):
            raise ValueError(f"a plan needs exactly one of per_day and per_week: {self!r}")
        frequency = self.per_day if self.per_day is not None else self.per_week
        if frequency is None or frequency <= 0:
            raise ValueError(f"a plan needs a positive frequency: {self!r}")
