"""The cues and words of a running session, planned ahead against their deadlines.

After every wake-up the guide works out, on a copy of the engine, what the next few seconds
will bring, lays the sounds out so that speech never covers a cue (it waits for the chime,
fits before the next cue or is dropped) and hands them to the audio thread, which starts each
one on time however busy the window is. Events the guide did not foresee (a key press) play
at once. On a fake clock, whose instants are not real time, everything plays as it arrives.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from rehabtimer.core.clock import Clock, SystemClock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.events import Event, Status
from rehabtimer.ui.session.audio_thread import Planned
from rehabtimer.ui.session.guidance import Phrase, Spoken, cue_for, spoken_for
from rehabtimer.ui.session.sound import Cue, CuePlayer, clip_name
from rehabtimer.ui.session.voice import Voice

GAP_S = 0.04
"""Silence kept between a cue and speech, so each is heard on its own."""
HORIZON_S = 4.0
"""How far ahead sounds are planned: beyond the longest cue and clip together, so a clip is
never placed without knowing the cue after it, and past any block of the window."""


@dataclass(frozen=True)
class Batch:
    at: float
    cue: Cue | None
    spoken: Spoken


class _FrozenClock:
    """The engine's clock held at one instant, to ask a copy of the engine about the future."""

    def __init__(self, clock: Clock) -> None:
        self.mono = clock.monotonic()
        self._boot_offset = clock.since_boot() - self.mono
        self._wall = clock.now()

    def monotonic(self) -> float:
        return self.mono

    def since_boot(self) -> float:
        return self.mono + self._boot_offset

    def now(self) -> datetime:
        return self._wall


def predict(engine: SessionEngine, clock: Clock, lang: str,
            horizon: float = HORIZON_S) -> list[Batch]:
    """The batches of events the engine will produce within `horizon` if nobody presses a key.

    A deep copy of the engine, its clock swapped for a frozen one, is polled at each instant it
    says is next due; the timeline is shared, not copied.
    """
    frozen = _FrozenClock(clock)
    end = frozen.mono + horizon
    twin = copy.deepcopy(engine, {id(clock): frozen, id(engine.timeline): engine.timeline})
    batches: list[Batch] = []
    for _ in range(64):  # a horizon holds a few dozen instants at most
        due = twin.next_due()
        if due is None or due > end or twin.status not in (Status.RUNNING, Status.RESUMING):
            break
        frozen.mono = max(frozen.mono, due)
        events = twin.poll()
        if events:
            batches.append(_batch(deadline_of(events), events, twin, lang))
    return batches


def deadline_of(events: list[Event]) -> float:
    """The instant a batch was due: the same float in a prediction and in the real batch."""
    return max((event.at for event in events), default=-math.inf)


def _batch(at: float, events: list[Event], engine: SessionEngine, lang: str) -> Batch:
    return Batch(at, cue_for(events), spoken_for(events, engine.timeline, lang, engine.phase))


@dataclass(frozen=True)
class Layout:
    sounds: list[Planned]
    step_names: dict[float, tuple[float, str]]
    """Free text for the voice engine, by the batch's deadline: (start at, text)."""


def lay_out(batches: list[Batch], lengths: Mapping[str, float], lang: str, busy_until: float,
            voice_on: bool, fits_spoken: Callable[[str, float], bool]) -> Layout:
    """Each batch's cue at its deadline; speech after the cue (the chime is heard first) only
    where it ends before the next batch's cue, else dropped, never cut; "three seconds left"
    only in a quiet stretch before the first tick."""
    sounds: list[Planned] = []
    names: dict[float, tuple[float, str]] = {}
    for index, batch in enumerate(batches):
        next_at = batches[index + 1].at if index + 1 < len(batches) else math.inf
        spoken = batch.spoken if voice_on else Spoken()
        warning = clip_name(lang, Phrase.THREE_LEFT)
        if spoken.warn_ending and warning in lengths:
            start = batch.at - GAP_S - lengths[warning]
            if start >= busy_until + GAP_S:
                sounds.append(Planned(start, warning))
        end = batch.at
        if batch.cue is not None:
            sounds.append(Planned(batch.at, batch.cue.value))
            end += lengths.get(batch.cue.value, 0.0)
        busy_until = max(busy_until, end)
        start, room = end + GAP_S, next_at - GAP_S - (end + GAP_S)
        if spoken.step_name and fits_spoken(spoken.step_name, room):
            names[batch.at] = (start, spoken.step_name)
            busy_until = max(busy_until, min(next_at, start + room))
        elif spoken.phrase is not None:
            clip = clip_name(lang, spoken.phrase)
            if clip in lengths and lengths[clip] <= room:
                sounds.append(Planned(start, clip))
                busy_until = max(busy_until, start + lengths[clip])
    return Layout(sounds, names)


