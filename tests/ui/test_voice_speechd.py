"""A stuck speech service never keeps the window from opening nor a session from running.

A fake speech-dispatcher (a unix socket in the test's folder, named by SPEECHD_ADDRESS) either
takes calls and never answers, as a hung daemon does, or answers every line as SSIP does.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest
from PySide6 import QtTextToSpeech
from PySide6.QtCore import QTimer
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QLabel

from rehabtimer.settings import Settings, save_settings
from rehabtimer.ui.session.speechd_probe import ask_speechd
from tests.ui.conftest import open_window
from tests.ui.test_session_window import text_of, through_the_gate

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no unix sockets")


class FakeSpeechd:
    """Counts the calls it takes; answers each line with an SSIP code only if `answers`."""

    def __init__(self, folder: Path, answers: bool) -> None:
        self.path = folder / "speechd.sock"
        self.calls = 0
        self._answers = answers
        self._open: list[socket.socket] = []
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(self.path))
        self._server.listen(8)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            self.calls += 1
            self._open.append(connection)  # held open, as a hung daemon holds it
            if self._answers:
                threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    @staticmethod
    def _answer(connection: socket.socket) -> None:
        try:
            while connection.recv(1024):
                connection.sendall(b"200 OK\r\n")
        except OSError:
            pass

    def close(self) -> None:
        self._server.close()
        for connection in self._open:
            connection.close()
        shutil.rmtree(self.path.parent, ignore_errors=True)


def fake_speechd(monkeypatch, answers: bool):
    # A short folder of its own: unix socket paths are limited to about 100 characters.
    folder = Path(tempfile.mkdtemp(prefix="speechd-"))
    server = FakeSpeechd(folder, answers)
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{server.path}")
    return server


@pytest.fixture
def stuck_speechd(monkeypatch):
    server = fake_speechd(monkeypatch, answers=False)
    yield server
    server.close()


@pytest.fixture
def live_speechd(monkeypatch):
    server = fake_speechd(monkeypatch, answers=True)
    yield server
    server.close()


def test_with_the_voice_on_a_stuck_speech_service_neither_holds_the_window_nor_a_session(
        qtbot, data_dir, stuck_speechd):
    data_dir.mkdir(parents=True, exist_ok=True)
    save_settings(data_dir / "settings.json", Settings(voice=True))
    began = time.monotonic()
    window, drive = open_window(qtbot, data_dir)
    assert time.monotonic() - began < 2.0
    through_the_gate(window, pain=3)
    qtbot.waitUntil(lambda: stuck_speechd.calls > 0, timeout=3000)  # the engine was tried
    drive.run(6.0)
    assert text_of(window, "phase") == "Breathe in"
    assert time.monotonic() - began < 6.0
    # With the clips the guidance words still sound and only step names are missing.
    why = window._voice.names_note or window._voice.reason
    assert why is not None and "(speech-dispatcher) does not answer" in why


def test_settings_say_why_step_names_are_not_spoken(qtbot, data_dir, stuck_speechd):
    window, _ = open_window(qtbot, data_dir)
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = window._settings_open
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    began = time.monotonic()
    QTimer.singleShot(100, read_and_close)
    window.show_settings()
    assert time.monotonic() - began < 3.0
    assert any("(speech-dispatcher) does not answer" in text for text in shown)


def test_with_the_voice_off_no_speech_engine_is_started(qtbot, data_dir, live_speechd,
                                                        monkeypatch):
    made: list[str] = []

    class Counted(QTextToSpeech):
        def __init__(self, *args: object) -> None:
            made.append(str(args[0]) if args else "")
            super().__init__(*args)

    # Voice looks the class up in its module when it starts an engine.
    monkeypatch.setattr(QtTextToSpeech, "QTextToSpeech", Counted)
    open_window(qtbot, data_dir)
    qtbot.wait(800)  # past the moment a switched-on voice would start
    assert made == []
    assert live_speechd.calls == 0


def test_a_speech_service_that_answers_is_alive(live_speechd):
    assert ask_speechd() == "alive"


def test_one_that_takes_the_call_but_never_answers_is_silent(stuck_speechd):
    began = time.monotonic()
    assert ask_speechd(timeout=0.3) == "silent"
    assert time.monotonic() - began < 1.0


def test_where_nothing_listens_the_service_is_absent(monkeypatch, tmp_path):
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'none.sock'}")
    assert ask_speechd() == "absent"
