"""Gathers the clinician's report: the same figures and charts as the history screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from rehabtimer.core.texts import pick
from rehabtimer.ui.history.charts import ChartData, HistoryCharts
from rehabtimer.ui.history.presenter import build_history
from rehabtimer.ui.history.report import MARGIN_MM, Chart, Report
from rehabtimer.ui.history.table import SessionTableModel, pain_flags, status_text
from rehabtimer.ui.reads import HistoryReads

# Drawn off screen at this size whatever the window's shape, so printed charts keep a
# readable aspect: two charts side by side, each about as wide as tall, and the calendar
# across the page under them. The page is this many pixels wide.
CHART_WIDTH = 1400
CHART_ROW_HEIGHT = 500
CALENDAR_HEIGHT = 360
PAGE_WIDTH_IN = (210 - 2 * MARGIN_MM) / 25.4
AXIS_PRINT_PT = 10.0
"""Axis and legend text as printed: easily read on paper."""


def report_charts(data: ChartData) -> tuple[Chart, ...]:
    """The history's charts drawn for the page, each with its title apart as text."""
    screen = QGuiApplication.primaryScreen()
    dpi = 96.0 if screen is None else screen.logicalDotsPerInchY()
    # The charts are shrunk onto the page: their text is drawn large enough to print at
    # AXIS_PRINT_PT.
    charts = HistoryCharts(print_pt=AXIS_PRINT_PT * CHART_WIDTH / (dpi * PAGE_WIDTH_IN))
    charts.calendar.setFixedHeight(CALENDAR_HEIGHT)
    charts.resize(CHART_WIDTH, 2 * CHART_ROW_HEIGHT + CALENDAR_HEIGHT)
    charts.set_data(data)
    titles = charts.titles()
    for plot in charts.plots():
        plot.setTitle(None)
    # Drawn once whole and the posted events delivered, so that the charts (never shown)
    # have settled at their sizes, with their legends laid out, before each is drawn alone.
    charts.grab()
    QCoreApplication.sendPostedEvents()
    found = tuple(Chart(title, plot.grab().toImage(), plot.width() / CHART_WIDTH)
                  for title, plot in zip(titles, charts.plots(), strict=True))
    charts.deleteLater()
    return found


def build_report(
    ctx: HistoryReads,
    profile_id: int,
    routine_id: str | None,
    range_key: str,
    today: date,
    since: date | None = None,
) -> Report:
    state, fig = build_history(ctx, profile_id, routine_id, range_key, today, since)
    charts = () if state.charts is None else report_charts(state.charts)
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
        for s in sorted(sessions, key=lambda s: s.started_at, reverse=True)
        if s.answers or pain_flags(s)
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
        charts=charts,
        headers=tuple(model.headerData(c, Qt.Orientation.Horizontal) or "" for c in columns),
        rows=rows,
        answers=(QCoreApplication.translate("Report", "Safety answers"), *answered)
        if answered else (),
        footer=QCoreApplication.translate(
            "Report", "Made by RehabTimer on {day}. Not medical advice."
        ).format(day=today.isoformat()),
    )
