"""A session recorded as the app records it, in a process the test kills with SIGKILL.

    python -m tests.storage.crash_child DATA_DIR

Prints "step <n>" as soon as the n-th step result is committed, so the parent knows what
must survive. A fake clock moves 0.5 s of session time per loop, so the 20 short steps
take about two seconds while the process really writes.
"""

from __future__ import annotations

import sys
import time

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import StepFinished
from rehabtimer.core.timeline import build_timeline
from rehabtimer.paths import data_paths, prepare
from rehabtimer.storage.db import open_database
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.recorder import SessionRecorder
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository
from tests.core.routines_for_tests import routine, step

STEPS = 20


def main(data_dir: str) -> None:
    paths = prepare(data_paths(data_dir))
    database = open_database(paths.database, paths.backups)
    clock = FakeClock()
    timeline = build_timeline(
        routine(*(step(f"s{n}", "hold", hold_s=2) for n in range(STEPS))), get_ready_s=0)
    recorder = SessionRecorder(SessionRepository(database), SnapshotRepository(database), clock)
    recorder.begin(ProfileRepository(database).ensure_default().id, timeline, pain_before=3)
    engine = SessionEngine(timeline, clock)
    events = engine.start()
    done = 0
    while True:
        recorder.record(events)
        done += sum(isinstance(e, StepFinished) for e in events)
        print(f"step {done}", flush=True)
        time.sleep(0.02)
        clock.advance(0.5)
        events = engine.poll()


if __name__ == "__main__":
    main(sys.argv[1])
