"""The figures' pose model: interpolation, mirroring, and motion driven by the phase."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabtimer.core.figure_motion import frame_at, move_slot
from rehabtimer.core.figures.figure import Motion
from rehabtimer.core.figures.library import FIGURE_NAMES, FIGURES, figure_for
from rehabtimer.core.figures.pose import Pose, interpolate, skeleton
from rehabtimer.core.phases import PhaseKind
from rehabtimer.core.routine_loading import load_routine, parse_routine
from rehabtimer.core.routine_problems import RoutineError
from rehabtimer.core.timeline import build_timeline
from rehabtimer.paths import builtin_routines_dir

BUILT_IN = sorted(Path(builtin_routines_dir()).glob("*.json"))
ALL_POSES = [pose for figure in FIGURES.values() for pose in figure.poses()]
_NUMBERS = [f.name for f in fields(Pose) if f.name not in ("hip", "shoulder", "facing")]

poses = st.sampled_from(ALL_POSES)
fractions = st.floats(min_value=-1.0, max_value=2.0, allow_nan=False)


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.stem)
def test_every_built_in_step_names_a_library_figure(path):
    routine = load_routine(path)
    for step in routine.steps:
        assert step.figure in FIGURE_NAMES, f"{path.name}: {step.id} has no figure"


@given(poses, poses, fractions)
def test_interpolation_stays_between_the_key_poses(a, b, t):
    b = Pose(**{**{f.name: getattr(b, f.name) for f in fields(Pose)}, "facing": a.facing})
    middle = interpolate(a, b, t)
    for name in _NUMBERS:
        low, high = sorted((getattr(a, name), getattr(b, name)))
        assert low - 1e-9 <= getattr(middle, name) <= high + 1e-9
    if t <= 0:
        assert interpolate(a, b, t) == a
    if t >= 1:
        assert interpolate(a, b, t) == b


@given(poses)
def test_a_mirrored_pose_is_the_mirror_image(pose):
    assert pose.mirrored().mirrored() == pose
    here, there = skeleton(pose), skeleton(pose.mirrored())
    assert here.joints.keys() == there.joints.keys()
    for name, (x, y) in here.joints.items():
        assert there.joints[name] == pytest.approx((-x, y), abs=1e-9)
    assert there.belly == pytest.approx((-here.belly[0], here.belly[1]), abs=1e-9)
    assert there.spine_bow == pytest.approx((-here.spine_bow[0], here.spine_bow[1]), abs=1e-9)


def test_left_is_the_mirror_of_right_and_sided_figures_say_so():
    sided = {name for name, figure in FIGURES.items() if figure.sided}
    assert {"knee-extension-seated", "calf-stretch-standing", "knee-to-chest"} <= sided
    right, left = figure_for("knee-extension-seated", "right"), figure_for(
        "knee-extension-seated", "left")
    assert right.start.facing == -left.start.facing
    assert left.mirrored() == right


def test_no_joint_goes_through_the_floor():
    for figure in FIGURES.values():
        for pose in figure.poses():
            lowest = min(y for _, y in skeleton(pose).joints.values())
            assert lowest > -1.0, figure.name


@given(st.sampled_from(FIGURE_NAMES), st.sampled_from(list(PhaseKind)), st.integers(0, 9),
       st.floats(min_value=0, max_value=1), st.floats(min_value=0, max_value=600))
def test_the_figure_shows_the_phases_own_progress(name, kind, slot, fraction, elapsed):
    frame = frame_at(FIGURES[name], kind, slot, fraction, elapsed)
    assert frame.progress == fraction


def test_reps_go_from_key_pose_to_key_pose_over_the_phase():
    figure = FIGURES["knee-extension-seated"]
    raise_, hold, _lower = figure.moves
    assert frame_at(figure, PhaseKind.MOVE, 0, 0.0, 0.0).pose == raise_.keys[0]
    assert frame_at(figure, PhaseKind.MOVE, 0, 1.0, 3.0).pose == raise_.keys[-1]
    assert frame_at(figure, PhaseKind.MOVE, 1, 0.5, 1.0).pose == hold.keys[-1]
    assert frame_at(figure, PhaseKind.MOVE, 2, 1.0, 3.0).pose == figure.start
    half = frame_at(figure, PhaseKind.MOVE, 0, 0.5, 1.5).pose
    assert figure.start.near_shin < half.near_shin < raise_.keys[-1].near_shin


def test_breathing_fills_on_the_in_breath_and_empties_on_the_out_breath():
    figure = FIGURES["belly-breathing"]
    assert figure.motion is Motion.BREATH
    inhale = [frame_at(figure, PhaseKind.INHALE, 0, t, 0).pose.belly for t in (0, 0.5, 1)]
    exhale = [frame_at(figure, PhaseKind.EXHALE, 0, t, 0).pose.belly for t in (0, 0.5, 1)]
    assert inhale == sorted(inhale) and inhale[0] == 0 and inhale[-1] == 1
    assert exhale == sorted(exhale, reverse=True)


def test_timed_steps_loop_a_short_cycle():
    figure = FIGURES["march-seated"]
    one = frame_at(figure, PhaseKind.WORK, 0, 0.1, 0.6).pose
    again = frame_at(figure, PhaseKind.WORK, 0, 0.2, 0.6 + figure.cycle_s).pose
    assert one == again
    assert one != frame_at(figure, PhaseKind.WORK, 0, 0.1, 0.0).pose


def test_move_slot_counts_the_movements_of_a_rep():
    routine = load_routine(next(p for p in BUILT_IN if p.stem == "knee-oa"))
    timeline = build_timeline(routine)
    moves = [p for p in timeline.phases if p.kind is PhaseKind.MOVE and p.rep == 2]
    slots = [move_slot(timeline.phases, p.index) for p in moves[:3]]
    assert slots == [0, 1, 2]


def _one_step(**extra):
    text = {"en": "x"}
    return {"format": 1, "id": "r", "title": text, "recommended": {"per_day": 1},
            "steps": [{"id": "s", "kind": "timed", "title": text, "instructions": text,
                       "duration_s": 30, **extra}]}


def test_an_unknown_figure_is_named_with_its_step():
    with pytest.raises(RoutineError) as caught:
        parse_routine(_one_step(figure="cat-cwo"), "mine.json")
    assert str(caught.value) == (
        'mine.json: steps[0].figure: "cat-cwo" is not a figure in the library;'
        ' did you mean "cat-cow"?')


def test_a_known_figure_loads_and_format_1_without_one_still_does():
    assert parse_routine(_one_step(figure="walk")).steps[0].figure == "walk"
    assert parse_routine(_one_step()).steps[0].figure is None


def test_the_routine_format_lists_every_figure():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "routine-format.md").read_text(
        encoding="utf-8")
    missing = [name for name in FIGURE_NAMES if f"| `{name}` |" not in docs]
    assert not missing
