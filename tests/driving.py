"""Driving the real window in fake time, for the tests and the screenshot script."""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from rehabtimer.context import AppContext
from rehabtimer.core.clock import Clock, FakeClock
from rehabtimer.core.timeline import build_timeline
from rehabtimer.ui.session.controller import SessionController
from rehabtimer.ui.shell import MainWindow


class FakeTimeDriver:
    """Moves a fake clock the way a precise timer would, waking the controller each time."""

    def __init__(self, window: MainWindow, clock: FakeClock) -> None:
        self.window = window
        self.clock = clock

    @property
    def controller(self) -> SessionController:
        assert self.window.controller is not None, "no session is running"
        return self.window.controller

    def run(self, seconds: float) -> None:
        end = self.clock.monotonic() + seconds
        while self.window.controller is not None:
            due = self.controller.engine.next_due()
            if due is None or due > end:
                break
            self.clock.advance(max(0.0, due - self.clock.monotonic()))
            self.controller.wake()
        if self.clock.monotonic() < end:
            self.clock.advance(end - self.clock.monotonic())

    def run_until(self, predicate: Callable[[], bool], limit_s: float = 4 * 3600) -> None:
        end = self.clock.monotonic() + limit_s
        while not predicate() and self.clock.monotonic() < end:
            self.run(0.5)
        if not predicate():
            raise AssertionError("condition not reached in time")


def build_window(data_dir: Path, lang: str, clock: Clock) -> MainWindow:
    from rehabtimer.app import build_main_window

    args = argparse.Namespace(data_dir=str(data_dir), lang=lang, command=None, profile=None)
    return build_main_window(args, clock)


def seed_history(ctx: AppContext, days: int, end: date, seed: int = 7) -> int:
    """A believable history for tests and screenshots: sessions on most days, some missed,
    some stopped early, pain slowly easing. Written through the real repositories."""
    rng = random.Random(seed)
    count = 0
    offset = timezone(timedelta(hours=9))
    for entry in ctx.library.entries:
        routine = entry.routine
        timeline = build_timeline(routine)
        snapshot = ctx.snapshots.ensure(routine.id, dict(routine.title), routine.to_data())
        per_day = routine.recommended.per_day or 1
        keen = rng.uniform(0.45, 0.9)
        for back in range(days, 0, -1):
            day = end - timedelta(days=back - 1)
            for slot in range(per_day):
                if rng.random() > keen:
                    continue
                started = datetime(day.year, day.month, day.day, 8 + 6 * slot,
                                   rng.randrange(60), tzinfo=offset)
                share = 1.0 if rng.random() < 0.85 else rng.uniform(0.2, 0.8)
                pain = max(0, min(10, round(6 - 3 * (days - back) / days + rng.gauss(0, 1))))
                session_id = ctx.sessions.start(
                    profile_id=ctx.profile.id, snapshot_id=snapshot, routine_id=routine.id,
                    started_at=started, planned_s=timeline.active_seconds,
                    steps_total=len(timeline.steps), pain_before=pain)
                for plan in timeline.steps:
                    for side in plan.sides:
                        ctx.sessions.save_step_result(
                            session_id, step_index=plan.index,
                            step_id=routine.steps[plan.index].id, side=side.side or "",
                            planned_s=side.planned_s, done_s=side.planned_s * share,
                            planned_reps=side.planned_reps,
                            done_reps=(None if side.planned_reps is None
                                       else round(side.planned_reps * share)),
                            status="completed" if share == 1.0 else "partial")
                ctx.sessions.finish(
                    session_id, status="completed" if share == 1.0 else "stopped",
                    ended_at=started + timedelta(seconds=timeline.planned_seconds * share),
                    active_s=timeline.active_seconds * share, paused_s=0.0,
                    steps_done=len(timeline.steps) if share == 1.0 else 1,
                    stop_reason=None if share == 1.0 else "user")
                ctx.sessions.set_feedback(session_id, pain_after=max(0, pain - rng.randrange(3)),
                                          effort=rng.randrange(2, 8), note=None)
                count += 1
    return count
