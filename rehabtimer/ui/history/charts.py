"""The history charts (adherence, minutes, pain, effort and the 12-month calendar), drawn
with pyqtgraph from plain numbers.

Imported only when the history screen first opens: pyqtgraph (and numpy) cost about half a
second, which the home screen should not pay. Dates are placed as UTC midnights and the
date axis is told the offset is zero, so each bar sits on the patient's own local day
whatever the computer's time zone.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from rehabtimer.ui.history.chart_calendar import CALENDAR_LINES, draw_calendar, make_calendar
from rehabtimer.ui.history.chart_parts import (
    BLUE,
    DAY_S,
    GREEN,
    INK,
    PLOT_MIN_HEIGHT,
    TEXT_PT,
    day_x,
    fit_title,
    make_plot,
    set_text_size,
    set_title,
    smallest_title_width,
    title_room,
)
from rehabtimer.ui.history.chart_scores import (
    Counted,
    Entered,
    draw_effort,
    draw_pain,
    legend_height,
    make_legend,
    place_legend,
    score_titles,
)
from rehabtimer.ui.widgets.style import BODY_PT

__all__ = ["DAY_S", "ChartData", "Counted", "Grain", "HistoryCharts", "day_x"]

Grain = Literal["day", "week", "month"]


@dataclass(frozen=True)
class ChartData:
    """Everything the charts show, already in the UI language and already computed.

    Adherence bars are buckets of `grain`; minutes and the score trends are per day, or per
    month when the bars are monthly. Each bucket runs from its start to its end day, both
    included, and has the sentence shown when the pointer is over it. Scores as entered
    are each at the local time their session started.
    """

    grain: Grain
    bar_starts: tuple[date, ...]
    bar_ends: tuple[date, ...]
    adherence: tuple[float | None, ...]
    bar_hover: Sequence[str]
    point_starts: tuple[date, ...]
    point_ends: tuple[date, ...]
    minutes: tuple[float, ...]
    """Active minutes a day: over a month, its average."""
    pain_before: Entered
    pain_after: Entered
    stopped_for_pain: tuple[datetime, ...]
    """When each session stopped for pain started."""
    pain_before_trend: tuple[float | None, ...]
    pain_after_trend: tuple[float | None, ...]
    effort: Entered
    effort_trend: tuple[float | None, ...]
    """Medians per point: of the 7 days ending on the day, or of the month."""
    point_hover: Sequence[str]
    heat_days: tuple[date, ...]
    heat: tuple[float | None, ...]
    """Adherence per day of the last 12 months; None for no plan or an excused day."""
    week_start: int = 0
    """The calendar's first row: 0 Monday ... 6 Sunday, as the patient chose."""
    lang: str = "en"
    """The app's language, for month names (not the computer's)."""
    counted: Counted | None = None
    """Over months, the scores counted per month and score, which the charts then mark
    instead of each session's (a decade of sessions is tens of thousands of marks)."""


def _titles(grain: Grain) -> tuple[str, str]:
    """The adherence and minutes charts' titles, which say what a bar is."""
    adherence = {
        "day": QCoreApplication.translate("HistoryCharts", "Adherence"),
        "week": QCoreApplication.translate("HistoryCharts", "Adherence per week"),
        "month": QCoreApplication.translate("HistoryCharts", "Adherence per month"),
    }[grain]
    if grain == "month":
        return adherence, QCoreApplication.translate(
            "HistoryCharts", "Active minutes per day, monthly average")
    return adherence, QCoreApplication.translate("HistoryCharts", "Active minutes per day")


