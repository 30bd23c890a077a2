"""The voice clips: one for every phrase the app says, in each language, exactly as the
generator's script wrote them (checked through its manifest, without a synthesiser)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import struct
import wave
from pathlib import Path

import pytest

from rehabtimer.ui.session.guidance import Phrase

VOICE = Path(__file__).resolve().parents[2] / "resources" / "voice"


def generator():
    spec = importlib.util.spec_from_file_location("voice_generate", VOICE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MANIFEST = json.loads((VOICE / "manifest.json").read_text(encoding="utf-8"))


def test_every_phrase_the_app_says_has_a_clip_in_each_language():
    for lang in ("ja", "en"):
        assert {phrase.value for phrase in Phrase} <= set(MANIFEST[lang]), lang


def test_the_manifest_is_the_script_and_the_files_are_the_manifest():
    script = generator().SCRIPT
    assert set(MANIFEST["ja"]) == set(MANIFEST["en"]) == set(script)
    for key, (ja_text, en_text) in script.items():
        for lang, text in (("ja", ja_text), ("en", en_text)):
            entry = MANIFEST[lang][key]
            assert entry["text"] == text, (
                f"{lang} {key} is stale: run make voice (resources/voice/generate.py)")
            data = (VOICE / entry["file"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["file"]
    wavs = {path.name for path in VOICE.glob("*.wav")}
    assert wavs == {entry["file"] for clips in MANIFEST.values() for entry in clips.values()}


def test_the_japanese_inhale_is_open_jtalks_reading():
    assert MANIFEST["ja"]["inhale"]["text"] == "吸って"


@pytest.mark.parametrize("name", sorted(path.name for path in VOICE.glob("*.wav")))
def test_each_clip_is_short_mono_at_the_cues_rate_and_under_their_peak(name):
    with wave.open(str(VOICE / name), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44_100)
        count = wav.getnframes()
        data = struct.unpack(f"<{count}h", wav.readframes(count))
    assert 0.1 < count / 44_100 < 1.5
    peak_db = 20 * math.log10(max(abs(value) for value in data) / 32_767)
    # Never louder than the cues (-6 dBFS), never clipped.
    assert peak_db <= -6.9
    assert abs(data[0]) < 100 and abs(data[-1]) < 100
    lang, _, key = name.removesuffix(".wav").partition("_")
    assert MANIFEST[lang][key]["seconds"] == pytest.approx(count / 44_100, abs=1e-4)
