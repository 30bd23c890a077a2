"""Sound cues: the WAVs are the generator's output, and the player never breaks a session."""

from __future__ import annotations

import enum
import itertools
import math
import struct
import subprocess
import sys
import time
import types
import wave
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QtMsgType

from rehabtimer.paths import resources_dir
from rehabtimer.ui.session.audio_thread import OUTPUT_LEAD_S, Planned
from rehabtimer.ui.session.sound import Cue, CuePlayer

# The source tree's files: the freshness check is about what gets committed.
SOUNDS = Path(__file__).resolve().parents[2] / "resources" / "sounds"
GENERATOR = SOUNDS / "generate.py"


def samples(path: Path) -> tuple[int, ...]:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44_100)
        count = wav.getnframes()
        return struct.unpack(f"<{count}h", wav.readframes(count))


def test_committed_wavs_are_exactly_what_the_generator_writes(tmp_path):
    subprocess.run([sys.executable, str(GENERATOR), str(tmp_path)], check=True)
    written = sorted(path.name for path in tmp_path.glob("*.wav"))
    committed = sorted(path.name for path in SOUNDS.glob("*.wav"))
    assert written == committed == sorted(f"{cue}.wav" for cue in Cue)
    for name in written:
        assert (tmp_path / name).read_bytes() == (SOUNDS / name).read_bytes(), (
            f"{name} is stale: run python resources/sounds/generate.py"
        )


@pytest.mark.parametrize("cue", list(Cue))
def test_each_cue_is_short_clickless_and_at_minus_6_dbfs(cue):
    data = samples(SOUNDS / f"{cue}.wav")
    assert 0.05 <= len(data) / 44_100 < 1.5
    peak_db = 20 * math.log10(max(abs(value) for value in data) / 32_767)
    assert -7.0 < peak_db < -5.0
    # A cue that starts or stops away from zero clicks.
    assert abs(data[0]) < 100
    assert abs(data[-1]) < 100


def brightness(data: tuple[int, ...]) -> float:
    """Zero crossings per second: a rough pitch, enough to tell cues apart."""
    crossings = sum(1 for a, b in itertools.pairwise(data) if (a < 0) != (b < 0))
    return crossings / (len(data) / 44_100)


def test_no_two_cues_sound_alike():
    features = {}
    for cue in Cue:
        data = samples(SOUNDS / f"{cue}.wav")
        features[cue] = (len(data) / 44_100, brightness(data))
    for (one, (length_a, bright_a)), (other, (length_b, bright_b)) in itertools.combinations(
        features.items(), 2
    ):
        same_length = abs(length_a - length_b) < 0.03
        same_pitch = abs(bright_a - bright_b) < 0.15 * max(bright_a, bright_b)
        assert not (same_length and same_pitch), f"{one} and {other} are too alike"


def qt_complaints(qtlog):
    return [record.message for record in qtlog.records if record.type != QtMsgType.QtDebugMsg]


def drain(qtbot, player: CuePlayer) -> None:
    """Wait until the audio thread has handled everything sent to it so far."""
    marker = f"barrier-{next(_barriers)}"
    player.link.play_now.emit(marker)
    qtbot.waitUntil(lambda: marker in player.link.output.played)


_barriers = itertools.count()


def test_player_on_this_machine_constructs_and_explains_silence(qtbot, qtlog):
    player = CuePlayer(resources_dir() / "sounds")
    if not player.available:
        assert player.problem
    player.play(Cue.TICK)
    assert Cue.TICK in player.last_played
    assert qt_complaints(qtlog) == []


class FakeDevices:
    outputs: ClassVar[list[object]] = []

    @classmethod
    def audioOutputs(cls) -> list[object]:
        return cls.outputs


