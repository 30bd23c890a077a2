from datetime import UTC

import pytest

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import (
    CountdownTick,
    Halfway,
    Outcome,
    PauseReason,
    PhaseStarted,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    Status,
    StepFinished,
    StepStatus,
    StopReason,
)
from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.timeline import build_timeline
from tests.core.routines_for_tests import every_kind, routine, step


def engine_for(r, get_ready_s=5.0):
    clock = FakeClock()
    return SessionEngine(build_timeline(r, get_ready_s), clock), clock


def run_for(engine, clock, seconds, step_s=0.25):
    """Advance the clock in small steps, polling like a UI timer would."""
    events = []
    remaining = seconds
    while remaining > 1e-9:
        dt = min(step_s, remaining)
        clock.advance(dt)
        remaining -= dt
        events += engine.poll()
    return events


def of(events, kind):
    return [e for e in events if isinstance(e, kind)]


def test_a_ten_minute_breathing_step_runs_in_microseconds():
    engine, clock = engine_for(routine(step("b", "breathing", duration_s=600, inhale_s=4,
                                            exhale_s=6)))
    events = engine.start()
    clock.advance(605)
    events += engine.poll()
    finished = of(events, SessionFinished)
    assert len(finished) == 1 and finished[0].outcome is Outcome.COMPLETED
    assert finished[0].at == pytest.approx(clock.monotonic())
    assert finished[0].active_s == pytest.approx(600)
    (step_done,) = of(events, StepFinished)
    assert step_done.result.status is StepStatus.COMPLETED
    assert step_done.result.sides[0].done_reps == 60
    assert len(of(events, PhaseStarted)) == 1 + 120


def test_events_are_stamped_with_their_deadline_not_the_late_poll():
    engine, clock = engine_for(routine(step("a", "timed", duration_s=10)))
    start = clock.monotonic()
    engine.start()
    clock.advance(5.35)  # the UI woke 350 ms late for the end of get-ready
    (work,) = of(engine.poll(), PhaseStarted)
    assert work.at == start + 5
    assert engine.state().remaining_s == pytest.approx(10 - 0.35)
    clock.advance(10 - 0.35)
    assert of(engine.poll(), SessionFinished)[0].at == pytest.approx(start + 15)


def test_last_three_seconds_tick_once_each():
    engine, clock = engine_for(routine(step("a", "timed", duration_s=10)), get_ready_s=0)
    start = clock.monotonic()
    engine.start()
    ticks = of(run_for(engine, clock, 10), CountdownTick)
    assert [(t.seconds_left, t.at - start) for t in ticks] == [(3, 7), (2, 8), (1, 9)]


def test_halfway_is_announced_once_at_half_of_the_work():
    engine, clock = engine_for(routine(step("a", "timed", duration_s=120)))
    start = clock.monotonic()
    engine.start()
    (half,) = of(run_for(engine, clock, 130, step_s=1), Halfway)
    assert half.at == pytest.approx(start + 5 + 60)


def test_pause_stops_the_clock_and_resume_counts_down_three_seconds():
    engine, clock = engine_for(routine(step("a", "timed", duration_s=60)), get_ready_s=0)
    engine.start()
    clock.advance(20)
    paused = of(engine.pause(), SessionPaused)[0]
    assert paused.progress.status is StepStatus.PARTIAL
    assert paused.progress.done_s == pytest.approx(20)
    clock.advance(300)
    assert engine.poll() == []
    assert engine.state().remaining_s == pytest.approx(40)
    assert of(engine.resume(), CountdownTick)[0].seconds_left == 3
    assert engine.status is Status.RESUMING
    events = run_for(engine, clock, 3)
    assert [t.seconds_left for t in of(events, CountdownTick)] == [2, 1]
    assert of(events, SessionResumed)
    assert engine.state().remaining_s == pytest.approx(40)
    finished = of(run_for(engine, clock, 40), SessionFinished)[0]
    assert finished.active_s == pytest.approx(60)
    assert finished.paused_s == pytest.approx(303)


def test_a_detected_suspend_pauses_as_of_the_last_wake_up():
    engine, clock = engine_for(routine(step("a", "hold", hold_s=15, reps=2, rest_s=5)),
                               get_ready_s=0)
    engine.start()
    clock.advance(10)
    engine.poll()
    last_wake = clock.monotonic()
    clock.advance(3)  # the process was stopped; nobody held anything meanwhile
    events = engine.pause(PauseReason.SUSPEND, at=last_wake)
    assert of(events, SessionPaused)[0].reason is PauseReason.SUSPEND
    assert engine.state().remaining_s == pytest.approx(5)
    assert engine.state().pause_reason is PauseReason.SUSPEND


def test_skip_records_the_step_as_far_as_it_got_and_moves_on():
    engine, clock = engine_for(every_kind())
    engine.start()
    clock.advance(5 + 8)
    events = engine.skip()
    (done,) = of(events, StepFinished)
    assert done.result.status is StepStatus.PARTIAL
    assert done.result.done_s == pytest.approx(8)
    assert engine.state().step_index == 1
    assert engine.phase.kind is PhaseKind.GET_READY


