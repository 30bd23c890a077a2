"""The report's text is what it shows: pdftotext, as a clinician's search would, reads the
patient's name, the routine and the note exactly, with no radical in place of a kanji."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from contextlib import closing

import pytest

from rehabtimer.cli import OK, main
from rehabtimer.ui.history.pdf_text import RADICALS
from rehabtimer.ui.i18n import install_translators
from tests.cli.test_cli import record_sessions

NAME = "山田花子"
TITLE = "変形性ひざ関節症の体操"
NOTE = "日時を確かめ、長く歩いた。人と入る。階段の上りで右ひざが少し痛んだが、休むと治まった。"


@pytest.fixture
def english_afterwards(qapp):
    """The command line installs the Japanese translator in this process: take it out again
    so the tests after this one see English."""
    yield
    install_translators(qapp, "en")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_pdftotext_reads_japanese_names_titles_and_notes_as_shown(tmp_path, data_dir,
                                                                   english_afterwards):
    record_sessions(data_dir, 2)
    with closing(sqlite3.connect(data_dir / "rehabtimer.sqlite")) as conn:
        conn.execute("UPDATE profiles SET name = ?", (NAME,))
        conn.execute("UPDATE routine_snapshots SET title_json = ?",
                     (json.dumps({"ja": TITLE, "en": "Knee"}, ensure_ascii=False),))
        conn.execute("UPDATE sessions SET note = ?", (NOTE,))
        conn.commit()
    report = tmp_path / "report.pdf"

    assert main(["--lang", "ja", "export", "pdf", "--since", "2026-01-01", "--until",
                 "2026-01-31", "-o", str(report)]) == OK

    text = subprocess.run(["pdftotext", str(report), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert NAME in text and TITLE in text
    assert not [char for char in text if ord(char) in RADICALS]
    assert "".join(text.split()).count(NOTE) == 2, "each whole note, wrapped, not cut off"
