"""A real session heard through a real PulseAudio server (a null sink, recorded with parec):
every cue on time while the window is blocked at the boundaries, no speech over a cue, no
clipped sample, and 「吸って」 at each in-breath. `make test-slow`; about a minute."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.audio_server import Recorder, pulse_server, pulse_tools_missing
from tests.audio_session import analyse, summary

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(pulse_tools_missing() is not None, reason=str(pulse_tools_missing())),
]


def test_a_session_through_a_real_sound_server(tmp_path):
    out = tmp_path / "batches.json"
    with pulse_server(tmp_path / "pulse") as env:
        recorder = Recorder(env)
        time.sleep(0.3)
        child_env = {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
        subprocess.run([sys.executable, str(REPO / "tests" / "audio_session.py"),
                        str(tmp_path / "data"), str(out), "--blocks"],
                       env=child_env, check=True, timeout=180, cwd=REPO)
        time.sleep(0.3)
        recording = recorder.stop()
    batches = json.loads(out.read_text(encoding="utf-8"))["batches"]
    heard = analyse(recording, batches, REPO / "resources")
    print("cue onset after its deadline:", summary(heard.cue_late_ms))
    print("「吸って」 after each in-breath's deadline:", heard.inhale_clip_after_ms, "ms")
    assert heard.missing == []
    ticks = sum(1 for batch in batches if batch["cue"] == "tick")
    assert ticks >= 20 and len(heard.cue_late_ms) == sum(1 for b in batches[1:] if b["cue"])
    assert all(-2 <= late <= 20 for late in heard.cue_late_ms), heard.cue_late_ms
    assert heard.overlaps == []
    assert heard.clipped == 0
    assert len(heard.inhale_clip_after_ms) == 2
    # After the 250 ms chime, before the first tick a second in.
    assert all(250 <= after <= 400 for after in heard.inhale_clip_after_ms), (
        heard.inhale_clip_after_ms)
