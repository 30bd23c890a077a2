"""How long do a decade of sessions take to record, sum up and show?

    .venv/bin/python benchmarks/history.py [--years 10] [--data-dir DIR]

Builds a synthetic history through the real storage code (five sessions a day of the
built-in routines, five step results each, some days marked rest, sick or away, plans that
change twice) in a new data folder, a temporary one unless --data-dir names one, then
times the history's reads (years as month sums beside the day records they replace, side
by side), the adherence maths and, once filled in, the charts.
Each day's sessions go in with SessionRepository.import_many(); --per-call records them
as the app does, a transaction per step, which takes about five minutes for ten years.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rehabtimer.core.adherence import daily, monthly, weekly
from rehabtimer.core.library import load_library
from rehabtimer.core.routine import Routine
from rehabtimer.core.timeline import Timeline, build_timeline
from rehabtimer.paths import builtin_routines_dir, data_paths, prepare
from rehabtimer.storage.aggregates import daily_activity
from rehabtimer.storage.backup import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, backup_database
from rehabtimer.storage.day_marks import DayMarkRepository
from rehabtimer.storage.db import Database, open_database
from rehabtimer.storage.plans import PlanRepository
from rehabtimer.storage.profiles import ProfileRepository
from rehabtimer.storage.session_records import SessionImport, StepResultImport
from rehabtimer.storage.sessions import SessionRepository
from rehabtimer.storage.snapshots import SnapshotRepository

if TYPE_CHECKING:
    from rehabtimer.core.plans import Excuse, PlanPeriod

JST = timezone(timedelta(hours=9))
# The day's five sessions: which routine, at what local time. The last starts just before
# midnight, so its UTC date is the next day's.
DAY_PLAN = (
    ("knee-oa", 7, 0),
    ("postpartum-back", 10, 0),
    ("low-back", 13, 30),
    ("postpartum-back", 18, 0),
    ("bone-atrophy", 23, 50),
)
STEP_RESULTS = 5
REPEATS = 5


def open_history_and_paint(data_dir: Path, last_day: date,
                           memory: bool = True) -> list[tuple[str, float]]:
    """Open the real history screen on `data_dir` and paint it: seconds per step.

    With the app's font and style sheet, as the app paints (styled, the window paints far
    more). Once the home is painted, the app's own gui.load_charts() does in idle time what
    it does for the history ahead of the first open; then the history is opened, each range
    is chosen and painted; with `memory`, the history is then opened and closed to see what
    stays behind.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rehabtimer.core.clock import FakeClock
    from rehabtimer.gui import load_charts
    from rehabtimer.ui.widgets.fonts import app_font
    from rehabtimer.ui.widgets.style import stylesheet
    from tests.driving import build_window

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setFont(app_font(app.font()))
    clock = FakeClock(start=datetime(last_day.year, last_day.month, last_day.day, 20,
                                     tzinfo=timezone(timedelta(hours=9))))
    window = build_window(data_dir, "en", clock)
    settings = window.ctx.settings
    app.setStyleSheet(stylesheet(settings.text_scale / 100, settings.high_contrast))
    window.resize(1280, 860)
    window.show()
    watch = paint_watch()
    app.installEventFilter(watch)
    settled(app, watch, time.perf_counter())
    load_charts(window)
    settled(app, watch, time.perf_counter())
    figures = []
    started = time.perf_counter()
    window.show_history()
    figures.append(("first open (4 weeks, after the app's idle-time loading)",
                    settled(app, watch, started)))
    for key, label in (("3m", "3 months"), ("1y", "1 year"), ("all", "all"), ("4w", "4 weeks")):
        started = time.perf_counter()
        window.history._change(range_key=key)
        figures.append((label, settled(app, watch, started)))
    app.removeEventFilter(watch)
    if memory:
        report_memory(app, window)
    window.close()
    window.deleteLater()
    app.processEvents()
    return figures


def report_memory(app: Any, window: Any) -> None:
    # Open and close the history 100 times, after 10 to settle caches: what stays behind.
    # Inside an event loop, as in the app: screens replaced with deleteLater() are only
    # deleted there, and processEvents() alone would keep every one of them.
    resident = cycle_history(app, window, 110)
    first, second = resident[60] - resident[10], resident[110] - resident[60]
    print(f"history opened and closed 100 times: resident memory {resident[10]:.0f} -> "
          f"{resident[110]:.0f} MiB ({resident[110] - resident[10]:+.1f} MiB; aim <= 10); "
          f"cycles 1-50 {first:+.1f} MiB, 51-100 {second:+.1f} MiB")


