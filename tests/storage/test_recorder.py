"""The recorder writes a session as it happens: what was done survives a crash."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import UTC

import pytest
from sqlalchemy import event

from rehabtimer.core.clock import FakeClock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import StopReason
from rehabtimer.core.timeline import build_timeline
from rehabtimer.storage.db import open_database
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.recorder import SessionRecorder
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository
from tests.core.routines_for_tests import every_kind, routine, step


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "history.sqlite", tmp_path / "backups")
    yield db
    db.close()


def start(database, r, clock=None, pain_before=3):
    clock = clock or FakeClock()
    engine = SessionEngine(build_timeline(r), clock)
    recorder = SessionRecorder(SessionRepository(database), SnapshotRepository(database), clock)
    profile = ProfileRepository(database).ensure_default()
    recorder.begin(profile.id, engine.timeline, pain_before)
    recorder.record(engine.start())
    return engine, recorder, clock


def run(engine, recorder, clock, seconds):
    for _ in range(int(seconds * 4)):
        clock.advance(0.25)
        recorder.record(engine.poll())


def test_a_completed_session_is_stored_with_every_step_and_side(database):
    engine, recorder, clock = start(database, every_kind())
    while engine.status.value != "finished":
        clock.advance(0.5)
        recorder.record(engine.poll())
        if engine.phase.waits_for_patient:
            recorder.record(engine.rep_done())
    recorder.feedback(pain_after=1, effort=5, note="楽にできた")
    sessions = SessionRepository(database)
    record = sessions.get(recorder.session_id)
    assert record.status == "completed"
    assert (record.pain_before, record.pain_after, record.effort) == (3, 1, 5)
    assert record.note == "楽にできた"
    assert record.steps_done == record.steps_total == 5
    results = sessions.step_results(recorder.session_id)
    assert record.active_s == pytest.approx(sum(r.done_s for r in results))
    assert [(r.step_id, r.side) for r in results] == [
        ("march", ""), ("breathe", ""), ("stretch", "right"), ("stretch", "left"),
        ("catcow", ""), ("toes", "right"), ("toes", "left"),
    ]
    assert {r.status for r in results} == {"completed"}


def test_started_and_ended_keep_the_local_offset(database):
    engine, recorder, clock = start(database, routine(step("a", "timed", duration_s=10)))
    run(engine, recorder, clock, 20)
    record = SessionRepository(database).get(recorder.session_id)
    assert record.started_at == clock.now().__class__.fromisoformat("2026-01-05T09:00:00+09:00")
    assert record.started_at.utcoffset().total_seconds() == 9 * 3600
    assert (record.ended_at - record.started_at).total_seconds() == pytest.approx(15)


def test_a_crash_keeps_finished_steps_and_the_paused_progress(database):
    engine, recorder, clock = start(database, every_kind())
    run(engine, recorder, clock, 5 + 20 + 10 + 5 + 12)  # march done, 12 s into breathing
    recorder.record(engine.pause())
    # The process dies here. On the next start, the app marks what was left in progress.
    sessions = SessionRepository(database)
    assert sessions.mark_in_progress_interrupted() == [recorder.session_id]
    record = sessions.get(recorder.session_id)
    assert record.status == "interrupted"
    assert record.current_step == 1
    assert record.active_s == pytest.approx(20 + 12)
    results = {r.step_id: r for r in sessions.step_results(recorder.session_id)}
    assert results["march"].status == "completed"
    assert results["breathe"].status == "partial"
    assert results["breathe"].done_s == pytest.approx(12)


def test_it_hurts_is_stored_as_stopped_for_pain(database):
    engine, recorder, clock = start(database, every_kind())
    run(engine, recorder, clock, 30)
    recorder.record(engine.stop(StopReason.PAIN))
    record = SessionRepository(database).get(recorder.session_id)
    assert (record.status, record.stop_reason) == ("stopped", "pain")


def test_sessions_of_an_edited_routine_keep_their_own_definition(database):
    _, rec1, clock = start(database, routine(step("a", "timed", duration_s=10)))
    _, rec2, _ = start(database, routine(step("a", "timed", duration_s=20)), clock)
    one = SessionRepository(database).get(rec1.session_id)
    two = SessionRepository(database).get(rec2.session_id)
    snapshots = SnapshotRepository(database)
    assert one.snapshot_id != two.snapshot_id
    assert snapshots.definition(one.snapshot_id)["steps"][0]["duration_s"] == 10
    assert snapshots.definition(two.snapshot_id)["steps"][0]["duration_s"] == 20


def test_the_snapshot_hash_is_the_sha256_of_exactly_the_stored_definition(database):
    # Anyone can check a row with sqlite3 and hashlib, knowing nothing of how it was written.
    engine, recorder, clock = start(database, every_kind())
    run(engine, recorder, clock, 5)
    with closing(sqlite3.connect(database.path)) as conn:
        rows = conn.execute("SELECT definition_json, content_hash FROM routine_snapshots")
        [(text, content_hash)] = rows.fetchall()
    assert hashlib.sha256(text.encode()).hexdigest() == content_hash


def test_an_interrupted_session_can_go_on_and_complete(database):
    engine, recorder, clock = start(database, every_kind())
    run(engine, recorder, clock, 5 + 20 + 10 + 5 + 12)
    recorder.record(engine.pause())
    sessions = SessionRepository(database)
    sessions.mark_in_progress_interrupted()
    record = sessions.reopen(recorder.session_id)
    assert record.status == "in_progress"
    again = SessionEngine(engine.timeline, clock)
    resumed = SessionRecorder(sessions, SnapshotRepository(database), clock)
    resumed.attach(record)
    resumed.record(again.start(at_step=record.current_step))
    while again.status.value != "finished":
        clock.advance(0.5)
        resumed.record(again.poll())
        if again.phase.waits_for_patient:
            resumed.record(again.rep_done())
    final = sessions.get(recorder.session_id)
    assert final.status == "completed"
    assert final.steps_done == 5
    results = sessions.step_results(recorder.session_id)
    assert final.active_s == pytest.approx(sum(r.done_s for r in results))


@pytest.mark.parametrize("jump_h", [-3, 5], ids=["wall clock set back", "wall clock set ahead"])
def test_a_wall_clock_jump_mid_session_moves_neither_end_nor_length(database, jump_h):
    from datetime import timedelta

    engine, recorder, clock = start(database, routine(step("a", "timed", duration_s=60)))
    run(engine, recorder, clock, 20)
    clock.set_wall(clock.now() + timedelta(hours=jump_h))
    run(engine, recorder, clock, 60)
    assert engine.status.value == "finished"
    record = SessionRepository(database).get(recorder.session_id)
    assert record.ended_at >= record.started_at
    assert record.ended_at == record.started_at + timedelta(seconds=5 + 60)


def test_a_wall_clock_set_back_before_an_interrupted_session_goes_on(database):
    from datetime import timedelta

    engine, recorder, clock = start(database, every_kind())
    run(engine, recorder, clock, 5 + 20 + 10)
    recorder.record(engine.pause())
    sessions = SessionRepository(database)
    sessions.mark_in_progress_interrupted()
    record = sessions.reopen(recorder.session_id)
    clock.set_wall(record.started_at - timedelta(days=1))
    again = SessionEngine(engine.timeline, clock)
    resumed = SessionRecorder(sessions, SnapshotRepository(database), clock)
    resumed.attach(record)
    resumed.record(again.start(at_step=record.current_step))
    resumed.record(again.stop())
    final = sessions.get(recorder.session_id)
    assert final.ended_at >= final.started_at


def test_safety_answers_are_kept_with_their_session_and_read_back_in_order(database):
    _engine, recorder, _clock = start(database, every_kind(), pain_before=8)
    recorder.answered("high_pain", "start_anyway")
    recorder.answered("gate", "yes", {"ja": "しびれ?", "en": "Numb?"})
    sessions = SessionRepository(database)
    (record,) = sessions.list()
    assert [(a.kind, a.answer, a.question) for a in record.answers] == [
        ("high_pain", "start_anyway", None),
        ("gate", "yes", {"ja": "しびれ?", "en": "Numb?"}),
    ]
    assert sessions.get(recorder.session_id).answers == record.answers
    sessions.delete(recorder.session_id, None)
    assert sessions.list() == []


def test_a_rise_of_two_is_asked_about_once_on_a_later_day(database):
    from datetime import timedelta

    _engine, recorder, clock = start(database, every_kind(), pain_before=3)
    recorder.feedback(pain_after=5, effort=None, note=None)
    sessions = SessionRepository(database)
    (record,) = sessions.list()
    today = record.started_at.date()
    profile_id, routine_id = record.profile_id, record.routine_id
    assert sessions.next_day_pending(profile_id, routine_id, today) is None
    later = today + timedelta(days=1)
    assert sessions.next_day_pending(profile_id, routine_id, later) == record
    assert sessions.next_day_pending(profile_id, "other", later) is None
    sessions.add_answer(record.id, "next_day", "worse", clock.now())
    assert sessions.next_day_pending(profile_id, routine_id, later) is None


def test_a_rise_of_one_is_not_asked_about(database):
    from datetime import timedelta

    _engine, recorder, _clock = start(database, every_kind(), pain_before=3)
    recorder.feedback(pain_after=4, effort=None, note=None)
    sessions = SessionRepository(database)
    (record,) = sessions.list()
    later = record.started_at.date() + timedelta(days=1)
    assert sessions.next_day_pending(record.profile_id, record.routine_id, later) is None


def test_kept_answers_are_per_profile_replaced_and_cleared(database):
    from datetime import datetime

    from rehabtimer.storage.kept_answers import KeptAnswerRepository, question_key

    profiles = ProfileRepository(database)
    first, second = profiles.ensure_default(), profiles.add("二人目")
    kept = KeptAnswerRepository(database)
    key = question_key("postpartum-back", "birth-date")
    at = datetime(2026, 1, 5, tzinfo=UTC)
    kept.keep(first.id, key, "2025-12-20", at)
    kept.keep(first.id, key, "2025-12-10", at)
    assert kept.get(first.id, key) == "2025-12-10"
    assert kept.get(second.id, key) is None
    kept.clear(first.id)
    assert kept.all(first.id) == {}


def test_each_step_is_one_transaction_and_a_pause_another(database):
    # A step ends on the beat of its cue: one commit for all its sides and the progress.
    engine, recorder, clock = start(
        database, routine(step("stretch", "hold", hold_s=2, reps=1, sides=["right", "left"],
                               switch_s=1), step("march", "timed", duration_s=30)))
    begun: list[object] = []
    event.listen(database.engine, "begin", begun.append)
    steps_before = 0
    while recorder_step(database, recorder) == steps_before:
        clock.advance(0.25)
        recorder.record(engine.poll())
    assert len(begun) == 1
    recorder.record(engine.pause())
    assert len(begun) == 2
    sessions = SessionRepository(database)
    assert [(r.step_id, r.side) for r in sessions.step_results(recorder.session_id)] == [
        ("stretch", "right"), ("stretch", "left"), ("march", "")]
    assert sessions.get(recorder.session_id).current_step == 1


def recorder_step(database, recorder) -> int:
    with closing(sqlite3.connect(database.path)) as conn:
        return conn.execute("SELECT current_step FROM sessions WHERE id = ?",
                            (recorder.session_id,)).fetchone()[0]
