"""Time sources for the engine: a monotonic clock for timers, a wall clock for records.

Timers are deadlines on the monotonic clock, so changing the wall clock or the time zone
mid-session moves nothing. Tests use FakeClock and move time by hand.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; only differences mean anything."""
        ...

    def now(self) -> datetime:
        """The current wall-clock instant, timezone-aware, in the local zone."""
        ...

    def since_boot(self) -> float:
        """Seconds on a clock that also runs while the computer sleeps.

        The monotonic clock stands still during suspend on Linux and macOS, so a sleep can
        only be seen as a jump of this clock against the monotonic one.
        """
        ...


def _posix_clock(clocks: Any, name: str) -> Callable[[], float] | None:
    # getattr: Windows' time module has neither clock_gettime nor the clock ids.
    gettime = getattr(clocks, "clock_gettime", None)
    clock_id = getattr(clocks, name, None)
    if gettime is None or clock_id is None:
        return None
    return lambda: float(gettime(clock_id))


def _windows_sleep_counting() -> Callable[[], float] | None:
    """time.monotonic plus the time slept since boot: GetTickCount64 counts sleep,
    QueryUnbiasedInterruptTime does not (both in kernel32 since Windows 7)."""
    if sys.platform != "win32":
        return None
    import ctypes

    try:
        kernel32 = ctypes.WinDLL("kernel32")
        ticks, awake = kernel32.GetTickCount64, kernel32.QueryUnbiasedInterruptTime
    except (OSError, AttributeError):
        return None
    ticks.restype = ctypes.c_ulonglong
    awake.argtypes = [ctypes.POINTER(ctypes.c_ulonglong)]
    awake.restype = ctypes.c_int

    def since_boot() -> float:
        units = ctypes.c_ulonglong()  # of 100 ns
        if not awake(ctypes.byref(units)):
            return time.monotonic()
        # Whether time.monotonic itself counts sleep differs between Python versions on
        # Windows; adding the time slept makes this clock count it either way.
        return time.monotonic() + float(ticks()) / 1000 - units.value / 10_000_000

    return since_boot


def sleep_counting_clock(platform: str, clocks: Any) -> tuple[str, Callable[[], float]]:
    """The clock that runs on while the computer sleeps, with its name, for `platform`.

    Linux: CLOCK_BOOTTIME (CLOCK_MONOTONIC, time.monotonic, stops in suspend). macOS:
    CLOCK_MONOTONIC (time.monotonic is CLOCK_UPTIME_RAW there, which stops). Windows: see
    _windows_sleep_counting. Elsewhere, or without these, time.monotonic: a sleep is then seen
    only as a late wake-up, where the monotonic clock counts sleep.
    """
    found: Callable[[], float] | None = None
    name = "time.monotonic"
    if platform.startswith("linux"):
        name, found = "CLOCK_BOOTTIME", _posix_clock(clocks, "CLOCK_BOOTTIME")
    elif platform == "darwin":
        name, found = "CLOCK_MONOTONIC", _posix_clock(clocks, "CLOCK_MONOTONIC")
    elif platform == "win32":
        name, found = "GetTickCount64", _windows_sleep_counting()
    if found is None:
        return "time.monotonic", clocks.monotonic
    return name, found


class SystemClock:
    def __init__(self) -> None:
        self._since_boot = sleep_counting_clock(sys.platform, time)[1]

    def monotonic(self) -> float:
        return time.monotonic()

    def since_boot(self) -> float:
        return self._since_boot()

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
