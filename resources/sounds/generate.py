"""Synthesise RehabTimer's sound cues: python resources/sounds/generate.py [OUTDIR].

The committed WAVs are this script's output, byte for byte (tests/ui/test_sound.py checks), so
a cue is changed here and regenerated, never edited by hand. Standard library only, and no
randomness, so every machine writes the same bytes.

Every cue's notes lie between about 260 Hz and 1.3 kHz, below the high range that ageing ears
lose first, and each has its own shape (click, struck dyad, two steady tones, glide, bell,
arpeggio, chord) so that a patient on a mat across the room tells them apart without looking.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44_100
PEAK = 10 ** (-6 / 20)  # -6 dBFS: loud enough across a room, with headroom so nothing clips
FULL_SCALE = 32_767
EDGE_FADE = 0.008  # seconds of damping at the end of a struck note, so it never stops dead

Signal = list[float]


def note(name: str) -> float:
    """Equal-tempered frequency of a natural note such as "C5" (A4 = 440 Hz)."""
    steps = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}
    semitones = steps[name[0]] + 12 * (int(name[1:]) - 4)
    return 440.0 * 2 ** (semitones / 12)


def silence(seconds: float) -> Signal:
    return [0.0] * round(seconds * RATE)


def envelope(t: float, seconds: float, attack: float, release: float) -> float:
    """Raised-cosine ramps up over `attack` and down over `release`: no step, so no click."""
    rise = 0.5 - 0.5 * math.cos(math.pi * t / attack) if t < attack else 1.0
    left = seconds - t
    fall = 0.5 - 0.5 * math.cos(math.pi * left / release) if left < release else 1.0
    return rise * fall


def strike(
    freq: float,
    seconds: float,
    partials: Sequence[tuple[float, float, float]],
    attack: float,
) -> Signal:
    """A struck sound: (frequency ratio, level, decay time) per partial, after a soft attack.

    Higher partials die faster than the fundamental, which is what makes a mallet or bell
    sound round instead of buzzy. A note cut short by the next one is damped, not chopped.
    """
    out = []
    for i in range(round(seconds * RATE)):
        t = i / RATE
        value = sum(
            level * math.exp(-t / decay) * math.sin(2 * math.pi * freq * ratio * t)
            for ratio, level, decay in partials
        )
        out.append(envelope(t, seconds, attack, EDGE_FADE) * value)
    return out


def tone(start_freq: float, end_freq: float, seconds: float, attack: float, decay: float) -> Signal:
    """A tone that may glide, with a slight second harmonic so it is not a bare beep.

    It fades as it sounds (time constant `decay`): a held note at full level is harsh and,
    for the same peak, far louder than the struck cues beside it.
    """
    out = []
    phase = 0.0
    count = round(seconds * RATE)
    for i in range(count):
        t = i / RATE
        # A glide bends in pitch space (geometric), which the ear hears as an even slide.
        freq = start_freq * (end_freq / start_freq) ** (i / count)
        phase += 2 * math.pi * freq / RATE
        value = math.exp(-t / decay) * (math.sin(phase) + 0.15 * math.sin(2 * phase))
        out.append(envelope(t, seconds, attack, attack) * value)
    return out


def mix(length: float, *parts: tuple[float, Signal]) -> Signal:
    """Lay each (start time, signal) onto a silent track of `length` seconds."""
    track = silence(length)
    for start, part in parts:
        offset = round(start * RATE)
        for i, value in enumerate(part[: len(track) - offset]):
            track[offset + i] += value
    return track


def normalise(signal: Signal) -> Signal:
    """Scale so the loudest sample sits at PEAK: every cue equally loud at the same setting."""
    loudest = max(abs(value) for value in signal)
    return [value * PEAK / loudest for value in signal]


MALLET = ((1.0, 1.0, 0.12), (2.0, 0.25, 0.05), (3.0, 0.08, 0.03))
# The 2.4 partial is a bell's minor third above the octave: what makes it a bell, not a chime.
BELL = (
    (1.0, 1.0, 0.30),
    (2.0, 0.45, 0.18),
    (2.4, 0.30, 0.12),
    (3.0, 0.20, 0.09),
    (4.2, 0.10, 0.05),
)


def tick() -> Signal:
    # Woodblock partials are inharmonic and vanish within a few tens of milliseconds.
    wood = ((1.0, 1.0, 0.012), (2.57, 0.35, 0.006), (4.1, 0.12, 0.004))
    return strike(1100.0, 0.06, wood, attack=0.0015)


def phase() -> Signal:
    # Two notes a major third apart struck together: bright, and unlike any sequence below.
    bright = ((1.0, 1.0, 0.09), (2.0, 0.4, 0.05), (3.0, 0.15, 0.03))
    return mix(
        0.25,
        (0.0, strike(note("C6"), 0.25, bright, attack=0.003)),
        (0.0, strike(note("E6"), 0.25, bright, attack=0.003)),
    )


def switch() -> Signal:
    # Two steady tones stepping up a fifth: the "now the other side" prompt.
    return mix(
        0.35,
        (0.0, tone(note("C5"), note("C5"), 0.16, attack=0.012, decay=0.15)),
        (0.17, tone(note("G5"), note("G5"), 0.18, attack=0.012, decay=0.15)),
    )


def rest() -> Signal:
    # One soft tone sliding down a fifth, slow to rise: settle down.
    return tone(note("D5"), note("G4"), 0.35, attack=0.04, decay=0.12)


def halfway() -> Signal:
    return strike(note("A5"), 0.4, BELL, attack=0.002)


def step_done() -> Signal:
    return mix(
        0.5,
        (0.0, strike(note("C5"), 0.5, MALLET, attack=0.004)),
        (0.12, strike(note("E5"), 0.38, MALLET, attack=0.004)),
        (0.24, strike(note("G5"), 0.26, MALLET, attack=0.004)),
    )


def session_done() -> Signal:
    # A pick-up note, then C major in four voices with a brass-like harmonic series for warmth.
    def voice(name: str, seconds: float) -> Signal:
        warm = tuple((float(n), 1.0 / n**1.5, 0.9 / n) for n in range(1, 7))
        return strike(note(name), seconds, warm, attack=0.02)

    chord_at = 0.16
    chord = [(chord_at, voice(name, 1.2 - chord_at)) for name in ("C4", "E4", "G4", "C5")]
    return mix(1.2, (0.0, voice("G4", 0.14)), *chord)


CUES: dict[str, Callable[[], Signal]] = {
    "tick": tick,
    "phase": phase,
    "switch": switch,
    "rest": rest,
    "halfway": halfway,
    "step_done": step_done,
    "session_done": session_done,
}


def write_wav(path: Path, signal: Signal) -> None:
    frames = b"".join(struct.pack("<h", round(value * FULL_SCALE)) for value in signal)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: Sequence[str]) -> int:
    outdir = Path(argv[0]) if argv else Path(__file__).resolve().parent
    outdir.mkdir(parents=True, exist_ok=True)
    for stem, make in CUES.items():
        write_wav(outdir / f"{stem}.wav", normalise(make()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
