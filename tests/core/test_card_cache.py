"""The kept routine cards are shown only while they match the routine files exactly."""

from __future__ import annotations

import json
import os
import shutil
import stat
import time

import pytest

from rehabtimer.core.card_cache import read_cards, stamp, write_cards
from rehabtimer.core.library import load_library
from rehabtimer.paths import builtin_routines_dir
from tests import hostile_files

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
    kept = read_cards(cache, stamp(folders, GET_READY_S))
    assert kept is not None and (kept.cards, kept.problems) == (cards, ())
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
    b'{"stamp": STAMP, "cards": []}', b'{"stamp": STAMP, "cards": [], "problems": "x"}',
])
def test_a_missing_or_damaged_file_is_no_cards_not_an_error(folders, tmp_path, content):
    cache = tmp_path / "cards.json"
    assert read_cards(cache, stamp(folders, GET_READY_S)) is None
    made_from = stamp(folders, GET_READY_S)
    cache.write_bytes(content.replace(b"STAMP", json.dumps(made_from).encode()))
    assert read_cards(cache, made_from) is None


@pytest.mark.parametrize("kind", hostile_files.KINDS)
def test_a_file_that_never_ends_is_no_cards_at_once(tmp_path, kind):
    cache = hostile_files.make(kind, tmp_path / "cards.json")
    code = ("import sys; from pathlib import Path; from rehabtimer.core.card_cache import *;"
            "print(read_cards(Path(sys.argv[1]), stamp((), 5.0)))")
    out = hostile_files.run(["-c", code, str(cache)])
    assert (out.returncode, out.stdout.strip()) == (0, "None"), out.stderr


def test_json_nested_deeper_than_python_parses_is_no_cards(folders, tmp_path):
    cache = tmp_path / "cards.json"
    made_from = stamp(folders, GET_READY_S)
    depth = 100_000
    cache.write_text(json.dumps({"stamp": made_from, "cards": []})[:-2]
                     + "[" * depth + "]" * depth + "]}", encoding="utf-8")
    assert read_cards(cache, made_from) is None


def test_a_50_mb_file_is_no_cards_without_being_read(folders, tmp_path):
    cache = tmp_path / "cards.json"
    cards = keep(folders, cache)
    made_from = stamp(folders, GET_READY_S)
    kept = read_cards(cache, made_from)
    assert kept is not None and kept.cards == cards
    cache.write_bytes(cache.read_bytes() + b" " * (50 << 20))  # still valid JSON
    started = time.monotonic()
    assert read_cards(cache, made_from) is None
    assert time.monotonic() - started < 1


def test_the_routine_files_problems_are_kept_with_the_cards(folders, tmp_path):
    (folders[1] / "broken.json").write_text("{not json", encoding="utf-8")
    library = load_library(*folders)
    problems = tuple(str(problem) for problem in library.problems)
    assert problems
    cache = tmp_path / "cards.json"
    write_cards(cache, stamp(folders, GET_READY_S), library.summaries(GET_READY_S), problems)
    kept = read_cards(cache, stamp(folders, GET_READY_S))
    assert kept is not None and kept.problems == problems
