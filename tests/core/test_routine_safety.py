"""The safety parts of a routine file: pain advice, gate questions asked only if an earlier
answer calls for them, emergencies told apart; and the built-in routines' use of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehabtimer.core.pain import rose, too_high_to_start
from rehabtimer.core.routine_loading import load_routine, parse_routine
from rehabtimer.core.routine_problems import RoutineError

BUILT_IN = sorted((Path(__file__).resolve().parents[2] / "resources" / "routines").glob("*.json"))
TEXT = {"ja": "質問", "en": "Question"}


def with_gate(*gate):
    return {
        "format": 1, "id": "t", "title": TEXT, "recommended": {"per_day": 1},
        "gate": list(gate),
        "steps": [{"id": "s", "kind": "timed", "title": TEXT, "instructions": TEXT,
                   "duration_s": 10}],
    }


def test_pain_thresholds():
    assert [too_high_to_start(p) for p in (None, 6, 7, 10)] == [False, False, True, True]
    assert [rose(3, a) for a in (None, 4, 5, 9)] == [False, False, True, True]
    assert not rose(None, 9)


def test_a_question_can_be_asked_only_after_an_earlier_answer():
    routine = parse_routine(with_gate(
        {"id": "cast", "question": TEXT},
        {"id": "numb", "question": TEXT, "stop_if": "yes", "advice": TEXT, "emergency": True,
         "only_if": {"question": "cast", "answer": "yes"}},
    ))
    assert routine.gate[1].only_if.question == "cast"
    assert routine.gate[0].stop_if is None


def test_only_if_must_name_an_earlier_question():
    with pytest.raises(RoutineError, match=r"gate\[0\].only_if.question.*not an earlier"):
        parse_routine(with_gate(
            {"id": "numb", "question": TEXT, "stop_if": "yes", "advice": TEXT,
             "only_if": {"question": "cast", "answer": "yes"}},
            {"id": "cast", "question": TEXT},
        ))


def test_stop_if_without_advice_is_refused():
    with pytest.raises(RoutineError, match=r"stop_if.*advice"):
        parse_routine(with_gate({"id": "q", "question": TEXT, "stop_if": "yes"}))


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.stem)
def test_every_built_in_routine_says_what_to_do_about_pain_in_both_languages(path):
    routine = load_routine(path)
    assert routine.pain_advice is not None
    assert set(routine.pain_advice) == {"ja", "en"}


def test_low_back_separates_the_emergency_from_see_a_doctor_soon():
    routine = load_routine(Path(BUILT_IN[0]).with_name("low-back.json"))
    emergencies = [q.id for q in routine.gate if q.emergency]
    assert emergencies == ["bladder-bowel"]
    bladder = routine.gate[0]
    assert "119" in bladder.advice["en"] and "119" in bladder.advice["ja"]
    soon = [q for q in routine.gate if not q.emergency]
    assert all("119" not in q.advice["en"] for q in soon)
    ids = {q.id for q in routine.gate}
    assert {"cannot-stand", "leg-weakness", "numbness", "after-fall", "cancer-steroids",
            "fever-weight", "night-pain"} <= ids


def test_bone_atrophy_asks_about_a_cast_before_the_cast_questions():
    routine = load_routine(Path(BUILT_IN[0]).with_name("bone-atrophy.json"))
    first, *rest = routine.gate
    assert first.id == "cast" and first.stop_if is None
    cast_only = [q.id for q in rest if q.only_if is not None]
    assert cast_only == ["circulation", "pain-swelling", "cast-problem"]
    assert all(q.only_if.answer == "yes" for q in rest if q.only_if is not None)
    assert any("骨密度" in c["ja"] and "bone density" in c["en"] for c in routine.cautions)


def built_in(name):
    return load_routine(BUILT_IN[0].with_name(f"{name}.json"))


@pytest.mark.parametrize(("routine_id", "step_id", "reps"),
                         [("postpartum-back", "heel-raise", 10), ("low-back", "glute-bridge", 8)])
def test_lifts_are_reps_with_lift_hold_and_lower_phases(routine_id, step_id, reps):
    step = built_in(routine_id).steps[built_in(routine_id).step_index(step_id)]
    assert step.kind == "reps" and step.reps == reps
    assert [p.seconds for p in step.phases] == [2, 3, 3]


def test_the_knee_toe_exercise_spreads_the_toes_instead_of_curling_them():
    routine = built_in("knee-oa")
    (toes,) = [s for s in routine.steps if "toe" in s.id]
    words = toes.instructions["en"] + toes.title["en"]
    assert "towel" not in words.lower() and "curl" not in words.lower()
    assert "spread" in words.lower() and "ひろ" in toes.title["ja"]
    assert "load" not in routine.summary["en"] and "負担を減らし" not in routine.summary["ja"]


def test_postpartum_groups_floor_then_chair_and_offers_no_older_adult_version():
    routine = built_in("postpartum-back")
    assert [s.id for s in routine.steps] == [
        "pelvic-breathing", "hamstring-stretch", "cat-cow", "marching", "heel-raise"]
    assert all("older" not in p.title["en"].lower() and "年齢" not in p.title["ja"]
               for p in routine.presets)


def test_shoulder_circles_are_cued_halfway_where_they_reverse():
    from rehabtimer.core.clock import FakeClock
    from rehabtimer.core.engine import SessionEngine
    from rehabtimer.core.events import Halfway, PhaseStarted
    from rehabtimer.core.timeline import build_timeline

    routine = built_in("bone-atrophy")
    index = routine.step_index("shoulder-circles")
    timeline = build_timeline(routine)
    plan = timeline.steps[index]
    assert plan.halfway is not None
    clock = FakeClock()
    engine = SessionEngine(timeline, clock)
    engine.start(index)
    events = []
    while not any(isinstance(e, Halfway) for e in events) and clock.monotonic() < 2000:
        clock.advance(0.5)
        events = engine.poll()
    following = next(e for e in events if isinstance(e, PhaseStarted))
    assert following.phase.rep == 6 and following.phase.step_index == index


def test_strength_is_its_own_routine_planned_two_or_three_times_a_week():
    strength = built_in("bone-strength")
    assert strength.recommended.per_week in (2, 3)
    ids = [s.id for s in strength.steps]
    assert {"supported-squat", "wall-push-up", "shoulder-blade-squeeze", "arm-curl",
            "balance"} <= set(ids)
    daily = built_in("bone-atrophy")
    assert daily.recommended.per_day == 1
    assert "supported-squat" not in [s.id for s in daily.steps]
