"""The history's pain and effort charts show what the patient entered, apart from what the
app computed; hover texts count whole sessions; the report carries the same charts."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timedelta

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QFileDialog, QPushButton

from rehabtimer.core.clock import FakeClock
from tests.ui.conftest import open_window
from tests.ui.test_history import JST, TODAY, add_session, at, visible

YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def history(qtbot, data_dir):
    clock = FakeClock(start=datetime(2026, 11, 23, 20, 0, tzinfo=JST))
    window, _ = open_window(qtbot, data_dir, clock=clock)
    return window


def item(plot, name: str):
    (found,) = [i for i in plot.getPlotItem().items if i.objectName() == name]
    return found


def local(day, hour: int) -> datetime:
    """The patient's wall-clock time, as the charts place it."""
    return at(day, hour).replace(tzinfo=None)


def xy(found) -> tuple[list[float], list[float]]:
    xs, ys = found.getData()
    return list(xs), list(ys)


def stop_for_pain(ctx, routine_id: str, when, before: int, after: int) -> int:
    """A session stopped with "it hurts", the pain entered afterwards."""
    from rehabtimer.core.timeline import build_timeline

    routine = ctx.library.get(routine_id).routine
    snapshot = ctx.snapshots.ensure(routine.id, dict(routine.title), routine.to_data())
    timeline = build_timeline(routine)
    session_id = ctx.sessions.start(
        profile_id=ctx.profile.id, snapshot_id=snapshot, routine_id=routine.id,
        started_at=when, planned_s=timeline.active_seconds, steps_total=len(timeline.steps),
        pain_before=before)
    ctx.sessions.finish(session_id, status="stopped", ended_at=when + timedelta(minutes=2),
                        active_s=60.0, paused_s=0.0, steps_done=0, stop_reason="pain")
    ctx.sessions.set_feedback(session_id, pain_after=after, effort=None, note=None)
    return session_id


def legend_names(charts, plot) -> list[str]:
    return [label.text for _sample, label in charts._legends[plot].items]


def test_the_pain_chart_plots_every_value_entered_and_marks_sessions_stopped_for_pain(history):
    from rehabtimer.ui.history.chart_parts import day_x, times_x

    ctx = history.ctx
    # Day means would be 1.5 before and 2.5 after: values nobody entered.
    add_session(ctx, "knee-oa", at(YESTERDAY, 9), pain=(1, 2))
    add_session(ctx, "knee-oa", at(YESTERDAY, 15), pain=(2, 3))
    stop_for_pain(ctx, "knee-oa", at(TODAY, 10), before=2, after=4)
    history.show_history()
    charts = history.history.view.charts
    before, after = item(charts.pain, "pain-before"), item(charts.pain, "pain-after")
    times = list(times_x([local(YESTERDAY, 9), local(YESTERDAY, 15), local(TODAY, 10)]))
    assert times[0] == day_x(YESTERDAY) + 9 * 3600  # on its day, at the patient's 9:00
    assert xy(before) == (times, [1, 2, 2])
    assert xy(after) == (times, [2, 3, 4])  # the 4 entered after "it hurts"
    stopped = item(charts.pain, "pain-stopped")
    assert xy(stopped)[0] == list(times_x([local(TODAY, 10)]))
    assert stopped.opts["symbol"] != before.opts["symbol"]
    # The scores entered are marks, not joined; the trend is a line without marks, named as
    # a median.
    assert isinstance(before, pg.ScatterPlotItem) and isinstance(after, pg.ScatterPlotItem)
    trend = item(charts.pain, "pain-before-trend")
    assert trend.opts["symbol"] is None and trend.opts["pen"] is not None
    assert xy(trend)[1] == [1.5, 2]  # medians of the 7 days to yesterday, to today
    names = legend_names(charts, charts.pain)
    assert "stopped for pain" in names and "before: 7-day median" in names
    assert "before, as entered" in names


def test_the_effort_chart_has_a_point_for_each_session_with_an_effort(history):
    from rehabtimer.ui.history.chart_parts import times_x

    ctx = history.ctx
    add_session(ctx, "low-back", at(YESTERDAY, 9))  # effort 4
    add_session(ctx, "low-back", at(TODAY, 9))
    stop_for_pain(ctx, "low-back", at(TODAY, 12), before=3, after=5)  # no effort entered
    history.show_history()
    charts = history.history.view.charts
    effort = item(charts.effort, "effort")
    assert xy(effort) == (list(times_x([local(YESTERDAY, 9), local(TODAY, 9)])), [4, 4])
    assert xy(item(charts.effort, "effort-trend"))[1] == [4, 4]
    assert "Effort" in charts.effort.getPlotItem().titleLabel.text


def test_hover_texts_count_whole_sessions_as_the_summary_does(history):
    from rehabtimer.ui.history.charts import DAY_S, day_x

    ctx = history.ctx
    add_session(ctx, "postpartum-back", at(TODAY, 8))  # the plan: twice a day
    add_session(ctx, "postpartum-back", at(TODAY, 14), share=0.4)
    history.show_history()
    history.history._change(routine_id="postpartum-back")
    charts = history.history.view.charts
    vb = charts.adherence.getPlotItem().vb
    charts._hovered(charts.adherence, vb.mapViewToScene(QPointF(day_x(TODAY) + DAY_S / 2, 50)))
    text = charts.hover_text()
    assert "1 of 2 planned sessions done, 1 more done in part; 70% of the plan" in text
    assert "pain 5 → 3, 5 → 3" in text
    assert not re.search(r"\d\.\d", text), text
    # A year's bars are weeks: still whole sessions.
    history.history._change(range_key="1y")
    charts._hovered(charts.adherence, vb.mapViewToScene(QPointF(day_x(TODAY), 50)))
    assert "planned sessions done" in charts.hover_text()
    assert not re.search(r"\d\.\d", charts.hover_text().split(" · ")[1])


