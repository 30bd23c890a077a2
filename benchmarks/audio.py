"""How late is a cue when heard, through a real sound server, with and without a busy window?

    .venv/bin/python benchmarks/audio.py

Beside benchmarks/timer.py, which times the cue *call*, this times the *sound*: it runs a
real session (the real window, recorder and sound path, the system clock, Japanese with the
voice on) against a private PulseAudio server with a null sink, records the sink with parec,
finds every cue in the recording and prints its onset against the engine's deadline, median
and max. It does so twice: once quiet, once with the GUI thread blocked for 350 ms starting
20 ms before every other deadline. About two minutes; needs pulseaudio and parec (the
Makefile installs them).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.audio_server import Recorder, pulse_server, pulse_tools_missing  # noqa: E402
from tests.audio_session import analyse, summary  # noqa: E402


def heard(folder: Path, blocks: bool) -> None:
    out = folder / "batches.json"
    with pulse_server(folder / "pulse") as env:
        recorder = Recorder(env)
        time.sleep(0.3)
        subprocess.run([sys.executable, str(REPO / "tests" / "audio_session.py"),
                        str(folder / "data"), str(out)] + (["--blocks"] if blocks else []),
                       env={**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
                       check=True, cwd=REPO, capture_output=True)
        time.sleep(0.3)
        recording = recorder.stop()
    result = analyse(recording, json.loads(out.read_text())["batches"], REPO / "resources")
    label = "350 ms GUI blocks on boundaries" if blocks else "quiet window"
    print(f"cue onset heard, {label:<32} {summary(result.cue_late_ms)}; "
          f"missing {len(result.missing)}, speech over a cue {len(result.overlaps)}, "
          f"clipped samples {result.clipped}")


def main() -> int:
    missing = pulse_tools_missing()
    if missing:
        print(f"cannot run: {missing}")
        return 1
    for blocks in (False, True):
        with tempfile.TemporaryDirectory() as folder:
            heard(Path(folder), blocks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
