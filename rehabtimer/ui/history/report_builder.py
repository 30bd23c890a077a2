"""Gathers the clinician's report: the same figures and charts as the history screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from rehabtimer.core.texts import pick
from rehabtimer.ui.history.charts import HistoryCharts
from rehabtimer.ui.history.presenter import build_history
from rehabtimer.ui.history.report import Report
from rehabtimer.ui.history.table import SessionTableModel, status_text
from rehabtimer.ui.reads import HistoryReads

# Drawn off screen at this size whatever the window's shape, so printed charts keep a
# readable aspect: two charts side by side, each about as tall as wide.
CHART_SIZE = (1400, 1100)


def chart_images(charts: HistoryCharts) -> tuple[QImage, ...]:
    return tuple(
        plot.grab().toImage()
        for plot in (charts.adherence, charts.minutes, charts.pain, charts.calendar)
    )


def build_report(
    ctx: HistoryReads,
    profile_id: int,
    routine_id: str | None,
    range_key: str,
    today: date,
    since: date | None = None,
) -> Report:
    state, fig = build_history(ctx, profile_id, routine_id, range_key, today, since)
    images: tuple[QImage, ...] = ()
    if state.charts is not None:
        charts = HistoryCharts()
        charts.resize(*CHART_SIZE)
        charts.set_data(state.charts)
        images = chart_images(charts)
        charts.deleteLater()
    profile = dict(state.profiles)[profile_id]
    routine = dict(state.routines).get(
        routine_id or "", QCoreApplication.translate("Report", "all routines")
    )
    model = SessionTableModel(ctx.lang)
    # The report lists every session of the range, not only the pages the screen has read.
    sessions = ctx.sessions.list(profile_id, fig.start, fig.end, routine_id)
    model.set_sessions(sessions)
    # The table cuts long cells; the questions and answers are the care team's to read whole.
    answered = [
        f"{s.started_at.strftime('%Y-%m-%d %H:%M')}  {pick(s.routine_title, ctx.lang)}: "
        f"{status_text(s, ctx.lang)}"
        for s in sorted(sessions, key=lambda s: s.started_at, reverse=True) if s.answers
    ]
    columns = range(model.columnCount())
    rows = tuple(
        tuple(model.data(model.index(row, column)) or "" for column in columns)
        for row in range(model.rowCount())
    )
    return Report(
        title=QCoreApplication.translate("Report", "RehabTimer report"),
        lines=(
            QCoreApplication.translate("Report", "Profile: {name}").format(name=profile),
            QCoreApplication.translate("Report", "Routines: {routine}").format(routine=routine),
            QCoreApplication.translate("Report", "From {start} to {end}").format(
                start=fig.start.isoformat(), end=fig.end.isoformat()
            ),
            *fig.sentences,
        ),
        charts=images,
        headers=tuple(model.headerData(c, Qt.Orientation.Horizontal) or "" for c in columns),
        rows=rows,
        answers=(QCoreApplication.translate("Report", "Safety answers"), *answered)
        if answered else (),
        footer=QCoreApplication.translate(
            "Report", "Made by RehabTimer on {day}. Not medical advice."
        ).format(day=today.isoformat()),
    )
