"""How late do phase changes and sound cues come, in the real Qt event loop?

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timer.py [--quick]

Runs a session with many boundaries (3 s holds x 10, 15 s holds per side, a 60 s breathing
step) on the system clock and records, for every phase boundary, when the controller's
events signal and the sound-cue call happened against the scheduled monotonic deadline.
--quick shortens every duration (about 40 s instead of about 3 min).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from rehabtimer.core.clock import SystemClock
from rehabtimer.core.engine import PhaseStarted, SessionEngine, SessionFinished
from rehabtimer.core.routine import parse_routine
from rehabtimer.core.timeline import build_timeline
from rehabtimer.paths import resources_dir
from rehabtimer.ui.guidance import cue_for
from rehabtimer.ui.session_controller import SessionController
from rehabtimer.ui.sound import CuePlayer


def routine(quick: bool):
    scale = 0.2 if quick else 1.0

    def step(step_id: str, kind: str, **fields):
        return {"id": step_id, "kind": kind, "title": {"en": step_id},
                "instructions": {"en": "-"}, **fields}

    return parse_routine({
        "format": 1, "id": "timer-benchmark", "title": {"en": "Timer benchmark"},
        "recommended": {"per_day": 1},
        "steps": [
            step("heel-raise", "hold", hold_s=3, reps=10, rest_s=max(1, 2 * scale)),
            step("stretch", "hold", hold_s=max(1, 15 * scale), sides=["right", "left"],
                 switch_s=max(1, 5 * scale)),
            step("breathing", "breathing", duration_s=max(10, 60 * scale), inhale_s=4,
                 exhale_s=6),
        ],
    })


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--quick", action="store_true")
    args = options.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    clock = SystemClock()
    timeline = build_timeline(routine(args.quick), get_ready_s=3)
    controller = SessionController(SessionEngine(timeline, clock), clock)
    cues = CuePlayer(resources_dir() / "sounds")
    signal_late: list[float] = []
    cue_late: list[float] = []
    finished: list[tuple[float, float]] = []

    def on_events(events) -> None:
        received = time.monotonic()
        cue = cue_for(events)
        if cue is not None:
            cues.play(cue)
        for event in events:
            if isinstance(event, PhaseStarted) and event.phase.index > 0:
                signal_late.append(received - event.at)
                if cue is not None:
                    cue_late.append(cues.last_played[cue] - event.at)
            if isinstance(event, SessionFinished):
                finished.append((received, event.at))
                QTimer.singleShot(0, QCoreApplication.quit)

    controller.events.connect(on_events)
    start = time.monotonic()
    controller.start()
    app.exec()
    received, at = finished[0]
    planned_end = start + timeline.planned_seconds

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
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
