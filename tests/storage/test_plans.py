"""Plans: a recommended frequency holds from its start date until the next plan starts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from rehabtimer.storage.db import Database
from rehabtimer.storage.plans import PlanRepository
from rehabtimer.storage.profiles import ProfileRepository


@pytest.fixture
def plans(db: Database) -> PlanRepository:
    return PlanRepository(db)


def test_the_plan_in_force_is_the_latest_that_has_started(
    plans: PlanRepository, profile_id: int
) -> None:
    twice_a_day = plans.set(profile_id, "knee", per_day=2, start_date=date(2026, 1, 1))
    three_a_week = plans.set(profile_id, "knee", per_week=3, start_date=date(2026, 1, 10))

    assert plans.in_force(profile_id, "knee", date(2025, 12, 31)) is None
    assert plans.in_force(profile_id, "knee", date(2026, 1, 1)) == twice_a_day
    assert plans.in_force(profile_id, "knee", date(2026, 1, 9)) == twice_a_day
    assert plans.in_force(profile_id, "knee", date(2026, 1, 10)) == three_a_week
    assert plans.in_force(profile_id, "knee", date(2027, 6, 1)) == three_a_week
    assert (three_a_week.per_day, three_a_week.per_week) == (None, 3)
    assert plans.history(profile_id, "knee") == [twice_a_day, three_a_week]


def test_plans_belong_to_one_profile_and_one_routine(
    db: Database, plans: PlanRepository, profile_id: int
) -> None:
    other = ProfileRepository(db).add("Grandpa").id
    mine = plans.set(profile_id, "knee", per_day=1, start_date=date(2026, 1, 1))
    plans.set(other, "knee", per_day=3, start_date=date(2026, 1, 1))
    plans.set(profile_id, "shoulder", per_week=2, start_date=date(2026, 1, 1))
    assert plans.in_force(profile_id, "knee", date(2026, 1, 2)) == mine
    assert plans.history(profile_id, "knee") == [mine]
    assert plans.in_force(profile_id, "hip", date(2026, 1, 2)) is None


def test_a_plan_set_again_for_the_same_day_replaces_it(
    plans: PlanRepository, profile_id: int
) -> None:
    first = plans.set(profile_id, "knee", per_day=2, start_date=date(2026, 1, 1))
    again = plans.set(profile_id, "knee", per_week=5, start_date=date(2026, 1, 1))
    assert again.id == first.id
    assert (again.per_day, again.per_week) == (None, 5)
    assert plans.history(profile_id, "knee") == [again]


@pytest.mark.parametrize(
    "frequency",
    [{}, {"per_day": 1, "per_week": 3}, {"per_day": 0}, {"per_week": -1}],
    ids=["neither", "both", "zero-a-day", "negative-a-week"],
)
def test_a_plan_needs_exactly_one_positive_frequency(
    plans: PlanRepository, profile_id: int, frequency: dict[str, int]
) -> None:
    with pytest.raises(IntegrityError, match="CHECK constraint failed"):
        plans.set(profile_id, "knee", start_date=date(2026, 1, 1), **frequency)
    assert plans.history(profile_id, "knee") == []
