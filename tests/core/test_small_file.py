"""Small files are read only when they are regular files of a bounded size."""

from __future__ import annotations

import os

import pytest

from rehabtimer.core.small_file import FileTooBig, NotAFile, read_small_file, read_small_json
from tests import hostile_files


def test_a_regular_file_is_read_also_through_a_symlink(tmp_path):
    target = tmp_path / "real.json"
    target.write_bytes(b'{"a": 1}')
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert read_small_file(link, 8) == b'{"a": 1}'
    assert read_small_json(link) == {"a": 1}


def test_anything_but_a_regular_file_is_refused_before_it_is_opened(tmp_path):
    with pytest.raises(NotAFile, match="is a folder, not a file"):
        read_small_file(tmp_path, 100)
    with pytest.raises(FileNotFoundError):
        read_small_file(tmp_path / "none", 100)


@pytest.mark.parametrize("kind", hostile_files.KINDS)
def test_a_file_that_never_ends_is_refused_at_once(tmp_path, kind):
    path = hostile_files.make(kind, tmp_path / "odd")
    code = ("import sys; from pathlib import Path; from rehabtimer.core.small_file import *\n"
            "try: read_small_file(Path(sys.argv[1]), 100)\n"
            "except NotAFile as error: print(error.kind)")
    out = hostile_files.run(["-c", code, str(path)])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == {"fifo": "a named pipe (FIFO)", "dev-zero": "a device"}[kind]


def test_the_size_limit_holds_to_the_byte(tmp_path):
    path = tmp_path / "file"
    path.write_bytes(b"x" * 10)
    assert read_small_file(path, 10) == b"x" * 10
    with pytest.raises(FileTooBig) as refused:
        read_small_file(path, 9)
    assert refused.value.size == 10
    os.truncate(path, 50 << 20)
    with pytest.raises(FileTooBig):
        read_small_json(path)


@pytest.mark.parametrize("content", [
    "[" * 100_000 + "]" * 100_000, "9" * 5000, "\udcff", "{",
], ids=["nested 100,000 deep", "a 5,000-digit number", "not UTF-8", "not JSON"])
def test_json_python_cannot_hold_is_a_value_error(tmp_path, content):
    path = tmp_path / "file.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(ValueError):
        read_small_json(path)


def test_a_byte_order_mark_is_allowed(tmp_path):
    path = tmp_path / "file.json"
    path.write_bytes(b'\xef\xbb\xbf{"a": "\xc3\xa9"}')
    assert read_small_json(path) == {"a": "é"}
