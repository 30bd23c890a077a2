"""Properties of the engine under any sequence of patient actions and clock moves."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import (
    CountdownTick,
    PhaseStarted,
    SessionFinished,
    Status,
    StepFinished,
)
from rehabtimer.core.timeline import build_timeline
from tests.core.routines_for_tests import every_kind, routine, step

ROUTINE = every_kind()

actions = st.lists(
    st.one_of(
        st.tuples(st.just("wait"), st.floats(min_value=0.0, max_value=40.0)),
        st.tuples(st.sampled_from(["pause", "resume", "skip", "back", "rep_done", "poll"]),
                  st.none()),
    ),
    max_size=60,
)


@st.composite
def routines(draw):
    steps = []
    for i in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["timed", "breathing", "hold", "reps", "self"]))
        seconds = draw(st.integers(1, 90))
        sides = draw(st.sampled_from([None, ["right", "left"], ["left"]]))
        extra = {"sides": sides} if sides else {}
        if kind == "timed":
            steps.append(step(f"s{i}", "timed", duration_s=seconds))
        elif kind == "breathing":
            steps.append(step(f"s{i}", "breathing", duration_s=seconds + 10, inhale_s=4,
                              exhale_s=draw(st.integers(1, 6))))
        elif kind == "hold":
            steps.append(step(f"s{i}", "hold", hold_s=seconds, reps=draw(st.integers(1, 4)),
                              **extra))
        elif kind == "reps":
            steps.append(step(f"s{i}", "reps", reps=draw(st.integers(1, 4)),
                              phases=[{"label": {"en": "x"}, "seconds": seconds}], **extra))
        else:
            steps.append(step(f"s{i}", "reps", reps=draw(st.integers(1, 4)), pace="self",
                              **extra))
    return routine(*steps)


@given(routines(), st.sampled_from([0.0, 3.0, 5.0]))
def test_total_planned_time_is_the_sum_of_the_phases(r, get_ready):
    timeline = build_timeline(r, get_ready)
    assert timeline.planned_seconds == pytest.approx(sum(p.seconds for p in timeline.phases))
    assert timeline.active_seconds == pytest.approx(sum(s.planned_s for s in timeline.steps))
    for before, after in zip(timeline.phases, timeline.phases[1:], strict=False):
        assert after.start_s == pytest.approx(before.end_s)


def apply(engine, clock, action, arg):
    if action == "wait":
        clock.advance(arg)
        return engine.poll()
    return getattr(engine, action)()


@settings(max_examples=150)
@given(routines(), actions)
def test_invariants_hold_under_any_actions(r, script):
    clock = FakeClock()
    engine = SessionEngine(build_timeline(r), clock)
    events = engine.start()
    phases = engine.timeline.phases
    for action, arg in script:
        before = engine.state()
        new = apply(engine, clock, action, arg)
        events += new
        after = engine.state()
        # skip and back never leave the timeline
        assert 0 <= engine.phase.index < len(phases)
        # the planned position only moves backwards when the patient asks to go back
        if action != "back":
            assert after.time_left_s <= before.time_left_s + 1e-6
        # a paused session's clock stands still
        if before.status is Status.PAUSED and action == "wait":
            assert after.remaining_s == before.remaining_s
            assert after.time_left_s == pytest.approx(before.time_left_s)
    # events come in time order: time never runs backwards
    stamps = [e.at for e in events]
    assert stamps == sorted(stamps)
    # done never exceeds planned
    for result in [e.result for e in events if isinstance(e, StepFinished)]:
        for side in result.sides:
            assert 0 <= side.done_s <= side.planned_s + 1e-9
            if side.planned_reps is not None:
                assert 0 <= side.done_reps <= side.planned_reps
    finished = [e for e in events if isinstance(e, SessionFinished)]
    assert len(finished) <= 1
    if finished:
        assert finished[0].active_s <= clock.monotonic() - stamps[0] + 1e-6


@settings(max_examples=50)
@given(st.lists(st.floats(min_value=0.001, max_value=3.0), min_size=1, max_size=200))
def test_late_and_irregular_wake_ups_never_drift(wakeups):
    """However irregularly the UI wakes, phase changes land on the planned deadlines."""
    r = routine(step("h", "hold", hold_s=3, reps=10, rest_s=2))
    clock = FakeClock()
    engine = SessionEngine(build_timeline(r), clock)
    start = clock.monotonic()
    events = engine.start()
    for dt in wakeups:
        clock.advance(dt)
        events += engine.poll()
    for event in events:
        if isinstance(event, PhaseStarted):
            assert event.at - start == pytest.approx(event.phase.start_s)
        if isinstance(event, CountdownTick):
            assert event.at <= clock.monotonic()
