"""A real session in the real window on the system clock, heard through a PulseAudio null sink,
and what the recording says about it. For tests/ui/test_audio_through_pulse.py and
benchmarks/audio.py.

    python tests/audio_session.py DATA_DIR OUT.json [--blocks]

run with PULSE_* pointing at the server (tests/audio_server.py) plays a short routine in
Japanese with voice and sounds on at full volume, and writes every batch of events the engine
produced (its deadline and cue). --blocks stops the GUI thread for 350 ms just before every
other deadline, as a slow redraw or disk write would.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROUTINE = {
    "format": 1, "id": "audio-check", "title": {"ja": "音の確認", "en": "Sound check"},
    "recommended": {"per_day": 1},
    "steps": [
        {"id": "breathe", "kind": "breathing", "title": {"ja": "呼吸", "en": "Breathing"},
         "instructions": {"ja": "-", "en": "-"}, "duration_s": 16, "inhale_s": 4,
         "exhale_s": 4},
        {"id": "hold", "kind": "hold", "title": {"ja": "キープ", "en": "Hold"},
         "instructions": {"ja": "-", "en": "-"}, "hold_s": 10, "reps": 2, "rest_s": 3},
    ],
}
BLOCK_S = 0.35


def run_session(data_dir: Path, out: Path, blocks: bool) -> None:
    """The child process: everything here runs against the server in the environment."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from rehabtimer.core.clock import SystemClock
    from rehabtimer.core.events import SessionFinished
    from rehabtimer.ui.session.guidance import cue_for
    from rehabtimer.ui.session.guide import deadline_of
    from tests.driving import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    (data_dir / "routines").mkdir(parents=True, exist_ok=True)
    (data_dir / "routines" / "audio-check.json").write_text(
        json.dumps(ROUTINE, ensure_ascii=False), encoding="utf-8")
    window = build_window(data_dir, "ja", SystemClock())
    window.apply_settings(replace(window.ctx.settings, voice=True, sounds=True, volume=1.0,
                                  get_ready_s=3))
    window.resize(1200, 800)
    window.show()
    batches: list[dict[str, Any]] = []

    def press(name: str) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            app.processEvents()
            found = [b for b in window.findChildren(QPushButton, name) if b.isVisible()]
            if found:
                found[0].click()
                return
        raise RuntimeError(f"no button {name}")

    def on_events(events: list[Any]) -> None:
        cue = cue_for(events)
        batches.append({"at": deadline_of(events), "cue": cue.value if cue else None,
                        "kinds": [type(event).__name__ for event in events],
                        "phases": [event.phase.kind.value for event in events
                                   if type(event).__name__ == "PhaseStarted"]})
        if any(isinstance(event, SessionFinished) for event in events):
            QTimer.singleShot(2500, app.quit)  # the last words after the fanfare

    blocked = [0]

    def block_before_next(_state: object) -> None:
        controller = window.controller
        due = controller.engine.next_due() if controller is not None else None
        blocked[0] += 1
        if due is None or blocked[0] % 2:
            return
        wait = due - time.monotonic() - 0.02
        if wait > 0.05:
            QTimer.singleShot(round(wait * 1000), lambda: time.sleep(BLOCK_S))

    press("start-audio-check")
    press("accept")
    press("skip")
    controller = window.controller
    assert controller is not None
    controller.events.connect(on_events)
    if blocks:
        controller.state_changed.connect(block_before_next)
    app.exec()
    out.write_text(json.dumps({"batches": batches}), encoding="utf-8")


@dataclass
class Heard:
    cue_late_ms: list[float]
    """For each cue the engine asked for at a deadline: onset minus deadline."""
    missing: list[dict[str, Any]]
    overlaps: list[str]
    clipped: int
    inhale_clip_after_ms: list[float]
    """Each in-breath's Japanese clip: onset after the in-breath's deadline."""


def analyse(recording: Any, batches: list[dict[str, Any]], resources: Path) -> Heard:
    """Find every cue and clip in the recording and hold them against the deadlines."""
    from tests.audio_server import find, read_wav

    def template(name: str) -> Any:
        folder = "voice" if name.startswith(("ja_", "en_")) else "sounds"
        return read_wav(resources / folder / f"{name}.wav")

    cue_names = sorted({b["cue"] for b in batches if b["cue"]})
    clip_names = sorted(path.stem for path in (resources / "voice").glob("ja_*.wav"))
    heard = {name: find(recording, template(name)) for name in cue_names + clip_names}
    lengths = {name: len(template(name)) / 44_100 for name in heard}
    late, missing = [], []
    for batch in batches[1:]:  # the first cue follows a click, not a deadline
        if batch["cue"] is None:
            continue
        near = [t - batch["at"] for t in heard[batch["cue"]] if -0.05 < t - batch["at"] < 0.3]
        if near:
            late.append(min(near, key=abs) * 1000)
        else:
            missing.append(batch)
    cues = [(t, t + lengths[name]) for name in cue_names for t in heard[name]]
    overlaps = [f"{name} at {t:.3f}" for name in clip_names for t in heard[name]
                if any(t < end and begin < t + lengths[name] for begin, end in cues)]
    inhales = [b["at"] for b in batches if "inhale" in b["phases"]]
    after = [min((t - at for t in heard["ja_inhale"] if 0 <= t - at < 1.0), default=-1.0) * 1000
             for at in inhales]
    return Heard(late, missing, overlaps, int((abs(recording.samples) >= 32_767).sum()), after)


def summary(values: list[float]) -> str:
    return (f"n={len(values)} median={statistics.median(values):.1f} ms "
            f"max={max(values):.1f} ms min={min(values):.1f} ms")


if __name__ == "__main__":
    run_session(Path(sys.argv[1]), Path(sys.argv[2]), "--blocks" in sys.argv[3:])
