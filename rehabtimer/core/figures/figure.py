"""A figure: a start position, the key poses of its movement, what it holds or leans on, and
which part of the body works.

Props and arrows are written for a figure facing forward (+x); their x is multiplied by the
pose's `facing` when drawn, so mirroring a figure mirrors them with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Literal

from rehabtimer.core.figures.pose import Point, Pose

PropKind = Literal["mat", "chair", "stool", "table", "wall", "towel", "strap", "cast", "weight"]


class Motion(StrEnum):
    REPS = "reps"
    """Each movement phase of a rep goes along one of the figure's moves."""
    HOLD = "hold"
    """One move into the held position, shown held."""
    LOOP = "loop"
    """A short cycle repeated for as long as the step lasts (marching, walking)."""
    BREATH = "breath"
    """One move from empty to full lungs: along it breathing in, back breathing out."""


@dataclass(frozen=True)
class Prop:
    kind: PropKind
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0
    """Floor props: from x0 to x1, y high (a chair's seat, a table's top)."""
    joints: tuple[str, ...] = ()
    """Body props: the joints they follow (a strap from hand to foot, a cast on a forearm)."""


@dataclass(frozen=True)
class Arrow:
    """Which way the moving part goes: from `offset` beside a joint, along `vector`."""

    joint: str
    offset: Point
    vector: Point

    def reversed(self) -> Arrow:
        tail = (self.offset[0] + self.vector[0], self.offset[1] + self.vector[1])
        return Arrow(self.joint, tail, (-self.vector[0], -self.vector[1]))


@dataclass(frozen=True)
class Move:
    keys: tuple[Pose, ...]
    arrow: Arrow | None = None


@dataclass(frozen=True)
class Figure:
    name: str
    motion: Motion
    start: Pose
    moves: tuple[Move, ...]
    moving: frozenset[str]
    """Segments drawn in the accent colour (see pose.SEGMENTS)."""
    props: tuple[Prop, ...] = ()
    sided: bool = False
    """The moving part is one side's limb: "left" shows the mirror image of "right"."""
    cycle_s: float = 2.0
    """For LOOP: seconds for one cycle through the moves' key poses."""

    def poses(self) -> Iterator[Pose]:
        yield self.start
        for move in self.moves:
            yield from move.keys

    def mirrored(self) -> Figure:
        return replace(
            self,
            start=self.start.mirrored(),
            moves=tuple(
                replace(move, keys=tuple(key.mirrored() for key in move.keys))
                for move in self.moves
            ),
        )
