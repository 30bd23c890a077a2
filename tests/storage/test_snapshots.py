"""Routine snapshots: one row per routine content, whatever happens to the file later."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from rehabtimer.storage.db import Database
from rehabtimer.storage.repositories import SnapshotRepository

from .conftest import DEFINITION, HASH, TITLE, Query


@pytest.fixture
def snapshots(db: Database) -> SnapshotRepository:
    return SnapshotRepository(db)


def test_the_same_content_is_stored_once(snapshots: SnapshotRepository, query: Query) -> None:
    first = snapshots.ensure("knee", TITLE, DEFINITION, HASH)
    again = snapshots.ensure("knee", {"en": "Renamed"}, {"changed": True}, HASH)
    assert again == first
    assert snapshots.definition(first) == DEFINITION
    assert query("SELECT count(*) FROM routine_snapshots") == [(1,)]


def test_new_content_gets_a_new_snapshot(snapshots: SnapshotRepository) -> None:
    first = snapshots.ensure("knee", TITLE, DEFINITION, HASH)
    edited = DEFINITION | {"steps": []}
    second = snapshots.ensure("knee", TITLE, edited, "f" * 64)
    assert second != first
    assert snapshots.definition(second) == edited
    assert snapshots.definition(first) == DEFINITION


def test_texts_are_stored_as_readable_json(snapshots: SnapshotRepository, query: Query) -> None:
    snapshots.ensure("knee", TITLE, DEFINITION, HASH)
    [(title_json,)] = query("SELECT title_json FROM routine_snapshots")
    assert "膝の体操" in title_json


def test_an_unknown_snapshot_is_reported(snapshots: SnapshotRepository) -> None:
    with pytest.raises(LookupError):
        snapshots.definition(42)


def test_a_hash_that_is_not_sha256_hex_length_is_refused(snapshots: SnapshotRepository) -> None:
    with pytest.raises(IntegrityError, match="ck_routine_snapshots_sha256_hex"):
        snapshots.ensure("knee", TITLE, DEFINITION, "abc")
