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


# Under load (a busy two-core CI machine) the sound server now and then finds the player's
# buffer (about 20 ms) empty and plays silence until it is refilled, then skips a little to
# catch up: the sound of that moment is heard whole, but split by a few milliseconds of
# silence, so that it no longer lines up with its template as one piece.
PIECE_S = 0.010
"""A split copy is lined up piece by piece, in pieces this long."""
SPOILED = 0.25
"""What share of its pieces gaps and skips may spoil, at most, for a copy to count as heard."""
SHARE = 0.25
"""A split copy is looked for where a part of it this big (in energy) lines up."""
DROPOUT_S = 0.100
"""How far gaps and skips may move its pieces from where its first one lines up, at most."""
SKIP_S = 0.005
"""How much of it one catching up may skip."""
PIECE_FIT = 0.99
"""How well each piece must match: closer than a whole, for the decaying tone of a cue matches
itself a few periods later almost as well as where it is."""


def find(recording: Recording, template: np.ndarray, threshold: float = 0.9) -> list[float]:
    """Where `template` starts in the recording at any volume: normalised cross-correlation
    above `threshold` (1 is an exact, unmixed copy), one instant per occurrence.

    A copy split by dropouts counts too, where its pieces line up in order (`_split_onset`);
    anything else that keeps a part of it from lining up (a part missing, cut off, or mixed
    with another sound) leaves it unfound, as before.
    """
    signal = recording.samples.astype(np.float64)
    score = _scores(signal, template, 0, len(signal) - len(template) + 1)
    reach = round(DROPOUT_S * RATE)
    onsets: list[int] = []
    # Where the largest part of a split copy lines up, the whole still scores that part's share.
    for index in _best_of_each_stretch(score, reach, min(threshold, SHARE)):
        if any(abs(index - onset) < len(template) for onset in onsets):
            continue  # one occurrence per template length: its best match
        # A gap in its first milliseconds leaves the whole matching, but dated after the gap.
        onset = _split_onset(signal, template, index, reach)
        if onset is None and score[index] > threshold:
            onset = index  # a piece mixed with another sound: a match as a whole all the same
        if onset is not None and all(abs(onset - other) >= len(template) for other in onsets):
            onsets.append(onset)
    return [recording.at(onset) for onset in sorted(onsets)]


def _scores(signal: np.ndarray, part: np.ndarray, first: int, count: int) -> np.ndarray:
    """Normalised cross-correlation of `part` starting at signal[first], signal[first + 1], ...
    (`count` of them): 1 where the signal holds an exact copy, at any volume. Samples outside
    the signal count as silence."""
    size = count + len(part) - 1
    stretch = signal[max(first, 0): max(first + size, 0)]
    before = min(max(-first, 0), size)
    stretch = np.pad(stretch, (before, size - len(stretch) - before))
    fft_size = 1 << (size + len(part) - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(stretch, fft_size) * np.conj(np.fft.rfft(part, fft_size)),
                        fft_size)[:count]
    energy = np.concatenate(([0.0], np.cumsum(stretch * stretch)))
    window = energy[len(part):] - energy[: len(energy) - len(part)]
    return np.asarray(corr / np.sqrt(np.maximum(window, 1e-9) * float(np.dot(part, part))))


def _best_of_each_stretch(score: np.ndarray, stretch: int, floor: float) -> list[int]:
    """The best-scoring index of each `stretch` of `score` where it beats `floor`, best first."""
    blocks = np.pad(score, (0, -len(score) % stretch), constant_values=-np.inf)
    best = blocks.reshape(-1, stretch).argmax(axis=1) + np.arange(len(blocks) // stretch) * stretch
    best = best[score[best] > floor]
    return [int(index) for index in best[np.argsort(-score[best], kind="stable")]]


def _split_onset(signal: np.ndarray, template: np.ndarray, near: int, reach: int) -> int | None:
    """Where a copy of `template` split by dropouts starts, within `reach` of `near`, or None.

    Each loud piece of the template is lined up on its own, each at the same start as the one
    before, later (after a gap) or a little earlier (after a skip). A gap or skip spoils the
    one piece it falls in and no other, so the copy counts only if every other piece lines up,
    each spoiled one is followed by a move, no more than SPOILED are spoiled, and all the moves
    together stay within DROPOUT_S.
    """
    size = round(PIECE_S * RATE)
    if len(template) < 2 * size:
        return None  # too short to be lined up in pieces: found whole or not at all
    offsets = np.arange(0, len(template) - size + 1, size)
    energy = np.array([np.dot(template[o:o + size], template[o:o + size]) for o in offsets])
    offsets = offsets[energy >= 1e-3 * energy.max()]  # near silence tells nothing
    first, count = near - reach, 2 * reach + 1
    fits = np.stack([_scores(signal, template[o:o + size], first + o, count) for o in offsets])
    gain = np.where(fits > PIECE_FIT, fits, 0.0)
    path = _path(gain, round(SKIP_S * RATE))
    lined_up = np.flatnonzero(gain[np.arange(len(path)), path] > 0)
    if len(lined_up) < 2 or len(path) - len(lined_up) > SPOILED * len(path):
        return None
    if lined_up[0] > 1 or lined_up[-1] < len(path) - 2:
        return None  # more than a piece missing at the start or the end: cut, not split
    starts = path[lined_up]
    moved, skipped = np.diff(starts) != 0, np.diff(lined_up) > 1
    if starts.max() - starts.min() > reach:
        return None
    if np.any(skipped & ~moved):
        return None  # a piece that does not line up, and no gap after it to explain why
    start = first + int(starts[0])
    if lined_up[0] == 0:
        return start
    # A dropout in the first piece: the part of it before the gap dates the sound.
    head = _head_start(signal, template[offsets[0]:offsets[0] + size],
                       start + int(offsets[0]) - reach, reach)
    return None if head is None else head - int(offsets[0])


def _path(gain: np.ndarray, fall: int) -> np.ndarray:
    """For each row (a piece) a column (where it starts), from row to row rising any amount
    (a gap) or falling at most `fall` (a skip), with the most gain in all."""
    total = gain[0]
    steps = []
    columns = np.arange(gain.shape[1])
    upto = np.minimum(columns + fall, len(columns) - 1)
    for row in gain[1:]:
        best = np.maximum.accumulate(total)
        steps.append(np.maximum.accumulate(np.where(total == best, columns, 0))[upto])
        total = row + best[upto]
    path = [int(np.argmax(total))]
    for step in reversed(steps):
        path.append(int(step[path[-1]]))
    return np.array(path[::-1])


def _head_start(signal: np.ndarray, piece: np.ndarray, first: int, reach: int) -> int | None:
    """Where the longest head of `piece` that lines up (halves, down to a millisecond) starts,
    among `first` ... `first` + `reach`; None if none does."""
    length = len(piece) // 2
    while length >= RATE // 1000:
        fits = _scores(signal, piece[:length], first, reach + 1)
        if fits.max() > PIECE_FIT:
            return first + int(np.argmax(fits))
        length //= 2
    return None
