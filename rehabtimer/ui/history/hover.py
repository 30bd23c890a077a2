"""The hover text of a bar or a point of the history charts: its days, its sessions counted
whole towards the plan as the history's sentence counts them (week_counts), its minutes and
the scores entered."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import date
from typing import overload

from PySide6.QtCore import QCoreApplication

from rehabtimer.core.adherence import Bucket
from rehabtimer.core.pain import Histogram, MonthScores, SessionPoint
from rehabtimer.ui.history.week_counts import SessionCounts, Tally


def about_points(points: Sequence[SessionPoint], tally: Tally,
                 weeks: bool) -> Callable[[Bucket], str]:
    """The hover text of a bucket, from the sessions in it; `weeks` when the buckets are a
    chart's weeks, whose plan by the week is counted against its number."""
    days = [p.day for p in points]

    def about(bucket: Bucket) -> str:
        inside = points[bisect.bisect_left(days, bucket.start):
                        bisect.bisect_right(days, bucket.end)]
        scores = _entered(inside) if bucket.start == bucket.end else _medians(bucket)
        return _hover(bucket, tally, weeks, scores)

    return about


def about_months(months: dict[date, MonthScores], tally: Tally) -> Callable[[Bucket], str]:
    """The hover text of a month, from its counts."""
    def about(bucket: Bucket) -> str:
        month = months.get(bucket.start.replace(day=1))
        scores = _medians(bucket) + ([] if month is None else _month_entered(month))
        return _hover(bucket, tally, False, scores)

    return about


class HoverTexts(Sequence[str]):
    """Each bucket's hover text, made the first time it is asked for: a bar's sessions are
    read and counted when it is pointed at, not for every bar when the chart is drawn."""

    def __init__(self, buckets: Sequence[Bucket], about: Callable[[Bucket], str]) -> None:
        self._buckets = buckets
        self._about = about
        self._made: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._buckets)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        bucket = self._buckets[index]  # IndexError past the end, as a tuple's
        index %= len(self)
        if index not in self._made:
            self._made[index] = self._about(bucket)
        return self._made[index]


def minutes_a_day(bucket: Bucket) -> float:
    return bucket.active_s / 60 / ((bucket.end - bucket.start).days + 1)


def _hover(bucket: Bucket, tally: Tally, weeks: bool, scores: list[str]) -> str:
    one_day = bucket.start == bucket.end
    when = (
        bucket.start.isoformat()
        if one_day
        else f"{bucket.start.isoformat()} - {bucket.end.isoformat()}"
    )
    parts = [when]
    if bucket.excused_days and one_day:
        parts.append(QCoreApplication.translate("History", "marked as a rest, sick or away day"))
    elif bucket.planned > 0:
        whole_week = weeks and bucket.start.weekday() == tally.week_start
        parts += _counts(bucket, tally.over(bucket.start, bucket.end), whole_week)
    if one_day:
        parts.append(
            QCoreApplication.translate("History", "{minutes} active minutes").format(
                minutes=round(bucket.active_s / 60)
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "History", "{minutes} active minutes, {per_day} a day"
            ).format(
                minutes=round(bucket.active_s / 60),
                per_day=_number(minutes_a_day(bucket)),
            )
        )
    return " · ".join(parts + scores)


def _counts(bucket: Bucket, counts: SessionCounts, whole_week: bool) -> list[str]:
    """Whole sessions towards the plan, in the words of the history's sentence, then those
    beyond it; the percentage is the bar's, adherence's credit. A weekly plan's number is
    given for a week from its first day; a day, a month or a week cut by the range's start
    only holds part of it, so there its sessions are counted without a number."""
    translate = QCoreApplication.translate
    percent = round(bucket.percent or 0)
    by_day, by_week = counts.by_day, counts.by_week
    if by_day.planned:
        text = (translate("History", "{done} of {planned} planned sessions done, {part} more "
                                     "done in part; {percent}% of the plan")
                if by_day.part else
                translate("History", "{done} of {planned} planned sessions done; {percent}% of "
                                     "the plan"))
    else:
        text = translate("History", "{percent}% of the plan")
    parts = [text.format(done=by_day.done, planned=by_day.planned, part=by_day.part,
                         percent=percent)]
    if by_week.planned:
        if whole_week:
            text = (translate("History", "planned by the week: {done} of {planned} sessions "
                                         "done, {part} more done in part")
                    if by_week.part else
                    translate("History", "planned by the week: {done} of {planned} sessions "
                                         "done"))
        else:
            text = (translate("History", "{done} done towards a weekly plan, {part} more done "
                                         "in part")
                    if by_week.part else
                    translate("History", "{done} done towards a weekly plan"))
        parts.append(text.format(done=by_week.done, planned=by_week.planned, part=by_week.part))
    if counts.more:
        parts.append(translate("History", "plus {count} more beyond the plan").format(
            count=counts.more))
    return parts


def _number(value: float) -> str:
    return str(round(value)) if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def _entered(inside: Sequence[SessionPoint]) -> list[str]:
    """A day's scores as the patient entered them, session by session."""
    parts = []
    pains = []
    for p in inside:
        if p.pain_before is None and p.pain_after is None and not p.stopped_for_pain:
            continue
        pain = (f"{'-' if p.pain_before is None else p.pain_before} → "
                f"{'-' if p.pain_after is None else p.pain_after}")
        if p.stopped_for_pain:
            pain += " " + QCoreApplication.translate("History", "(stopped for pain)")
        pains.append(pain)
    if pains:
        parts.append(QCoreApplication.translate("History", "pain {values}").format(
            values=", ".join(pains)))
    efforts = [str(p.effort) for p in inside if p.effort is not None]
    if efforts:
        parts.append(QCoreApplication.translate("History", "effort {values}").format(
            values=", ".join(efforts)))
    return parts


def _medians(bucket: Bucket) -> list[str]:
    """Over many days, the scores' medians, said to be medians."""
    parts = []
    if bucket.pain_before is not None or bucket.pain_after is not None:
        parts.append(QCoreApplication.translate("History", "median pain {before} → {after}").format(
            before="-" if bucket.pain_before is None else _number(bucket.pain_before),
            after="-" if bucket.pain_after is None else _number(bucket.pain_after)))
    if bucket.effort is not None:
        parts.append(QCoreApplication.translate("History", "median effort {effort}").format(
            effort=_number(bucket.effort)))
    return parts


def _month_entered(month: MonthScores) -> list[str]:
    """Over a month, how many times each score was entered."""
    translate = QCoreApplication.translate

    def listed(counts: Histogram) -> str:
        return ", ".join(
            translate("History", "{value} ({times} times)").format(value=value, times=n)
            for value, n in enumerate(counts) if n)

    parts = []
    for counts, text in (
            (month.pain_before, translate("History", "pain before entered: {counts}")),
            (month.pain_after, translate("History", "pain after entered: {counts}")),
            (month.effort, translate("History", "effort entered: {counts}"))):
        if any(counts):
            parts.append(text.format(counts=listed(counts)))
    if month.stopped_for_pain:
        parts.append(translate("History", "{count} stopped for pain").format(
            count=month.stopped_for_pain))
    return parts
