"""A session in the real window, in Japanese, up to its first hold, with a screen reader's
listener on the accessibility bus; what the listener heard goes into HEARD_FILE.

Run by test_announcements.py inside a D-Bus session and an X server of its own:
    dbus-run-session -- xvfb-run -a python tests/ui/atspi_session.py DATA_DIR HEARD_FILE
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from rehabtimer.core.clock import FakeClock
from rehabtimer.ui.i18n import install_translators
from tests.driving import FakeTimeDriver, build_window

LISTENER = Path(__file__).with_name("atspi_listener.py")


def wait(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main(data_dir: str, heard: str) -> None:
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    # Qt talks to the bus only when told a screen reader runs; the test's listener is one.
    os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    app = QApplication(sys.argv[:1])
    assert install_translators(app, "ja")
    with open(heard, "w", encoding="utf-8") as out:
        listener = subprocess.Popen(["/usr/bin/python3", str(LISTENER)], stdout=out)
    try:
        end = time.monotonic() + 20
        while "READY" not in Path(heard).read_text(encoding="utf-8"):
            assert time.monotonic() < end, "the listener did not start"
            time.sleep(0.1)
        run_to_the_first_hold(Path(data_dir), Path(heard).with_suffix(".page"))
        wait(1.5)  # the announcement crosses two buses
    finally:
        listener.terminate()
        listener.wait(timeout=10)


def run_to_the_first_hold(data_dir: Path, page_file: Path) -> None:
    """Then, at twice the text size, turns the words to their second page and writes its
    first line into `page_file`."""
    # Not under test, and slow to give up here: speech-dispatcher, reached through this new
    # D-Bus session, can keep the voice's start waiting for minutes.
    QTextToSpeech.availableEngines = staticmethod(lambda: [])  # type: ignore[method-assign]
    clock = FakeClock()
    window = build_window(data_dir, "ja", clock)
    window.resize(1200, 800)
    window.show()
    wait(1.0)  # the window registers on the bus
    window.start_routine("knee-oa")
    for name in ("accept", "continue", "no", "skip"):
        button = next(b for b in window.findChildren(QPushButton, name) if b.isVisible())
        button.click()
    drive = FakeTimeDriver(window, clock)
    phase = window.session_view.findChild(QLabel, "phase")
    for _ in range(120):
        if phase.text() == "キープ":
            break
        drive.run(0.5)
    wait(0.5)
    window.apply_settings(replace(window.ctx.settings, text_scale=200))
    wait(0.5)
    window.session_view.more_words.emit()
    page_file.write_text(window.session_view._pager.words().split("\n")[0], encoding="utf-8")
    wait(0.5)
    window.session.stop_for_closing()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
