"""The thread every sound plays from, so a busy window never makes a cue late.

The GUI thread plans sounds ahead against their deadlines (time.monotonic() instants); the
audio thread holds the QSoundEffects and a precise timer of its own, and starts each sound when
it is due, whatever the window is doing. A redraw or a database write that blocks the GUI
thread for a third of a second delays the screen, not the beat the patient moves to.
"""

from __future__ import annotations

import atexit
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, QUrl, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

_log = logging.getLogger(__name__)

# Sounds are started this much before their deadline: the sound server's buffer holds them
# about that long (10-20 ms on PulseAudio, WASAPI and Core Audio alike), so they are heard on
# the beat rather than a buffer's length after it. benchmarks/audio.py measures the result.
OUTPUT_LEAD_S = 0.010
# A sound this late is dropped: heard after its moment it would only confuse.
_LATE_S = 0.25
# How long a started sound is remembered, so a plan made just before it began cannot
# start it twice: far longer than the trip of a plan from the GUI thread.
_FORGET_S = 10.0


@dataclass(frozen=True, order=True)
class Planned:
    """One sound to start at `at` (time.monotonic()); `name` is a cue or a clip."""

    at: float
    name: str


class AudioOutput(QObject):
    """Lives on the audio thread: owns the effects, plays them now or at their deadline.

    Every method here runs on the audio thread; the GUI thread reaches them only through the
    queued signals of AudioLink.
    """

    def __init__(self, effect_type: Callable[[QObject], QSoundEffect]) -> None:
        super().__init__()
        self._effect_type = effect_type
        self._effects: dict[str, QSoundEffect] = {}
        self._timers: list[tuple[QTimer, Planned]] = []
        self._started: set[Planned] = set()
        self._gain = 1.0
        self.played: dict[str, float] = {}
        """When each sound last started, by name (read by tests and benchmarks)."""

    @Slot(object)
    def load(self, files: Mapping[str, Path]) -> None:
        for name, path in files.items():
            effect = self._effect_type(self)
            # Decoding starts here, so the first play of a sound is not late.
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._gain)
            self._effects[name] = effect

    @Slot(float)
    def set_gain(self, gain: float) -> None:
        self._gain = gain
        for effect in self._effects.values():
            effect.setVolume(gain)

    @Slot(object)
    def plan(self, items: list[Planned]) -> None:
        """Replace what is waiting with `items`: the GUI thread's newest view of the future.

        Each sound gets a precise timer of its own whose timeout is wired to the effect's
        C++ play() slot: at the deadline no Python runs, so a GUI thread holding the
        interpreter (in a long redraw, say) cannot hold the sound back. A sound already
        started is never started again by a later plan that still lists it.
        """
        now = time.monotonic()
        # A timer whose moment has come (its sound's deadline less the lead) stays: on a busy
        # machine the event loop may hand over this plan before that timer's event, and a plan
        # made after the deadline no longer lists its sound.
        self._clear_timers(after=now + OUTPUT_LEAD_S)
        self._started = {item for item in self._started if item.at > now - _FORGET_S}
        waiting = self._started | {item for _timer, item in self._timers}
        for item in items:
            effect = self._effects.get(item.name)
            if effect is None or item in waiting or item.at <= now - _LATE_S:
                continue
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(effect.play)
            timer.timeout.connect(partial(self._note, item))
            timer.start(max(0, round((item.at - OUTPUT_LEAD_S - now) * 1000)))
            self._timers.append((timer, item))

    @Slot(str)
    def play_now(self, name: str) -> None:
        self.played[name] = time.monotonic()
        effect = self._effects.get(name)
        if effect is None or effect.status() == effect.Status.Error:
            return
        # A tick repeats every second; restarting keeps each one on its beat.
        if effect.isPlaying():
            effect.stop()
        effect.play()

    @Slot()
    def stop_all(self) -> None:
        self._clear_timers()
        for effect in self._effects.values():
            effect.stop()

    def _note(self, item: Planned) -> None:
        self._started.add(item)
        self.played[item.name] = time.monotonic()

    def _clear_timers(self, after: float = -math.inf) -> None:
        """Cancel the timers of sounds due after `after`; those due by then fire as set."""
        kept = []
        for timer, item in self._timers:
            if timer.isActive() and item.at <= after:
                kept.append((timer, item))
            else:
                timer.stop()
                timer.deleteLater()
        self._timers = kept


class AudioLink(QObject):
    """The GUI thread's handle on one AudioOutput: queued signals, so no call ever waits."""

    load = Signal(object)
    set_gain = Signal(float)
    plan = Signal(object)
    play_now = Signal(str)
    stop_all = Signal()

    def __init__(self, effect_type: Callable[[QObject], QSoundEffect],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.output = AudioOutput(effect_type)
        self.output.moveToThread(audio_thread())
        _outputs.add(self.output)
        for signal, slot in ((self.load, self.output.load), (self.set_gain, self.output.set_gain),
                             (self.plan, self.output.plan), (self.play_now, self.output.play_now),
                             (self.stop_all, self.output.stop_all)):
            signal.connect(slot, Qt.ConnectionType.QueuedConnection)
        output = self.output
        # Deleted on its own thread, and only then forgotten by Python: never freed from the
        # GUI thread while the audio thread may be starting one of its sounds.
        output.destroyed.connect(lambda *_: _outputs.discard(output))
        self.destroyed.connect(output.deleteLater)


_thread: QThread | None = None
_outputs: set[AudioOutput] = set()


def audio_thread() -> QThread:
    """The one audio thread of the process, started on first use and stopped at exit."""
    global _thread
    if _thread is None:
        _thread = QThread()
        _thread.setObjectName("audio")
        _thread.start(QThread.Priority.TimeCriticalPriority)
        atexit.register(_stop_thread)
    return _thread


def _stop_thread() -> None:
    thread = _thread
    if thread is not None:
        thread.quit()
        thread.wait(2000)


def effect_class() -> Any:
    """QSoundEffect, imported late: a broken multimedia stack must not stop the app."""
    from PySide6.QtMultimedia import QSoundEffect

    return QSoundEffect
