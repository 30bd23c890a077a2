"""A 2-D human seen from the side: a pose is a handful of joint angles, a skeleton is where
its joints land, and both mirror for the other side of the body.

Units are a body 100 high when standing; y points up and the floor is y = 0. An angle is in
degrees from straight down, turning towards where the figure faces: 0 hangs down, 90 points
forward, 180 points up, -90 points back. Angles are relative to `facing`, so mirroring a pose
only flips `facing` and the hip's x; everything else is the same body.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

Point = tuple[float, float]

TORSO = 30.0
NECK = 10.0
HEAD_R = 7.0
UPPER_ARM = 16.0
FOREARM = 15.0
THIGH = 24.0
SHIN = 23.0
FOOT = 9.0
HEEL = 2.5
# How far the spine bows at curve = ±1, and the belly rises at belly = 1.
SPINE_BOW = 5.0
BELLY_RISE = 6.0
SHOULDER_SHIFT = 3.0

# The angles a pose interpolates and mirrors as one body.
ANGLES = (
    "torso", "neck",
    "near_upper_arm", "near_forearm", "far_upper_arm", "far_forearm",
    "near_thigh", "near_shin", "near_foot", "far_thigh", "far_shin", "far_foot",
)


def _limbs() -> dict[str, tuple[float, str, str]]:
    """Segment name (also the name of its angle) -> (length, joint it starts from, joint it
    ends at); each chain runs out from the hip or the shoulder."""
    limbs: dict[str, tuple[float, str, str]] = {}
    chains = (
        ("hip", (("thigh", THIGH, "knee"), ("shin", SHIN, "ankle"), ("foot", FOOT, "toe"))),
        ("shoulder", (("upper_arm", UPPER_ARM, "elbow"), ("forearm", FOREARM, "hand"))),
    )
    for side in ("near", "far"):
        for root, parts in chains:
            start = root
            for part, length, end in parts:
                limbs[f"{side}_{part}"] = (length, start, f"{side}_{end}")
                start = f"{side}_{end}"
    return limbs


LIMBS = _limbs()
SEGMENTS = ("torso", "head", "belly", *LIMBS)


def direction(angle: float, facing: int) -> Point:
    rad = math.radians(angle)
    return (facing * math.sin(rad), -math.cos(rad))


@dataclass(frozen=True)
class Pose:
    hip: Point
    torso: float = 180.0
    neck: float = 180.0
    near_upper_arm: float = 5.0
    near_forearm: float = 10.0
    far_upper_arm: float = 5.0
    far_forearm: float = 10.0
    near_thigh: float = 0.0
    near_shin: float = 0.0
    near_foot: float = 75.0
    far_thigh: float = 0.0
    far_shin: float = 0.0
    far_foot: float = 75.0
    curve: float = 0.0
    """-1 hollows the back (arch), +1 rounds it (cat)."""
    belly: float = 0.0
    """0 at the end of a breath out, 1 full."""
    grip: float = 0.0
    """The near hand: 0 open and spread, 1 a fist."""
    shoulder: Point = (0.0, 0.0)
    """The shoulders' shift from rest, -1..1 forward and up."""
    facing: int = 1

    def mirrored(self) -> Pose:
        return replace(self, hip=(-self.hip[0], self.hip[1]), facing=-self.facing)


_NUMBERS = tuple(f.name for f in fields(Pose) if f.name not in ("hip", "shoulder", "facing"))


