"""The library of figures a routine step can name (`"figure": "cat-cow"`)."""

from __future__ import annotations

from rehabtimer.core.figures import floor, seated, standing
from rehabtimer.core.figures.figure import Figure

FIGURES: dict[str, Figure] = {
    figure.name: figure
    for figure in (
        floor.belly_breathing(),
        floor.pelvic_tilt(),
        floor.glute_bridge(),
        floor.knee_to_chest(),
        floor.hamstring_stretch(),
        floor.cat_cow(),
        floor.quad_set(),
        seated.heel_raise(),
        seated.knee_extension(),
        seated.toe_stretch(),
        seated.march_seated(),
        seated.shoulder_blade_squeeze(),
        seated.arm_curl(),
        seated.elbow_bend(),
        seated.fingers(),
        seated.shoulder_circles(),
        standing.squat(),
        standing.wall_push_up(),
        standing.calf_stretch(),
        standing.one_leg_stand(),
        standing.march_standing(),
        standing.walk(),
        standing.walk_small_steps(),
    )
}
FIGURE_NAMES = tuple(sorted(FIGURES))


def figure_for(name: str, side: str | None = None) -> Figure:
    """A library figure as drawn for a side. The library draws each figure facing right, so
    the viewer sees its right side working; "left" is its mirror image."""
    figure = FIGURES[name]
    return figure.mirrored() if side == "left" else figure