def test_skip_before_any_work_is_recorded_as_skipped():
    engine, clock = engine_for(every_kind())
    engine.start()
    clock.advance(1)
    (done,) = of(engine.skip(), StepFinished)
    assert done.result.status is StepStatus.SKIPPED


def test_back_restarts_the_step_and_again_within_three_seconds_goes_to_the_previous():
    engine, clock = engine_for(every_kind())
    engine.start()
    run_for(engine, clock, 5 + 20 + 10 + 5 + 12)  # into the breathing step
    assert engine.state().step_index == 1
    engine.back()
    assert engine.state().step_index == 1
    assert engine.phase.kind is PhaseKind.GET_READY
    clock.advance(1)
    engine.back()
    assert engine.state().step_index == 0
    assert engine.results() == []  # the redone step will be recorded when it ends again


def test_self_paced_reps_wait_for_rep_done():
    engine, clock = engine_for(routine(step("toes", "reps", reps=2, pace="self")), get_ready_s=0)
    engine.start()
    clock.advance(600)
    assert engine.poll() == []
    assert engine.state().remaining_s is None
    engine.rep_done()
    clock.advance(2)
    events = engine.rep_done()
    (done,) = of(events, StepFinished)
    assert done.result.status is StepStatus.COMPLETED
    assert done.result.sides[0].done_reps == 2
    assert of(events, SessionFinished)


def test_it_hurts_stops_with_reason_pain_and_keeps_progress():
    engine, clock = engine_for(every_kind())
    engine.start()
    run_for(engine, clock, 5 + 20 + 10 + 5 + 12)
    events = engine.stop(StopReason.PAIN)
    finished = of(events, SessionFinished)[0]
    assert (finished.outcome, finished.reason) == (Outcome.STOPPED, StopReason.PAIN)
    assert [r.status for r in engine.results()] == [StepStatus.COMPLETED, StepStatus.PARTIAL]
    assert engine.stop() == [] and engine.skip() == [] and engine.poll() == []


def test_stop_while_paused_counts_the_pause():
    engine, clock = engine_for(routine(step("a", "timed", duration_s=30)), get_ready_s=0)
    engine.start()
    clock.advance(10)
    engine.pause()
    clock.advance(50)
    finished = of(engine.stop(), SessionFinished)[0]
    assert finished.paused_s == pytest.approx(50)
    assert finished.active_s == pytest.approx(10)


def test_every_kind_runs_to_completion():
    engine, clock = engine_for(every_kind())
    engine.start()
    events = []
    while engine.status is not Status.FINISHED:
        clock.advance(0.5)
        events += engine.poll()
        if engine.phase.waits_for_patient:
            events += engine.rep_done()
    assert [r.status for r in engine.results()] == [StepStatus.COMPLETED] * 5
    assert of(events, SessionFinished)[0].steps_done == 5


def test_wall_clock_changes_move_no_timer():
    from datetime import datetime

    engine, clock = engine_for(routine(step("a", "timed", duration_s=30)), get_ready_s=0)
    engine.start()
    clock.advance(10)
    clock.set_wall(datetime(2030, 1, 1, tzinfo=UTC))
    assert engine.state().remaining_s == pytest.approx(20)


def test_an_interrupted_session_goes_on_from_the_step_it_stopped_at():
    engine, _ = engine_for(every_kind())
    events = engine.start(at_step=2)
    assert engine.state().step_index == 2
    assert of(events, PhaseStarted)[0].phase.kind is PhaseKind.GET_READY
    assert engine.state().time_left_s == pytest.approx(
        engine.timeline.planned_seconds - engine.timeline.phases[engine.phase.index].start_s)


def test_fake_clock_sleep_moves_boot_time_but_not_monotonic_time():
    clock = FakeClock()
    mono, boot = clock.monotonic(), clock.since_boot()
    clock.sleep(600)
    assert clock.monotonic() == mono
    assert clock.since_boot() == boot + 600


def test_next_is_the_next_thing_that_changes():
    engine, clock = engine_for(routine(step("toes", "reps", reps=3, pace="self"),
                                       step("walk", "timed", duration_s=60)), get_ready_s=0)
    engine.start()
    assert engine.state().next_phase.step_index == 1  # not "another self-paced rep"
    engine, clock = engine_for(every_kind(), get_ready_s=0)
    engine.start()
    clock.advance(20)
    engine.poll()
    assert engine.state().next_phase.kind is PhaseKind.INHALE


def test_after_back_the_active_time_is_the_sum_of_the_step_results():
    engine, clock = engine_for(routine(step("walk", "timed", duration_s=20),
                                       step("hold", "hold", hold_s=10, reps=2, rest_s=5)),
                               get_ready_s=0)
    engine.start()
    run_for(engine, clock, 20 + 10 + 2)  # one hold done, into the rest
    engine.back()  # redo the holds
    clock.advance(1)
    engine.back()  # again within 3 s: back to the walk
    finished = of(run_for(engine, clock, 80), SessionFinished)[0]
    assert finished.active_s == pytest.approx(sum(r.done_s for r in engine.results()))
    assert finished.active_s == pytest.approx(40)