def test_the_report_has_the_effort_chart_and_prints_its_axis_text_large_enough(
        history, monkeypatch, tmp_path):
    from PySide6.QtGui import QGuiApplication

    from rehabtimer.ui.history import report_builder

    ctx = history.ctx
    for back in range(10):
        add_session(ctx, "low-back", at(TODAY - timedelta(days=back), 9))
    stop_for_pain(ctx, "low-back", at(TODAY, 12), before=3, after=5)
    history.show_history()
    charts = report_builder.report_charts(history.history.view.charts._data)
    assert [c.title for c in charts][2:4] == ["Pain 0-10", "Effort 0-10"]
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInchY()
    for chart in charts:
        printed_px_per_inch = chart.image.width() / (chart.share * report_builder.PAGE_WIDTH_IN)
        tick_pt = report_builder.AXIS_PRINT_PT * report_builder.CHART_WIDTH / (
            dpi * report_builder.PAGE_WIDTH_IN)
        assert tick_pt * dpi / printed_px_per_inch >= 9

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    visible(history, QPushButton, "pdf").click()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Effort 0-10" in text and "Pain 0-10" in text
    assert "stopped: pain · pain rose 3 → 5" in text


def test_a_rise_in_pain_is_flagged_in_the_table_and_the_detail_with_the_next_day_answer(
        history):
    from PySide6.QtWidgets import QWidget

    from rehabtimer.ui.history.dialogs import SessionDialog

    ctx = history.ctx
    session_id = add_session(ctx, "knee-oa", at(YESTERDAY, 9), pain=(2, 6))
    ctx.sessions.add_answer(session_id, "next_day", "worse", at(TODAY, 9))
    history.show_history()
    model = history.history.view.model
    assert model.data(model.index(0, 2)) == (
        "completed · pain rose 2 → 6 · day after: pain still worse")
    history.history._open_session(session_id)
    (dialog,) = [d for d in history.findChildren(SessionDialog) if d.isVisible()]
    answers = dialog.findChild(QWidget, "answers").text()
    assert "pain rose 2 → 6" in answers and "day after: pain still worse" in answers
    dialog.close()


def test_years_of_scores_are_marked_once_per_month_and_value_by_how_often(history):
    import statistics
    from collections import Counter
    from datetime import UTC, date

    from rehabtimer.ui.history.chart_scores import BESIDE_X
    from tests.ui.test_history import import_days

    ctx = history.ctx
    first = date(2024, 1, 15)
    import_days(ctx, first, (TODAY - first).days + 1)
    stop_for_pain(ctx, "knee-oa", at(date(2025, 3, 10), 10), before=6, after=9)
    stop_for_pain(ctx, "knee-oa", at(date(2025, 3, 11), 10), before=6, after=8)
    history.show_history()
    history.history._change(range_key="all")
    charts = history.history.view.charts
    records = [r for r in ctx.sessions.list(profile_id=ctx.profile.id)
               if r.status != "in_progress"]

    def month(x: float):
        return datetime.fromtimestamp(x, UTC).date().replace(day=1)

    def entered(score: str) -> Counter:
        return Counter((r.started_at.date().replace(day=1), getattr(r, score)) for r in records
                       if getattr(r, score) is not None)

    for name, score, shift in (("pain-before", "pain_before", -BESIDE_X),
                               ("pain-after", "pain_after", BESIDE_X),
                               ("effort", "effort", 0)):
        plot = charts.effort if name == "effort" else charts.pain
        marks = item(plot, name).points()
        counted = {(month(p.pos().x() - shift), round(p.pos().y())): p.data() for p in marks}
        # One mark per month and value entered, each counting every time it was entered.
        assert len(counted) == len(marks)
        assert counted == entered(score)
        # The more often, the larger: its area grows with the count.
        by_count = sorted((p.data(), p.size()) for p in marks)
        assert [size for _, size in by_count] == sorted(size for _, size in by_count)
        assert by_count[0][1] < by_count[-1][1]
    # At most a mark per month and value: ten years are a few thousand marks, not 50,000.
    assert len(item(charts.pain, "pain-before").points()) <= 11 * len(charts._data.point_starts)
    stopped = item(charts.pain, "pain-stopped").points()
    assert [(month(p.pos().x()), p.data()) for p in stopped] == [(date(2025, 3, 1), 2)]
    # The trend is each month's median of the values entered in it, exactly.
    xs, ys = xy(item(charts.pain, "pain-before-trend"))
    months: dict = {}
    for r in records:
        months.setdefault(r.started_at.date().replace(day=1), []).append(r.pain_before)
    assert {month(x): y for x, y in zip(xs, ys, strict=True)} == {
        m: statistics.median(values) for m, values in months.items()}
    assert "larger mark: entered more times" in legend_names(charts, charts.pain)
    assert "larger mark: entered more times" in legend_names(charts, charts.effort)
    from rehabtimer.ui.history.chart_parts import day_x

    vb = charts.pain.getPlotItem().vb
    charts._hovered(charts.pain, vb.mapViewToScene(QPointF(day_x(date(2025, 3, 12)), 5)))
    march = Counter(r.pain_after for r in records if r.started_at.date().replace(day=1)
                    == date(2025, 3, 1))
    assert f"pain after entered: 0 ({march[0]} times)" in charts.hover_text()
    assert "2 stopped for pain" in charts.hover_text()
