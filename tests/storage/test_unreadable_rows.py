"""Rows edited by hand: each one that cannot be read is named and left out, the rest shows."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from rehabtimer.storage.aggregates import daily_activity
from rehabtimer.storage.db import Database
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.session_records import UnreadableSession
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository, UnreadableSnapshot

from .conftest import JST, StartSession


def edit(path: Path, sql: str, *params: Any) -> None:
    """Change the file as a person with the sqlite3 tool would: no foreign keys enforced."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(sql, params)
        conn.commit()


@pytest.fixture
def three_days(start_session: StartSession, sessions: SessionRepository) -> list[int]:
    """One finished session on each of 5, 6 and 7 January."""
    ids = []
    for day in range(3):
        started = datetime(2026, 1, 5 + day, 9, 0, tzinfo=JST)
        session_id = start_session(started_at=started)
        sessions.finish(session_id, status="completed", ended_at=started + timedelta(minutes=10),
                        active_s=600.0, paused_s=0.0, steps_done=4, stop_reason=None)
        sessions.set_feedback(session_id, pain_after=2, effort=4, note="fine")
        ids.append(session_id)
    return ids


def readable_ids(sessions: SessionRepository, **filters: Any) -> list[int]:
    return [record.id for record in sessions.list(**filters)]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("started_at", "garbage"),
        ("started_at", "2026-01-06 25:00:00.000000"),
        ("started_at", "2026-02-30 09:00:00.000000"),
        ("started_at", "0000-01-01 00:00:00.000000"),
        ("started_at", 20260106),
        ("ended_at", "yesterday"),
        ("utc_offset_min", 1440),
        ("active_s", "a lot"),
        ("planned_s", 9e999),
        ("steps_total", "four"),
        ("pain_before", 5.5),
        ("note", b"\x00\xff"),
        ("routine_id", b"knee"),
    ],
)
def test_a_session_that_cannot_be_read_is_named_and_the_others_are_listed(
    db_path: Path, db: Database, sessions: SessionRepository, profile_id: int,
    three_days: list[int], column: str, value: Any
) -> None:
    bad = three_days[1]
    edit(db_path, f"UPDATE sessions SET {column} = ? WHERE id = ?", value, bad)
    listed = sessions.list()
    assert [record.id for record in listed] == [three_days[0], three_days[2]]
    (problem,) = listed.problems
    assert problem.session_id == bad
    assert problem.column == column
    sentence = str(problem)
    assert f"Session {bad}" in sentence and column in sentence and "left out" in sentence
    if column != "started_at":
        assert problem.day == date(2026, 1, 6)
        assert "2026-01-06" in sentence
    # The same session is left out of the pages, the count and the daily sums alike.
    assert sessions.count(profile_id, None, None) == 2
    newest = sessions.newest(profile_id, None, None, None, 0, 10)
    assert [record.id for record in newest] == [three_days[2], three_days[0]]
    assert [p.session_id for p in sessions.problems(profile_id)] == [bad]
    days = daily_activity(db, profile_id, date(2026, 1, 1), date(2026, 1, 31))
    assert [d.day for d in days] == [date(2026, 1, 5), date(2026, 1, 7)]
    assert sessions.first_day(profile_id) == date(2026, 1, 5)
    with pytest.raises(UnreadableSession) as caught:
        sessions.get(bad)
    assert isinstance(caught.value, StorageError)
    assert caught.value.problem == problem
    assert sessions.get(three_days[0]).id == three_days[0]


def test_a_start_before_the_calendar_began_does_not_break_the_first_day(
    db_path: Path, sessions: SessionRepository, profile_id: int, three_days: list[int]
) -> None:
    edit(db_path, "UPDATE sessions SET started_at = '0000-01-01 00:00:00' WHERE id = ?",
         three_days[0])
    assert sessions.first_day(profile_id) == date(2026, 1, 6)