def paint_side_by_side(data_dir: Path, last_day: date, before: Path, rounds: int) -> None:
    """The history's settled paints with the code in `before` and with this tree's, each in
    its own process on its own copy of the history, taking turns so that both meet the
    same load on the machine; the median of `rounds` runs of each."""
    trees = {"before": before.resolve(), "after": Path(__file__).resolve().parent.parent}
    found: dict[str, dict[str, list[float]]] = {name: {} for name in trees}
    for _ in range(rounds):
        for name, tree in trees.items():
            with tempfile.TemporaryDirectory() as scratch:
                copy = Path(scratch) / "data"
                shutil.copytree(data_dir, copy)
                env = {**os.environ, "PYTHONPATH": str(tree)}
                out = subprocess.run(
                    [sys.executable, __file__, "--paint-only", str(copy),
                     "--last-day", last_day.isoformat()],
                    env=env, cwd=tree, check=True, capture_output=True, text=True).stdout
                for label, seconds in json.loads(out.splitlines()[-1]):
                    found[name].setdefault(label, []).append(seconds)
    for label in found["after"]:
        was, now = (statistics.median(found[name][label]) * 1000 for name in trees)
        print(f"history screen settled, {label}: before {was:.0f} ms, after {now:.0f} ms "
              f"(median of {rounds})")


def paint_watch() -> Any:
    """An event filter that counts the paints, and the requests for one, of every widget."""
    from PySide6.QtCore import QEvent, QObject

    kinds = {QEvent.Type.Paint, QEvent.Type.UpdateRequest, QEvent.Type.UpdateLater}

    class Watch(QObject):
        paints = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() in kinds:
                self.paints += 1
            return False

    return Watch()


QUIET_S = 0.1


def settled(app: Any, watch: Any, started: float) -> float:
    """Seconds from `started` to the end of the last paint, once the event loop has run
    for QUIET_S with nothing left to paint (pyqtgraph paints its axes again, on a timer)."""
    from PySide6.QtCore import QEventLoop

    last_paint_end = time.perf_counter()
    while time.perf_counter() - last_paint_end < QUIET_S:
        before = watch.paints
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if watch.paints != before:
            last_paint_end = time.perf_counter()
    return last_paint_end - started


def cycle_history(app: Any, window: Any, cycles: int) -> dict[int, float]:
    """Open and close the history `cycles` times from a running event loop: the resident
    memory before the first and after every tenth cycle."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    resident = {0: resident_mib()}

    def cycle(done: int) -> None:
        window.show_history()
        app.processEvents()
        window.show_home()
        if (done + 1) % 10 == 0:
            resident[done + 1] = resident_mib()
        if done + 1 < cycles:
            QTimer.singleShot(0, lambda: cycle(done + 1))
        else:
            loop.quit()

    QTimer.singleShot(0, lambda: cycle(0))
    loop.exec()
    return resident


def resident_mib() -> float:
    """The process's resident memory now (not the peak), from /proc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def timelines() -> dict[str, Timeline]:
    library = load_library(builtin_routines_dir(), Path(tempfile.gettempdir()) / "no-routines")
    found = {entry.routine.id: build_timeline(entry.routine) for entry in library.entries}
    missing = {routine_id for routine_id, _, _ in DAY_PLAN} - found.keys()
    if missing:
        raise SystemExit(f"built-in routines missing: {sorted(missing)}")
    return found