def lerp(a: float, b: float, t: float) -> float:
    # Weighted, not a + (b - a) * t: exactly a at t = 0 and exactly b at t = 1.
    return a * (1 - t) + b * t


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose t of the way from a to b (t is clamped to 0..1), angle by angle."""
    t = min(1.0, max(0.0, t))
    values = {name: lerp(getattr(a, name), getattr(b, name), t) for name in _NUMBERS}
    return Pose(
        hip=(lerp(a.hip[0], b.hip[0], t), lerp(a.hip[1], b.hip[1], t)),
        shoulder=(lerp(a.shoulder[0], b.shoulder[0], t), lerp(a.shoulder[1], b.shoulder[1], t)),
        facing=a.facing,
        **values,
    )


def ease(t: float) -> float:
    """Slow at both ends, as a calm movement is."""
    return (1 - math.cos(math.pi * min(1.0, max(0.0, t)))) / 2


def along(keys: tuple[Pose, ...], t: float) -> Pose:
    """The pose t of the way along a path through key poses, each leg taking the same time."""
    if len(keys) == 1:
        return keys[0]
    t = min(1.0, max(0.0, t))
    legs = len(keys) - 1
    leg = min(int(t * legs), legs - 1)
    return interpolate(keys[leg], keys[leg + 1], ease(t * legs - leg))


@dataclass(frozen=True)
class Skeleton:
    """Where a pose puts each joint, and the few curves drawn between them."""

    joints: dict[str, Point]
    spine_bow: Point
    """The control point of the curved line from hip to shoulder."""
    belly: Point
    """The top of the belly's curve, in front of the lower spine."""
    facing: int

    def point(self, name: str) -> Point:
        return self.joints[name]

    def points(self) -> list[Point]:
        return [*self.joints.values(), self.spine_bow, self.belly]


def _plus(p: Point, d: Point, k: float) -> Point:
    return (p[0] + d[0] * k, p[1] + d[1] * k)


def skeleton(pose: Pose) -> Skeleton:
    facing = pose.facing
    hip = pose.hip
    up = direction(pose.torso, facing)
    # The body's front: the torso's direction turned a quarter towards where it faces.
    front = (up[1] * facing, -up[0] * facing)
    shoulder = _plus(hip, up, TORSO)
    shoulder = _plus(shoulder, front, pose.shoulder[0] * SHOULDER_SHIFT)
    shoulder = _plus(shoulder, up, pose.shoulder[1] * SHOULDER_SHIFT)
    joints: dict[str, Point] = {"hip": hip, "shoulder": shoulder}
    joints["head"] = _plus(shoulder, direction(pose.neck, facing), NECK)
    for name, (length, start, end) in LIMBS.items():
        way = direction(getattr(pose, name), facing)
        base = joints[start]
        if end.endswith("toe"):
            # The foot runs from the heel, a little behind the ankle, to the toes.
            base = _plus(base, way, -HEEL)
            joints[end.replace("toe", "heel")] = base
        joints[end] = _plus(base, way, length)
    middle = _plus(hip, up, TORSO / 2)
    bow = _plus(middle, front, -pose.curve * SPINE_BOW)
    belly = _plus(_plus(hip, up, TORSO * 0.3), front, 5.5 + pose.belly * BELLY_RISE)
    return Skeleton(joints=joints, spine_bow=bow, belly=belly, facing=facing)


def reach(start: Point, target: Point, first: float, second: float, bend: int) -> tuple[
    float, float
]:
    """The two angles (for a figure facing forward, +x) of a two-segment limb from start that
    ends at target, its middle joint on the left of start -> target (bend = 1) or the right.

    Key poses are easier to write by where a hand or an ankle goes than by angles.
    """
    dx, dy = target[0] - start[0], target[1] - start[1]
    span = min(max(math.hypot(dx, dy), abs(first - second) + 1e-6), first + second - 1e-6)
    cos_a = (first**2 + span**2 - second**2) / (2 * first * span)
    base = math.atan2(dy, dx)
    phi1 = base + bend * math.acos(min(1.0, max(-1.0, cos_a)))
    joint = (start[0] + first * math.cos(phi1), start[1] + first * math.sin(phi1))
    phi2 = math.atan2(target[1] - joint[1], target[0] - joint[0])
    return _from_math(phi1), _from_math(phi2)


def _from_math(phi: float) -> float:
    """A direction measured the usual way (radians from +x, anticlockwise) as a pose angle,
    kept in -135..225 so that poses in one figure interpolate the short way round."""
    angle = math.degrees(phi) + 90
    while angle >= 225:
        angle -= 360
    while angle < -135:
        angle += 360
    return angle
