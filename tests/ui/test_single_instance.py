"""A second start hands over to the running app instead of opening a second window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rehabtimer.ui.single_instance import SingleInstance, server_name


def test_the_second_claim_hands_its_wishes_to_the_first(qtbot, tmp_path):
    name = server_name(tmp_path)
    first = SingleInstance(name)
    assert first.claim([])
    with qtbot.waitSignal(first.activated, timeout=3000) as signal:
        assert not SingleInstance(name).claim(["run", "knee-oa"])
    assert signal.args == [["run", "knee-oa"]]


def test_different_data_folders_are_different_apps(qtbot, tmp_path):
    one = SingleInstance(server_name(tmp_path / "a"))
    two = SingleInstance(server_name(tmp_path / "b"))
    assert one.claim([]) and two.claim([])


def test_a_second_process_exits_and_the_first_comes_forward(qtbot, tmp_path):
    from rehabtimer.core.clock import FakeClock
    from tests.driving import build_window

    name = server_name(tmp_path)
    first = SingleInstance(name)
    assert first.claim([])
    window = build_window(tmp_path, "en", FakeClock())
    qtbot.addWidget(window)
    first.activated.connect(window.come_forward)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REHABTIMER_DATA_DIR": str(tmp_path)}
    second = subprocess.Popen([sys.executable, "-m", "rehabtimer", "run", "knee-oa"], env=env)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
    assert second.returncode == 0
    qtbot.waitUntil(lambda: window.findChild(object, "accept") is not None, timeout=5000)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows uses a per-user named pipe")
def test_the_app_listens_only_where_no_other_user_can_go_first(qtbot, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    name = Path(server_name(data))
    assert name.parent == data and data.stat().st_mode & 0o777 == 0o700

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name(data)).parent == runtime

    runtime.chmod(0o777)  # shared with others: not private, so not used
    assert Path(server_name(data)).parent == data

    first = SingleInstance(server_name(data))
    assert first.claim([])
    assert Path(server_name(data)).is_socket()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows uses a per-user named pipe")
def test_a_data_folder_with_a_long_path_gets_a_private_folder_of_its_own(tmp_path,
                                                                        monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    data = tmp_path / ("long-folder-name-" * 8)
    name = Path(server_name(data))
    assert len(os.fsencode(name)) <= 104
    assert name.parent.stat().st_mode & 0o777 == 0o700
    assert name.parent.stat().st_uid == os.getuid()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks through Qt's named pipe")
def test_a_second_start_is_told_apart_without_qt_network_before_the_first_paint(qtbot,
                                                                              tmp_path):
    name = server_name(tmp_path)
    assert not SingleInstance(name).running_elsewhere([])  # nobody listens yet
    first = SingleInstance(name)
    assert first.claim([])
    with qtbot.waitSignal(first.activated, timeout=3000) as signal:
        assert SingleInstance(name).running_elsewhere(["run", "knee-oa"])
    assert signal.args == [["run", "knee-oa"]]


def test_the_name_is_the_one_earlier_versions_used(tmp_path, monkeypatch):
    """A running older version is still found by the name it listens under."""
    import getpass
    import hashlib

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    tmp_path.chmod(0o700)
    key = f"{getpass.getuser()}:{(tmp_path / 'data').resolve()}"
    digest = hashlib.sha256(key.encode()).hexdigest()
    assert Path(server_name(tmp_path / "data")).name == f"rehabtimer-{digest[:20]}"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks through Qt's named pipe")
def test_a_socket_left_by_a_crashed_app_is_not_taken_for_a_running_one(tmp_path):
    import socket

    name = server_name(tmp_path)
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(name)  # as a server that never closed: the file stays, nobody listens
    left.close()
    assert os.path.exists(name)
    assert not SingleInstance(name).running_elsewhere([])


# Starts the app as `python main.py` does and says whether Qt's network module was loaded
# by the first paint of the first frame.
CHILD = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])

class Spy(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "FirstFrame":
            print("PySide6.QtNetwork" in sys.modules, flush=True)
            os._exit(0)
        return False

spy = Spy()
app.installEventFilter(spy)
from rehabtimer.cli import main
main(["--data-dir", sys.argv[1], "--lang", "en"])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks through Qt's named pipe")
def test_qt_network_waits_until_the_first_frame_is_painted(tmp_path):
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True,
                         text=True, timeout=60, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "False"
