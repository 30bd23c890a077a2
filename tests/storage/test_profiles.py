"""Profiles: the lazily created default one, names, and the accepted disclaimer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from rehabtimer.storage.db import Database
from rehabtimer.storage.models import ProfileRow
from rehabtimer.storage.profiles import ProfileRepository

from .conftest import JST, Query


@pytest.fixture
def profiles(db: Database) -> ProfileRepository:
    return ProfileRepository(db)


def test_the_default_profile_is_created_once(profiles: ProfileRepository, query: Query) -> None:
    assert profiles.list() == []
    first = profiles.ensure_default()
    assert profiles.ensure_default() == first
    assert (first.name, first.is_default, first.disclaimer_accepted_at) == ("default", True, None)
    assert first.created_at.tzinfo is UTC
    assert abs(datetime.now(UTC) - first.created_at) < timedelta(minutes=1)
    assert query("SELECT count(*) FROM profiles") == [(1,)]


def test_profiles_are_added_listed_and_found_by_name(profiles: ProfileRepository) -> None:
    default = profiles.ensure_default()
    grandma = profiles.add("  Grandma ")
    assert grandma.name == "Grandma"
    assert not grandma.is_default
    assert profiles.list() == [default, grandma]
    assert profiles.get_by_name("Grandma") == grandma
    assert profiles.get_by_name("Grandpa") is None


@pytest.mark.parametrize("name", ["", "   "])
def test_a_blank_name_is_refused(profiles: ProfileRepository, name: str) -> None:
    with pytest.raises(ValueError, match="needs a name"):
        profiles.add(name)
    assert profiles.list() == []


def test_a_name_already_taken_is_refused(profiles: ProfileRepository) -> None:
    profiles.add("Grandma")
    grandpa = profiles.add("Grandpa")
    with pytest.raises(ValueError, match="already a profile called 'Grandma'"):
        profiles.add("Grandma ")
    with pytest.raises(ValueError, match="already a profile called 'Grandma'"):
        profiles.rename(grandpa.id, "Grandma")
    assert [p.name for p in profiles.list()] == ["Grandma", "Grandpa"]


def test_a_profile_can_be_renamed(profiles: ProfileRepository) -> None:
    default = profiles.ensure_default()
    renamed = profiles.rename(default.id, "Me")
    assert (renamed.id, renamed.name, renamed.is_default) == (default.id, "Me", True)
    assert profiles.rename(default.id, " Me ") == renamed
    assert profiles.ensure_default() == renamed
    with pytest.raises(LookupError):
        profiles.rename(42, "Nobody")


def test_accepting_the_disclaimer_records_the_instant(profiles: ProfileRepository) -> None:
    profile = profiles.ensure_default()
    when = datetime(2026, 1, 5, 9, 0, 0, 123_456, tzinfo=JST)
    profiles.accept_disclaimer(profile.id, when)
    accepted = profiles.list()[0].disclaimer_accepted_at
    assert accepted == when
    assert accepted is not None
    assert accepted.tzinfo is UTC
    with pytest.raises(ValueError, match="timezone-aware"):
        profiles.accept_disclaimer(profile.id, datetime(2026, 1, 5, 9, 0))
    with pytest.raises(LookupError):
        profiles.accept_disclaimer(42, when)


def test_the_database_allows_one_default_profile_only(
    db: Database, profiles: ProfileRepository
) -> None:
    profiles.ensure_default()
    with pytest.raises(IntegrityError, match="is_default"), db.transaction() as s:
        s.add(ProfileRow(name="second", created_at=datetime(2026, 1, 5), is_default=True))
    assert [p.name for p in profiles.list()] == ["default"]
