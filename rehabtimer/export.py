"""Session history as CSV, the same columns from the command line and the app.

Made for the tools caregivers open it with: a file is UTF-8 with a byte-order mark, since
Excel on a Japanese Windows reads UTF-8 without one as Shift-JIS; text that a spreadsheet
would run as a formula is defused (OWASP's CSV injection advice); line breaks inside a note
are one kind, so a reader never splits a row at a lone carriage return.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from rehabtimer.core.atomic import write_text_atomically
from rehabtimer.core.texts import pick
from rehabtimer.storage.session_records import SessionRecord

CSV_COLUMNS = (
    "session_id",
    "profile",
    "routine_id",
    "routine_title",
    "started_at",
    "ended_at",
    "status",
    "planned_seconds",
    "active_seconds",
    "steps_done",
    "steps_total",
    "pain_before",
    "pain_after",
    "effort",
    "note",
    "stop_reason",
    "paused_seconds",
    "utc_offset_minutes",
    # After the fixed columns: the patient's own day and time, for sorting in a spreadsheet.
    "local_date",
    "local_time",
)

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP also lists a
# carriage return, which _LINE_BREAKS has made a line feed by then).
_FORMULA_START = ("=", "+", "-", "@", "\t")
_LINE_BREAKS = re.compile(r"\r\n?")


def _cell(value: object) -> object:
    return "" if value is None else value


def _text(value: str | None) -> str:
    """Text typed by a person, safe in a spreadsheet: one kind of line break, and a quote
    mark before anything a spreadsheet would take for a formula."""
    if not value:
        return ""
    value = _LINE_BREAKS.sub("\n", value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def save_sessions_csv(target: Path, sessions: Iterable[SessionRecord],
                      profile_names: dict[int, str], lang: str) -> int:
    """The sessions as a CSV file, whole or not at all; returns how many were written."""
    return write_text_atomically(
        target, lambda out: write_sessions_csv(out, sessions, profile_names, lang),
        encoding="utf-8-sig")


def write_sessions_csv(
    out: TextIO, sessions: Iterable[SessionRecord], profile_names: dict[int, str], lang: str
) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for s in sessions:
        writer.writerow(
            [
                s.id,
                _text(profile_names.get(s.profile_id, "")),
                _text(s.routine_id),
                _text(pick(s.routine_title, lang)),
                s.started_at.isoformat(timespec="seconds"),
                s.ended_at.isoformat(timespec="seconds") if s.ended_at else "",
                s.shown_status,
                round(s.planned_s),
                round(s.active_s),
                s.steps_done,
                s.steps_total,
                _cell(s.pain_before),
                _cell(s.pain_after),
                _cell(s.effort),
                _text(s.note),
                _text(s.stop_reason),
                round(s.paused_s),
                s.utc_offset_min,
                s.started_at.date().isoformat(),
                s.started_at.strftime("%H:%M"),
            ]
        )
        count += 1
    return count