class FakeEffect:
    """Stands in for QSoundEffect: this machine may have no device to load a real one on."""

    class Status(enum.Enum):
        LOADING = enum.auto()
        READY = enum.auto()
        Error = enum.auto()

    loaded: ClassVar[dict[str, FakeEffect]] = {}

    def __init__(self, parent):
        self.parent = parent
        self.volume = 1.0
        self.playing = False
        self.state = self.Status.READY
        self.calls: list[str] = []
        self.started: list[float] = []

    def setSource(self, url):
        self.path = Path(url.toLocalFile())
        FakeEffect.loaded[self.path.stem] = self

    def setVolume(self, volume):
        self.volume = volume

    def status(self):
        return self.state

    def isPlaying(self):
        return self.playing

    def play(self):
        self.calls.append("play")
        self.started.append(time.monotonic())
        self.playing = True

    def stop(self):
        self.calls.append("stop")
        self.playing = False


@pytest.fixture
def fake_multimedia(monkeypatch):
    module = types.ModuleType("PySide6.QtMultimedia")
    module.QMediaDevices = FakeDevices
    module.QSoundEffect = FakeEffect
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", module)
    monkeypatch.setattr(FakeDevices, "outputs", ["speakers"])
    monkeypatch.setattr(FakeEffect, "loaded", {})
    return FakeDevices


def test_every_cue_is_loaded_when_the_player_is_built(qtbot, fake_multimedia):
    player = CuePlayer(SOUNDS)
    assert player.available
    assert player.problem is None
    drain(qtbot, player)
    assert set(Cue) <= set(FakeEffect.loaded)
    for cue in Cue:
        effect = FakeEffect.loaded[cue]
        assert effect.path == SOUNDS / f"{cue}.wav"
        # Owned by the audio thread's output, not by the GUI thread's player.
        assert effect.parent is player.link.output
        assert effect.calls == []


def test_voice_clips_load_with_the_cues_and_share_their_volume(qtbot, fake_multimedia):
    player = CuePlayer(SOUNDS)
    player.set_volume(0.5)
    player.play_clip("ja_inhale")
    drain(qtbot, player)
    clip = FakeEffect.loaded["ja_inhale"]
    assert clip.path == SOUNDS.parent / "voice" / "ja_inhale.wav"
    assert clip.calls == ["play"]
    assert clip.volume == FakeEffect.loaded[Cue.TICK].volume == 0.125
    assert 0.2 < player.lengths["ja_inhale"] < 1.0


def test_play_restarts_a_cue_that_is_still_sounding(qtbot, fake_multimedia):
    player = CuePlayer(SOUNDS)
    player.play(Cue.TICK)
    player.play(Cue.TICK)
    drain(qtbot, player)
    tick = FakeEffect.loaded[Cue.TICK]
    assert tick.calls == ["play", "stop", "play"]
    assert FakeEffect.loaded[Cue.REST].calls == []


def test_play_records_when_each_cue_was_asked_for(qtbot, fake_multimedia, monkeypatch):
    player = CuePlayer(SOUNDS)
    monkeypatch.setattr("rehabtimer.ui.session.sound.time.monotonic", lambda: 12.5)
    player.play(Cue.HALFWAY)
    assert player.last_played == {Cue.HALFWAY: 12.5}


def test_disabling_silences_and_stops_what_is_sounding(qtbot, fake_multimedia):
    player = CuePlayer(SOUNDS)
    player.play(Cue.SESSION_DONE)
    player.set_enabled(False)
    player.play(Cue.TICK)
    drain(qtbot, player)
    assert not player.enabled
    assert FakeEffect.loaded[Cue.SESSION_DONE].calls == ["play", "stop"]
    assert "play" not in FakeEffect.loaded[Cue.TICK].calls
    player.set_enabled(True)
    player.play(Cue.TICK)
    drain(qtbot, player)
    assert FakeEffect.loaded[Cue.TICK].calls[-1] == "play"


