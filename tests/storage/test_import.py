"""Importing finished sessions in bulk stores what recording them one call at a time does."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from rehabtimer.storage.session_records import SessionImport, StepResultImport
from rehabtimer.storage.sessions import SessionRepository

from .conftest import JST, PST, Query

STEPS = (
    StepResultImport(0, "bend", "right", 30.0, 30.0, None, None, "completed"),
    StepResultImport(0, "bend", "left", 30.0, 12.5, None, None, "partial"),
    StepResultImport(1, "squat", "", 60.0, 60.0, 10, 8, "completed"),
)


@pytest.fixture
def finished(profile_id: int, snapshot_id: int) -> SessionImport:
    started = datetime(2026, 1, 5, 23, 50, tzinfo=JST)
    return SessionImport(
        profile_id=profile_id,
        snapshot_id=snapshot_id,
        routine_id="knee",
        started_at=started,
        ended_at=started + timedelta(minutes=4),
        status="stopped",
        planned_s=600.0,
        active_s=132.5,
        paused_s=10.0,
        steps_total=4,
        steps_done=1,
        pain_before=3,
        pain_after=4,
        effort=6,
        stop_reason="pain",
        note="knee hurt",
        step_results=STEPS,
    )


def record_one_call_at_a_time(sessions: SessionRepository, item: SessionImport) -> int:
    session_id = sessions.start(
        profile_id=item.profile_id,
        snapshot_id=item.snapshot_id,
        routine_id=item.routine_id,
        started_at=item.started_at,
        planned_s=item.planned_s,
        steps_total=item.steps_total,
        pain_before=item.pain_before,
    )
    for step in item.step_results:
        sessions.save_step_result(session_id, **asdict(step))
    sessions.update_progress(
        session_id,
        active_s=item.active_s,
        paused_s=item.paused_s,
        steps_done=item.steps_done,
        current_step=item.steps_done,
    )
    assert item.ended_at is not None
    sessions.finish(
        session_id,
        status=item.status,
        ended_at=item.ended_at,
        active_s=item.active_s,
        paused_s=item.paused_s,
        steps_done=item.steps_done,
        stop_reason=item.stop_reason,
    )
    sessions.set_feedback(
        session_id, pain_after=item.pain_after, effort=item.effort, note=item.note
    )
    return session_id


def test_imported_sessions_read_back_like_recorded_ones(
    sessions: SessionRepository, finished: SessionImport
) -> None:
    in_california = replace(
        finished,
        started_at=datetime(2026, 1, 6, 20, 0, tzinfo=PST),
        ended_at=None,
        status="interrupted",
        step_results=(),
    )
    imported = sessions.import_many([finished, in_california])
    recorded = [record_one_call_at_a_time(sessions, finished)]

    assert len(imported) == 2
    a, b = sessions.get(imported[0]), sessions.get(recorded[0])
    assert replace(a, id=0) == replace(b, id=0)
    assert a.started_at.isoformat() == "2026-01-05T23:50:00+09:00"
    assert sessions.step_results(imported[0]) == [
        replace(step, session_id=imported[0]) for step in sessions.step_results(recorded[0])
    ]
    assert len(sessions.step_results(imported[0])) == len(STEPS)
    late = sessions.get(imported[1])
    assert (late.started_at.isoformat(), late.ended_at) == ("2026-01-06T20:00:00-08:00", None)
    assert sessions.step_results(imported[1]) == []


def test_an_import_is_all_or_nothing(
    sessions: SessionRepository, finished: SessionImport, query: Query
) -> None:
    twice = replace(finished, step_results=(STEPS[0], STEPS[0]))
    with pytest.raises(IntegrityError):
        sessions.import_many([finished, twice])
    with pytest.raises(IntegrityError, match="CHECK"):
        sessions.import_many([finished, replace(finished, pain_after=11)])
    with pytest.raises(ValueError, match="finished"):
        sessions.import_many([finished, replace(finished, status="in_progress")])
    assert sessions.import_many([]) == []
    assert query("SELECT count(*) FROM sessions") == [(0,)]
    assert query("SELECT count(*) FROM step_results") == [(0,)]
