from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.timeline import build_timeline
from tests.core.routines_for_tests import every_kind, routine, step


def kinds(timeline, step_index):
    return [p.kind for p in timeline.phases if p.step_index == step_index]


def test_every_step_starts_with_get_ready_and_rest_follows_when_asked():
    timeline = build_timeline(every_kind())
    assert kinds(timeline, 0) == [PhaseKind.GET_READY, PhaseKind.WORK, PhaseKind.REST]
    assert all(kinds(timeline, i)[0] is PhaseKind.GET_READY for i in range(5))


def test_breathing_fills_the_duration_with_whole_breaths():
    timeline = build_timeline(routine(step("b", "breathing", duration_s=300, inhale_s=4,
                                           exhale_s=6)))
    inhales = [p for p in timeline.phases if p.kind is PhaseKind.INHALE]
    assert len(inhales) == 30
    assert inhales[-1].rep == inhales[-1].reps == 30
    assert timeline.steps[0].sides[0].planned_s == 300
    assert timeline.steps[0].sides[0].planned_reps == 30


def test_breath_hold_sits_between_in_and_out():
    timeline = build_timeline(routine(step("b", "breathing", duration_s=60, inhale_s=4,
                                           hold_s=2, exhale_s=6)))
    assert kinds(timeline, 0)[1:4] == [PhaseKind.INHALE, PhaseKind.BREATH_HOLD, PhaseKind.EXHALE]


def test_holds_per_side_with_rest_between_reps_and_a_switch_between_sides():
    timeline = build_timeline(every_kind())
    assert kinds(timeline, 2) == [
        PhaseKind.GET_READY,
        PhaseKind.HOLD, PhaseKind.REST, PhaseKind.HOLD,
        PhaseKind.SWITCH_SIDE,
        PhaseKind.HOLD, PhaseKind.REST, PhaseKind.HOLD,
    ]
    sides = [p.side for p in timeline.phases if p.step_index == 2]
    assert sides == ["right"] * 4 + ["left"] * 4
    plan = timeline.steps[2]
    assert [(s.side, s.planned_s, s.planned_reps) for s in plan.sides] == [
        ("right", 30, 2), ("left", 30, 2)]


def test_timed_reps_carry_the_routine_words_and_count_reps():
    timeline = build_timeline(every_kind())
    moves = [p for p in timeline.phases if p.kind is PhaseKind.MOVE]
    assert [p.label["en"] for p in moves[:2]] == ["round", "arch"]
    assert [p.completes_rep for p in moves[:2]] == [False, True]
    assert [p.rep for p in moves] == [1, 1, 2, 2, 3, 3]


def test_self_paced_reps_wait_for_the_patient():
    timeline = build_timeline(every_kind())
    waits = [p for p in timeline.phases if p.waits_for_patient]
    assert len(waits) == 6
    assert {p.side for p in waits} == {"right", "left"}


def test_no_rest_after_the_last_step():
    timeline = build_timeline(routine(step("a", "timed", duration_s=10, rest_after_s=30)))
    assert timeline.phases[-1].kind is PhaseKind.WORK


def test_halfway_only_for_steady_work():
    timeline = build_timeline(every_kind())
    assert timeline.steps[0].halfway == (1, 10)
    assert timeline.steps[1].halfway is not None
    assert timeline.steps[2].halfway is None


def test_get_ready_length_is_a_setting():
    plain = build_timeline(every_kind(), get_ready_s=0)
    assert PhaseKind.GET_READY not in {p.kind for p in plain.phases}
    assert build_timeline(every_kind()).planned_seconds == plain.planned_seconds + 5 * 5
