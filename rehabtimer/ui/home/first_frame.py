"""The home screen as it first appears, while the rest of the app is still loading.

It is a window of its own, made only from Qt, the routine cards and today's counts read with
plain sqlite3, so it is on screen in a fraction of the time the full window takes; the full
window then takes its place, at the same position and size. Every button works from the
first paint: what is pressed in between (a Start, the history, the settings, the routines,
sound or voice) is kept and handed over, and the full window does it as soon as it is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from rehabtimer.ui.home.view import HomeState, HomeView, Option

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

# A platform that never reports the window as painted must not hold the app up for long.
PAINT_WAIT_MS = 1000


class FirstFrame(QWidget):
    _painted = Signal()

    def __init__(self, state: HomeState, columns: int) -> None:
        super().__init__()
        self.setWindowTitle("RehabTimer")
        self.resize(1200, 800)  # as the full window, so nothing moves at the hand-over
        self.home = HomeView()
        self.home.set_state(state, columns)
        # Whether sound can play is asked once the window is painted (see show_painted).
        self.home.show_sound(None)
        self._sounds = state.sound.on
        self.home.installEventFilter(self)
        # The home filling a plain window: a QMainWindow costs a millisecond more to set
        # up, for bars this window does not have.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.home)
        self.wishes: list[str] = []
        """What to open in the full window (see MainWindow.come_forward); the last asked."""
        self.options: dict[str, bool] = {}
        """Settings switched here ("sounds", "voice"), for the full window to keep."""
        self.left = False
        """Closed by the patient before the full window was ready."""
        home = self.home
        home.start_requested.connect(lambda routine_id: self.wish(["run", routine_id]))
        home.history_requested.connect(lambda: self.wish(["history"]))
        home.settings_requested.connect(lambda: self.wish(["settings"]))
        home.editor_requested.connect(lambda: self.wish(["routines"]))
        home.sound_toggled.connect(lambda on: self.options.update(sounds=on))
        home.voice_toggled.connect(lambda on: self.options.update(voice=on))

    def wish(self, wishes: list[str]) -> None:
        """Keep what was asked for the full window."""
        self.wishes = wishes
        from PySide6.QtCore import Qt  # not before the first frame: see widgets/controls.py

        # Done in a moment, once the rest of the app is loaded: the patient sees it is coming.
        self.setCursor(Qt.CursorShape.BusyCursor)

    def come_forward(self, wishes: list[str]) -> None:
        """Another start asked for the app: raise this window, and keep its wishes if any."""
        self.raise_()
        self.activateWindow()
        if wishes:
            self.wish(wishes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.home and event.type() == QEvent.Type.Paint:
            self.home.removeEventFilter(self)
            self._painted.emit()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.left = True
        super().closeEvent(event)

    def show_painted(self) -> None:
        """Show the window and return once it has been painted."""
        loop = QEventLoop()
        self._painted.connect(loop.quit)
        QTimer.singleShot(PAINT_WAIT_MS, loop.quit)
        self.show()
        loop.exec()
        from rehabtimer.ui.session.sound import has_audio_output  # QtMultimedia: after the paint

        # As the full window will show it: without a device, unticked and not to be switched.
        output = has_audio_output()
        self.home.show_sound(Option(self._sounds, output))

    def hand_over(self, window: QWidget) -> None:
        """Put the full window where this one is and close this one."""
        # Clicks made while the app was loading are waiting: let them reach this window.
        QApplication.processEvents()
        if self.left:
            return
        window.setGeometry(self.geometry())
        window.setWindowState(self.windowState())
        window.show()
        self.hide()
        self.deleteLater()
