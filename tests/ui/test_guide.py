"""Planning a session's sounds: foreseen exactly, speech after the chime and before the next
cue or not at all, the clips through the real window in the session's language."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QPushButton

from rehabtimer.core.clock import FakeClock, SystemClock
from rehabtimer.core.engine import SessionEngine
from rehabtimer.core.routine_loading import parse_routine
from rehabtimer.core.timeline import build_timeline
from rehabtimer.ui.session import guide as guide_module
from rehabtimer.ui.session.audio_thread import Planned
from rehabtimer.ui.session.guidance import Phrase, Spoken, spoken_for
from rehabtimer.ui.session.guide import GAP_S, Batch, Guide, deadline_of, lay_out, predict
from rehabtimer.ui.session.sound import Cue, CuePlayer
from rehabtimer.ui.session.voice import Voice
from tests.ui.conftest import open_window
from tests.ui.test_session_window import through_the_gate, visible
from tests.ui.test_sound import SOUNDS, FakeEffect, drain, fake_multimedia  # noqa: F401 (a fixture)

LENGTHS = {"phase": 0.25, "tick": 0.06, "rest": 0.35, "ja_inhale": 0.47, "ja_three_left": 0.92,
           "ja_get_ready": 0.66, "ja_count_2": 0.13}


def never(_text: str, _room: float) -> bool:
    return False


def test_speech_waits_for_the_chime_to_finish():
    batches = [Batch(10.0, Cue.PHASE, Spoken(Phrase.INHALE)), Batch(11.0, Cue.TICK, Spoken())]
    layout = lay_out(batches, LENGTHS, "ja", 9.0, True, never)
    assert layout.sounds == [Planned(10.0, "phase"), Planned(10.0 + 0.25 + GAP_S, "ja_inhale"),
                             Planned(11.0, "tick")]


def test_speech_that_would_run_into_the_next_cue_is_dropped_not_cut():
    batches = [Batch(10.0, Cue.PHASE, Spoken(Phrase.INHALE)), Batch(10.6, Cue.TICK, Spoken())]
    layout = lay_out(batches, LENGTHS, "ja", 9.0, True, never)
    assert layout.sounds == [Planned(10.0, "phase"), Planned(10.6, "tick")]


def test_with_the_voice_off_only_cues_are_planned():
    batches = [Batch(10.0, Cue.PHASE, Spoken(Phrase.INHALE))]
    assert lay_out(batches, LENGTHS, "ja", 9.0, False, never).sounds == [Planned(10.0, "phase")]


def test_three_seconds_left_comes_in_a_quiet_stretch_before_the_first_tick():
    tick = Batch(20.0, Cue.TICK, Spoken(warn_ending=True))
    quiet = lay_out([tick], LENGTHS, "ja", 15.0, True, never).sounds
    assert quiet == [Planned(20.0 - GAP_S - 0.92, "ja_three_left"), Planned(20.0, "tick")]
    busy = lay_out([tick], LENGTHS, "ja", 19.5, True, never).sounds
    assert busy == [Planned(20.0, "tick")]


def test_get_ready_speaks_the_step_name_where_it_fits_else_the_clip():
    batches = [Batch(10.0, Cue.PHASE, Spoken(Phrase.GET_READY, "骨盤呼吸")),
               Batch(12.0, Cue.TICK, Spoken())]
    spoken = lay_out(batches, LENGTHS, "ja", 9.0, True, lambda text, room: room > 1.5)
    assert spoken.step_names == {10.0: (10.0 + 0.25 + GAP_S, "骨盤呼吸")}
    assert [s.name for s in spoken.sounds] == ["phase", "tick"]
    clipped = lay_out(batches, LENGTHS, "ja", 9.0, True, never)
    assert clipped.step_names == {}
    assert [s.name for s in clipped.sounds] == ["phase", "ja_get_ready", "tick"]


HOLDS = parse_routine({
    "format": 1, "id": "holds", "title": {"en": "Holds"}, "recommended": {"per_day": 1},
    "steps": [{"id": "h", "kind": "hold", "title": {"en": "Hold", "ja": "キープ"},
               "say": {"ja": "きーぷ"}, "instructions": {"en": "-"}, "hold_s": 10, "reps": 3,
               "rest_s": 2}],
})


def test_the_prediction_is_exactly_what_the_engine_then_does():
    clock = FakeClock()
    engine = SessionEngine(build_timeline(HOLDS, get_ready_s=5), clock)
    engine.start()
    foreseen = predict(engine, clock, "ja", horizon=30.0)
    assert len(foreseen) > 10
    seen = []
    while len(seen) < len(foreseen):
        due = engine.next_due()
        assert due is not None
        clock.advance(due - clock.monotonic())
        events = engine.poll()
        if events:
            seen.append((deadline_of(events), events))
    for batch, (at, _events) in zip(foreseen, seen, strict=True):
        assert batch.at == at  # the same float: a planned batch is recognised when it comes
    spoken = [batch.spoken.phrase for batch in foreseen if batch.spoken.phrase]
    assert spoken[:3] == [Phrase.COUNT_1, Phrase.REST, Phrase.COUNT_2]
    assert any(batch.spoken.warn_ending for batch in foreseen)  # 10 s holds: long enough


def test_the_step_is_named_by_its_say_text_where_it_has_one():
    timeline = build_timeline(HOLDS, get_ready_s=5)
    events = SessionEngine(timeline, FakeClock()).start()
    assert spoken_for(events, timeline, "ja", timeline.phases[0]).step_name == "きーぷ"
    assert spoken_for(events, timeline, "en", timeline.phases[0]).step_name == "Hold"


@pytest.mark.parametrize("voice_on", [True, False])
def test_the_japanese_inhale_clip_plays_after_the_chime_in_a_real_window(
        qtbot, data_dir, fake_multimedia, voice_on):  # noqa: F811 (the fixture)
    window, drive = open_window(qtbot, data_dir, lang="ja", clock=FakeClock())
    window.apply_settings(replace(window.ctx.settings, voice=voice_on))
    qtbot.waitUntil(lambda: visible(window, QPushButton, "start-postpartum-back") is not None)
    through_the_gate(window, pain=3)
    drive.run(5.0)  # get ready, then the first in-breath
    qtbot.wait(600)  # the clip follows the chime in real time
    drain(qtbot, window._cues)
    phase = FakeEffect.loaded[Cue.PHASE].started
    inhale = FakeEffect.loaded["ja_inhale"].started
    assert phase
    if voice_on:
        assert len(inhale) == 1
        assert inhale[0] - phase[-1] >= 0.25  # after the chime, not over it
    else:
        assert inhale == []
    assert FakeEffect.loaded["en_inhale"].started == []


def test_on_the_system_clock_sounds_are_sent_at_their_deadlines_however_long_planning_takes(
        qtbot, fake_multimedia, monkeypatch):  # noqa: F811 (the fixture)
    clock = SystemClock()
    engine = SessionEngine(build_timeline(HOLDS, get_ready_s=5), clock)
    engine.start()
    cues = CuePlayer(SOUNDS)
    guide = Guide(cues, Voice("ja", clips=True), clock, lambda: "ja")
    guide.follow(engine)
    sent: list[list[Planned]] = []
    monkeypatch.setattr(cues, "plan", sent.append)

    def slow_predict(*args, **kwargs):
        time.sleep(0.05)  # a loaded machine
        return predict(*args, **kwargs)

    monkeypatch.setattr(guide_module, "predict", slow_predict)
    guide.plan_ahead()
    deadlines = {batch.at for batch in predict(engine, clock, "ja")}
    cues_sent = [sound.at for sound in sent[-1] if sound.name in {cue.value for cue in Cue}]
    assert cues_sent and set(cues_sent) <= deadlines


class _SetClock(SystemClock):
    """A system clock for the guide (so it plans ahead) at instants the test sets."""

    def __init__(self) -> None:
        super().__init__()
        self.instant = 1000.0

    def monotonic(self) -> float:
        return self.instant


def test_three_seconds_left_is_not_dropped_by_the_wake_just_before_it(
        qtbot, fake_multimedia, monkeypatch):  # noqa: F811 (the fixture)
    # 「残り3秒」 lasts 0.92 s: it starts 37 ms after the hold's once-a-second wake before it.
    clock = _SetClock()
    engine = SessionEngine(build_timeline(HOLDS, get_ready_s=5), clock)
    cues = CuePlayer(SOUNDS)
    guide = Guide(cues, Voice("ja", clips=True), clock, lambda: "ja")
    guide.follow(engine)
    sent: list[tuple[float, list[Planned]]] = []
    monkeypatch.setattr(cues, "plan", lambda sounds: sent.append((clock.instant, sounds)))
    guide.on_events(engine.start())
    guide.plan_ahead()
    while clock.instant < 1000.0 + 5 + 10:  # to the end of the first hold
        due = engine.next_due()
        assert due is not None
        clock.instant = due + 0.001
        events = engine.poll()
        if events:
            guide.on_events(events)
        guide.plan_ahead()
    warnings = {sound.at for _, sounds in sent for sound in sounds
                if sound.name == "ja_three_left"}
    assert len(warnings) == 1
    (warning,) = warnings
    # Every plan made before it starts still has it: a newer plan replaces what was waiting.
    assert all(any(sound.name == "ja_three_left" for sound in sounds)
               for instant, sounds in sent if warning - 2.5 < instant < warning)
