"""Sound cues and voice clips: short WAVs preloaded into QSoundEffects on the audio thread
(audio_thread.py), so a sound starts the moment it is due even while the window is busy.

QtMultimedia is imported inside CuePlayer, not here: a machine whose multimedia stack is broken
(libpulse missing, say) still runs sessions, silently, and the player says why.
"""

from __future__ import annotations

import json
import logging
import time
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler

from rehabtimer.ui.session.audio_thread import AudioLink, Planned

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


def clip_name(lang: str, key: str) -> str:
    """The name a voice clip plays under: its file's stem in resources/voice/."""
    return f"{lang}_{key}"


class CuePlayer(QObject):
    """Plays cues and voice clips with low latency, now or planned ahead against deadlines, or
    does nothing and says why in `problem`. Never raises.

    `last_played` holds the time.monotonic() of the latest play() call per cue, taken whether
    or not a sound came out, so timing benchmarks also run on machines without audio.
    Voice clips come from `voice_dir` (resources/voice beside the sounds by default) and play
    through the same effects and volume as the cues.
    """

    def __init__(self, sounds_dir: Path, parent: QObject | None = None,
                 voice_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.last_played: dict[Cue, float] = {}
        self.lengths: dict[str, float] = {}
        """Seconds each loaded sound lasts, by name: what planning around it needs."""
        self.link: AudioLink | None = None
        self._enabled = True
        # Told in the language of the moment: the language can change while the app runs.
        self._problem: Callable[[], str] | None = None
        with qt_messages_to_log(_log):
            self._load(sounds_dir, voice_dir or sounds_dir.parent / "voice")

    def _load(self, sounds_dir: Path, voice_dir: Path) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as error:
            _log.info("No sound: QtMultimedia cannot be loaded: %s", error)
            self._problem = lambda: self.tr(
                "No sound: the sound system could not be started. The session runs silently."
            )
            return
        # Without a device every QSoundEffect fails to load and Qt warns once per cue.
        if not has_audio_output():
            self._problem = lambda: self.tr(
                "No sound: this computer has no audio output. The session runs silently."
            )
            return
        files: dict[str, Path] = {}
        for cue in Cue:
            path = sounds_dir / f"{cue}.wav"
            if not path.is_file():
                _log.warning("Sound cue missing: %s", path)
                self._problem = lambda: self.tr(
                    "Some sound cues are missing. Reinstalling RehabTimer restores them."
                )
                continue
            files[cue.value] = path
            self.lengths[cue.value] = _wav_seconds(path)
        files.update(self._clips(voice_dir))
        self.link = AudioLink(QSoundEffect, self)
        self.link.load.emit(files)

    def _clips(self, voice_dir: Path) -> dict[str, Path]:
        """The voice clips manifest.json lists; missing ones are only not spoken."""
        try:
            manifest = json.loads((voice_dir / "manifest.json").read_text(encoding="utf-8"))
            found = {clip_name(lang, key): (voice_dir / entry["file"], float(entry["seconds"]))
                     for lang, clips in manifest.items() for key, entry in clips.items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            _log.warning("Voice clips cannot be read from %s: %s", voice_dir, error)
            return {}
        files = {}
        for name, (path, seconds) in found.items():
            if path.is_file():
                files[name] = path
                self.lengths[name] = seconds
        return files

    @property
    def available(self) -> bool:
        """True when at least one cue can sound (the user may still have turned sound off)."""
        return any(cue.value in self.lengths for cue in Cue)

    def has(self, name: str) -> bool:
        """Whether a cue or clip of this name was loaded."""
        return self.link is not None and name in self.lengths

    @property
    def problem(self) -> str | None:
        """A one-line notice for the user about why some or all cues stay silent, or None."""
        return self._problem() if self._problem is not None else None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled and self.link is not None:
            # A fanfare still ringing after the user chose silence would feel like disobedience.
            self.link.stop_all.emit()

    def set_volume(self, volume: float) -> None:
        """Volume from 0 to 1 as a slider shows it, applied on a cubic curve.

        The ear hears loudness roughly logarithmically; the cubic curve (PulseAudio's, and
        QtAudio.CubicVolumeScale) makes even slider steps sound like even steps.
        """
        level = min(max(volume, 0.0), 1.0)
        if self.link is not None:
            self.link.set_gain.emit(level**3)

    def play(self, cue: Cue) -> None:
        self.last_played[cue] = time.monotonic()
        if self._enabled and self.link is not None and cue.value in self.lengths:
            self.link.play_now.emit(cue.value)

    def play_clip(self, name: str) -> None:
        """A voice clip, now; the voice setting, not the sound one, decides whether it is."""
        if self.link is not None and name in self.lengths:
            self.link.play_now.emit(name)

    def plan(self, items: list[Planned]) -> None:
        """Start these sounds at their deadlines, replacing whatever was planned before.

        Cues among them are left out while sound is off; clips are the voice's to decide.
        """
        if self.link is None:
            return
        cues = {cue.value for cue in Cue}
        self.link.plan.emit([item for item in items if item.name in self.lengths
                             and (self._enabled or item.name not in cues)])


def has_audio_output() -> bool:
    """Whether the computer has a device to play sound on. Loads QtMultimedia: tens of
    milliseconds, not for the way to the first frame."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.audioOutputs())


def _wav_seconds(path: Path) -> float:
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (OSError, wave.Error, EOFError, ZeroDivisionError):
        return 0.0
