"""Writing key poses by where the hands and ankles go, for the library's figures."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rehabtimer.core.figures.figure import Prop
from rehabtimer.core.figures.pose import (
    FOREARM,
    SHIN,
    THIGH,
    TORSO,
    UPPER_ARM,
    Point,
    Pose,
    direction,
    reach,
)

# Knees bend forward (to the left of hip -> ankle for a figure facing +x); elbows backward.
KNEES, ELBOWS = 1, -1

SEAT_Y = 22.0
SEATED_HIP: Point = (0.0, 27.0)
STANDING_HIP: Point = (0.0, 50.0)
LYING_HIP: Point = (10.0, 8.0)
CHAIR = Prop("chair", -11.0, 15.0, SEAT_Y)


def body(
    hip: Point,
    torso: float = 180.0,
    *,
    hands: tuple[Point, Point],
    ankles: tuple[Point, Point],
    feet: tuple[float, float] = (75.0, 75.0),
    neck: float | None = None,
    **extra: Any,
) -> Pose:
    """A pose with its near and far hands and ankles where given (as near as limbs reach)."""
    up = direction(torso, 1)
    shoulder = (hip[0] + up[0] * TORSO, hip[1] + up[1] * TORSO)
    near_arm = reach(shoulder, hands[0], UPPER_ARM, FOREARM, ELBOWS)
    far_arm = reach(shoulder, hands[1], UPPER_ARM, FOREARM, ELBOWS)
    near_leg = reach(hip, ankles[0], THIGH, SHIN, KNEES)
    far_leg = reach(hip, ankles[1], THIGH, SHIN, KNEES)
    return Pose(
        hip=hip,
        torso=torso,
        neck=torso if neck is None else neck,
        near_upper_arm=near_arm[0],
        near_forearm=near_arm[1],
        far_upper_arm=far_arm[0],
        far_forearm=far_arm[1],
        near_thigh=near_leg[0],
        near_shin=near_leg[1],
        near_foot=feet[0],
        far_thigh=far_leg[0],
        far_shin=far_leg[1],
        far_foot=feet[1],
        **extra,
    )


def seated(**changes: Any) -> Pose:
    """Sitting tall on a chair, feet flat, hands resting on the thighs."""
    pose = body(SEATED_HIP, hands=((15.0, 31.0), (13.0, 31.0)),
                ankles=((24.0, 4.0), (22.0, 4.0)))
    return replace(pose, **changes)


def standing(**changes: Any) -> Pose:
    pose = body(STANDING_HIP, hands=((3.0, 50.0), (1.0, 50.0)),
                ankles=((1.0, 3.0), (-1.0, 3.0)))
    return replace(pose, **changes)


def supine(hands: tuple[Point, Point] = ((11.5, 3.5), (10.5, 3.5)), **changes: Any) -> Pose:
    """On the back with both knees bent and the feet flat; the head rests to the left."""
    pose = body(LYING_HIP, -90.0, hands=hands, ankles=((40.0, 4.0), (38.0, 4.0)),
                feet=(80.0, 80.0), neck=-100.0)
    return replace(pose, **changes)


def mat(x0: float = -45.0, x1: float = 52.0) -> Prop:
    return Prop("mat", x0, x1)
