"""Sound cues: short WAVs preloaded into QSoundEffects, so a cue sounds the moment it is due.

QtMultimedia is imported inside CuePlayer, not here: a machine whose multimedia stack is broken
(libpulse missing, say) still runs sessions, silently, and the player says why.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, QUrl, qInstallMessageHandler

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

_log = logging.getLogger(__name__)


class Cue(StrEnum):
    """What a sound means; the value is the WAV file's stem in the sounds folder."""

    TICK = "tick"
    PHASE = "phase"
    SWITCH = "switch"
    REST = "rest"
    HALFWAY = "halfway"
    STEP_DONE = "step_done"
    SESSION_DONE = "session_done"


@contextmanager
def qt_messages_to_log(logger: logging.Logger) -> Iterator[None]:
    """Send Qt's messages to `logger` at debug level while a media backend is probed.

    Probing a machine without sound or speech makes Qt warn (PulseAudio unreachable, optional
    libraries absent, a speech plug-in that will not load). The one-line notice the UI shows
    says all the user needs; on the console those lines only alarm, and under pytest-qt's
    qt_log_level_fail they would fail tests. Outside the probe, Qt's messages go where they did.
    """

    def to_log(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        logger.debug("Qt %s: %s", mode.name, message)

    previous = qInstallMessageHandler(to_log)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


class CuePlayer(QObject):
    """Plays cues with low latency, or does nothing and says why in `problem`. Never raises.

    `last_played` holds the time.monotonic() of the latest play() call per cue, taken whether
    or not a sound came out, so timing benchmarks also run on machines without audio.
    """

    def __init__(self, sounds_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_played: dict[Cue, float] = {}
        self._effects: dict[Cue, QSoundEffect] = {}
        self._enabled = True
        # Told in the language of the moment: the language can change while the app runs.
        self._problem: Callable[[], str] | None = None
        with qt_messages_to_log(_log):
            self._load(sounds_dir)

    def _load(self, sounds_dir: Path) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            _log.info("No sound: QtMultimedia cannot be loaded: %s", error)
            self._problem = lambda: self.tr(
                "No sound: the sound system could not be started. The session runs silently."
            )
            return
        # Without a device every QSoundEffect fails to load and Qt warns once per cue.
        if not QMediaDevices.audioOutputs():
            self._problem = lambda: self.tr(
                "No sound: this computer has no audio output. The session runs silently."
            )
            return
        for cue in Cue:
            path = sounds_dir / f"{cue}.wav"
            if not path.is_file():
                _log.warning("Sound cue missing: %s", path)
                self._problem = lambda: self.tr(
                    "Some sound cues are missing. Reinstalling RehabTimer restores them."
                )
                continue
            effect = QSoundEffect(self)
            # Decoding starts here, so the first play() of a cue is not late.
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[cue] = effect

    @property
    def available(self) -> bool:
        """True when at least one cue can sound (the user may still have turned sound off)."""
        return bool(self._effects)

    @property
    def problem(self) -> str | None:
        """A one-line notice for the user about why some or all cues stay silent, or None."""
        return self._problem() if self._problem is not None else None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            # A fanfare still ringing after the user chose silence would feel like disobedience.
            for effect in self._effects.values():
                effect.stop()

    def set_volume(self, volume: float) -> None:
        """Volume from 0 to 1 as a slider shows it, applied on a cubic curve.

        The ear hears loudness roughly logarithmically; the cubic curve (PulseAudio's, and
        QtAudio.CubicVolumeScale) makes even slider steps sound like even steps.
        """
        level = min(max(volume, 0.0), 1.0)
        for effect in self._effects.values():
            effect.setVolume(level**3)

    def play(self, cue: Cue) -> None:
        self.last_played[cue] = time.monotonic()
        effect = self._effects.get(cue)
        if not self._enabled or effect is None or effect.status() == effect.Status.Error:
            return
        # A tick repeats every second; restarting keeps each one on its beat.
        if effect.isPlaying():
            effect.stop()
        effect.play()