def _bars(starts: tuple[date, ...], ends: tuple[date, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Centres and widths of bars covering 80 % of their buckets, which may differ in length."""
    left = np.array([day_x(d) for d in starts])
    right = np.array([day_x(d) + DAY_S for d in ends])
    return (left + right) / 2, (right - left) * 0.8


def _shown(ys: tuple[float | None, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Which values there are (None is none), and the values."""
    values = np.array([np.nan if y is None else y for y in ys], dtype=float)
    return ~np.isnan(values), values


# Where each chart goes, (row, column, rows, columns), in the order of HistoryCharts.plots(),
# by how many columns fit: pain, the chart most looked at, is the widest.
_PLACES = {
    3: ((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2), (0, 2, 1, 1), (1, 2, 1, 1)),
    2: ((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1), (2, 0, 1, 2)),
    1: tuple((row, 0, 1, 1) for row in range(5)),
}


class HistoryCharts(QWidget):
    def __init__(self, parent: QWidget | None = None, print_pt: float | None = None) -> None:
        """`print_pt`: drawn for the report, with axis text of that size, two charts a row,
        and the titles left to the page."""
        super().__init__(parent)
        self._print_pt = print_pt
        adherence, minutes = _titles("day")
        pain, effort = score_titles()
        self.adherence = make_plot(adherence, self.tr("% of plan"))
        self.minutes = make_plot(minutes, self.tr("minutes"))
        self.pain = make_plot(pain, self.tr("pain"))
        self.effort = make_plot(effort, self.tr("effort"))
        self.calendar = make_calendar(self.tr("Last 12 months: darker is more of the plan done"))
        self._legends = {plot: make_legend(plot) for plot in (self.pain, self.effort)}
        self._hover = QLabel()
        self._hover.setObjectName("chart_hover")
        self._hover.setWordWrap(True)
        self._grid = QGridLayout()
        self._columns = 0
        self._place(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid, 1)
        layout.addWidget(self._hover)
        self._data: ChartData | None = None
        self._text_pt = 0.0
        for plot in self._dated():
            plot.scene().sigMouseMoved.connect(
                lambda pos, plot=plot: self._hovered(plot, pos)
            )
        for plot in self.plots():
            plot.installEventFilter(self)
        if print_pt is not None:
            self._hover.hide()
            self._set_text_size(print_pt)

    def _dated(self) -> tuple[pg.PlotWidget, ...]:
        return (self.adherence, self.minutes, self.pain, self.effort)

    def plots(self) -> tuple[pg.PlotWidget, ...]:
        """Every chart, in the order they are shown and printed."""
        return (*self._dated(), self.calendar)

    def titles(self) -> tuple[str, ...]:
        """Each chart's title, in the order of plots()."""
        return tuple(plot.getPlotItem().titleLabel.text for plot in self.plots())

    def _set_text_size(self, size_pt: float) -> None:
        """Axis and legend text at `size_pt`, titles a little larger."""
        if size_pt == self._text_pt:
            return
        self._text_pt = size_pt
        for plot in self.plots():
            set_text_size(plot, size_pt)
        for plot, legend in self._legends.items():
            # A little smaller than the axis text on screen, where a chart is only a few
            # lines tall; as large on paper, where it is printed small.
            legend.setLabelTextSize(f"{size_pt * (1 if self._print_pt else 0.9):.1f}pt")
            place_legend(plot, legend, plot.width())
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Room for a few lines of the axis text between a chart's title and its dates, and
        for its legend when that is under it."""
        if self._text_pt <= 0:
            return  # resized before set_data gave the text its size: nothing to fit yet
        text = QFont(self.font())
        text.setPointSizeF(self._text_pt)
        line = QFontMetricsF(text).height()
        # The report sets its calendar's height itself.
        for plot in self.plots() if self._print_pt is None else self._dated():
            legend = self._legends.get(plot)
            below, beside = (0.0, 0.0) if legend is None else legend_height(legend)
            base = PLOT_MIN_HEIGHT * self._text_pt / TEXT_PT
            # A legend beside the plot has the title over it and the dates under it.
            lines = CALENDAR_LINES if plot is self.calendar else 3.5
            plot.setMinimumHeight(round(max(base + below, beside + lines * line)))

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for plot in self.plots():
            self._grid.removeWidget(plot)
        for plot, place in zip(self.plots(), _PLACES[columns], strict=True):
            self._grid.addWidget(plot, *place)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _fits(self, columns: int, width: float) -> bool:
        """Whether every title fits over its chart, the charts in `columns` columns."""
        spacing = max(0, self._grid.horizontalSpacing())
        column = (width - spacing * (columns - 1)) / columns
        return all(
            smallest_title_width(plot) <= title_room(plot, span * column + (span - 1) * spacing)
            for plot, (_, _, _, span) in zip(self.plots(), _PLACES[columns], strict=True))

    def _choose_columns(self, width: float) -> None:
        # As many charts side by side as their titles fit over; the report has two.
        if self._print_pt is not None:
            self._place(2)
        else:
            self._place(next((n for n in (3, 2) if self._fits(n, width)), 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._choose_columns(event.size().width())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, pg.PlotWidget):
            if self._print_pt is None:  # the report sets its titles as text of its own
                fit_title(watched)
            if watched in self._legends:
                place_legend(watched, self._legends[watched], watched.width())
                self._fit_heights()
        return False

    def set_data(self, data: ChartData) -> None:
        self._data = data
        if self._print_pt is None:
            # Chart text grows with the app's text size (a setting for low vision).
            self.ensurePolished()
            self._set_text_size(TEXT_PT * self.font().pointSizeF() / BODY_PT)
        self._hover.setText(self.tr("Point at a bar to see its numbers."))
        for plot in self.plots():
            plot.clear()
        by_month = data.grain == "month"
        for plot, title in zip(self._dated(), (*_titles(data.grain), *score_titles()),
                               strict=True):
            set_title(plot, title)
        # One item per chart and series, fed whole arrays: ten years are a few hundred bars.
        centres, widths = _bars(data.bar_starts, data.bar_ends)
        shown, heights = _shown(data.adherence)
        self.adherence.addItem(pg.BarGraphItem(x=centres[shown], height=heights[shown],
                                               width=widths[shown], brush=BLUE,
                                               pen=pg.mkPen(None)))
        target = pg.InfiniteLine(pos=100, angle=0,
                                 pen=pg.mkPen(INK, width=2, style=Qt.PenStyle.DashLine),
                                 label=self.tr("plan"),
                                 # Above the line at its right end, in the space the range
                                 # leaves over 100 %: bars never reach it, and the newest
                                 # bar's number is read there last.
                                 labelOpts={"position": 0.99, "color": INK,
                                            "anchors": [(1, 1), (1, 1)]})
        font = QFont(target.label.textItem.font())
        font.setPointSizeF(self._text_pt * 0.9)
        target.label.setFont(font)
        self.adherence.addItem(target)
        self.adherence.setYRange(0, 125, padding=0)
        centres, widths = _bars(data.point_starts, data.point_ends)
        self.minutes.addItem(pg.BarGraphItem(x=centres, height=np.array(data.minutes),
                                             width=widths, brush=GREEN, pen=pg.mkPen(None)))
        draw_pain(self.pain, self._legends[self.pain], centres, by_month, data.pain_before,
                  data.pain_after, data.stopped_for_pain, data.pain_before_trend,
                  data.pain_after_trend, data.counted)
        draw_effort(self.effort, self._legends[self.effort], centres, by_month, data.effort,
                    data.effort_trend, data.counted)
        if data.point_starts:
            span = (day_x(data.point_starts[0]), day_x(data.point_ends[-1]) + DAY_S)
            for plot in self._dated():
                plot.setXRange(*span, padding=0.01)
        for plot in self._dated():
            plot.getAxis("bottom").locale = QLocale(data.lang)
        draw_calendar(self.calendar, data.heat_days, data.heat, data.week_start, data.lang)
        # The new numbers may have widened the axes, and narrowed the room for the titles;
        # the text may have grown since the charts were placed.
        self._choose_columns(self.width())
        for plot in self.plots():
            fit_title(plot)
        for plot, legend in self._legends.items():
            place_legend(plot, legend, plot.width())
        self._fit_heights()

    def lay_out_now(self) -> None:
        """Lay the charts out and fit their views to the new data before they are painted.
        Left to the paint, pyqtgraph would move them in it, and every chart would be
        painted twice."""
        # A layout that settles asks its parent's to settle, after the events already
        # posted: one round for each widget the charts are inside.
        inside = self.parentWidget()
        while inside is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            inside = inside.parentWidget()
        for plot in self.plots():
            plot.getPlotItem().layout.activate()
            plot.scene().prepareForPaint()
        # Each scene hands its changes to its view in a call queued after the paint, and
        # Qt paints the whole window when it does: every chart after the first would be
        # painted twice. Handed over now, with the charts left to a single paint after.
        self.setUpdatesEnabled(False)
        for plot in self.plots():
            QCoreApplication.sendPostedEvents(plot.scene(), QEvent.Type.MetaCall)
        self.setUpdatesEnabled(True)

    def _hovered(self, plot: pg.PlotWidget, pos: QPointF) -> None:
        if self._data is None or not plot.sceneBoundingRect().contains(pos):
            return
        x = plot.getPlotItem().vb.mapSceneToView(pos).x()
        when = datetime.fromtimestamp(x, UTC).date()
        data = self._data
        if plot is self.adherence:
            starts, ends, texts = data.bar_starts, data.bar_ends, data.bar_hover
        else:
            starts, ends, texts = data.point_starts, data.point_ends, data.point_hover
        index = bisect.bisect_right(starts, when) - 1
        if index >= 0 and when <= ends[index]:
            self._hover.setText(texts[index])

    def hover_text(self) -> str:
        return self._hover.text()
