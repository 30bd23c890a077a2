"""An installation without its built-in routines or its migrations says so, loudly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from rehabtimer import installation
from rehabtimer.cli import CANNOT, OK, build_parser, main
from rehabtimer.installation import IncompleteInstallation, check_installation
from tests.ui.test_gui_start import answer_the_dialog, app_names  # noqa: F401


@pytest.fixture
def empty(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    return folder


def test_a_whole_installation_passes():
    check_installation()


@pytest.mark.parametrize("part", ["routines", "migrations"])
def test_a_missing_part_is_named_with_its_folder(monkeypatch, empty, part):
    monkeypatch.setattr(installation, f"_{part}_dir", lambda: empty)
    with pytest.raises(IncompleteInstallation) as raised:
        check_installation()
    said = str(raised.value)
    assert str(empty) in said and "install RehabTimer again" in said


def test_the_command_line_stops_with_exit_2(monkeypatch, empty, capsys):
    monkeypatch.setattr(installation, "_routines_dir", lambda: empty)
    assert main(["routine", "list"]) == CANNOT
    assert "built-in routines" in capsys.readouterr().err
    assert main(["routine", "check", str(empty / "x.json")]) != OK  # runs, without the library


def test_the_window_shows_it_and_exits_2(qapp, app_names, monkeypatch, empty):  # noqa: F811
    monkeypatch.setattr(installation, "_migrations_dir", lambda: empty)
    from rehabtimer.gui import run_gui

    shown: list[str] = []
    QTimer.singleShot(0, lambda: answer_the_dialog(shown))
    assert run_gui(build_parser().parse_args(["--lang", "en"])) == 2
    assert len(shown) == 1 and str(empty) in shown[0] and "install RehabTimer again" in shown[0]