@pytest.mark.parametrize(("volume", "gain"), [(0.5, 0.125), (1.0, 1.0), (-3.0, 0.0), (7.0, 1.0)])
def test_volume_follows_a_cubic_curve_and_is_clamped(qtbot, fake_multimedia, volume, gain):
    player = CuePlayer(SOUNDS)
    player.set_volume(volume)
    drain(qtbot, player)
    assert {effect.volume for effect in FakeEffect.loaded.values()} == {gain}


def test_a_cue_that_failed_to_load_is_skipped(qtbot, fake_multimedia):
    player = CuePlayer(SOUNDS)
    drain(qtbot, player)
    broken = FakeEffect.loaded[Cue.PHASE]
    broken.state = FakeEffect.Status.Error
    player.play(Cue.PHASE)
    drain(qtbot, player)
    assert broken.calls == []


def test_missing_files_are_reported_and_the_rest_still_play(qtbot, fake_multimedia, tmp_path):
    (tmp_path / "tick.wav").write_bytes((SOUNDS / "tick.wav").read_bytes())
    player = CuePlayer(tmp_path)
    assert player.available
    assert player.problem
    player.play(Cue.REST)
    player.play(Cue.TICK)
    drain(qtbot, player)
    assert set(FakeEffect.loaded) == {Cue.TICK}
    assert FakeEffect.loaded[Cue.TICK].calls == ["play"]


def test_no_audio_output_means_no_effects_and_a_notice(qtbot, fake_multimedia):
    fake_multimedia.outputs = []
    player = CuePlayer(SOUNDS)
    assert not player.available
    assert "no audio output" in player.problem
    assert FakeEffect.loaded == {}
    player.play(Cue.TICK)
    player.set_volume(0.5)
    player.set_enabled(False)


def test_a_broken_multimedia_stack_means_silence_not_a_crash(qtbot, monkeypatch):
    # None in sys.modules makes the import fail, as a missing libpulse does.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    player = CuePlayer(SOUNDS)
    assert not player.available
    assert "sound system" in player.problem
    player.play(Cue.SESSION_DONE)
    assert Cue.SESSION_DONE in player.last_played


def test_planned_sounds_start_on_time_while_the_window_is_blocked(qtbot, fake_multimedia):
    player = CuePlayer(SOUNDS)
    drain(qtbot, player)
    start = time.monotonic()
    player.plan([Planned(start + 0.15, Cue.TICK), Planned(start + 0.3, Cue.PHASE),
                 Planned(start + 0.4, "ja_inhale")])
    time.sleep(0.5)  # the GUI thread is busy: a long redraw, a slow disk
    drain(qtbot, player)
    for name, due in ((Cue.TICK, 0.15), (Cue.PHASE, 0.3), ("ja_inhale", 0.4)):
        (started,) = FakeEffect.loaded[name].started
        # Started a sound server's buffer early, so that it is heard on the deadline.
        assert -0.001 <= started - (start + due - OUTPUT_LEAD_S) < 0.02, name


def test_a_new_plan_replaces_what_was_still_to_come(qtbot, fake_multimedia):
    player = CuePlayer(SOUNDS)
    start = time.monotonic()
    player.plan([Planned(start + 0.1, Cue.TICK)])
    player.plan([Planned(start + 0.15, Cue.REST)])
    qtbot.wait(300)
    drain(qtbot, player)
    assert FakeEffect.loaded[Cue.TICK].calls == []
    assert FakeEffect.loaded[Cue.REST].calls == ["play"]


def test_with_sound_off_planned_cues_stay_silent_but_clips_play(qtbot, fake_multimedia):
    player = CuePlayer(SOUNDS)
    player.set_enabled(False)
    start = time.monotonic()
    player.plan([Planned(start + 0.05, Cue.PHASE), Planned(start + 0.1, "en_inhale")])
    qtbot.wait(200)
    drain(qtbot, player)
    assert "play" not in FakeEffect.loaded[Cue.PHASE].calls
    assert FakeEffect.loaded["en_inhale"].calls.count("play") == 1
