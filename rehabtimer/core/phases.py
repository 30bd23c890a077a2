"""The kinds of phase a routine is made of.

Apart from the timeline so that the screen's colours can be chosen without loading the
routine parser, which the first frame of the home screen does not need.
"""

from __future__ import annotations

from enum import StrEnum


class PhaseKind(StrEnum):
    GET_READY = "get_ready"
    WORK = "work"
    INHALE = "inhale"
    BREATH_HOLD = "breath_hold"
    EXHALE = "exhale"
    HOLD = "hold"
    MOVE = "move"
    SELF_REP = "self_rep"
    REST = "rest"
    SWITCH_SIDE = "switch_side"
