"""Reminder times and the last check, kept per profile."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from sqlalchemy.exc import IntegrityError

from rehabtimer.core.reminders import ReminderTime
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import ReminderTimeRow
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.reminders import ReminderRepository

from .conftest import JST, Query


@pytest.fixture
def reminders(db: Database) -> ReminderRepository:
    return ReminderRepository(db)


def test_times_are_kept_per_routine_sorted_without_repeats_or_seconds(
    reminders: ReminderRepository, profile_id: int
) -> None:
    reminders.set_times(profile_id, "knee", [time(19, 0), time(8, 30, 59), time(8, 30)])
    reminders.set_times(profile_id, "back", [time(12, 0)])

    assert reminders.times(profile_id) == [
        ReminderTime("back", time(12, 0)),
        ReminderTime("knee", time(8, 30)),
        ReminderTime("knee", time(19, 0)),
    ]


def test_setting_a_routines_times_replaces_only_that_routines(
    reminders: ReminderRepository, profile_id: int
) -> None:
    reminders.set_times(profile_id, "knee", [time(8, 0), time(19, 0)])
    reminders.set_times(profile_id, "back", [time(12, 0)])

    reminders.set_times(profile_id, "knee", [])

    assert reminders.times(profile_id) == [ReminderTime("back", time(12, 0))]


def test_profiles_do_not_share_reminders(
    db: Database, reminders: ReminderRepository, profile_id: int
) -> None:
    other = ProfileRepository(db).add("母").id
    reminders.set_times(other, "knee", [time(7, 0)])

    assert reminders.times(profile_id) == []
    assert reminders.times(other) == [ReminderTime("knee", time(7, 0))]


def test_the_last_check_is_kept_as_an_instant(
    reminders: ReminderRepository, profile_id: int, query: Query
) -> None:
    assert reminders.last_check(profile_id) is None

    reminders.checked(profile_id, datetime(2026, 1, 5, 9, 0, tzinfo=JST))
    reminders.checked(profile_id, datetime(2026, 1, 5, 9, 30, tzinfo=JST))

    assert reminders.last_check(profile_id) == datetime(2026, 1, 5, 0, 30, tzinfo=UTC)
    assert query("SELECT checked_at FROM reminder_checks") == [("2026-01-05 00:30:00.000000",)]


def test_deleting_a_profile_deletes_its_reminders(
    db: Database, reminders: ReminderRepository, query: Query
) -> None:
    profiles = ProfileRepository(db)
    profiles.ensure_default()
    other = profiles.add("母").id
    reminders.set_times(other, "knee", [time(7, 0)])
    reminders.checked(other, datetime(2026, 1, 5, 9, 0, tzinfo=JST))

    profiles.delete(other)

    assert query("SELECT count(*) FROM reminder_times") == [(0,)]
    assert query("SELECT count(*) FROM reminder_checks") == [(0,)]


def test_a_time_outside_the_day_is_refused_by_the_file(db: Database, profile_id: int) -> None:
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(ReminderTimeRow(profile_id=profile_id, routine_id="knee", minute_of_day=1440))
