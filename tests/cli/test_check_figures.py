"""`routine check` on a step's figure and picture: unknown names, missing or unsafe files."""

from __future__ import annotations

import os

import pytest

from rehabtimer.cli import INVALID, OK, main
from tests.cli.test_cli import custom_routine, write


def _with_step(tmp_path, **extra):
    data = custom_routine()
    data["steps"][0].update(extra)
    return write(tmp_path / "knee.json", data)


def test_an_unknown_figure_is_rejected_naming_file_and_step(tmp_path, capsys):
    path = _with_step(tmp_path, figure="quad-set")
    assert main(["routine", "check", str(path)]) == INVALID
    err = capsys.readouterr().err
    assert 'knee.json: steps[0].figure: "quad-set" is not a figure in the library' in err


def test_a_picture_that_is_not_there_is_rejected(tmp_path, capsys):
    path = _with_step(tmp_path, image="pictures/quad.png")
    assert main(["routine", "check", str(path)]) == INVALID
    assert ('knee.json: steps[0].image: no such picture next to the routine file'
            ' (got "pictures/quad.png")') in capsys.readouterr().err


def test_a_picture_of_another_kind_is_rejected(tmp_path, capsys):
    (tmp_path / "quad.exe").write_bytes(b"MZ")
    path = _with_step(tmp_path, image="quad.exe")
    assert main(["routine", "check", str(path)]) == INVALID
    assert "steps[0].image: must be an SVG or PNG picture" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_picture_linked_from_outside_the_folder_is_rejected(tmp_path, capsys):
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"\x89PNG")
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "quad.png").symlink_to(outside)
    path = _with_step(folder, image="quad.png")
    assert main(["routine", "check", str(path)]) == INVALID
    assert "steps[0].image: leads outside the routine's folder" in capsys.readouterr().err


def test_a_figure_and_a_picture_beside_the_file_pass(tmp_path, capsys):
    (tmp_path / "quad.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    path = _with_step(tmp_path, figure="quad-set-towel", image="quad.svg")
    assert main(["--lang", "en", "routine", "check", str(path)]) == OK
    assert "knee.json: ok" in capsys.readouterr().out
