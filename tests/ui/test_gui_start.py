"""Starting the window when the data folder cannot be used: a message, never a traceback."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rehabtimer.cli import CANNOT, build_parser, main
from rehabtimer.gui import run_gui


@pytest.fixture
def app_names(qapp):
    """run_gui names the app; the other tests share it."""
    names = qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName()
    yield
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setDesktopFileName(names[2])


def answer_the_dialog(shown: list[str], tries: int = 200) -> None:
    """Read and close the first modal message box, once the app shows one."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        shown.append(box.text())
        box.accept()
    elif tries:
        QTimer.singleShot(50, lambda: answer_the_dialog(shown, tries - 1))


@pytest.mark.parametrize("where", ["a file", "a folder inside a file"])
def test_an_unusable_data_folder_is_said_in_a_dialog_and_the_app_exits_2(
        qapp, app_names, tmp_path, capsys, where):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    folder = blocker if where == "a file" else blocker / "data"
    assert main(["--data-dir", str(folder), "routine", "import", str(tmp_path)]) == CANNOT
    said = capsys.readouterr().err.strip()
    assert said.startswith(f"Cannot use the data folder {folder}")

    shown: list[str] = []
    QTimer.singleShot(0, lambda: answer_the_dialog(shown))
    assert run_gui(build_parser().parse_args(["--lang", "en", "--data-dir", str(folder)])) == 2
    assert shown == [said]
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]


def test_a_start_that_ends_before_its_first_frame_leaves_the_collector_on(
        qapp, app_names, tmp_path):
    """The collector is off while the first frame is built (cli._run_gui): a start that
    ends before it, here on a data folder that cannot be used, turns it back on."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    shown: list[str] = []
    QTimer.singleShot(0, lambda: answer_the_dialog(shown))
    try:
        assert main(["--lang", "en", "--data-dir", str(blocker)]) == 2
        assert shown and gc.isenabled()
    finally:
        gc.enable()
