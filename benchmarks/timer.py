"""How late do phase changes and sound cues come, in the real Qt event loop?

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timer.py [--quick]

Runs a session with many boundaries (3 s holds x 10, 15 s holds per side, a 60 s breathing
step) on the system clock and records, for every phase boundary, when the controller's
events signal and the sound-cue call happened against the scheduled monotonic deadline.
--quick shortens every duration (about 40 s instead of about 3 min).

--window runs it through the app's real MainWindow instead, with the recorder writing every
step and the guide's sound path (benchmarks/timer_window.py): how late the events reach the
window and how late the view is painted; with --load there, 350 ms blocks land on
boundaries.

--load runs the same session while the GUI thread is blocked for 350 ms every 5 s and the
whole process is stopped once for 3 s (SIGSTOP, then SIGCONT from a helper process). It
prints the error of the remaining time at every redraw against the schedule, whether the
stop was caught as an interruption (the session pauses itself; the patient is simulated
carrying on a second later), the exercise time credited against the plan, and, side by
side, how far off a timer that counts 1 s ticks would be.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from rehabtimer.core.clock import SystemClock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import (
    PauseReason,
    PhaseStarted,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    Status,
)
from rehabtimer.core.routine_loading import parse_routine
from rehabtimer.core.timeline import build_timeline
from rehabtimer.paths import resources_dir
from rehabtimer.ui.session.controller import SessionController
from rehabtimer.ui.session.guidance import cue_for
from rehabtimer.ui.session.sound import CuePlayer


def routine(quick: bool):
    return parse_routine(routine_data(quick))


def routine_data(quick: bool) -> dict:
    scale = 0.2 if quick else 1.0

    def step(step_id: str, kind: str, **fields):
        return {"id": step_id, "kind": kind, "title": {"en": step_id},
                "instructions": {"en": "-"}, **fields}

    return {
        "format": 1, "id": "timer-benchmark", "title": {"en": "Timer benchmark"},
        "recommended": {"per_day": 1},
        "steps": [
            step("heel-raise", "hold", hold_s=3, reps=10, rest_s=max(1, 2 * scale)),
            step("stretch", "hold", hold_s=max(1, 15 * scale), sides=["right", "left"],
                 switch_s=max(1, 5 * scale)),
            step("breathing", "breathing", duration_s=max(10, 60 * scale), inhale_s=4,
                 exhale_s=6),
        ],
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--quick", action="store_true")
    options.add_argument("--load", action="store_true")
    options.add_argument("--window", action="store_true")
    args = options.parse_args(argv)
    if args.window:
        from benchmarks.timer_window import run_in_window, summary

        late = run_in_window(routine_data(args.quick), args.load)
        how = "with 350 ms blocks on boundaries" if args.load else "quiet"
        print(summary(f"events reach the window ({how})", late["events"]))
        print(summary(f"view painted ({how})", late["paint"]))
        return 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = SystemClock()
    timeline = build_timeline(routine(args.quick), get_ready_s=3)
    controller = SessionController(SessionEngine(timeline, clock), clock)
    cues = CuePlayer(resources_dir() / "sounds")
    signal_late: list[float] = []
    cue_late: list[float] = []
    finished: list[tuple[float, float]] = []

    phase_end = [0.0]
    shown_error: list[float] = []
    suspends: list[SessionPaused] = []
    ticks = [0]

    def on_events(events) -> None:
        received = time.monotonic()
        for event in events:
            if isinstance(event, PhaseStarted):
                phase_end[0] = event.at + event.phase.seconds
            if isinstance(event, SessionPaused) and event.reason is PauseReason.SUSPEND:
                suspends.append(event)
                QTimer.singleShot(1000, controller.toggle_pause)  # the patient carries on
            if isinstance(event, SessionResumed):
                # The pause moved this phase's end; measured again from the next phase on.
                phase_end[0] = math.nan
        cue = cue_for(events)
        if cue is not None:
            cues.play(cue)
        for event in events:
            if isinstance(event, PhaseStarted) and event.phase.index > 0:
                signal_late.append(received - event.at)
                if cue is not None:
                    cue_late.append(cues.last_played[cue] - event.at)
            if isinstance(event, SessionFinished):
                finished.append((received, event.at, event.paused_s, event.active_s))
                QTimer.singleShot(0, QCoreApplication.quit)

    def on_state(state) -> None:
        # What the screen shows against the schedule, at the moment it is drawn.
        measurable = not math.isnan(phase_end[0]) and state.remaining_s is not None
        if state.status is Status.RUNNING and measurable:
            shown_error.append(abs(state.remaining_s - (phase_end[0] - time.monotonic())))

    controller.events.connect(on_events)
    controller.state_changed.connect(on_state)
    if args.load:
        blocker = QTimer()
        blocker.timeout.connect(lambda: time.sleep(0.35))
        blocker.start(5000)
        ticker = QTimer()  # the timer to avoid: each tick takes one second off
        ticker.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
        ticker.start(1000)
        pid = os.getpid()
        stopper = subprocess.Popen(
            ["sh", "-c", f"sleep {timeline.planned_seconds / 2:.1f}; kill -STOP {pid};"
                         f" sleep 3; kill -CONT {pid}"])
    start = time.monotonic()
    controller.start()
    app.exec()
    received, at, paused_s, active_s = finished[0]
    planned_end = start + timeline.planned_seconds + paused_s

    def line(name: str, values: list[float]) -> str:
        ms = [v * 1000 for v in values]
        return (f"{name:<22} n={len(ms):<4} p50={statistics.median(ms):6.2f} ms  "
                f"p99={percentile(ms, 0.99):6.2f} ms  max={max(ms):6.2f} ms  "
                f"min={min(ms):6.2f} ms")

    print(f"session: {timeline.planned_seconds:.0f} s planned, {len(timeline.phases)} phases")
    print(line("phase-change signal", signal_late))
    print(line("sound-cue call", cue_late))
    print(f"end-of-session error   {(received - planned_end) * 1000:6.2f} ms "
          f"(scheduled end vs planned: {(at - planned_end) * 1000:.3f} ms)")
    early = [v for v in signal_late + cue_late if v < 0]
    print(f"early events           {len(early)}")
    print(f"sound available        {cues.available} ({cues.problem or 'ok'})")
    print(f"remaining-time error at each redraw: n={len(shown_error)} "
          f"max={max(shown_error) * 1000:.2f} ms")
    if args.load:
        stopper.wait()
        print(f"under load: 3 s stop caught as an interruption: "
              f"{'yes' if suspends else 'NO'} ({len(suspends)} pause(s), {paused_s:.2f} s paused)")
        print(f"under load: exercise time credited {active_s:.2f} s of "
              f"{timeline.active_seconds:.2f} s planned (none for the stopped time)")
        print(f"a 1 s tick-counting timer would be {received - start - ticks[0]:.2f} s behind "
              f"after {received - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
