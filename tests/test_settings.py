from __future__ import annotations

import json

from rehabtimer.settings import Settings, load_settings, save_settings


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
