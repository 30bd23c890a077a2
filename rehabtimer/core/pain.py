"""When a pain score (0-10) asks for more than being written down, and how the scores
of many sessions trend.

The thresholds are the app's conservative reading of the pain-monitoring rule described in
docs/clinical-notes.md: exercise on a day of severe pain is advised against, and a rise of
two points or more over a session is a reason to ease off and to check the next day.
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

TOO_HIGH_TO_START = 7
"""Pain before a session at or above this: advise not to exercise today."""
RISE_TO_ACT_ON = 2
"""A rise over a session at least this large: advice now, a question the day after."""


def too_high_to_start(pain_before: int | None) -> bool:
    return pain_before is not None and pain_before >= TOO_HIGH_TO_START


def rose(pain_before: int | None, pain_after: int | None) -> bool:
    """Whether the pain went up by RISE_TO_ACT_ON or more; unknown when either is missing."""
    if pain_before is None or pain_after is None:
        return False
    return pain_after - pain_before >= RISE_TO_ACT_ON


TREND_DAYS = 7
"""A trend point is the median of the scores of this many days, ending on its day."""


@dataclass(frozen=True)
class SessionPoint:
    """One finished session as the history charts show it: the scores the patient entered,
    at the local time the session started."""

    started: datetime
    """Local wall-clock time, without a time zone."""
    pain_before: int | None
    pain_after: int | None
    effort: int | None
    stopped_for_pain: bool
    complete: bool
    """Every step done (SessionRecord.complete)."""
    active: bool
    """Some exercise done: a session not complete but active was done in part."""

    @property
    def day(self) -> date:
        return self.started.date()


def rolling_median(
    spans: Sequence[tuple[date, date]],
    scores: Sequence[tuple[date, int]],
    days: int = TREND_DAYS,
) -> list[float | None]:
    """For each span (first day, last day), the median of every score from its first day or
    `days` days before its last, whichever is earlier, to its last; None where there is none.

    A single day gets the median of the `days` days ending on it; a month, of its own days.
    """
    if days < 1:
        raise ValueError(f"a trend needs at least one day, got {days}")
    ordered = sorted(scores)
    on = [day for day, _ in ordered]
    found: list[float | None] = []
    for first, last in spans:
        begin = min(first, last - timedelta(days=days - 1))
        window = [value for _, value in ordered[bisect.bisect_left(on, begin):
                                                bisect.bisect_right(on, last)]]
        found.append(float(statistics.median(window)) if window else None)
    return found


SCORES = range(11)
"""Every score the patient can enter, 0 to 10."""

Histogram = tuple[int, ...]
"""How many times each score, 0 to 10, was entered: its count at its index."""


@dataclass(frozen=True)
class MonthScores:
    """One month of finished sessions as the history charts show many years: each score
    counted as entered, so that no value is drawn that the patient did not enter."""

    month: date
    """Its first day."""
    pain_before: Histogram
    pain_after: Histogram
    effort: Histogram
    stopped_for_pain: int
    complete: int
    """Sessions with every step done."""
    in_part: int
    """Not complete, but some exercise done."""


def histogram_median(counts: Histogram) -> float | None:
    """The median of the scores `counts` counts, exactly as of the scores themselves; None
    where there is none."""
    total = sum(counts)
    if total == 0:
        return None
    # The one or two middle scores, by their places in the ordered scores (from 1).
    middle = ((total + 1) // 2, total // 2 + 1)
    found: list[int] = []
    seen = 0
    for score, count in enumerate(counts):
        seen += count
        while len(found) < 2 and seen >= middle[len(found)]:
            found.append(score)
    return (found[0] + found[1]) / 2
