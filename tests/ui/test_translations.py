"""The committed translations are complete and match the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rehabtimer.ui.i18n import translations_dir

REPO = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
LANGS = ("ja", "en")
SOURCES = [REPO / "rehabtimer" / "app.py", *sorted((REPO / "rehabtimer" / "ui").rglob("*.py"))]


def ts_file(lang: str) -> Path:
    return translations_dir() / f"rehabtimer_{lang}.ts"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_translations_are_fresh(lang, tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", "-silent", ts_file(lang), "-qm", fresh],
                   check=True)
    committed = ts_file(lang).with_suffix(".qm")
    assert committed.read_bytes() == fresh.read_bytes(), "run: make translations"


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_in_the_code_is_in_the_ts_file(lang, tmp_path):
    copy = tmp_path / ts_file(lang).name
    shutil.copy(ts_file(lang), copy)
    out = subprocess.run(
        [TOOLS / "pyside6-lupdate", "-no-obsolete", "-locations", "none", *SOURCES, "-ts", copy],
        check=True, capture_output=True, text=True,
    ).stdout
    new = int(re.search(r"\((\d+) new", out).group(1))
    assert new == 0, f"{new} new strings: run make translations and translate them"


def test_every_japanese_string_is_translated():
    text = ts_file("ja").read_text(encoding="utf-8")
    assert text.count("<message") > 100
    assert 'type="unfinished"' not in text
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text


def test_no_string_is_hidden_behind_an_alias():
    """lupdate reads `tr = QCoreApplication.translate; tr("Ctx", "Text")` as the source
    "Ctx" with the comment "Text": every such string would show untranslated. The app uses
    no disambiguation comments, so any comment is that mistake."""
    text = ts_file("ja").read_text(encoding="utf-8")
    assert "<comment>" not in text


def test_qt_own_buttons_speak_japanese(qapp):
    """Message boxes and file dialogs use Qt's own words: they follow the app's language."""
    from PySide6.QtWidgets import QDialogButtonBox

    from rehabtimer.ui.i18n import install_translators

    try:
        assert install_translators(qapp, "ja")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"
    finally:
        install_translators(qapp, "en")


def test_japanese_text_uses_full_width_colons_and_question_marks():
    """「言語：」 and 「よろしいですか？」: half-width marks look broken in Japanese text."""
    text = ts_file("ja").read_text(encoding="utf-8")
    kana_or_kanji = "[\u3040-\u30ff\u4e00-\u9fff]"
    half_width = [t for t in re.findall(r"<translation>([^<]*)</translation>", text)
                  if re.search(f"{kana_or_kanji}[:?]", t)]
    assert half_width == []
