"""The CSV a caregiver opens in Excel or reads with pandas: a byte-order mark in files,
notes that stay in their row, no formulas run, the patient's own day to sort by."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest

from rehabtimer.cli import OK, main
from rehabtimer.export import CSV_COLUMNS
from tests.cli.test_cli import record_sessions

HOSTILE_NOTES = [
    "=HYPERLINK(\"http://example.invalid\",\"click\")",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\tindented",
    "first line\rsecond line",
    "膝が少し痛い\r\nでも続けた",
]


@pytest.fixture
def history(data_dir: Path) -> Path:
    record_sessions(data_dir, len(HOSTILE_NOTES))
    database = data_dir / "rehabtimer.sqlite"
    with closing(sqlite3.connect(database)) as conn:
        for session_id, note in enumerate(HOSTILE_NOTES, start=1):
            conn.execute("UPDATE sessions SET note = ? WHERE id = ?", (note, session_id))
        # A session kept in California: a negative number that must stay a number.
        conn.execute("UPDATE sessions SET utc_offset_min = -480 WHERE id = ?",
                     (len(HOSTILE_NOTES),))
        conn.commit()
    return database


def test_a_file_starts_with_a_byte_order_mark_and_standard_output_does_not(
        history, tmp_path, capsys):
    target = tmp_path / "sessions.csv"
    assert main(["export", "csv", "-o", str(target)]) == OK
    assert target.read_bytes().startswith(b"\xef\xbb\xbfsession_id,")

    capsys.readouterr()
    assert main(["export", "csv", "-o", "-"]) == OK
    assert capsys.readouterr().out.startswith("session_id,")
    assert not Path("-").exists()


def test_every_session_is_one_row_and_no_cell_is_a_formula(history, tmp_path):
    target = tmp_path / "sessions.csv"
    assert main(["export", "csv", "-o", str(target)]) == OK

    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    frame = pd.read_csv(target, encoding="utf-8-sig", dtype=str, keep_default_na=False)

    assert len(rows) == len(frame) == len(HOSTILE_NOTES)
    assert list(frame.columns) == list(CSV_COLUMNS)
    for notes in ([r["note"] for r in rows], list(frame["note"])):
        assert not any(note.startswith(("=", "+", "-", "@", "\t")) for note in notes)
        assert "'=HYPERLINK(\"http://example.invalid\",\"click\")" in notes
        assert "first line\nsecond line" in notes
        assert "膝が少し痛い\nでも続けた" in notes
    assert set(frame["utc_offset_minutes"]) == {"540", "-480"}, \
        "numbers are left as numbers, minus signs included"


def test_the_patients_own_day_and_time_come_after_the_fixed_columns(history, tmp_path):
    target = tmp_path / "sessions.csv"
    assert main(["export", "csv", "-o", str(target)]) == OK

    frame = pd.read_csv(target, encoding="utf-8-sig", dtype=str)

    assert list(frame.columns[-2:]) == ["local_date", "local_time"]
    first = frame.iloc[0]
    assert first["started_at"] == "2026-01-05T09:00:00+09:00"
    assert (first["local_date"], first["local_time"]) == ("2026-01-05", "09:00")
