"""Figures standing: held by a table or a wall, marching and walking."""

from __future__ import annotations

import math
from dataclasses import replace

from rehabtimer.core.figures.build import STANDING_HIP, body, standing
from rehabtimer.core.figures.figure import Arrow, Figure, Motion, Move, Prop
from rehabtimer.core.figures.pose import Point, Pose

_LEGS = frozenset({"near_thigh", "near_shin", "near_foot", "far_thigh", "far_shin", "far_foot"})
_NEAR_LEG = frozenset({"near_thigh", "near_shin", "near_foot"})
_TABLE = Prop("table", 24.0, 64.0, 68.0)


def squat() -> Figure:
    hands = ((27.0, 69.0), (26.0, 69.0))
    tall = body(STANDING_HIP, 175.0, hands=hands, ankles=((2.0, 3.0), (0.0, 3.0)))
    low = body((-14.0, 36.0), 145.0, hands=hands, ankles=((2.0, 3.0), (0.0, 3.0)), neck=160.0)
    down = Arrow("hip", (-9.0, 4.0), (0.0, -9.0))
    return Figure(
        "squat-supported", Motion.REPS, tall,
        (Move((tall, low), down), Move((low, tall), down.reversed()), Move((tall,))),
        _LEGS, (_TABLE,),
    )


def _leaning(degrees: float, hands: tuple[Point, Point]) -> Pose:
    # The body one straight line from the ankles, tipped forward towards the wall.
    hip_height = 47.0
    lean = math.radians(degrees)
    hip = (hip_height * math.sin(lean), 3.0 + hip_height * math.cos(lean))
    return body(hip, 180.0 - degrees, hands=hands, ankles=((0.0, 3.0), (-2.0, 3.0)),
                feet=(80.0, 80.0))


def wall_push_up() -> Figure:
    hands = ((42.0, 78.0), (41.0, 77.0))
    start = _leaning(9.0, hands)
    close = _leaning(22.0, hands)
    towards = Arrow("shoulder", (-2.0, 9.0), (9.0, 0.0))
    return Figure(
        "wall-push-up", Motion.REPS, start,
        (Move((start, close), towards), Move((close, start), towards.reversed()),
         Move((start,))),
        frozenset({"near_upper_arm", "near_forearm", "far_upper_arm", "far_forearm"}),
        (Prop("wall", 44.0, 50.0, 100.0),),
    )


def calf_stretch() -> Figure:
    hands = ((30.0, 69.0), (29.0, 69.0))
    # The working leg stepped well back, heel down; the front knee bends to stretch it.
    start = body((-1.0, 46.0), 168.0, hands=hands, ankles=((-20.0, 3.0), (12.0, 3.0)),
                 feet=(82.0, 75.0))
    stretched = body((4.0, 43.5), 165.0, hands=hands, ankles=((-20.0, 3.0), (12.0, 3.0)),
                     feet=(82.0, 75.0))
    forward = Arrow("hip", (-17.0, 6.0), (8.0, 0.0))
    return Figure(
        "calf-stretch-standing", Motion.HOLD, start, (Move((start, stretched), forward),),
        frozenset({"near_shin", "near_foot"}), (_TABLE,), sided=True,
    )


def one_leg_stand() -> Figure:
    # The highlighted leg is the one to stand on; the other foot lifts a little behind.
    hands = ((27.0, 69.0), (3.0, 50.0))
    both = body(STANDING_HIP, hands=hands, ankles=((1.0, 3.0), (-1.0, 3.0)))
    lifted = body(STANDING_HIP, hands=hands, ankles=((1.0, 3.0), (-9.0, 14.0)),
                  feet=(75.0, 40.0))
    up = Arrow("far_ankle", (-6.0, 4.0), (0.0, 7.0))
    return Figure(
        "one-leg-stand-supported", Motion.HOLD, both, (Move((both, lifted), up),),
        _NEAR_LEG, (_TABLE,), sided=True,
    )


def march_standing() -> Figure:
    rest = standing()
    near_up = body(STANDING_HIP, hands=((-5.0, 52.0), (9.0, 53.0)),
                   ankles=((12.0, 18.0), (-1.0, 3.0)), feet=(80.0, 75.0))
    far_up = body(STANDING_HIP, hands=((9.0, 53.0), (-5.0, 52.0)),
                  ankles=((1.0, 3.0), (10.0, 18.0)), feet=(75.0, 80.0))
    return Figure(
        "march-standing", Motion.LOOP, rest, (Move((rest, near_up, rest, far_up, rest)),),
        _LEGS, cycle_s=2.4,
    )


def _stride(length: float, name: str, cycle_s: float) -> Figure:
    hip = (0.0, 48.5)
    swing = length * 0.8

    def step(near_x: float, far_x: float, near_up: float, far_up: float) -> Pose:
        near_foot = 100.0 if near_x > 0 else (45.0 if near_x < 0 else 75.0)
        far_foot = 100.0 if far_x > 0 else (45.0 if far_x < 0 else 75.0)
        # Arms swing against the legs.
        return body(hip, 178.0, hands=((-near_x * 0.6 + 2, 51.0), (-far_x * 0.6 + 2, 51.0)),
                    ankles=((near_x, 4.0 + near_up), (far_x, 4.0 + far_up)),
                    feet=(near_foot, far_foot))

    near_ahead = step(length, -length, 0.0, 1.5)
    near_passing = step(0.0, swing * 0.1, 0.0, 6.0)
    far_ahead = step(-length, length, 1.5, 0.0)
    far_passing = step(swing * 0.1, 0.0, 6.0, 0.0)
    start = replace(step(0.0, 0.0, 0.0, 0.0), near_foot=75.0, far_foot=75.0)
    keys = (near_ahead, near_passing, far_ahead, far_passing, near_ahead)
    return Figure(name, Motion.LOOP, start, (Move(keys),), _LEGS, cycle_s=cycle_s)


def walk() -> Figure:
    return _stride(13.0, "walk", 1.6)


def walk_small_steps() -> Figure:
    return _stride(7.0, "walk-small-steps", 2.0)
