"""Time sources for the engine: a monotonic clock for timers, a wall clock for records.

Timers are deadlines on the monotonic clock, so changing the wall clock or the time zone
mid-session moves nothing. Tests use FakeClock and move time by hand.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; only differences mean anything."""
        ...

    def now(self) -> datetime:
        """The current wall-clock instant, timezone-aware, in the local zone."""
        ...

    def since_boot(self) -> float:
        """Seconds on a clock that also runs while the computer sleeps.

        The monotonic clock stands still during suspend on Linux, so a sleep can only be
        seen as a jump of this clock against the monotonic one.
        """
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def since_boot(self) -> float:
        if sys.platform.startswith("linux"):
            return time.clock_gettime(time.CLOCK_BOOTTIME)
        # CLOCK_BOOTTIME is Linux-only; elsewhere a sleep cannot be told apart from a pause.
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to, for tests and benchmarks."""

    def __init__(
        self,
        start: datetime | None = None,
        monotonic_start: float = 1000.0,
    ) -> None:
        self._mono = monotonic_start
        self._boot = monotonic_start
        self._wall = start or datetime(2026, 1, 5, 9, 0, tzinfo=timezone(timedelta(hours=9)))

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def since_boot(self) -> float:
        return self._boot

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._mono += seconds
        self._boot += seconds
        self._wall += timedelta(seconds=seconds)

    def sleep(self, seconds: float) -> None:
        """The computer is suspended: the monotonic clock stands still, the others run."""
        self._boot += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, when: datetime) -> None:
        """Jump the wall clock (a user changing the time) without touching monotonic time."""
        self._wall = when
