"""Day marks: rest, sick and away days, one per profile and day."""

from __future__ import annotations

from datetime import date
from typing import get_args

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from rehabtimer.core.plans import Excuse
from rehabtimer.storage.day_marks import DayMark, DayMarkRepository
from rehabtimer.storage.db import Database
from rehabtimer.storage.models import DayMarkKind, DayMarkRow
from rehabtimer.storage.profiles import ProfileRepository

from .conftest import Query

JAN = [date(2026, 1, n) for n in range(1, 32)]


@pytest.fixture
def marks(db: Database) -> DayMarkRepository:
    return DayMarkRepository(db)


def test_the_stored_kinds_are_the_excuses() -> None:
    assert set(get_args(DayMarkKind)) == {excuse.value for excuse in Excuse}


def test_marked_days_are_found_in_a_range_both_ends_included(
    marks: DayMarkRepository, profile_id: int
) -> None:
    marks.set(profile_id, JAN[0], Excuse.REST)
    marks.set(profile_id, JAN[4], Excuse.SICK, note="fever")
    marks.set(profile_id, JAN[9], Excuse.AWAY)

    assert marks.for_range(profile_id, JAN[0], JAN[9]) == {
        JAN[0]: Excuse.REST,
        JAN[4]: Excuse.SICK,
        JAN[9]: Excuse.AWAY,
    }
    assert marks.for_range(profile_id, JAN[1], JAN[8]) == {JAN[4]: Excuse.SICK}
    assert marks.get(profile_id, JAN[4]) == DayMark(JAN[4], Excuse.SICK, "fever")
    assert marks.get(profile_id, JAN[5]) is None


def test_marking_a_day_again_replaces_the_mark_and_none_removes_it(
    marks: DayMarkRepository, profile_id: int, query: Query
) -> None:
    marks.set(profile_id, JAN[2], Excuse.SICK, note="cold")
    marks.set(profile_id, JAN[2], Excuse.AWAY)
    assert marks.get(profile_id, JAN[2]) == DayMark(JAN[2], Excuse.AWAY, None)
    assert query("SELECT count(*) FROM day_marks") == [(1,)]

    marks.set(profile_id, JAN[2], None)
    marks.set(profile_id, JAN[3], None)
    assert marks.for_range(profile_id, JAN[0], JAN[30]) == {}
    with pytest.raises(ValueError, match="note"):
        marks.set(profile_id, JAN[2], None, note="why")


def test_marks_belong_to_one_profile(
    db: Database, marks: DayMarkRepository, profile_id: int
) -> None:
    other = ProfileRepository(db).add("Grandpa").id
    marks.set(profile_id, JAN[0], Excuse.REST)
    marks.set(other, JAN[0], Excuse.SICK)
    marks.set(other, JAN[1], Excuse.SICK)
    assert marks.for_range(profile_id, JAN[0], JAN[30]) == {JAN[0]: Excuse.REST}
    assert marks.for_range(other, JAN[0], JAN[30]) == {JAN[0]: Excuse.SICK, JAN[1]: Excuse.SICK}


def test_the_file_refuses_other_kinds_and_unknown_profiles(db: Database, profile_id: int) -> None:
    for values in (
        {"profile_id": profile_id, "kind": "holiday"},
        {"profile_id": 99, "kind": "rest"},
    ):
        with pytest.raises(IntegrityError), db.transaction() as s:
            s.execute(insert(DayMarkRow).values(day=JAN[0], **values))
