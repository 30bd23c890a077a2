"""A change of the history's range reads only what its charts draw, and paints each chart
once."""

from __future__ import annotations

import time
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from rehabtimer.core.clock import FakeClock
from tests.ui.conftest import open_window
from tests.ui.test_history import JST, TODAY, import_days

RANGES = ("3m", "1y", "all", "4w")


@pytest.fixture
def history(qtbot, data_dir):
    clock = FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=JST))
    window, _ = open_window(qtbot, data_dir, clock=clock)
    first = date(2024, 6, 1)
    import_days(window.ctx, first, (TODAY - first).days + 1)
    window.show_history()
    return window


def _walks_every_session(detail: str) -> bool:
    """A step of a query plan that reads the patient's sessions from the first: a scan, or
    a search by the profile alone."""
    return detail.startswith("SCAN sessions") or (
        detail.startswith("SEARCH sessions") and detail.endswith("(profile_id=?)"))


@pytest.mark.parametrize("range_key", RANGES)
def test_a_range_is_read_through_its_window_never_session_by_session_from_the_first(
        history, range_key):
    engine = history.ctx.database.engine
    statements: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        statements.append((sql, params))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        history.history._change(range_key=range_key)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    reads = [(sql, params) for sql, params in statements if "sessions" in sql]
    assert reads
    with engine.connect() as conn:
        for sql, params in reads:
            plan = [row[-1] for row in
                    conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()]
            assert not [step for step in plan if _walks_every_session(step)], (sql, plan)


def test_years_count_their_scores_in_the_month_sums_without_a_read_of_their_own(history):
    engine = history.ctx.database.engine
    statements: list[str] = []

    def remember(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        statements.append(sql)

    event.listen(engine, "before_cursor_execute", remember)
    try:
        history.history._change(range_key="all")
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    assert history.history.view.charts.pain.getPlotItem().listDataItems()
    # month_scores() makes its months with a recursive statement.
    assert not [sql for sql in statements if "RECURSIVE" in sql]


class _Paints(QObject):
    """Counts the paints of each chart, and notes when anything was last painted."""

    def __init__(self, charts: Any) -> None:
        super().__init__()
        self._charts = {plot.viewport(): plot for plot in charts.plots()}
        self.counts = {plot: 0 for plot in charts.plots()}
        self.last = time.perf_counter()

    def eventFilter(self, watched: QObject, event_: QEvent) -> bool:
        if event_.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self.last = time.perf_counter()
            if event_.type() == QEvent.Type.Paint and watched in self._charts:
                self.counts[self._charts[watched]] += 1
        return False


def _until_painted(paints: _Paints) -> None:
    app = QApplication.instance()
    paints.last = time.perf_counter()
    while time.perf_counter() - paints.last < 0.3:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


@pytest.mark.parametrize(("before", "after"), [("3m", "4w"), ("4w", "1y"), ("1y", "3m"),
                                               ("4w", "all"), ("all", "1y")])
def test_a_change_of_range_paints_each_chart_once(history, before, after):
    charts = history.history.view.charts
    paints = _Paints(charts)
    app = QApplication.instance()
    app.installEventFilter(paints)
    try:
        history.history._change(range_key=before)
        _until_painted(paints)
        paints.counts = dict.fromkeys(paints.counts, 0)
        history.history._change(range_key=after)
        _until_painted(paints)
    finally:
        app.removeEventFilter(paints)
    # Laid out and fitted to the new data before the paint, not moved in it and painted again.
    assert list(paints.counts.values()) == [1] * len(charts.plots())


class _WindowPaints(QObject):
    """Counts the paints of the window itself: each is a pass over some of the screen."""

    def __init__(self, window: QObject) -> None:
        super().__init__()
        self._window = window
        self.count = 0

    def eventFilter(self, watched: QObject, event_: QEvent) -> bool:
        if event_.type() == QEvent.Type.Paint and watched is self._window:
            self.count += 1
        return False


@pytest.mark.parametrize(("before", "after"), [("3m", "4w"), ("4w", "all"), ("all", "1y")])
def test_a_change_of_range_paints_the_screen_in_a_few_passes_not_one_a_chart(
        history, before, after):
    # The choices and sentences, then the charts, and the table's scroll bar where its
    # length changes: not a pass for each chart, nor one more for the choices refilled
    # with the same profiles and routines.
    charts = history.history.view.charts
    paints = _Paints(charts)
    passes = _WindowPaints(history)
    app = QApplication.instance()
    app.installEventFilter(paints)
    history.history._change(range_key=before)
    _until_painted(paints)
    app.installEventFilter(passes)
    try:
        history.history._change(range_key=after)
        _until_painted(paints)
    finally:
        app.removeEventFilter(passes)
        app.removeEventFilter(paints)
    assert passes.count <= 3
