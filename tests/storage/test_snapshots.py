"""Routine snapshots: one row per routine content, whatever happens to the file later."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from rehabtimer.storage.db import Database
from rehabtimer.storage.snapshots import SnapshotRepository

from .conftest import DEFINITION, TITLE, Query


@pytest.fixture
def snapshots(db: Database) -> SnapshotRepository:
    return SnapshotRepository(db)


def test_the_same_content_is_stored_once(snapshots: SnapshotRepository, query: Query) -> None:
    first = snapshots.ensure("knee", TITLE, DEFINITION)
    again = snapshots.ensure("knee", TITLE, dict(reversed(DEFINITION.items())))
    assert again == first
    assert snapshots.definition(first) == DEFINITION
    assert query("SELECT count(*) FROM routine_snapshots") == [(1,)]


def test_new_content_gets_a_new_snapshot(snapshots: SnapshotRepository) -> None:
    first = snapshots.ensure("knee", TITLE, DEFINITION)
    edited = DEFINITION | {"steps": []}
    second = snapshots.ensure("knee", TITLE, edited)
    assert second != first
    assert snapshots.definition(second) == edited
    assert snapshots.definition(first) == DEFINITION


def test_texts_are_stored_as_readable_json(snapshots: SnapshotRepository, query: Query) -> None:
    snapshots.ensure("knee", TITLE, DEFINITION)
    [(title_json,)] = query("SELECT title_json FROM routine_snapshots")
    assert "膝の体操" in title_json


def test_an_unknown_snapshot_is_reported(snapshots: SnapshotRepository) -> None:
    with pytest.raises(LookupError):
        snapshots.definition(42)


def test_the_hash_is_the_sha256_of_exactly_the_stored_definition(
    snapshots: SnapshotRepository, query: Query
) -> None:
    # Anyone can check a row with sqlite3 and hashlib, knowing nothing of how it was written.
    snapshots.ensure("knee", TITLE, DEFINITION)
    [(text, content_hash)] = query("SELECT definition_json, content_hash FROM routine_snapshots")
    assert hashlib.sha256(text.encode()).hexdigest() == content_hash


def test_a_snapshot_stored_with_an_older_hash_is_found_again_unchanged(
    snapshots: SnapshotRepository, db_path: Path, query: Query
) -> None:
    # Earlier versions hashed another serialisation of the same definition text.
    text = json.dumps(DEFINITION, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    older = hashlib.sha256(json.dumps(DEFINITION, ensure_ascii=False, sort_keys=True).encode())
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(
            "INSERT INTO routine_snapshots (routine_id, content_hash, title_json, "
            "definition_json, created_at) VALUES ('knee', ?, ?, ?, '2026-01-05 00:00:00')",
            (older.hexdigest(), json.dumps(TITLE, ensure_ascii=False), text),
        )
    [(stored_id,)] = query("SELECT id FROM routine_snapshots")
    assert snapshots.ensure("knee", TITLE, DEFINITION) == stored_id
    assert query("SELECT id, content_hash FROM routine_snapshots") == [
        (stored_id, older.hexdigest())
    ]


def test_a_hash_that_is_not_sha256_hex_length_is_refused(db: Database, query: Query) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="ck_routine_snapshots_sha256_hex"):
        query(
            "INSERT INTO routine_snapshots (routine_id, content_hash, title_json, "
            "definition_json, created_at) VALUES ('knee', 'abc', '{}', '{}', '2026-01-05')"
        )
