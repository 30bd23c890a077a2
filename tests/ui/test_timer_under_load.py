"""The real timer in the real event loop, with the GUI thread blocked and the process
stopped: the display stays on schedule and stopped time is never credited.

A short version of `benchmarks/timer.py --load` (about 12 s)."""

from __future__ import annotations

import math
import os
import subprocess
import time

import pytest
from PySide6.QtCore import QTimer

from rehabtimer.core.clock import SystemClock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import (
    PauseReason,
    PhaseStarted,
    SessionFinished,
    SessionPaused,
    Status,
)
from rehabtimer.core.timeline import build_timeline
from rehabtimer.ui.session.controller import SessionController
from tests.core.routines_for_tests import routine, step


@pytest.mark.slow
def test_a_blocked_loop_and_a_stopped_process_neither_drift_nor_count(qtbot) -> None:
    clock = SystemClock()
    timeline = build_timeline(routine(step("hold", "hold", hold_s=3, reps=2, rest_s=1)),
                              get_ready_s=0)
    controller = SessionController(SessionEngine(timeline, clock), clock)
    phase_end = [0.0]
    errors: list[float] = []
    seen: list[object] = []

    def on_events(events) -> None:
        for event in events:
            seen.append(event)
            if isinstance(event, PhaseStarted):
                phase_end[0] = event.at + event.phase.seconds
            if isinstance(event, SessionPaused) and event.reason is PauseReason.SUSPEND:
                phase_end[0] = float("nan")
                QTimer.singleShot(200, controller.toggle_pause)

    def on_state(state) -> None:
        # Left out: the phase the stop cut into, whose schedule the pause moved.
        on_schedule = not math.isnan(phase_end[0])
        if state.status is Status.RUNNING and state.remaining_s is not None and on_schedule:
            errors.append(abs(state.remaining_s - (phase_end[0] - time.monotonic())))

    controller.events.connect(on_events)
    controller.state_changed.connect(on_state)
    QTimer.singleShot(1500, lambda: time.sleep(0.35))  # a busy GUI thread, mid-hold
    pid = os.getpid()
    stopper = subprocess.Popen(["sh", "-c", f"sleep 4.5; kill -STOP {pid}; sleep 3;"
                                            f" kill -CONT {pid}"])
    controller.start()
    try:
        qtbot.waitUntil(lambda: any(isinstance(e, SessionFinished) for e in seen),
                        timeout=30_000)
    finally:
        stopper.wait()
        controller.shutdown()

    suspends = [e for e in seen if isinstance(e, SessionPaused)]
    assert [e.reason for e in suspends] == [PauseReason.SUSPEND], "the stop is an interruption"
    [finished] = [e for e in seen if isinstance(e, SessionFinished)]
    assert abs(finished.active_s - timeline.active_seconds) < 0.05, "no stopped time credited"
    assert finished.paused_s >= 3.0
    assert errors and max(errors) <= 0.1, "the display is never more than a redraw off"
