"""Builds what the history screen and the clinician's report show, from the database.

Aggregation happens in SQL per local day; the adherence maths is the core's; this module
only chooses ranges and turns numbers into sentences in the UI language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from rehabtimer.core.activity import DayActivity
from rehabtimer.core.adherence import Bucket, daily, monthly, monthly_sums, weekly
from rehabtimer.core.adherence_summary import Summary, summarize
from rehabtimer.core.month_sums import LongActivity
from rehabtimer.core.pain import (
    SCORES,
    MonthScores,
    SessionPoint,
    histogram_median,
    rolling_median,
)
from rehabtimer.core.plans import Excuse, PlanPeriod
from rehabtimer.core.streaks import streaks_over
from rehabtimer.core.texts import pick
from rehabtimer.ui.errors import session_problem_text
from rehabtimer.ui.history.charts import ChartData, Counted, Grain
from rehabtimer.ui.history.hover import (
    HoverTexts,
    about_months,
    about_points,
    minutes_a_day,
)
from rehabtimer.ui.history.table import SessionPages
from rehabtimer.ui.history.view import HistoryState
from rehabtimer.ui.history.week_counts import SessionCounts, Tally
from rehabtimer.ui.reads import HistoryReads
from rehabtimer.ui.widgets.words import profile_name

RANGE_DAYS = {"4w": 28, "3m": 91, "1y": 365}
HEAT_DAYS = 365


@dataclass(frozen=True)
class HistoryFigures:
    """The numbers behind one view of the history, for the screen and the report alike."""

    start: date
    end: date
    bars: list[Bucket]
    """Adherence over the range, per `grain`."""
    grain: Grain
    points: list[Bucket]
    """Minutes and pain over the range: per day, or per month when the bars are."""
    heat: list[Bucket]
    """The last 12 months, day by day, for the calendar."""
    summary: Summary
    sentences: tuple[str, ...]
    tally: Tally
    """Each day's sessions, to count any bar's towards the plan as the sentences do."""


def grain_for(start: date, end: date) -> Grain:
    """Days up to 3 months, weeks up to a year, months beyond: a few hundred bars at most."""
    days = (end - start).days + 1
    if days <= RANGE_DAYS["3m"] + 1:
        return "day"
    return "week" if days <= RANGE_DAYS["1y"] + 1 else "month"


def history_begins(ctx: HistoryReads, profile_id: int) -> date:
    """The first day that can count as missed: when the profile or its first session began."""
    profile = next(p for p in ctx.profiles.list() if p.id == profile_id)
    first = ctx.sessions.first_day(profile_id)
    return min(profile.created_at.date(), first or date.max)


def plans_for(ctx: HistoryReads, profile_id: int, routine_id: str | None) -> list[PlanPeriod]:
    """Every plan in force over time: the routine's advice from the day the history begins,
    then the profile's own plans."""
    begins = history_begins(ctx, profile_id)
    plans: list[PlanPeriod] = []
    for entry in ctx.library.entries:
        routine = entry.routine
        if routine_id is not None and routine.id != routine_id:
            continue
        advice = routine.recommended
        plans.append(PlanPeriod(routine.id, advice.per_day, advice.per_week, begins))
        plans.extend(
            PlanPeriod(p.routine_id, p.per_day, p.per_week, p.start_date)
            for p in ctx.plans.history(profile_id, routine.id)
        )
    return plans


def range_start(ctx: HistoryReads, profile_id: int, range_key: str, today: date) -> date:
    if range_key in RANGE_DAYS:
        return today - timedelta(days=RANGE_DAYS[range_key] - 1)
    return ctx.sessions.first_day(profile_id) or today - timedelta(days=27)


