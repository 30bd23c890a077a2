"""Session history as CSV, the same columns from the command line and the app."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

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
)


def _cell(value: object) -> object:
    return "" if value is None else value


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
                profile_names.get(s.profile_id, ""),
                s.routine_id,
                pick(s.routine_title, lang),
                s.started_at.isoformat(timespec="seconds"),
                s.ended_at.isoformat(timespec="seconds") if s.ended_at else "",
                s.status,
                round(s.planned_s),
                round(s.active_s),
                s.steps_done,
                s.steps_total,
                _cell(s.pain_before),
                _cell(s.pain_after),
                _cell(s.effort),
                _cell(s.note),
                _cell(s.stop_reason),
                round(s.paused_s),
                s.utc_offset_min,
            ]
        )
        count += 1
    return count
