"""The language when nobody chose one: the environment, else the system's preferred ones."""

from __future__ import annotations

import argparse

import pytest

from rehabtimer.language import system_language
from rehabtimer.settings import Settings, save_settings
from rehabtimer.start import start_of

_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def no_locale_variables(monkeypatch):
    """As an app started from the macOS Finder or on Windows: no LANG at all."""
    for variable in _VARIABLES:
        monkeypatch.delenv(variable, raising=False)


@pytest.mark.parametrize(("preferred", "expected"), [
    (["ja-JP"], "ja"),
    (["ja"], "ja"),
    (["fr-FR", "ja-JP", "en-US"], "ja"),  # the first of the user's that we speak
    (["en-JP", "ja-JP"], "en"),
    (["zh_Hans_CN", "ko-KR"], "en"),
])
def test_without_lang_the_system_preferences_decide(no_locale_variables, preferred, expected):
    assert system_language(lambda: preferred) == expected


def test_lang_in_the_environment_comes_first(monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert system_language(lambda: ["ja-JP"]) == "en"


def test_the_setting_then_lang_stand_above_the_system(no_locale_variables, data_dir,
                                                       monkeypatch):
    monkeypatch.setattr("rehabtimer.language._ui_languages", lambda: ["ja-JP"])
    assert start_of(argparse.Namespace(data_dir=None, lang=None)).lang == "ja"
    data_dir.mkdir(parents=True)
    save_settings(data_dir / "settings.json", Settings(language="en"))
    assert start_of(argparse.Namespace(data_dir=None, lang=None)).lang == "en"
    assert start_of(argparse.Namespace(data_dir=None, lang="ja")).lang == "ja"
