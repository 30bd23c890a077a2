"""A skipped step is not a completed one: through the real window, a session with steps
skipped is "done in part" everywhere a caregiver looks — the home card, the history table,
the CSV — and adherence credits it only in part."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from rehabtimer.core.clock import FakeClock
from tests.ui.conftest import open_window
from tests.ui.test_reminders import MORNING
from tests.ui.test_session_window import click, visible

FIVE_STEPS = {
    "format": 1, "id": "five", "title": {"ja": "五つの運動", "en": "Five moves"},
    "recommended": {"per_day": 1},
    "steps": [{"id": f"move-{n}", "kind": "timed", "title": {"en": f"Move {n}"},
               "instructions": {"en": "Move gently."}, "duration_s": 20} for n in range(1, 6)],
}


@pytest.fixture
def window(qtbot, data_dir):
    (data_dir / "routines").mkdir(parents=True)
    (data_dir / "routines" / "five.json").write_text(json.dumps(FIVE_STEPS), encoding="utf-8")
    return open_window(qtbot, data_dir, clock=FakeClock(MORNING))


def run_session(window, drive, skip: int) -> None:
    """Start the routine, skip its first `skip` steps, let the rest run, save."""
    window.start_routine("five")
    if visible(window, QPushButton, "accept") is not None:  # the notice comes only once
        click(window, "accept")
    if visible(window, QPushButton, "continue") is not None:  # a page only with cautions
        click(window, "continue")
    click(window, "skip")  # the pain question
    for _ in range(skip):
        window.controller.skip()
    drive.run_until(lambda: visible(window, QPushButton, "save") is not None)
    click(window, "save")


def progress_text(window) -> str:
    return visible(window, QLabel, "progress-five").text()


def test_skipping_steps_is_done_in_part_on_home_history_and_csv(window, tmp_path,
                                                                  monkeypatch):
    window, drive = window
    run_session(window, drive, skip=3)

    assert progress_text(window).startswith("Today: 0 of 1"), "not counted as done"
    [session] = window.ctx.sessions.list()
    assert (session.status, session.shown_status, session.complete) == (
        "completed", "partial", False)

    window.show_history()
    table = window.history.view.model
    assert table.data(table.index(0, 2)).startswith("done in part")

    target = tmp_path / "sessions.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "open", lambda box: None)
    visible(window, QPushButton, "csv").click()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["status"], row["steps_done"], row["steps_total"]) == ("partial", "2", "5")

    [day] = window.ctx.activity(window.ctx.profile.id, MORNING.date(), MORNING.date())
    assert 0.3 < day.credit < 0.5, "credited for the two steps of five done"


def test_a_session_with_every_step_done_is_complete(window):
    window, drive = window
    run_session(window, drive, skip=0)

    assert progress_text(window).startswith("Today: 1 of 1")
    [session] = window.ctx.sessions.list()
    assert session.complete and session.shown_status == "completed"


def test_the_history_counts_whole_sessions_and_says_which_were_done_in_part(window):
    window, drive = window
    window.ctx.plans.set(window.ctx.profile.id, "five", per_day=2, start_date=MORNING.date())
    run_session(window, drive, skip=0)
    run_session(window, drive, skip=3)

    window.show_history()
    window.history._change(routine_id="five")
    text = " ".join(label.text() for label in window.history.view.findChildren(QLabel))

    assert "1 of 2 planned sessions done in full, 1 more done in part" in text, text
    assert ".5 of" not in text and ".4 of" not in text
