"""Figures sitting on a chair."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from rehabtimer.core.figures.build import CHAIR, SEATED_HIP, body, seated
from rehabtimer.core.figures.figure import Arrow, Figure, Motion, Move, Prop
from rehabtimer.core.figures.pose import Pose

_ARMS = frozenset({"near_upper_arm", "near_forearm", "far_upper_arm", "far_forearm"})
_LEGS = frozenset({"near_thigh", "near_shin", "far_thigh", "far_shin"})


def _hands(near: tuple[float, float], far: tuple[float, float], **changes: Any) -> Pose:
    pose = body(SEATED_HIP, hands=(near, far), ankles=((24.0, 4.0), (22.0, 4.0)))
    return replace(pose, **changes)


def heel_raise() -> Figure:
    down = seated()
    # The toes stay put while the heels and ankles rise.
    up = body(SEATED_HIP, hands=((15.0, 31.0), (13.0, 31.0)),
              ankles=((26.0, 7.5), (24.0, 7.5)), feet=(40.0, 40.0))
    lift = Arrow("near_heel", (-4.0, 3.0), (0.0, 8.0))
    return Figure(
        "heel-raise-seated", Motion.REPS, down,
        (Move((down, up), lift), Move((up,)), Move((up, down), lift.reversed())),
        frozenset({"near_foot", "far_foot", "near_shin", "far_shin"}), (CHAIR,),
    )


def knee_extension() -> Figure:
    down = _hands((4.0, 25.0), (2.0, 25.0))
    raised = replace(down, near_thigh=92.0, near_shin=80.0, near_foot=165.0)
    lift = Arrow("near_ankle", (6.0, -4.0), (2.0, 11.0))
    return Figure(
        "knee-extension-seated", Motion.REPS, down,
        (Move((down, raised), lift), Move((raised,)), Move((raised, down), lift.reversed())),
        frozenset({"near_shin", "near_foot"}), (CHAIR,), sided=True,
    )


def toe_stretch() -> Figure:
    # The working foot rests on a low stool; both hands reach its toes.
    start = body(SEATED_HIP, 145.0, hands=((31.0, 22.0), (30.0, 21.0)),
                 ankles=((33.0, 17.0), (22.0, 4.0)), feet=(80.0, 75.0))
    stretched = replace(start, near_foot=115.0)
    up = Arrow("near_toe", (3.0, 1.0), (-1.0, 7.0))
    return Figure(
        "toe-stretch-seated", Motion.HOLD, start, (Move((start, stretched), up),),
        frozenset({"near_foot"}), (CHAIR, Prop("stool", 28.0, 44.0, 13.0)), sided=True,
    )


def march_seated() -> Figure:
    rest = seated()
    near_up = body(SEATED_HIP, hands=((15.0, 31.0), (13.0, 31.0)),
                   ankles=((27.0, 14.0), (22.0, 4.0)))
    far_up = body(SEATED_HIP, hands=((15.0, 31.0), (13.0, 31.0)),
                  ankles=((24.0, 4.0), (25.0, 14.0)))
    return Figure(
        "march-seated", Motion.LOOP, rest, (Move((rest, near_up, rest, far_up, rest)),),
        _LEGS, (CHAIR,), cycle_s=2.4,
    )


def shoulder_blade_squeeze() -> Figure:
    start = _hands((15.0, 41.0), (13.0, 41.0))
    pulled = _hands((5.0, 43.0), (3.0, 43.0), shoulder=(-1.0, 0.0))
    back = Arrow("near_elbow", (-3.0, 3.0), (-8.0, 0.0))
    return Figure(
        "shoulder-blade-squeeze", Motion.REPS, start,
        (Move((start, pulled), back), Move((pulled,)), Move((pulled, start), back.reversed())),
        _ARMS, (CHAIR,),
    )


def arm_curl() -> Figure:
    down = _hands((3.0, 28.0), (1.0, 28.0))
    up = _hands((9.0, 54.0), (7.0, 54.0))
    lift = Arrow("near_hand", (6.0, 0.0), (0.0, 9.0))
    weights = (Prop("weight", joints=("near_hand",)), Prop("weight", joints=("far_hand",)))
    return Figure(
        "arm-curl-seated", Motion.REPS, down,
        (Move((down, up), lift), Move((up, down), lift.reversed())),
        frozenset({"near_forearm", "far_forearm"}), (CHAIR, *weights),
    )


def elbow_bend() -> Figure:
    straight = _hands((4.0, 28.0), (13.0, 31.0))
    bent = _hands((8.0, 54.0), (13.0, 31.0))
    lift = Arrow("near_hand", (6.0, 0.0), (0.0, 9.0))
    return Figure(
        "elbow-bend-seated", Motion.REPS, straight,
        (Move((straight, bent), lift), Move((bent, straight), lift.reversed())),
        frozenset({"near_forearm"}), (CHAIR,),
    )


def fingers() -> Figure:
    # The forearm in a cast, held out in front; only the fingers move.
    open_hand = _hands((20.0, 44.0), (13.0, 31.0))
    fist = replace(open_hand, grip=1.0)
    return Figure(
        "fingers-open-close", Motion.REPS, open_hand,
        (Move((open_hand, fist)), Move((fist, open_hand))),
        frozenset({"near_hand"}), (CHAIR, Prop("cast", joints=("near_elbow", "near_hand"))),
    )


def shoulder_circles() -> Figure:
    # Up, back, down, forward and up again: eight points round the circle.
    keys = tuple(
        seated(shoulder=(-math.sin(math.radians(a)), math.cos(math.radians(a))))
        for a in range(0, 361, 45)
    )
    return Figure(
        "shoulder-circles-seated", Motion.REPS, keys[0], (Move(keys),),
        frozenset({"near_upper_arm", "far_upper_arm"}), (CHAIR,),
    )
