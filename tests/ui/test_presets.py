"""Choosing a routine's preset before the session: it is what runs and what is kept."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton, QRadioButton

from rehabtimer.core.events import Status
from tests.ui.conftest import answer_postpartum_gate
from tests.ui.test_session_window import click, visible


def to_cautions(window, routine_id: str) -> None:
    click(window, f"start-{routine_id}")
    if visible(window, QPushButton, "accept") is not None:
        click(window, "accept")


def test_the_versions_are_offered_with_their_length_as_written_first(app_window):
    window, _ = app_window
    to_cautions(window, "postpartum-back")

    choices = [b for b in window.findChildren(QRadioButton) if b.isVisible()]
    assert [b.objectName() for b in choices] == [
        "version:", "version:gentle", "version:longer", "version:longer-stretch"]
    assert choices[0].isChecked()
    assert choices[0].accessibleName() == "As written"
    assert choices[2].accessibleDescription().startswith("About 17 min.")  # 10 min breathing


def test_a_routine_without_presets_offers_no_choice(app_window):
    window, _ = app_window
    to_cautions(window, "low-back")

    assert [b for b in window.findChildren(QRadioButton) if b.isVisible()] == []


def test_the_chosen_preset_runs_and_the_history_keeps_it(app_window):
    window, drive = app_window
    to_cautions(window, "postpartum-back")
    visible(window, QRadioButton, "version:longer").click()
    click(window, "continue")
    answer_postpartum_gate(window)
    click(window, "skip")

    steps = window.controller.engine.timeline.routine.steps
    assert steps[0].duration_s == 600
    drive.run_until(lambda: window.controller.engine.status is Status.FINISHED)
    [record] = window.ctx.sessions.list()
    kept = window.ctx.snapshots.definition(record.snapshot_id)
    assert kept["steps"][0]["duration_s"] == 600
    assert record.planned_s == 908.0


def count_timeline_builds(monkeypatch) -> list[str]:
    """The routine id of every timeline built from now on, wherever build_timeline is called."""
    from rehabtimer.core import timeline

    built: list[str] = []
    original = timeline.build_timeline

    def counting(routine, *args, **kwargs):
        built.append(routine.id)
        return original(routine, *args, **kwargs)

    for name, module in list(sys.modules.items()):
        if name.startswith("rehabtimer") and getattr(module, "build_timeline", None) is original:
            monkeypatch.setattr(module, "build_timeline", counting)
    return built


def test_starting_sessions_builds_each_version_once(app_window, monkeypatch):
    window, _ = app_window
    presets = window.ctx.library.get("postpartum-back").routine.presets
    built = count_timeline_builds(monkeypatch)

    to_cautions(window, "postpartum-back")
    click(window, "continue")
    click(window, "long-ago")
    click(window, "no")  # refused: not cleared to exercise
    click(window, "home")
    to_cautions(window, "postpartum-back")
    visible(window, QRadioButton, "version:longer").click()
    click(window, "continue")
    answer_postpartum_gate(window)
    click(window, "skip")

    assert window.controller.engine.status is Status.RUNNING
    assert window.controller.engine.timeline.routine.steps[0].duration_s == 600
    # As written was built for the home screen; each preset once, for its length on offer.
    assert built == ["postpartum-back"] * len(presets)
