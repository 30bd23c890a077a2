"""The command line with and without a console: Windows starts a GUI script with none."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from rehabtimer import desktop
from rehabtimer.cli import CANNOT, INVALID, OK, main
from tests.cli.test_cli import custom_routine, record_sessions, write

REPO = Path(__file__).resolve().parents[2]


def no_console(monkeypatch) -> None:
    # In the test itself: pytest puts its own capture back between a fixture and the test.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)


def test_the_command_line_has_a_console_script_and_the_app_a_windowed_one():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["rehabtimer"] == "rehabtimer.cli:main"
    assert project["gui-scripts"]["rehabtimer-gui"] == "rehabtimer.cli:main"
    assert "rehabtimer" not in project["gui-scripts"]


def test_the_menu_entry_starts_the_windowed_script(monkeypatch):
    asked: list[str] = []

    def which(name: str, path: str | None = None) -> str:
        asked.append(name)
        return f"/opt/bin/{name}"

    monkeypatch.setattr(desktop.shutil, "which", which)
    assert desktop.default_exec_command() == "/opt/bin/rehabtimer-gui"
    assert asked == ["rehabtimer-gui"]


def test_without_a_console_every_command_runs_and_nothing_raises(monkeypatch, data_dir,
                                                                 tmp_path):
    record_sessions(data_dir, 1)
    no_console(monkeypatch)
    # Sessions meant for a console that is not there: an error, not a crash.
    assert main(["export", "csv"]) == CANNOT
    assert main(["routine", "list"]) == OK
    assert main(["routine", "check", str(tmp_path / "missing.json")]) == INVALID
    assert main(["export", "csv", "-o", str(tmp_path / "s.csv")]) == OK
    assert (tmp_path / "s.csv").is_file()
    assert main(["backup"]) == OK
    for wrong, code in ((["export", "csv", "--since", "nonsense"], INVALID), (["--help"], OK)):
        with pytest.raises(SystemExit) as exit_:
            main(wrong)
        assert exit_.value.code == code


def test_data_dir_and_lang_are_accepted_after_the_command(tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    mine = write(tmp_path / "mine.json", custom_routine())
    assert main(["routine", "import", str(mine), "--data-dir", str(elsewhere)]) == OK
    assert (elsewhere / "routines" / "my-knee.json").is_file()
    capsys.readouterr()
    assert main(["routine", "list", "--data-dir", str(elsewhere), "--lang", "en"]) == OK
    assert "my-knee" in capsys.readouterr().out
    assert main(["routine", "list"]) == OK
    assert "my-knee" not in capsys.readouterr().out


def test_data_dir_before_the_command_still_counts(tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    mine = write(tmp_path / "mine.json", custom_routine())
    assert main(["--data-dir", str(elsewhere), "routine", "import", str(mine)]) == OK
    assert main(["--data-dir", str(elsewhere), "routine", "list"]) == OK
    assert "my-knee" in capsys.readouterr().out
