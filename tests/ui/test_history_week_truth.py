"""The week's sentence in the history never contradicts itself: whole sessions are counted
only towards the plan they belong to, and the percentage is named as what it measures."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.test_history import TODAY, add_session, at, history, visible

__all__ = ["history"]


def test_sessions_beyond_a_days_plan_or_of_a_weekly_plan_do_not_hide_a_missed_one(history):
    ctx = history.ctx
    # Monday, the week's first day, with each routine's recommended plan: one a day of
    # knee-oa, low-back and bone-atrophy, two of postpartum-back, two a week of bone-strength.
    add_session(ctx, "knee-oa", at(TODAY, 8))
    add_session(ctx, "knee-oa", at(TODAY, 18))          # beyond the day's plan
    add_session(ctx, "low-back", at(TODAY, 9))
    add_session(ctx, "postpartum-back", at(TODAY, 10))
    add_session(ctx, "postpartum-back", at(TODAY, 15))
    add_session(ctx, "bone-strength", at(TODAY, 11))    # one of the week's two
    # bone-atrophy is missed today.
    history.show_history()
    text = visible(history, QWidget, "sentences").text()

    assert ("This week up to today: 4 of 5 planned sessions done in full; exercise done: "
            "81% of the plan.") in text
    assert "Planned by the week: 1 of 2 sessions done in full." in text
    assert "6 of 5" not in text and "5 of 5" not in text

    # Of a weekly plan alone, Monday's part of it is done: the percentage says "up to today".
    history.history._change(routine_id="bone-strength")
    text = visible(history, QWidget, "sentences").text()
    assert "Planned by the week: 1 of 2 sessions done in full." in text
    assert "Exercise done: 100% of the plan up to today." in text


def test_a_session_done_in_part_is_counted_apart_from_the_full_ones(history):
    ctx = history.ctx
    add_session(ctx, "postpartum-back", at(TODAY, 8))
    add_session(ctx, "postpartum-back", at(TODAY, 14), share=0.5)
    history.show_history()
    history.history._change(routine_id="postpartum-back")
    text = visible(history, QWidget, "sentences").text()

    assert ("This week up to today: 1 of 2 planned sessions done in full, 1 more done in "
            "part; exercise done: 75% of the plan.") in text
    assert "Planned by the week" not in text
