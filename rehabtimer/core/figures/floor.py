"""Figures on the floor: lying on the back, on hands and knees, sitting with legs out."""

from __future__ import annotations

from dataclasses import replace

from rehabtimer.core.figures.build import LYING_HIP, body, mat, supine
from rehabtimer.core.figures.figure import Arrow, Figure, Motion, Move, Prop
from rehabtimer.core.figures.pose import Pose

_NEAR_LEG = frozenset({"near_thigh", "near_shin", "near_foot"})


def belly_breathing() -> Figure:
    hands = ((2.0, 16.5), (0.0, 15.5))
    empty = supine(hands=hands)
    full = supine(hands=((2.0, 20.0), (0.0, 19.0)), belly=1.0)
    rise = Arrow("hip", (-9.0, 23.0), (0.0, 7.0))
    return Figure("belly-breathing", Motion.BREATH, empty, (Move((empty, full), rise),),
                  frozenset({"belly"}), (mat(),))


def pelvic_tilt() -> Figure:
    relaxed = supine(curve=-0.7)
    flat = supine(curve=0.3)
    press = Arrow("hip", (-12.0, 17.0), (0.0, -7.0))
    return Figure(
        "pelvic-tilt", Motion.REPS, relaxed,
        (Move((relaxed, flat), press), Move((flat, relaxed))),
        frozenset({"torso", "belly"}), (mat(),),
    )


def glute_bridge() -> Figure:
    down = supine()
    # Shoulders stay on the floor; the hips rise until shoulders, hips and knees line up.
    up = body((6.5, 22.0), -62.0, hands=((11.5, 3.5), (10.5, 3.5)),
              ankles=((40.0, 4.0), (38.0, 4.0)), feet=(80.0, 80.0), neck=-100.0)
    lift = Arrow("hip", (0.0, 10.0), (0.0, 9.0))
    return Figure(
        "glute-bridge", Motion.REPS, down,
        (Move((down, up), lift), Move((up,)), Move((up, down), lift.reversed())),
        frozenset({"torso", "near_thigh", "far_thigh"}), (mat(),),
    )


def knee_to_chest() -> Figure:
    start = supine()
    knee_up = replace(start, near_thigh=212.0, near_shin=105.0, near_foot=165.0)
    held = replace(
        body(LYING_HIP, -90.0, hands=((0.0, 29.0), (-1.0, 28.0)),
             ankles=((40.0, 4.0), (38.0, 4.0)), feet=(80.0, 80.0), neck=-100.0),
        near_thigh=knee_up.near_thigh, near_shin=knee_up.near_shin, near_foot=knee_up.near_foot,
    )
    pull = Arrow("near_knee", (6.0, 3.0), (-7.0, 2.0))
    return Figure("knee-to-chest", Motion.HOLD, start, (Move((start, held), pull),),
                  _NEAR_LEG, (mat(),), sided=True)


def hamstring_stretch() -> Figure:
    hands = ((-1.0, 27.0), (-2.0, 26.0))
    start = replace(supine(hands=hands), near_thigh=200.0, near_shin=110.0, near_foot=175.0)
    raised = replace(start, near_thigh=148.0, near_shin=152.0, near_foot=-120.0)
    straps = (Prop("strap", joints=("near_hand", "near_heel")),
              Prop("strap", joints=("near_hand", "near_toe")))
    lift = Arrow("near_knee", (6.0, 6.0), (-3.0, 7.0))
    return Figure("hamstring-stretch-towel", Motion.HOLD, start, (Move((start, raised), lift),),
                  _NEAR_LEG, (mat(), *straps), sided=True)


def _kneeling(curve: float, neck: float, hip_y: float = 27.0) -> Pose:
    # Hands under the shoulders, knees under the hips, shins and feet flat behind.
    return body((0.0, hip_y), 85.0, hands=((31.0, 1.5), (29.0, 1.5)),
                ankles=((-23.0, 3.5), (-21.0, 3.5)), feet=(-95.0, -95.0), neck=neck,
                curve=curve)


def cat_cow() -> Figure:
    neutral = _kneeling(0.0, 75.0)
    rounded = _kneeling(1.0, 25.0)
    arched = _kneeling(-0.8, 110.0)
    up = Arrow("hip", (15.0, 16.0), (0.0, 7.0))
    return Figure(
        "cat-cow", Motion.REPS, neutral,
        (Move((arched, rounded), up), Move((rounded, arched), up.reversed())),
        frozenset({"torso", "head"}), (mat(-30.0, 45.0),),
    )


def quad_set() -> Figure:
    # Sitting with legs out straight, a rolled towel under the working knee.
    start = body((0.0, 9.0), 188.0, hands=((10.0, 14.0), (8.0, 14.0)),
                 ankles=((47.0, 8.0), (45.0, 8.0)), feet=(165.0, 165.0))
    start = replace(start, near_thigh=90.0, near_shin=88.0)
    pressed = replace(start, near_thigh=93.0, near_shin=85.0, near_foot=150.0)
    press = Arrow("near_knee", (0.0, 15.0), (0.0, -7.0))
    return Figure(
        "quad-set-towel", Motion.HOLD, start, (Move((start, pressed), press),),
        frozenset({"near_thigh"}), (mat(-25.0, 60.0), Prop("towel", joints=("near_knee",))),
        sided=True,
    )
