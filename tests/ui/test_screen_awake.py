"""Keeping the screen awake: each system's own way, and a quiet no where it cannot."""

from __future__ import annotations

import sys

import pytest

from rehabtimer.ui.session.screen_awake import (
    DBusScreenSaver,
    MacPowerAssertion,
    ScreenAwake,
    WindowsExecutionState,
    holder_for,
)


@pytest.mark.parametrize(("platform", "kind"), [
    ("win32", WindowsExecutionState),
    ("darwin", MacPowerAssertion),
    ("linux", DBusScreenSaver),
    ("freebsd14", DBusScreenSaver),
])
def test_each_system_is_asked_its_own_way(platform, kind):
    assert isinstance(holder_for(platform), kind)


@pytest.mark.parametrize("kind", [WindowsExecutionState, MacPowerAssertion])
def test_another_systems_way_says_no_here_and_releasing_is_harmless(kind):
    if holder_for(sys.platform).__class__ is kind:
        pytest.skip("this is that system")
    holder = kind()
    assert holder.hold("a session") is False
    holder.release()


def test_the_screen_awake_object_uses_this_systems_way(qapp):
    awake = ScreenAwake()
    assert isinstance(awake._holder, type(holder_for(sys.platform)))
    held = awake.hold()
    assert awake.held is held
    awake.release()
    assert not awake.held