def sentences(summary: Summary, counts: SessionCounts) -> tuple[str, ...]:
    """The summary in words. Sessions are counted whole and only towards the plan they
    belong to (see week_counts); the percentage is adherence's credit, which counts a session
    done in part by its share of exercise time and a weekly plan a seventh a day, so it is
    named as the exercise done of the plan up to today, not as a share of those counts."""
    translate = QCoreApplication.translate
    lines = []
    if summary.week_planned > 0:
        percent = round(summary.week_percent or 0)
        if counts.by_day.planned:
            text = (translate("History", "This week up to today: {done} of {planned} planned "
                                         "sessions done in full, {part} more done in part; "
                                         "exercise done: {percent}% of the plan.")
                    if counts.by_day.part else
                    translate("History", "This week up to today: {done} of {planned} planned "
                                         "sessions done in full; exercise done: {percent}% of "
                                         "the plan."))
            lines.append(text.format(done=counts.by_day.done, planned=counts.by_day.planned,
                                     part=counts.by_day.part, percent=percent))
        if counts.by_week.planned:
            text = (translate("History", "Planned by the week: {done} of {planned} sessions "
                                         "done in full, {part} more done in part.")
                    if counts.by_week.part else
                    translate("History", "Planned by the week: {done} of {planned} sessions "
                                         "done in full."))
            lines.append(text.format(done=counts.by_week.done, planned=counts.by_week.planned,
                                     part=counts.by_week.part))
        if not counts.by_day.planned:
            lines.append(translate("History", "Exercise done: {percent}% of the plan up to "
                                              "today.").format(percent=percent))
    else:
        lines.append(translate("History", "Nothing is planned this week."))
    lines.append(
        QCoreApplication.translate(
            "History", "Days in a row meeting the plan: {current} now, {best} at best."
        ).format(current=summary.current_streak, best=summary.best_streak)
    )
    lines.append(
        QCoreApplication.translate("History", "Active on {days} of the last {window} days.").format(
            days=summary.active_days, window=summary.window
        )
    )
    return tuple(lines)


def figures(
    ctx: HistoryReads,
    profile_id: int,
    routine_id: str | None,
    start: date,
    end: date,
    activity: list[DayActivity],
    excused: dict[date, Excuse],
    months: LongActivity | None = None,
) -> HistoryFigures:
    plans = plans_for(ctx, profile_id, routine_id)
    # One daily series serves the range, the streaks, the summary and the 12-month calendar;
    # given `months` over years, only the calendar's, and the rest comes from month sums.
    first_day = min(start, end - timedelta(HEAT_DAYS - 1))
    if months is not None:
        first_day = end - timedelta(HEAT_DAYS - 1)
    every_day = daily(activity, plans, excused, first_day, end)
    days = [b for b in every_day if b.start >= start]
    week_start = ctx.settings.week_start
    this_week_began = end - timedelta(days=(end.weekday() - week_start) % 7)
    this_week = weekly(activity, plans, excused, this_week_began, end, week_start)
    recent = min(start, end - timedelta(days=29))
    runs = None if months is None else streaks_over(months, plans, excused, start, end)
    summary = summarize([b for b in every_day if b.start >= recent], this_week, end, runs=runs)
    tally = Tally(lambda first, last: ctx.day_counts(profile_id, first, last, routine_id),
                  plans, excused, week_start)
    grain = grain_for(start, end)
    if grain == "day":
        bars = days
    elif grain == "week":
        bars = weekly(activity, plans, excused, start, end, week_start)
    elif months is None:
        bars = monthly(activity, plans, excused, start, end)
    else:
        bars = monthly_sums(months, plans, excused, start, end)
    return HistoryFigures(
        start=start,
        end=end,
        bars=bars,
        grain=grain,
        points=bars if grain == "month" else days,
        heat=every_day[-HEAT_DAYS:],
        summary=summary,
        sentences=sentences(summary, tally.over(this_week_began, end)),
        tally=tally,
    )


def _scores(points: Sequence[SessionPoint], score: str) -> tuple[tuple[datetime, int], ...]:
    found = ((p.started, getattr(p, score)) for p in points)
    return tuple((when, value) for when, value in found if value is not None)


def _trend(points: Sequence[SessionPoint], spans: list[tuple[date, date]],
           score: str) -> tuple[float | None, ...]:
    return tuple(rolling_median(spans, [(when.date(), v) for when, v in _scores(points, score)]))


