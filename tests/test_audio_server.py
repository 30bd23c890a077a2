"""How tests/audio_server.py finds sounds in a recording, on recordings made up here: a sound
the server split with a moment of silence (an underrun, as a loaded CI machine makes) is
still heard, and dated where it started; a sound missing, cut short or drowned is not."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.audio_server import RATE, Recording, find, read_wav

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
INHALE = read_wav(RESOURCES / "voice" / "ja_inhale.wav")
CHIME = read_wav(RESOURCES / "sounds" / "phase.wav")
TICK = read_wav(RESOURCES / "sounds" / "tick.wav")


def split(sound: np.ndarray, *gaps: tuple[int, int]) -> np.ndarray:
    """`sound` with (length) samples of silence put in before each (at) sample of it."""
    parts, last = [], 0
    for at, length in sorted(gaps):
        parts += [sound[last:at], np.zeros(length)]
        last = at
    return np.concatenate([*parts, sound[last:]])


def recording(*sounds: tuple[float, np.ndarray], seconds: float = 8.0) -> Recording:
    """Silence with each (at seconds) sound mixed in, as int16 samples heard from instant 0."""
    mix = np.zeros(round(seconds * RATE))
    for at, sound in sounds:
        start = round(at * RATE)
        mix[start:start + len(sound)] += sound
    return Recording(np.clip(np.round(mix), -32768, 32767).astype(np.int16), start=0.0)


def test_a_clip_split_by_a_dropout_is_heard_when_it_started() -> None:
    # The CI failure: 「吸って」 after the chime, 8.8 ms of silence 180 ms into it.
    heard = recording((1.0, CHIME), (1.29, split(INHALE, (7938, 390))))
    assert find(heard, CHIME) == [1.0]
    assert find(heard, INHALE) == [pytest.approx(1.29, abs=1 / RATE)]


@pytest.mark.parametrize("sound, gap_at", [(INHALE, 1000), (TICK, 100)],
                         ids=["clip", "tick"])
def test_a_sound_split_in_its_first_milliseconds_is_dated_by_its_first_part(
        sound: np.ndarray, gap_at: int) -> None:
    heard = recording((2.0, split(sound, (gap_at, 500))))
    assert find(heard, sound) == [pytest.approx(2.0, abs=1 / RATE)]


def test_only_a_split_copy_counts_not_one_cut_short_drowned_or_torn_apart() -> None:
    heard = recording(
        (0.5, split(INHALE, (3000, 300), (12_000, 450))),  # two dropouts: heard
        (1.5, INHALE[:-4410]),  # its last 100 ms missing
        (2.5, INHALE), (2.7, CHIME),  # a chime over its second half
        (3.5, np.delete(split(INHALE, (6000, 900)), range(9500, 9600))),  # a gap, then a skip:
        (4.5, split(INHALE, (8000, 6600))),  # heard; a gap of 150 ms is not a dropout
        (5.5, split(INHALE * 0.3, (10_000, 400))),  # at a lower volume: heard
        (6.5, INHALE),
    )
    assert find(heard, INHALE) == pytest.approx([0.5, 3.5, 5.5, 6.5], abs=1 / RATE)
