from __future__ import annotations

import json
import time

import pytest

from rehabtimer.settings import Settings, load_settings, save_settings
from tests import hostile_files


def test_settings_round_trip_and_file_is_private(tmp_path):
    path = tmp_path / "settings.json"
    wanted = Settings(language="ja", sounds=False, volume=0.3, text_scale=150,
                      high_contrast=True, week_start=6, get_ready_s=10)
    save_settings(path, wanted)
    assert load_settings(path) == (wanted, None)
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_missing_file_means_defaults_without_a_complaint(tmp_path):
    assert load_settings(tmp_path / "none.json") == (Settings(), None)


def test_bad_values_fall_back_one_by_one_and_say_which(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "fr", "volume": "loud", "text_scale": 500,
                                "sounds": 1, "voice": True, "unknown": 3}))
    settings, problem = load_settings(path)
    assert settings.language == "system"  # not a language we speak
    assert settings.volume == Settings().volume
    assert settings.text_scale == 200
    assert settings.sounds is True and settings.voice is True
    assert "volume" in problem and "sounds" in problem


def test_a_damaged_file_never_stops_the_app(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe{not json")
    settings, problem = load_settings(path)
    assert settings == Settings() and str(path) in problem


@pytest.mark.parametrize("kind", hostile_files.KINDS)
def test_a_file_that_never_ends_means_defaults_at_once(tmp_path, kind):
    path = hostile_files.make(kind, tmp_path / "settings.json")
    code = ("import sys; from pathlib import Path; from rehabtimer.settings import *;"
            "settings, problem = load_settings(Path(sys.argv[1]));"
            "print(settings == Settings(), problem)")
    out = hostile_files.run(["-c", code, str(path)])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"True {damaged(path)}"


def damaged(path):
    return f"The settings file {path} could not be read; defaults are used."


@pytest.mark.parametrize("text", [
    '{"language": "ja", "sounds": ' + "[" * 100_000 + "]" * 100_000 + "}",
    '{"language": "ja", "get_ready_s": ' + "9" * 5000 + "}",
], ids=["nested 100,000 deep", "a 5,000-digit number"])
def test_json_python_cannot_parse_means_defaults(tmp_path, text):
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    assert load_settings(path) == (Settings(), damaged(path))


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('\ufeff{"language": "ja"}', encoding="utf-8")  # as Windows Notepad saves
    assert load_settings(path) == (Settings(language="ja"), None)


def test_a_50_mb_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"language": "ja"' + b" " * (50 << 20) + b"}")  # valid JSON
    started = time.monotonic()
    assert load_settings(path) == (Settings(), damaged(path))
    assert time.monotonic() - started < 1
