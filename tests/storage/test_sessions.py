"""Sessions and their step results: times, local dates, progress and integrity."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from rehabtimer.storage.db import Database
from rehabtimer.storage.models import SessionRow
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.sessions import SessionRepository

from .conftest import JST, PST, TITLE, Query, StartSession


def save_step(
    sessions: SessionRepository, session_id: int, step_index: int, side: Any = "", **changes: Any
) -> None:
    values: dict[str, Any] = {
        "step_id": f"step-{step_index}",
        "planned_s": 30.0,
        "done_s": 30.0,
        "planned_reps": None,
        "done_reps": None,
        "status": "completed",
    }
    sessions.save_step_result(session_id, step_index=step_index, side=side, **(values | changes))


def ids(records: list[Any]) -> list[int]:
    return [record.id for record in records]


@pytest.mark.parametrize(
    "started_at",
    [
        datetime(2026, 1, 5, 21, 15, 30, 250_000, tzinfo=PST),
        datetime(2026, 1, 5, 23, 30, tzinfo=JST),
    ],
    ids=["-08:00", "+09:00"],
)
def test_times_come_back_in_the_offset_the_session_started_in(
    sessions: SessionRepository, start_session: StartSession, query: Query, started_at: datetime
) -> None:
    session_id = start_session(started_at=started_at)
    # The end is reported in UTC, as after a time-zone change mid-session: same instant.
    ended_at = (started_at + timedelta(minutes=20, microseconds=5)).astimezone(UTC)
    sessions.finish(
        session_id,
        status="completed",
        ended_at=ended_at,
        active_s=1190.0,
        paused_s=10.0,
        steps_done=4,
        stop_reason=None,
    )

    record = sessions.get(session_id)

    assert record.started_at.isoformat() == started_at.isoformat()
    assert record.ended_at is not None
    assert record.ended_at == ended_at
    assert record.ended_at.utcoffset() == started_at.utcoffset()
    assert record.utc_offset_min == started_at.utcoffset() // timedelta(minutes=1)
    stored = started_at.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    assert query("SELECT started_at FROM sessions")[0][0].startswith(stored)


@settings(
    max_examples=60,
    deadline=None,
    # The shared database only grows; each example checks its own session.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    when=st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2099, 12, 31),
        timezones=st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
    )
)
def test_sqlite_agrees_with_python_on_the_local_date(
    sessions: SessionRepository, start_session: StartSession, when: datetime
) -> None:
    session_id = start_session(started_at=when)
    day = when.date()
    assert sessions.get(session_id).started_at.isoformat() == when.isoformat()
    assert session_id in ids(sessions.list(since=day, until=day))
    assert session_id not in ids(sessions.list(until=day - timedelta(days=1)))
    assert session_id not in ids(sessions.list(since=day + timedelta(days=1)))


def test_naive_datetimes_are_refused(
    sessions: SessionRepository, start_session: StartSession
) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        start_session(started_at=datetime(2026, 1, 5, 9, 0))
    session_id = start_session()
    with pytest.raises(ValueError, match="timezone-aware"):
        sessions.finish(
            session_id,
            status="completed",
            ended_at=datetime(2026, 1, 5, 9, 30),
            active_s=1.0,
            paused_s=0.0,
            steps_done=1,
            stop_reason=None,
        )


def test_sessions_are_listed_by_the_local_date_they_started_on(
    sessions: SessionRepository, start_session: StartSession
) -> None:
    # 23:30 in Japan is 14:30 UTC the same day; 00:30 the next day is still Jan 5 in UTC.
    late = start_session(started_at=datetime(2026, 1, 5, 23, 30, tzinfo=JST))
    after_midnight = start_session(started_at=datetime(2026, 1, 6, 0, 30, tzinfo=JST))
    # 20:00 in California on Jan 5 is already 04:00 UTC on Jan 6.
    evening_pst = start_session(started_at=datetime(2026, 1, 5, 20, 0, tzinfo=PST))
    morning = start_session(started_at=datetime(2026, 1, 5, 8, 0, tzinfo=JST))

    jan5, jan6 = date(2026, 1, 5), date(2026, 1, 6)
    assert ids(sessions.list(since=jan5, until=jan5)) == [morning, late, evening_pst]
    assert ids(sessions.list(since=jan6, until=jan6)) == [after_midnight]
    assert ids(sessions.list(since=jan6)) == [after_midnight]
    assert ids(sessions.list(until=jan5)) == [morning, late, evening_pst]
    assert ids(sessions.list()) == [morning, late, after_midnight, evening_pst]


def test_pages_newest_first_add_up_to_the_list_and_its_count(
    sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    # Around midnight in two offsets, and another routine the filter leaves out.
    for n in range(7):
        when = datetime(2026, 1, 5, 23, 50, tzinfo=JST) + timedelta(minutes=7 * n)
        start_session(started_at=when)
        start_session(started_at=when.astimezone(PST) - timedelta(hours=5))
    start_session(started_at=datetime(2026, 1, 5, 12, 0, tzinfo=JST), routine_id="hip")
    jan5, jan6 = date(2026, 1, 5), date(2026, 1, 6)
    for since, until, routine_id in ((jan5, jan6, "knee"), (jan6, jan6, "knee"),
                                     (jan5, jan5, None), (None, None, None)):
        listed = sessions.list(profile_id, since, until, routine_id)
        pages = [
            sessions.newest(profile_id, since, until, routine_id, offset, 4)
            for offset in range(0, len(listed) + 4, 4)
        ]
        assert all(len(page) <= 4 for page in pages)
        newest_first = [s.id for page in pages for s in page]
        assert newest_first == ids(sorted(listed, key=lambda s: (s.started_at, s.id),
                                          reverse=True))
        assert sessions.count(profile_id, since, until, routine_id) == len(listed)
        assert routine_id is None or {s.routine_id for s in listed} == {routine_id}
    assert sessions.count(profile_id, jan6, jan6) < sessions.count(profile_id, None, None)


def test_sessions_are_listed_per_profile(
    db: Database, sessions: SessionRepository, start_session: StartSession, profile_id: int
) -> None:
    other = ProfileRepository(db).add("Grandpa").id
    mine = start_session()
    theirs = start_session(profile_id=other)
    assert ids(sessions.list(profile_id=profile_id)) == [mine]
    assert ids(sessions.list(profile_id=other)) == [theirs]


def test_a_new_session_is_in_progress_with_the_routine_title(
    sessions: SessionRepository, start_session: StartSession, snapshot_id: int, profile_id: int
) -> None:
    record = sessions.get(start_session(pain_before=None))
    assert record.status == "in_progress"
    assert record.routine_title == TITLE
    assert (record.profile_id, record.snapshot_id, record.routine_id) == (
        profile_id,
        snapshot_id,
        "knee",
    )
    assert (record.active_s, record.paused_s, record.steps_done, record.current_step) == (
        0.0,
        0.0,
        0,
        0,
    )
    assert (record.ended_at, record.pain_before, record.pain_after, record.effort) == (
        None,
        None,
        None,
        None,
    )


def test_saving_a_step_again_replaces_it_per_side(
    sessions: SessionRepository, start_session: StartSession, query: Query
) -> None:
    session_id = start_session()
    save_step(sessions, session_id, 0, status="partial", done_s=10.0)
    save_step(sessions, session_id, 0, status="completed", done_s=30.0)
    save_step(sessions, session_id, 1, "right", planned_reps=10, done_reps=4, status="partial")
    save_step(sessions, session_id, 1, "left", planned_reps=10, done_reps=10)
    save_step(sessions, session_id, 1, "right", planned_reps=10, done_reps=10)

    results = sessions.step_results(session_id)

    assert [(r.step_index, r.side, r.status, r.done_s, r.done_reps) for r in results] == [
        (0, "", "completed", 30.0, None),
        (1, "right", "completed", 30.0, 10),
        (1, "left", "completed", 30.0, 10),
    ]
    assert query("SELECT count(*) FROM step_results") == [(3,)]


def test_progress_finish_and_feedback_are_recorded(
    sessions: SessionRepository, start_session: StartSession
) -> None:
    session_id = start_session()
    sessions.update_progress(session_id, active_s=95.5, paused_s=4.0, steps_done=1, current_step=2)
    assert sessions.get(session_id).current_step == 2
    sessions.finish(
        session_id,
        status="stopped",
        ended_at=datetime(2026, 1, 5, 9, 5, tzinfo=JST),
        active_s=120.0,
        paused_s=4.0,
        steps_done=2,
        stop_reason="pain",
    )
    sessions.set_feedback(session_id, pain_after=6, effort=7, note="左膝が痛い")

    record = sessions.get(session_id)

    assert (record.status, record.stop_reason, record.active_s, record.paused_s) == (
        "stopped",
        "pain",
        120.0,
        4.0,
    )
    assert (record.steps_done, record.current_step) == (2, 2)
    assert (record.pain_before, record.pain_after, record.effort, record.note) == (
        3,
        6,
        7,
        "左膝が痛い",
    )


def test_finishing_as_in_progress_is_refused(
    sessions: SessionRepository, start_session: StartSession
) -> None:
    with pytest.raises(ValueError):
        sessions.finish(
            start_session(),
            status="in_progress",
            ended_at=datetime(2026, 1, 5, 9, 5, tzinfo=JST),
            active_s=1.0,
            paused_s=0.0,
            steps_done=0,
            stop_reason=None,
        )


def test_unknown_sessions_are_reported(sessions: SessionRepository) -> None:
    with pytest.raises(LookupError):
        sessions.get(42)
    with pytest.raises(LookupError):
        sessions.update_progress(42, active_s=1.0, paused_s=0.0, steps_done=0, current_step=0)
    with pytest.raises(LookupError):
        sessions.set_feedback(42, pain_after=1, effort=1, note=None)


def test_sessions_left_in_progress_become_interrupted_and_keep_their_progress(
    sessions: SessionRepository, start_session: StartSession
) -> None:
    cut_off = start_session()
    save_step(sessions, cut_off, 0)
    save_step(sessions, cut_off, 1, "right", status="partial", done_s=12.0)
    sessions.update_progress(cut_off, active_s=42.0, paused_s=3.0, steps_done=1, current_step=1)
    also_cut_off = start_session()
    finished = start_session()
    sessions.finish(
        finished,
        status="completed",
        ended_at=datetime(2026, 1, 5, 9, 10, tzinfo=JST),
        active_s=600.0,
        paused_s=0.0,
        steps_done=4,
        stop_reason=None,
    )
    results_before = sessions.step_results(cut_off)

    assert sessions.mark_in_progress_interrupted() == [cut_off, also_cut_off]

    record = sessions.get(cut_off)
    assert record.status == "interrupted"
    assert (record.active_s, record.paused_s, record.steps_done, record.current_step) == (
        42.0,
        3.0,
        1,
        1,
    )
    assert record.ended_at is None
    assert sessions.step_results(cut_off) == results_before
    assert len(results_before) == 2
    assert sessions.get(finished).status == "completed"
    assert sessions.mark_in_progress_interrupted() == []


@pytest.mark.parametrize(
    "feedback",
    [
        {"pain_after": 11, "effort": 5},
        {"pain_after": -1, "effort": 5},
        {"pain_after": 5, "effort": 11},
    ],
)
def test_scores_outside_0_to_10_are_refused_by_the_database(
    sessions: SessionRepository, start_session: StartSession, feedback: dict[str, int]
) -> None:
    session_id = start_session()
    with pytest.raises(IntegrityError, match="CHECK constraint failed"):
        sessions.set_feedback(session_id, note="should not be saved", **feedback)
    assert sessions.get(session_id).note is None


def test_a_pain_score_of_11_before_starting_is_refused(
    sessions: SessionRepository, start_session: StartSession
) -> None:
    with pytest.raises(IntegrityError, match="ck_sessions_pain_before"):
        start_session(pain_before=11)
    assert sessions.list() == []


def test_unknown_step_status_and_side_are_refused(
    sessions: SessionRepository, start_session: StartSession
) -> None:
    session_id = start_session()
    with pytest.raises(IntegrityError, match="ck_step_results_status"):
        save_step(sessions, session_id, 0, status="done")
    with pytest.raises(IntegrityError, match="ck_step_results_side"):
        save_step(sessions, session_id, 0, side="middle")
    assert sessions.step_results(session_id) == []


def test_a_step_of_a_session_that_does_not_exist_is_refused(sessions: SessionRepository) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        save_step(sessions, 42, 0)


def test_deleting_a_session_deletes_its_step_results(
    db: Database, sessions: SessionRepository, start_session: StartSession, query: Query
) -> None:
    doomed, kept = start_session(), start_session()
    for session_id in (doomed, kept):
        save_step(sessions, session_id, 0)
        save_step(sessions, session_id, 1, "left")
    with db.transaction() as s:
        s.execute(delete(SessionRow).where(SessionRow.id == doomed))
    assert query("SELECT DISTINCT session_id FROM step_results") == [(kept,)]
    assert len(sessions.step_results(kept)) == 2



def test_first_day_is_the_local_date_of_the_earliest_session(db):
    from rehabtimer.storage.profiles import ProfileRepository
    from rehabtimer.storage.sessions import SessionRepository
    from rehabtimer.storage.snapshots import SnapshotRepository

    profile = ProfileRepository(db).ensure_default()
    sessions = SessionRepository(db)
    assert sessions.first_day(profile.id) is None
    snapshot = SnapshotRepository(db).ensure("r", {"en": "R"}, {"id": "r"})
    jst = timezone(timedelta(hours=9))
    for when in (datetime(2026, 3, 5, 9, 0, tzinfo=jst), datetime(2026, 3, 2, 0, 30, tzinfo=jst)):
        sessions.start(profile_id=profile.id, snapshot_id=snapshot, routine_id="r",
                       started_at=when, planned_s=60, steps_total=1, pain_before=None)
    assert sessions.first_day(profile.id) == date(2026, 3, 2)  # in UTC it was still March 1