def chart_data(fig: HistoryFigures, points: Sequence[SessionPoint], week_start: int = 0,
               lang: str = "en", months: Sequence[MonthScores] = ()) -> ChartData:
    """The charts' numbers; `points` are the range's sessions in the order they started,
    or, for a chart by month, `months` their scores counted per month."""
    spans = [(b.start, b.end) for b in fig.points]
    counted = None
    if fig.grain == "month":
        by_month = {m.month: m for m in months}
        about = about_months(by_month, fig.tally)
        none = (0,) * len(SCORES)
        empty = MonthScores(date.min, none, none, none, 0, 0, 0)
        shown = [by_month.get(b.start.replace(day=1), empty) for b in fig.points]
        counted = Counted(tuple(m.pain_before for m in shown),
                          tuple(m.pain_after for m in shown),
                          tuple(m.effort for m in shown),
                          tuple(m.stopped_for_pain for m in shown))
        # Each month's trend point is the exact median of the scores entered in it.
        before_trend, after_trend, effort_trend = (
            tuple(histogram_median(h) for h in counts)
            for counts in (counted.pain_before, counted.pain_after, counted.effort))
    else:
        about = about_points(points, fig.tally, weeks=fig.grain == "week")
        # A trend point per day is the median of the week ending on it.
        before_trend, after_trend, effort_trend = (
            _trend(points, spans, score) for score in ("pain_before", "pain_after", "effort"))
    bar_hover = HoverTexts(fig.bars, about)
    return ChartData(
        grain=fig.grain,
        bar_starts=tuple(b.start for b in fig.bars),
        bar_ends=tuple(b.end for b in fig.bars),
        adherence=tuple(b.percent for b in fig.bars),
        bar_hover=bar_hover,
        point_starts=tuple(b.start for b in fig.points),
        point_ends=tuple(b.end for b in fig.points),
        minutes=tuple(minutes_a_day(b) for b in fig.points),
        pain_before=_scores(points, "pain_before"),
        pain_after=_scores(points, "pain_after"),
        stopped_for_pain=tuple(p.started for p in points if p.stopped_for_pain),
        pain_before_trend=before_trend,
        pain_after_trend=after_trend,
        effort=_scores(points, "effort"),
        effort_trend=effort_trend,
        point_hover=(bar_hover if fig.points is fig.bars
                     else HoverTexts(fig.points, about_points(points, fig.tally, weeks=False))),
        heat_days=tuple(b.start for b in fig.heat),
        heat=tuple(None if b.excused_days else b.percent for b in fig.heat),
        week_start=week_start,
        lang=lang,
        counted=counted,
    )


def build_history(
    ctx: HistoryReads,
    profile_id: int,
    routine_id: str | None,
    range_key: str,
    today: date,
    since: date | None = None,
) -> tuple[HistoryState, HistoryFigures]:
    """The history up to `today`, from `since` if given, else over the chosen range."""
    start = since or range_start(ctx, profile_id, range_key, today)
    first_needed = min(start, today - timedelta(days=HEAT_DAYS - 1))
    # Years as month sums (storage/aggregates.py), days only for the calendar's year.
    years = grain_for(start, today) == "month"
    sums = ctx.month_activity(profile_id, start, today, routine_id) if years else None
    days_from = today - timedelta(days=HEAT_DAYS - 1) if years else first_needed
    activity = ctx.activity(profile_id, days_from, today, routine_id)
    excused = ctx.day_marks.for_range(profile_id, first_needed, today)
    fig = figures(ctx, profile_id, routine_id, start, today, activity, excused, sums)
    total = ctx.sessions.count(profile_id, start, today, routine_id)
    charts = None
    if total:
        if sums is not None:
            # Years of sessions: their scores counted per month in the month sums.
            charts = chart_data(fig, (), ctx.settings.week_start, ctx.lang,
                                [month.scores for month in sums.months])
        else:
            points = ctx.session_points(profile_id, start, today, routine_id)
            charts = chart_data(fig, points, ctx.settings.week_start, ctx.lang)
    titles = {e.routine.id: pick(e.routine.title, ctx.lang) for e in ctx.library.entries}
    state = HistoryState(
        profiles=tuple((p.id, profile_name(p.name, p.is_default)) for p in ctx.profiles.list()),
        profile_id=profile_id,
        routines=tuple(titles.items()),
        routine_id=routine_id,
        range_key=range_key,
        sentences=fig.sentences,
        problems=tuple(
            session_problem_text(problem)
            for problem in ctx.sessions.problems(profile_id, start, today, routine_id)
        ),
        charts=charts,
        sessions=SessionPages(
            total,
            lambda offset, limit: ctx.sessions.newest(
                profile_id, start, today, routine_id, offset, limit
            ),
        ),
    )
    return state, fig