def build(db: Database, first_day: date, days: int, per_call: bool) -> tuple[int, int]:
    """Record the history day by day; (profile id, sessions recorded)."""
    # Imported here, as the plans below: --paint-only runs this file against trees from
    # before core/plans.py.
    from rehabtimer.core.plans import Excuse

    rng = random.Random(1)
    profile_id = ProfileRepository(db).ensure_default().id
    snapshots = SnapshotRepository(db)
    sessions = SessionRepository(db)
    marks = DayMarkRepository(db)
    plans = PlanRepository(db)
    plans.set(profile_id, "knee-oa", per_day=2, start_date=first_day + timedelta(days=days // 3))
    plans.set(profile_id, "low-back", per_week=4, start_date=first_day + timedelta(days=days // 2))
    routines = timelines()
    snapshot_ids = {
        routine_id: snapshots.ensure(routine_id, dict(t.routine.title), t.routine.to_data())
        for routine_id, t in routines.items()
    }
    recorded = 0
    for n in range(days):
        day = first_day + timedelta(days=n)
        if rng.random() < 0.03:
            marks.set(profile_id, day, rng.choice(list(Excuse)))
        todays = [
            made_up_session(
                rng,
                profile_id,
                snapshot_ids[routine_id],
                routines[routine_id],
                datetime(day.year, day.month, day.day, hour, minute, tzinfo=JST),
            )
            for routine_id, hour, minute in DAY_PLAN
        ]
        if per_call:
            for item in todays:
                record_one_call_at_a_time(sessions, item)
        else:
            sessions.import_many(todays)
        recorded += len(todays)
    return profile_id, recorded


def made_up_session(
    rng: random.Random,
    profile_id: int,
    snapshot_id: int,
    timeline: Timeline,
    started: datetime,
) -> SessionImport:
    planned_s = timeline.active_seconds
    sides = [(step, side) for step in timeline.steps for side in step.sides][:STEP_RESULTS]
    roll = rng.random()
    status = "completed" if roll < 0.85 else "stopped" if roll < 0.95 else "interrupted"
    share = 1.0 if status == "completed" else rng.random()
    return SessionImport(
        profile_id=profile_id,
        snapshot_id=snapshot_id,
        routine_id=timeline.routine.id,
        started_at=started,
        ended_at=started + timedelta(seconds=planned_s * share + 60),
        status=status,
        planned_s=planned_s,
        active_s=planned_s * share,
        paused_s=rng.choice([0.0, 0.0, 30.0]),
        steps_total=len(timeline.steps),
        steps_done=len(timeline.steps) if status == "completed" else len(sides) // 2,
        pain_before=rng.randint(0, 6),
        pain_after=rng.randint(0, 6),
        effort=rng.randint(2, 8),
        stop_reason=None if status == "completed" else "tired",
        note=None,
        step_results=tuple(
            StepResultImport(
                step_index=step.index,
                step_id=timeline.routine.steps[step.index].id,
                side=side.side or "",
                planned_s=side.planned_s,
                done_s=side.planned_s,
                planned_reps=side.planned_reps,
                done_reps=side.planned_reps,
                status="completed",
            )
            for step, side in sides
        ),
    )


def record_one_call_at_a_time(sessions: SessionRepository, item: SessionImport) -> None:
    """As the app records a session: a transaction per step and one at the end."""
    session_id = sessions.start(
        profile_id=item.profile_id,
        snapshot_id=item.snapshot_id,
        routine_id=item.routine_id,
        started_at=item.started_at,
        planned_s=item.planned_s,
        steps_total=item.steps_total,
        pain_before=item.pain_before,
    )
    for step in item.step_results:
        sessions.save_step_result(session_id, **asdict(step))
    sessions.finish(
        session_id,
        status=item.status,
        ended_at=item.ended_at or item.started_at,
        active_s=item.active_s,
        paused_s=item.paused_s,
        steps_done=item.steps_done,
        stop_reason=item.stop_reason,
    )
    sessions.set_feedback(
        session_id, pain_after=item.pain_after, effort=item.effort, note=item.note
    )


def plan_periods(db: Database, profile_id: int) -> list[PlanPeriod]:
    """Each routine's recommendation, then the patient's own plans."""
    from rehabtimer.core.plans import PlanPeriod

    periods = []
    plans = PlanRepository(db)
    for routine_id, t in timelines().items():
        recommended: Routine = t.routine
        periods.append(
            PlanPeriod(
                routine_id,
                recommended.recommended.per_day,
                recommended.recommended.per_week,
                date.min,
            )
        )
        periods += [
            PlanPeriod(routine_id, p.per_day, p.per_week, p.start_date)
            for p in plans.history(profile_id, routine_id)
        ]
    return periods


def side_by_side(before: Callable[[], Any], after: Callable[[], Any],
                 rounds: int = 9) -> tuple[float, float]:
    """Median seconds of each, run in turns so that both meet the same load."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for run, found in zip((before, after), times, strict=True):
            started = time.perf_counter()
            run()
            found.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def report_aggregates(db: Database, profile_id: int, plans: list[PlanPeriod],
                      excused: dict[date, Excuse], first_day: date, last_day: date) -> None:
    """The history's reads and maths for a year (by week, read as days) and for the whole
    history (by month): the month sums beside the day records of every day they replace."""
    # Imported here: --paint-only runs this file against trees from before the month sums
    # and core/streaks.py.
    from rehabtimer.core.adherence import monthly_sums
    from rehabtimer.core.streaks import streaks, streaks_over
    from rehabtimer.storage.aggregates import month_activity

    year = last_day - timedelta(days=364)
    query_s, activity = median_seconds(lambda: daily_activity(db, profile_id, year, last_day))
    maths_s, _ = median_seconds(lambda: (daily(activity, plans, excused, year, last_day),
                                         weekly(activity, plans, excused, year, last_day)))
    print(f"1 year (by week): daily_activity {query_s * 1000:.1f} ms ({len(activity)} "
          f"day-routine rows), daily()+weekly() {maths_s * 1000:.1f} ms (the same code before "
          f"and after the month sums)")

    every_day = daily_activity(db, profile_id, first_day, last_day)
    sums = month_activity(db, profile_id, first_day, last_day)
    days = (last_day - first_day).days + 1
    old_s, new_s = side_by_side(
        lambda: daily_activity(db, profile_id, first_day, last_day),
        lambda: month_activity(db, profile_id, first_day, last_day))
    print(f"{days / 365:g} years (by month), the aggregate: month_activity {new_s * 1000:.1f} ms "
          f"({len(sums.months)} months, {sum(map(len, sums.credit.values()))} daily credits) "
          f"beside daily_activity {old_s * 1000:.1f} ms ({len(every_day)} day-routine rows): "
          f"{new_s / old_s:.2f}x (aim <= 30 ms)")
    old_s, new_s = side_by_side(
        lambda: (daily(every_day, plans, excused, first_day, last_day),
                 monthly(every_day, plans, excused, first_day, last_day)),
        lambda: (daily(activity, plans, excused, year, last_day),
                 monthly_sums(sums, plans, excused, first_day, last_day),
                 streaks_over(sums, plans, excused, first_day, last_day)))
    print(f"  its maths: monthly_sums()+streaks_over()+daily() of the calendar's year "
          f"{new_s * 1000:.1f} ms beside daily()+monthly() of every day {old_s * 1000:.1f} ms: "
          f"{new_s / old_s:.2f}x; the calendar's year read as days adds the 1-year read above")
    same = streaks_over(sums, plans, excused, first_day, last_day) == streaks(
        daily(every_day, plans, excused, first_day, last_day), last_day)
    if not same:
        raise SystemExit("the month sums' streaks differ from the days'")


def median_seconds(run: Callable[[], Any]) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(REPEATS):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--years", type=float, default=10.0)
    options.add_argument("--data-dir", type=Path, help="an empty folder to keep the history in")
    options.add_argument(
        "--per-call",
        action="store_true",
        help="record as the app does, a transaction per step (about 60 sessions/s), instead "
        "of one import_many() transaction per day",
    )
    options.add_argument(
        "--before", type=Path,
        help="a copy of the code before a change (e.g. from git archive): the history "
        "screen's paints with it and with this tree, side by side")
    options.add_argument("--rounds", type=int, default=3, help="runs of each, with --before")
    options.add_argument("--paint-only", type=Path, help=argparse.SUPPRESS)
    options.add_argument("--last-day", type=date.fromisoformat, help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    if args.paint_only:
        # One side of --before: the figures as JSON on the last line.
        print(json.dumps(open_history_and_paint(args.paint_only, args.last_day, memory=False)))
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = args.data_dir or Path(scratch)
        paths = prepare(data_paths(data_dir))
        if paths.database.exists():
            raise SystemExit(f"{paths.database} exists already; pick an empty folder")
        days = round(args.years * 365)
        last_day = date(2026, 11, 22)
        first_day = last_day - timedelta(days=days - 1)

        started = time.perf_counter()
        with open_database(paths.database, paths.backups) as db:
            profile_id, recorded = build(db, first_day, days, args.per_call)
        build_s = time.perf_counter() - started
        how = "a transaction per call" if args.per_call else "import_many() a day at a time"
        print(
            f"build: {recorded} sessions x {STEP_RESULTS} step results over {days} days, "
            f"{how}: {build_s:.1f} s ({recorded / build_s:.0f} sessions/s)"
        )
        print(f"file: {paths.database.stat().st_size / 2**20:.1f} MiB")
        backup_s, _ = median_seconds(
            lambda: backup_database(paths.database, paths.backups / "benchmark.sqlite"))
        print(f"verified backup of the whole file: {backup_s * 1000:.0f} ms (aim <= 300 ms)")
        copies = KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
        size = (paths.backups / "benchmark.sqlite").stat().st_size
        print(f"automatic backups kept by the rotation: at most {copies} (days, weeks, months), "
              f"{copies * size / 2**20:.0f} MiB at this size")

        with open_database(paths.database, paths.backups) as db:
            plans = plan_periods(db, profile_id)
            excused = DayMarkRepository(db).for_range(profile_id, first_day, last_day)
            report_aggregates(db, profile_id, plans, excused, first_day, last_day)

        if args.before:
            paint_side_by_side(data_dir, last_day, args.before, args.rounds)
        for label, seconds in open_history_and_paint(data_dir, last_day):
            print(f"history screen settled (every paint done), {label}: "
                  f"{seconds * 1000:.0f} ms")
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak RSS: {peak_kib / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
