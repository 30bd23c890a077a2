"""Runs a session engine in Qt's event loop.

The controller owns no timing logic: it asks the engine when something is next due and
sets one precise single-shot timer for that instant. On each wake-up it polls the engine,
hands the events on (sound, voice, recorder, screen) and schedules the next wake-up.

It also notices when the computer slept or the app was frozen: the wake-up came much later
than it was set for. Then the session pauses itself as of the last wake-up, so no hold is
credited with time nobody exercised in.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rehabtimer.core.clock import Clock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import Event, PauseReason, SessionState, Status, StopReason

# A wake-up this much later than planned means the computer slept or the process was
# stopped; a busy GUI thread (a few hundred ms) must not count as one.
SUSPEND_GAP_S = 1.5


class SessionController(QObject):
    events = Signal(list)
    """Events the engine produced, in order (list[Event])."""
    state_changed = Signal(object)
    """A fresh SessionState after every change."""

    def __init__(self, engine: SessionEngine, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        self._due: float | None = None
        self._last_wake_mono = 0.0
        self._last_wake_boot = 0.0

    # -- what the patient does ----------------------------------------------------------

    def start(self, at_step: int = 0) -> None:
        self._mark_awake()
        self._apply(self.engine.start(at_step))

    def toggle_pause(self) -> None:
        self._act(self.engine.toggle_pause)

    def pause(self) -> None:
        self._act(self.engine.pause)

    def skip(self) -> None:
        self._act(self.engine.skip)

    def back(self) -> None:
        self._act(self.engine.back)

    def rep_done(self) -> None:
        self._act(self.engine.rep_done)

    def stop(self, reason: StopReason = StopReason.USER) -> None:
        self._act(lambda: self.engine.stop(reason))

    def state(self) -> SessionState:
        return self.engine.state()

    def shutdown(self) -> None:
        self._timer.stop()

    # -- inside ----------------------------------------------------------------------------

    def _act(self, operation: Callable[[], list[Event]]) -> None:
        # A key press is a wake-up too: check first whether the computer slept since the last.
        if not self._caught_suspend():
            self._mark_awake()
            self._apply(operation())

    def wake(self) -> None:
        """Handle a wake-up now: the timer calls this when something is due."""
        if not self._caught_suspend():
            self._mark_awake()
            self._apply(self.engine.poll())

    def _caught_suspend(self) -> bool:
        if self.engine.status not in (Status.RUNNING, Status.RESUMING):
            return False
        mono, boot = self._clock.monotonic(), self._clock.since_boot()
        planned = self._due if self._due is not None else mono
        late = mono - max(planned, self._last_wake_mono)
        slept = (boot - self._last_wake_boot) - (mono - self._last_wake_mono)
        if late < SUSPEND_GAP_S and slept < SUSPEND_GAP_S:
            return False
        events = self.engine.pause(PauseReason.SUSPEND, at=self._last_wake_mono)
        self._mark_awake()
        self._apply(events)
        return True

    def _mark_awake(self) -> None:
        self._last_wake_mono = self._clock.monotonic()
        self._last_wake_boot = self._clock.since_boot()

    def _apply(self, events: list[Event]) -> None:
        self._schedule()
        if events:
            self.events.emit(events)
        self.state_changed.emit(self.engine.state())

    def _schedule(self) -> None:
        self._due = self.engine.next_due()
        if self._due is None:
            self._timer.stop()
            return
        wait_ms = max(0, math.ceil((self._due - self._clock.monotonic()) * 1000))
        self._timer.start(wait_ms)
