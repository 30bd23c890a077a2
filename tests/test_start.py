"""Start-up facts are resolved once per start, not again by every layer."""

from __future__ import annotations

import argparse

from rehabtimer import settings as settings_module
from rehabtimer.cli import OK, main
from rehabtimer.start import start_of
from tests.cli.test_cli import record_sessions


def test_a_command_reads_the_settings_once(tmp_path, data_dir, monkeypatch):
    record_sessions(data_dir, 1)
    reads = []
    original = settings_module.read_small_json
    monkeypatch.setattr(settings_module, "read_small_json",
                        lambda path, *a: reads.append(path) or original(path, *a))

    assert main(["export", "pdf", "-o", str(tmp_path / "report.pdf")]) == OK

    assert reads == [data_dir / "settings.json"]


def test_the_language_comes_from_lang_then_the_setting(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text('{"language": "en"}', encoding="utf-8")

    chosen = start_of(argparse.Namespace(data_dir=None, lang="ja"))
    from_setting = start_of(argparse.Namespace(data_dir=None, lang=None))

    assert (chosen.lang, from_setting.lang) == ("ja", "en")
    assert from_setting.paths.root == data_dir
