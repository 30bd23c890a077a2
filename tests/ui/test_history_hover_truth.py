"""A chart bar's hover text counts sessions as the history's sentence does: only towards the
plan they belong to, a day's plan at most its number, a weekly plan by the week; the rest
are said to be beyond the plan, not counted as planned ones."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF

from rehabtimer.core.timeline import build_timeline
from rehabtimer.ui.history.charts import DAY_S, day_x
from tests.ui.test_history import TODAY, add_session, at, history

__all__ = ["history"]

MONDAY = TODAY - timedelta(days=7)  # the week before this one


def add_retired_session(ctx, when: datetime) -> None:
    """A complete session of a routine no longer in the library: no plan holds it."""
    routine = ctx.library.get("knee-oa").routine
    timeline = build_timeline(routine)
    snapshot = ctx.snapshots.ensure("retired", {"en": "Retired"}, routine.to_data())
    session_id = ctx.sessions.start(
        profile_id=ctx.profile.id, snapshot_id=snapshot, routine_id="retired",
        started_at=when, planned_s=timeline.active_seconds, steps_total=len(timeline.steps),
        pain_before=None)
    ctx.sessions.finish(
        session_id, status="completed", ended_at=when + timedelta(minutes=10),
        active_s=timeline.active_seconds, paused_s=0.0, steps_done=len(timeline.steps),
        stop_reason=None)


def hover(window, day: date) -> list[str]:
    charts = window.history.view.charts
    vb = charts.adherence.getPlotItem().vb
    charts._hovered(charts.adherence, vb.mapViewToScene(QPointF(day_x(day) + DAY_S / 2, 50)))
    return charts.hover_text().split(" · ")


def test_a_bars_hover_counts_sessions_only_towards_the_plan_they_belong_to(history):
    ctx = history.ctx
    # Each routine's advice: one a day of knee-oa, low-back and bone-atrophy, two of
    # postpartum-back, two a week of bone-strength.
    add_session(ctx, "low-back", at(MONDAY, 9))
    for hour in (8, 12, 18):                                      # two beyond the day's one
        add_session(ctx, "knee-oa", at(MONDAY + timedelta(days=2), hour))
    add_retired_session(ctx, at(MONDAY + timedelta(days=3), 9))   # no plan
    add_session(ctx, "bone-strength", at(MONDAY + timedelta(days=4), 9))
    for hour in (9, 15):                                          # one beyond the week's two
        add_session(ctx, "bone-strength", at(MONDAY + timedelta(days=5), hour))
    add_session(ctx, "low-back", at(MONDAY + timedelta(days=6), 9), share=0.5)
    # Today: knee-oa once more than planned, one of the week's two bone-strength, an
    # unplanned routine; bone-atrophy and postpartum-back missed.
    add_session(ctx, "knee-oa", at(TODAY, 8))
    add_session(ctx, "knee-oa", at(TODAY, 18))
    add_session(ctx, "low-back", at(TODAY, 9))
    add_session(ctx, "bone-strength", at(TODAY, 11))
    add_retired_session(ctx, at(TODAY, 12))
    history.show_history()

    assert hover(history, TODAY)[1:4] == [
        "2 of 5 planned sessions done; 57% of the plan",
        "1 done towards a weekly plan",
        "plus 2 more beyond the plan",
    ]

    history.history._change(range_key="1y")
    week = hover(history, MONDAY + timedelta(days=3))
    assert week[0] == f"{MONDAY.isoformat()} - {(MONDAY + timedelta(days=6)).isoformat()}"
    assert week[1:4] == [
        "2 of 35 planned sessions done, 1 more done in part; 12% of the plan",
        "planned by the week: 2 of 2 sessions done",
        "plus 4 more beyond the plan",
    ]
    # This week so far says what the week's sentence says.
    assert hover(history, TODAY)[1:4] == [
        "2 of 5 planned sessions done; 43% of the plan",
        "planned by the week: 1 of 2 sessions done",
        "plus 2 more beyond the plan",
    ]