def test_a_session_whose_start_is_unreadable_is_named_by_a_dated_listing_too(
    db_path: Path, sessions: SessionRepository, three_days: list[int]
) -> None:
    edit(db_path, "UPDATE sessions SET started_at = 'garbage' WHERE id = ?", three_days[0])
    edit(db_path, "UPDATE sessions SET active_s = 'x' WHERE id = ?", three_days[2])
    listed = sessions.list(since=date(2026, 1, 6), until=date(2026, 1, 6))
    assert [record.id for record in listed] == [three_days[1]]
    # Where the garbage start lies cannot be known; the 7 January session is out of range.
    assert [(p.session_id, p.day) for p in listed.problems] == [(three_days[0], None)]


def test_a_broken_routine_title_leaves_out_the_sessions_that_use_it(
    db_path: Path, db: Database, sessions: SessionRepository, snapshot_id: int,
    three_days: list[int]
) -> None:
    other = SnapshotRepository(db).ensure("hip", {"en": "Hip"}, {"id": "hip"})
    edit(db_path, "UPDATE sessions SET snapshot_id = ? WHERE id = ?", other, three_days[2])
    edit(db_path, "UPDATE routine_snapshots SET title_json = '{broken' WHERE id = ?", snapshot_id)
    listed = sessions.list()
    assert [record.id for record in listed] == [three_days[2]]
    assert [(p.session_id, p.day) for p in listed.problems] == [
        (three_days[0], date(2026, 1, 5)), (three_days[1], date(2026, 1, 6))]
    assert "title_json" in str(listed.problems[0])


@pytest.mark.parametrize("title", ['["a list"]', '{"en": 5}'])
def test_a_routine_title_of_the_wrong_shape_is_a_problem_too(
    db_path: Path, sessions: SessionRepository, snapshot_id: int, three_days: list[int],
    title: str
) -> None:
    edit(db_path, "UPDATE routine_snapshots SET title_json = ? WHERE id = ?", title, snapshot_id)
    listed = sessions.list()
    assert list(listed) == []
    assert [p.session_id for p in listed.problems] == three_days


def test_a_session_whose_routine_snapshot_is_gone_is_named_not_silently_dropped(
    db_path: Path, sessions: SessionRepository, profile_id: int, three_days: list[int]
) -> None:
    edit(db_path, "UPDATE sessions SET snapshot_id = 999 WHERE id = ?", three_days[0])
    listed = sessions.list()
    assert [record.id for record in listed] == three_days[1:]
    assert [p.session_id for p in listed.problems] == [three_days[0]]
    assert sessions.count(profile_id, None, None) == 2


def test_a_broken_routine_definition_is_a_storage_error_not_a_json_traceback(
    db_path: Path, db: Database, snapshot_id: int
) -> None:
    edit(db_path, "UPDATE routine_snapshots SET definition_json = '[oops' WHERE id = ?",
         snapshot_id)
    with pytest.raises(UnreadableSnapshot) as caught:
        SnapshotRepository(db).definition(snapshot_id)
    assert isinstance(caught.value, StorageError)
    edit(db_path, "UPDATE routine_snapshots SET definition_json = '[1, 2]' WHERE id = ?",
         snapshot_id)
    with pytest.raises(UnreadableSnapshot):
        SnapshotRepository(db).definition(snapshot_id)


def test_a_long_value_is_shortened_in_the_sentence(
    db_path: Path, sessions: SessionRepository, three_days: list[int]
) -> None:
    edit(db_path, "UPDATE sessions SET started_at = ? WHERE id = ?", "x" * 5000, three_days[0])
    (problem,) = sessions.list().problems
    assert len(str(problem)) < 300


def test_a_step_result_that_cannot_be_read_names_its_session(
    db_path: Path, sessions: SessionRepository, three_days: list[int]
) -> None:
    sessions.save_step_result(three_days[0], step_index=0, step_id="bend", side="",
                              planned_s=30.0, done_s=30.0, planned_reps=None, done_reps=None,
                              status="completed")
    edit(db_path, "UPDATE step_results SET done_s = 'half'")
    with pytest.raises(UnreadableSession) as caught:
        sessions.step_results(three_days[0])
    problem = caught.value.problem
    assert (problem.session_id, problem.day, problem.column) == (
        three_days[0], date(2026, 1, 5), "step_results.done_s")
    assert sessions.step_results(three_days[1]) == []
