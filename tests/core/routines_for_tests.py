"""Small routines built in code, for engine and timeline tests."""

from __future__ import annotations

from typing import Any

from rehabtimer.core.routine import Routine
from rehabtimer.core.routine_loading import parse_routine


def text(words: str) -> dict[str, str]:
    return {"en": words, "ja": words}


def step(step_id: str, kind: str, **fields: Any) -> dict[str, Any]:
    return {"id": step_id, "kind": kind, "title": text(step_id), "instructions": text("do it"),
            **fields}


def routine(*steps: dict[str, Any], **extra: Any) -> Routine:
    data = {
        "format": 1,
        "id": "test",
        "title": text("Test"),
        "recommended": {"per_day": 1},
        "steps": list(steps),
        **extra,
    }
    return parse_routine(data, "test.json")


def every_kind() -> Routine:
    return routine(
        step("march", "timed", duration_s=20, rest_after_s=10),
        step("breathe", "breathing", duration_s=30, inhale_s=4, exhale_s=6),
        step("stretch", "hold", hold_s=15, reps=2, rest_s=5, sides=["right", "left"], switch_s=5),
        step("catcow", "reps", reps=3, phases=[{"label": text("round"), "seconds": 4},
                                               {"label": text("arch"), "seconds": 4}]),
        step("toes", "reps", reps=3, pace="self", sides=["right", "left"]),
    )
