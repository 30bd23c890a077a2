"""Automatic backups, their rotation, and getting a history back from one."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rehabtimer.storage.backup import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    backup_database,
    backup_files,
    daily_backup,
    default_backup_name,
    rotate,
    to_keep,
)
from rehabtimer.storage.db import Database, open_database
from rehabtimer.storage.errors import StorageError
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.recovery import newest_good_backup, restore, set_aside

from .conftest import Query

NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31))


@given(st.lists(moments, max_size=200))
def test_rotation_keeps_the_newest_of_each_recent_day_week_and_month(taken) -> None:
    kept = to_keep(taken)

    assert kept <= set(taken)
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    if taken:
        assert max(taken) in kept
    days = sorted({t.date() for t in taken}, reverse=True)[:KEEP_DAILY]
    for day in days:
        assert max(t for t in taken if t.date() == day) in kept
    months = sorted({(t.year, t.month) for t in taken}, reverse=True)[:KEEP_MONTHLY]
    for month in months:
        assert max(t for t in taken if (t.year, t.month) == month) in kept


def test_a_year_of_daily_backups_thins_out_to_7_4_12(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(365):
        (backups / default_backup_name(datetime(2026, 1, 1, 21) + timedelta(days=day))).touch()
    (backups / "pre-migration-0002-20260101T000000Z.sqlite").touch()

    rotate(backups)

    names = sorted(p.name for p in backups.iterdir())
    assert "pre-migration-0002-20260101T000000Z.sqlite" in names, "never thinned out"
    regular = [n for n in names if n.startswith("rehabtimer-")]
    assert regular[-KEEP_DAILY:] == [f"rehabtimer-202612{d:02d}-210000.sqlite"
                                     for d in range(25, 32)]
    assert 17 <= len(regular) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY


def test_the_automatic_backup_is_made_at_most_once_a_day(db: Database, backups_dir: Path) -> None:
    first = daily_backup(db.path, backups_dir, datetime(2026, 11, 23, 9, 0))
    again = daily_backup(db.path, backups_dir, datetime(2026, 11, 23, 21, 0))
    tomorrow = daily_backup(db.path, backups_dir, datetime(2026, 11, 24, 9, 0))

    assert first is not None and again is None and tomorrow is not None
    assert [p.name for p in backup_files(backups_dir)] == [
        "rehabtimer-20261124-090000.sqlite", "rehabtimer-20261123-090000.sqlite"]
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in backup_files(backups_dir))


def test_set_aside_moves_the_file_and_its_wal_under_a_dated_name(tmp_path: Path) -> None:
    path = tmp_path / "rehabtimer.sqlite"
    path.write_bytes(b"garbage")
    path.with_name("rehabtimer.sqlite-wal").write_bytes(b"log")

    moved = set_aside(path, NOW)

    assert moved.name == "rehabtimer.sqlite.damaged-20261123T200000Z"
    assert moved.read_bytes() == b"garbage"
    assert moved.with_name(moved.name + "-wal").read_bytes() == b"log"
    assert not path.exists() and not path.with_name("rehabtimer.sqlite-wal").exists()


def age(path: Path, seconds: float) -> None:
    stamp = path.stat().st_mtime - seconds
    os.utime(path, (stamp, stamp))


def test_the_newest_good_backup_skips_damaged_ones(db: Database, backups_dir: Path) -> None:
    good = backup_database(db.path, backups_dir / "rehabtimer-20261120-090000.sqlite")
    age(good, 3600)
    damaged = backups_dir / "rehabtimer-20261121-090000.sqlite"
    damaged.write_bytes(good.read_bytes()[:4096] + b"\xff" * 8192)

    assert newest_good_backup(backups_dir) == good
    assert newest_good_backup(backups_dir / "missing") is None


def test_restore_keeps_the_current_history_first(
    db_path: Path, backups_dir: Path, query: Query
) -> None:
    with open_database(db_path, backups_dir) as db:
        ProfileRepository(db).add("母")
        backup = backup_database(db_path, backups_dir / "rehabtimer-20261120-090000.sqlite")
        ProfileRepository(db).add("父")

    kept = restore(backup, db_path, backups_dir, NOW)

    assert kept is not None and kept.name == "pre-restore-20261123T200000Z.sqlite"
    assert query("SELECT name FROM profiles ORDER BY name") == [("母",)]
    assert query("SELECT name FROM profiles ORDER BY name", path=kept) == [("母",), ("父",)]
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_restore_over_a_damaged_history_sets_it_aside(
    db_path: Path, backups_dir: Path, tmp_path: Path
) -> None:
    with open_database(db_path, backups_dir) as db:
        ProfileRepository(db).add("母")
    backup = backup_database(db_path, backups_dir / "rehabtimer-20261120-090000.sqlite")
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)

    kept = restore(backup, db_path, backups_dir, NOW)

    assert kept == tmp_path / "history.sqlite.damaged-20261123T200000Z"
    with open_database(db_path, backups_dir) as db:
        assert [p.name for p in ProfileRepository(db).list()] == ["母"]


def test_a_bad_backup_is_refused_and_nothing_changes(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a backup")
    before = db.path.read_bytes()

    with pytest.raises(StorageError, match="cannot be restored: it is damaged"):
        restore(bad, db.path, tmp_path / "backups", NOW)
    assert db.path.read_bytes() == before


def test_a_backup_verifies_against_a_corrupted_source(db: Database, tmp_path: Path) -> None:
    db.close()
    raw = bytearray(db.path.read_bytes())
    with closing(sqlite3.connect(db.path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    raw[page_size * 2: page_size * 3] = b"\xa5" * page_size  # a table's page, not the header
    db.path.write_bytes(bytes(raw))

    with pytest.raises(StorageError):
        backup_database(db.path, tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()
