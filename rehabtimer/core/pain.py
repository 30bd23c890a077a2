"""When a pain score (0-10) asks for more than being written down.

The thresholds are the app's conservative reading of the pain-monitoring rule described in
docs/clinical-notes.md: exercise on a day of severe pain is advised against, and a rise of
two points or more over a session is a reason to ease off and to check the next day.
"""

from __future__ import annotations

TOO_HIGH_TO_START = 7
"""Pain before a session at or above this: advise not to exercise today."""
RISE_TO_ACT_ON = 2
"""A rise over a session at least this large: advice now, a question the day after."""


def too_high_to_start(pain_before: int | None) -> bool:
    return pain_before is not None and pain_before >= TOO_HIGH_TO_START


def rose(pain_before: int | None, pain_after: int | None) -> bool:
    """Whether the pain went up by RISE_TO_ACT_ON or more; unknown when either is missing."""
    if pain_before is None or pain_after is None:
        return False
    return pain_after - pain_before >= RISE_TO_ACT_ON
