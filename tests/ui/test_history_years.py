"""Years of history judged from month sums: the figures every day would give, without a
day record for each day and routine of the years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rehabtimer.core.plans import Excuse
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.ui.history.presenter import HEAT_DAYS, build_history, figures
from tests.ui.test_history import TODAY, add_session, at, history, import_days

__all__ = ["history"]


@pytest.mark.parametrize("routine_id", [None, "knee-oa"])
def test_years_read_days_only_for_the_calendar_and_keep_every_figure(history, monkeypatch,
                                                                      routine_id):
    ctx = history.ctx
    profile_id = ctx.profile.id
    first = date(2024, 1, 15)
    import_days(ctx, first, (TODAY - first).days + 1)
    # A weekly plan from a day in mid-month, partial sessions, a second session on some
    # days, and days marked sick: what a per-day cap, a month's cap and excuses change.
    ctx.plans.set(profile_id, "low-back", per_week=3, start_date=date(2025, 2, 12))
    # Met every day but the sick ones, which neither break a run nor extend it: the knee
    # alone keeps a streak of years.
    ctx.plans.set(profile_id, "knee-oa", per_day=1, start_date=first)
    for n in range(0, 600, 4):
        add_session(ctx, "low-back", at(date(2025, 1, 1) + timedelta(days=n), 9),
                    share=(1.0, 0.5, 0.25)[n % 3])
    for n in range(0, 600, 7):
        add_session(ctx, "knee-oa", at(date(2024, 6, 1) + timedelta(days=n), 7))
    for n in range(0, 900, 31):
        DayMarkRepository(ctx.database).set(profile_id, first + timedelta(days=n), Excuse.SICK)

    read: list[tuple[date, date]] = []
    every_day = ctx.activity

    def activity(profile: int, start: date, end: date, routine_id: str | None = None):
        read.append((start, end))
        return every_day(profile, start, end, routine_id)

    monkeypatch.setattr(ctx, "activity", activity)
    _, fig = build_history(ctx, profile_id, routine_id, "all", TODAY)
    assert read == [(TODAY - timedelta(days=HEAT_DAYS - 1), TODAY)]

    excused = ctx.day_marks.for_range(profile_id, first, TODAY)
    expected = figures(ctx, profile_id, routine_id, first, TODAY,
                       every_day(profile_id, first, TODAY, routine_id), excused)
    assert fig.grain == expected.grain == "month"
    assert fig.summary == expected.summary
    assert fig.sentences == expected.sentences
    assert fig.heat == expected.heat
    assert [(b.start, b.end, b.planned, b.excused_days, b.sessions, b.pain_before,
             b.pain_after, b.effort) for b in fig.bars] == [
        (b.start, b.end, b.planned, b.excused_days, b.sessions, b.pain_before, b.pain_after,
         b.effort) for b in expected.bars]
    assert [b.done for b in fig.bars] == pytest.approx([b.done for b in expected.bars])
    assert [b.active_s for b in fig.bars] == pytest.approx([b.active_s for b in expected.bars])
    if routine_id is not None:
        assert expected.summary.best_streak > 365
