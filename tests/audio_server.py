"""A real PulseAudio server with a null sink, and what came out of it, for the audio tests and
the audio benchmark: start a private daemon, record its sink's monitor with parec, find where
each known sound starts in the recording (time.monotonic() instants, like the deadlines).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
import wave
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 44_100
SINK = "rehabtimer_test"


def pulse_tools_missing() -> str | None:
    """Why the audio server cannot be used here, or None."""
    for tool in ("pulseaudio", "parec", "pactl"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (make test-slow installs pulseaudio-utils)"
    return None


@contextmanager
def pulse_server(folder: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio daemon with one null sink; yields the environment that reaches it.

    Private: its own runtime folder, so neither the desktop's server nor another test's is
    touched, and it is stopped when the block ends.
    """
    env = dict(os.environ)
    env.update(PULSE_RUNTIME_PATH=str(folder / "run"), PULSE_STATE_PATH=str(folder / "state"),
               PULSE_CONFIG_PATH=str(folder / "config"), HOME=str(folder),
               XDG_RUNTIME_DIR=str(folder / "run"))
    (folder / "run").mkdir(parents=True, exist_ok=True)
    env.pop("PULSE_SERVER", None)
    subprocess.run(
        ["pulseaudio", "-n", "--daemonize=yes", "--exit-idle-time=-1", "--use-pid-file=yes",
         "--log-target=file:" + str(folder / "pulse.log"),
         "-L", f"module-null-sink sink_name={SINK} rate={RATE} channels=1",
         "-L", "module-native-protocol-unix"],
        env=env, check=True, timeout=20)
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode:
            if time.monotonic() > deadline:
                raise RuntimeError("the PulseAudio server did not come up")
            time.sleep(0.05)
        subprocess.run(["pactl", "set-default-sink", SINK], env=env, check=True)
        yield env
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=20)


@dataclass
class Recording:
    samples: np.ndarray
    """Mono int16 samples of the sink's output."""
    start: float
    """time.monotonic() at which the first sample was heard."""
    rate: float = RATE
    """Samples per second of time.monotonic(): the server's clock is not quite the system's."""

    def at(self, index: int) -> float:
        return self.start + index / self.rate


class Recorder:
    """parec on the null sink's monitor; each block's arrival time dates the samples.

    Every block arrives at or after the moment its last sample sounded, so the least-delayed
    blocks date the samples: a line through the earliest arrival of each stretch of the
    recording gives both the start and the server's true rate (it drifts from the nominal
    44.1 kHz by a few hundred parts per million, 20 ms over a minute).
    """

    def __init__(self, env: Mapping[str, str]) -> None:
        self._process = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=2"],
            env=dict(env), stdout=subprocess.PIPE)
        self._chunks: list[bytes] = []
        self._arrivals: list[tuple[int, float]] = []
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        received = 0
        while True:
            block = os.read(self._process.stdout.fileno(), 4096)
            if not block:
                return
            arrived = time.monotonic()
            received += len(block)
            self._chunks.append(block)
            self._arrivals.append((received // 2, arrived))

    def stop(self) -> Recording:
        self._process.terminate()
        self._process.wait(10)
        self._thread.join(10)
        assert self._process.stdout is not None
        self._process.stdout.close()
        samples = np.frombuffer(b"".join(self._chunks), dtype="<i2")
        counts = np.array([count for count, _ in self._arrivals], dtype=np.float64)
        arrivals = np.array([arrived for _, arrived in self._arrivals])
        # The earliest block (against the nominal rate) of each of 16 stretches, then a line.
        lead = arrivals - counts / RATE
        picks = [int(part[np.argmin(lead[part])])
                 for part in np.array_split(np.arange(len(counts)), 16) if len(part)]
        slope, start = np.polyfit(counts[picks], arrivals[picks], 1)
        return Recording(samples, float(start), 1.0 / float(slope))


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as wav:
        return np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2").astype(np.float64)


def find(recording: Recording, template: np.ndarray, threshold: float = 0.9) -> list[float]:
    """Where `template` starts in the recording at any volume: normalised cross-correlation
    above `threshold` (1 is an exact, unmixed copy), one instant per occurrence."""
    signal = recording.samples.astype(np.float64)
    n = len(signal) + len(template)
    size = 1 << (n - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(signal, size) * np.conj(np.fft.rfft(template, size)),
                        size)[: len(signal) - len(template) + 1]
    energy = np.concatenate(([0.0], np.cumsum(signal * signal)))
    window = energy[len(template):] - energy[: len(energy) - len(template)]
    norm = np.sqrt(np.maximum(window, 1e-9) * float(np.dot(template, template)))
    score = corr / norm
    found: list[float] = []
    index = 0
    above = np.flatnonzero(score > threshold)
    while index < len(above):
        first = above[index]
        # One occurrence: the best match within the template's length.
        group = above[(above >= first) & (above < first + len(template))]
        best = group[np.argmax(score[group])]
        found.append(recording.at(int(best)))
        index += len(group)
    return found
