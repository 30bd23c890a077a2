"""The kept routine cards are shown only while they match the routine files exactly."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from rehabtimer.core.card_cache import read_cards, stamp, write_cards
from rehabtimer.core.library import load_library
from rehabtimer.paths import builtin_routines_dir

GET_READY_S = 5.0


@pytest.fixture
def folders(tmp_path):
    builtin, mine = tmp_path / "builtin", tmp_path / "mine"
    shutil.copytree(builtin_routines_dir(), builtin)
    mine.mkdir()
    return builtin, mine


def keep(folders, cache):
    made_from = stamp(folders, GET_READY_S)
    cards = load_library(*folders).summaries(GET_READY_S)
    write_cards(cache, made_from, cards)
    return cards


def test_the_kept_cards_come_back_as_made_from_the_routine_files(folders, tmp_path):
    cache = tmp_path / "cards.json"
    cards = keep(folders, cache)
    assert len(cards) == len(list(folders[0].glob("*.json")))
    assert read_cards(cache, stamp(folders, GET_READY_S)) == cards
    breathing = next(card for card in cards if card.routine_id == "postpartum-back")
    assert breathing.title["ja"] and breathing.title["en"]
    assert breathing.planned_s > 60


def test_the_file_is_private(folders, tmp_path):
    cache = tmp_path / "cards.json"
    keep(folders, cache)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600


def change_a_routine(folders):
    path = next(folders[0].glob("*.json"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))


def add_a_routine(folders):
    source = next(folders[0].glob("*.json"))
    text = source.read_text(encoding="utf-8").replace(f'"{source.stem}"', '"mine"', 1)
    (folders[1] / "mine.json").write_text(text, encoding="utf-8")


def remove_a_routine(folders):
    next(folders[0].glob("*.json")).unlink()


@pytest.mark.parametrize("change", [change_a_routine, add_a_routine, remove_a_routine])
def test_any_change_to_the_routine_files_makes_the_kept_cards_unusable(folders, tmp_path,
                                                                       change):
    cache = tmp_path / "cards.json"
    keep(folders, cache)
    change(folders)
    assert read_cards(cache, stamp(folders, GET_READY_S)) is None


def test_another_get_ready_time_makes_them_unusable(folders, tmp_path):
    cache = tmp_path / "cards.json"
    keep(folders, cache)
    assert read_cards(cache, stamp(folders, GET_READY_S + 5)) is None


@pytest.mark.parametrize("content", [
    b"", b"\x00garbage", b"[]", b'{"stamp": 1}', b'{"cards": []}',
    b'{"stamp": STAMP, "cards": [{"id": "x"}]}', b'{"stamp": STAMP, "cards": 3}',
])
def test_a_missing_or_damaged_file_is_no_cards_not_an_error(folders, tmp_path, content):
    cache = tmp_path / "cards.json"
    assert read_cards(cache, stamp(folders, GET_READY_S)) is None
    made_from = stamp(folders, GET_READY_S)
    cache.write_bytes(content.replace(b"STAMP", __import__("json").dumps(made_from).encode()))
    assert read_cards(cache, made_from) is None
