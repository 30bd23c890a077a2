"""The audio thread's plans: a sound whose moment has come is started even when a newer plan,
made after its deadline, no longer lists it, and a sound is never started twice."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from rehabtimer.ui.session.audio_thread import OUTPUT_LEAD_S, AudioOutput, Planned
from tests.ui.test_sound import SOUNDS, FakeEffect, fake_multimedia  # noqa: F401 (a fixture)


def test_a_sound_whose_moment_has_come_survives_a_newer_plan(
        qtbot: QtBot, fake_multimedia: object) -> None:  # noqa: F811 (the fixture)
    # On the GUI thread, so that nothing runs between the plans: as on a loaded machine, where
    # the audio thread gets the next plans before the event of a timer already due.
    output = AudioOutput(FakeEffect)  # type: ignore[arg-type]
    output.load({"tick": SOUNDS / "tick.wav"})
    # Due in a few milliseconds: within the lead, so its timer is due at once.
    tick = Planned(time.monotonic() + OUTPUT_LEAD_S / 2, "tick")
    output.plan([tick])
    output.plan([tick])  # the same plan again: one sound still
    output.plan([])  # made after the deadline, when the tick was no longer to come
    qtbot.wait(50)
    assert FakeEffect.loaded["tick"].calls == ["play"]
