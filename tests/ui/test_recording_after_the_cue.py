"""At the end of a step the cue and the redraw come first, and the step is written after
them: the commit waits for the disk, the beat does not."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from tests.ui.test_session_window import text_of, through_the_gate


def test_a_step_is_written_after_its_cue_and_redraw(app_window, qtbot):
    window, drive = app_window
    through_the_gate(window, pain=4)
    happened: list[str] = []

    def wrote(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if sql.startswith(("INSERT INTO step_results", "UPDATE sessions")):
            happened.append("write")

    event.listen(window.ctx.database.engine, "before_cursor_execute", wrote)
    window.session._guide.on_events = lambda _events: happened.append("cue")
    drive.controller.state_changed.connect(lambda _state: happened.append("redraw"))
    first_step = text_of(window, "step")

    drive.run_until(lambda: text_of(window, "step") != first_step)

    # The step ended on the last wake-up: its cue, then its redraw, and nothing written yet.
    assert happened[-2:] == ["cue", "redraw"]
    assert "write" not in happened
    step_id = window.session.controller.engine.timeline.routine.steps[0].id
    qtbot.waitUntil(lambda: "write" in happened)
    assert happened[-2:] == ["write", "write"]  # its result, then where the session is
    [record] = window.ctx.sessions.list()
    assert [r.step_id for r in window.ctx.sessions.step_results(record.id)] == [step_id]
