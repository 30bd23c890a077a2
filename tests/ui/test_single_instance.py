"""A second start hands over to the running app instead of opening a second window."""

from __future__ import annotations

import os
import subprocess
import sys

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
    from rehabtimer.ui.testing import build_window

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
