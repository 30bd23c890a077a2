"""Which clock tells a sleep from a pause on each system, and the fallback without one."""

from __future__ import annotations

import sys
import time
from types import SimpleNamespace

import pytest

from rehabtimer.core.clock import SystemClock, sleep_counting_clock


def clocks(**names: int) -> SimpleNamespace:
    """A `time` module as a system offers it: these clock ids, a reading of 100 + the id."""
    return SimpleNamespace(monotonic=lambda: 1.5, clock_gettime=lambda clock_id: 100.0 + clock_id,
                           **names)


@pytest.mark.parametrize(("platform", "offered", "expected", "reading"), [
    ("linux", {"CLOCK_BOOTTIME": 7}, "CLOCK_BOOTTIME", 107.0),
    ("darwin", {"CLOCK_MONOTONIC": 6, "CLOCK_UPTIME_RAW": 8}, "CLOCK_MONOTONIC", 106.0),
    ("linux", {}, "time.monotonic", 1.5),
    ("darwin", {}, "time.monotonic", 1.5),
    ("freebsd14", {"CLOCK_BOOTTIME": 7}, "time.monotonic", 1.5),
])
def test_the_sleep_counting_clock_per_system(platform, offered, expected, reading):
    name, read = sleep_counting_clock(platform, clocks(**offered))
    assert (name, read()) == (expected, reading)


def test_without_clock_gettime_as_on_windows_python_the_monotonic_clock_is_used():
    bare = SimpleNamespace(monotonic=lambda: 2.5, CLOCK_BOOTTIME=7)
    assert sleep_counting_clock("linux", bare)[0] == "time.monotonic"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' own clock is tried there")
def test_windows_clock_is_not_tried_elsewhere():
    name, read = sleep_counting_clock("win32", time)
    assert name == "time.monotonic" and read is time.monotonic


def test_this_systems_clock_runs_on():
    clock = SystemClock()
    first = clock.since_boot()
    assert clock.since_boot() >= first
    if sys.platform.startswith("linux"):
        assert sleep_counting_clock(sys.platform, time)[0] == "CLOCK_BOOTTIME"