class Guide(QObject):
    """Plays a session's cues and speaks its words, planned ahead where the clock is real."""

    def __init__(self, cues: CuePlayer, voice: Voice, clock: Clock, lang: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cues = cues
        self._voice = voice
        self._clock = clock
        self._lang = lang
        self._engine: SessionEngine | None = None
        self._planned: dict[float, Batch] = {}
        self._sent: list[Planned] = []
        self._names: dict[float, tuple[float, str]] = {}
        self._speaker = QTimer(self)
        self._speaker.setSingleShot(True)
        self._speaker.timeout.connect(self._say_name)
        self._pending_name: str | None = None

    @property
    def ahead(self) -> bool:
        """Whether sounds are planned ahead: only on a clock that runs in real time."""
        return isinstance(self._clock, SystemClock)

    def follow(self, engine: SessionEngine) -> None:
        """A new session: nothing planned for another one carries over."""
        self.stop()
        self._engine = engine

    def on_events(self, events: list[Event]) -> None:
        """A batch the engine produced: planned already (the audio thread has played it on
        time), or unforeseen, such as a key press, and played now."""
        engine = self._engine
        if engine is None:
            return
        at = deadline_of(events)
        if at in self._planned:
            if at in self._names:
                self._speak_at(*self._names[at])
            return
        now = self._clock.monotonic()
        batch = _batch(now, events, engine, self._lang())
        if batch.cue is not None:
            self._cues.play(batch.cue)
        layout = self._lay_out([batch, *predict(engine, self._clock, self._lang())], now)
        # What was still to come of earlier batches is dropped: it belonged to another moment.
        self._send([s for s in layout.sounds if (s.at, s.name) != (now, batch.cue)], now)
        if now in layout.step_names:
            self._speak_at(*layout.step_names[now])

    def plan_ahead(self, _state: object = None) -> None:
        """After every change, on a real clock: hand the coming seconds to the audio thread."""
        engine = self._engine
        if engine is None or not self.ahead:
            return
        now = self._clock.monotonic()
        batches = predict(engine, self._clock, self._lang())
        first = batches[0].at if batches else math.inf
        # Speech of the batch just played still to come; it was laid out to end before `first`.
        kept = [s for s in self._sent if now < s.at < first
                and not s.name.endswith(Phrase.THREE_LEFT)]
        # New speech waits for what was sent before and may still sound, not for `now` itself:
        # in a quiet stretch "three seconds left" may start just after a wake (37 ms after it in
        # Japanese), and waiting GAP_S after the wake dropped it from every such plan.
        earlier = [s for s in self._sent
                   if s.at < first and not s.name.endswith(Phrase.THREE_LEFT)]
        busy = max([now - GAP_S] + [s.at + self._cues.lengths.get(s.name, 0.0) for s in earlier])
        layout = self._lay_out(batches, busy)
        self._planned = {batch.at: batch for batch in batches}
        self._names = layout.step_names
        self._send(kept + layout.sounds, now)

    def _lay_out(self, batches: list[Batch], busy_until: float) -> Layout:
        return lay_out(batches, self._cues.lengths, self._lang(), busy_until,
                       self._voice.enabled, self._voice.fits)

    def _send(self, sounds: list[Planned], now: float) -> None:
        """To the audio thread, in its clock: on a fake clock, as far from now in real time."""
        self._sent = sounds
        # The system clock is the audio thread's already: shifting by the time taken to plan
        # would make every sound late by it, and one due meanwhile could be lost.
        offset = 0.0 if self.ahead else time.monotonic() - now
        self._cues.plan([Planned(s.at + offset, s.name) for s in sounds])

    def _speak_at(self, start: float, text: str) -> None:
        self._pending_name = text
        self._speaker.start(max(0, round((start - self._clock.monotonic()) * 1000)))

    def _say_name(self) -> None:
        if self._pending_name is not None:
            self._voice.say(self._pending_name)
            self._pending_name = None

    def stop(self) -> None:
        """The session is over or left: nothing more is said or played for it."""
        self._engine = None
        self._speaker.stop()
        self._pending_name = None
        self._planned, self._sent, self._names = {}, [], {}
        self._cues.plan([])
