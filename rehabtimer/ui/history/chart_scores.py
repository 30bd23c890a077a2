"""The pain and effort charts: every score as the patient entered it, at the time of its
session, and apart from them, drawn as lines, the trend the app computed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSizePolicy

from rehabtimer.core.pain import Histogram
from rehabtimer.ui.history.chart_parts import (
    BLUE,
    DAY_S,
    GREEN,
    INK,
    ORANGE,
    VERMILLION,
    times_x,
)

Entered = tuple[tuple[datetime, int], ...]
"""(local start of the session, score) of each session with that score, in time order."""
STOPPED_Y = 11.2
"""Sessions stopped for pain are marked above the scale, where no score can hide them."""
TOP_Y = 11.9
DARK_GREEN = "#00553D"
DENSE_MARKS = 150
"""More scores than this (about three months' worth) crowd a chart: smaller, lighter marks."""
BESIDE_SHARE = 0.4
"""A legend beside a chart takes no more of its width than this."""
LARGEST_MARK = 20
SMALLEST_MARK = 3
"""Over months, a mark's area tells how often its score was entered; one entry still shows.
The largest is no wider than its share of a month's width, where there are many months."""
BESIDE_X = 7 * DAY_S
"""Over months, before's marks go left of the month's middle and after's right of it."""
GREY = "#767676"


@dataclass(frozen=True)
class Counted:
    """Over months, each month's scores as counts, one per month shown: how many times each
    score 0-10 was entered, and how many sessions stopped for pain."""

    pain_before: tuple[Histogram, ...]
    pain_after: tuple[Histogram, ...]
    effort: tuple[Histogram, ...]
    stopped_for_pain: tuple[int, ...]


def score_titles() -> tuple[str, str]:
    """The pain and effort charts' titles; their legends say what is entered, what computed."""
    return (QCoreApplication.translate("HistoryCharts", "Pain 0-10"),
            QCoreApplication.translate("HistoryCharts", "Effort 0-10"))


BESIDE = (2, 3)
BELOW = (4, 1)
"""The legend's cell in the chart's layout: right of the plot, or under the dates."""


class _Sample(ItemSample):  # type: ignore[misc]  # pyqtgraph ships no types
    """A legend's sample that stays put: pyqtgraph's hides its series when clicked, and a
    caregiver who clicked one would see scores vanish."""

    def mouseClickEvent(self, event: object) -> None:
        return


def make_legend(plot: pg.PlotWidget) -> pg.LegendItem:
    """A legend outside the chart, where it covers no score; place_legend() says where."""
    legend = pg.LegendItem(colCount=1, labelTextColor=INK, sampleType=_Sample)
    # Rows close together: beside a chart on a small screen, the legend must not be taller
    # than the chart.
    legend.layout.setContentsMargins(2, 0, 2, 0)
    # At its own height, not stretched to the chart's, which would part its samples from
    # their words.
    legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    _put(plot, legend, BESIDE)
    return legend


def _put(plot: pg.PlotWidget, legend: pg.LegendItem, cell: tuple[int, int]) -> None:
    layout = plot.getPlotItem().layout
    if legend.property("cell") is not None:
        layout.removeItem(legend)
    legend.setProperty("cell", cell)
    layout.addItem(legend, *cell)
    layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)


def legend_height(legend: pg.LegendItem) -> tuple[float, float]:
    """The height of a legend (under its chart, beside it): the other is nought."""
    height: float = legend.layout.preferredHeight()
    return (height, 0.0) if tuple(legend.property("cell")) == BELOW else (0.0, height)


def place_legend(plot: pg.PlotWidget, legend: pg.LegendItem, width: float) -> None:
    """Beside a chart `width` wide, in as many columns (two at most) as leave it most of the
    width; else under it, in as many columns (three at most) as fit across."""
    if not legend.items:
        return
    widest = 10 + max(sample.boundingRect().width() + label.boundingRect().width()
                      for sample, label in legend.items)
    beside = next((n for n in (2, 1) if n * widest <= BESIDE_SHARE * width), 0)
    cell = BESIDE if beside else BELOW
    columns = beside or max(1, min(3, int(width * 0.9 // widest)))
    if legend.columnCount != columns:
        legend.setColumnCount(columns)
    if tuple(legend.property("cell")) != cell:
        _put(plot, legend, cell)


def _entered(plot: pg.PlotWidget, scores: Sequence[tuple[datetime, float]], name: str,
             **style: object) -> pg.ScatterPlotItem:
    xs = times_x([when for when, _ in scores])
    ys = np.array([value for _, value in scores], dtype=float)
    # A scatter item, not a plot line's marks: those are laid out again at every change of
    # the view, which for ten years of scores takes a second.
    item = pg.ScatterPlotItem(xs, ys, **style)
    item.setObjectName(name)
    plot.addItem(item)
    return item


def _times(x: float, y: float, data: int) -> str:
    return QCoreApplication.translate("HistoryCharts", "{value}: entered {times} times").format(
        value=round(y), times=data)


def _room(plot: pg.PlotWidget, months: int, share: float) -> float:
    """The width in pixels of the largest mark, `share` of a month's."""
    width = plot.getPlotItem().vb.width() or plot.width()
    return float(np.clip(share * width / max(1, months), 2 * SMALLEST_MARK, LARGEST_MARK))


def _counted(plot: pg.PlotWidget, centres: np.ndarray, months: Sequence[Histogram],
             largest: int, name: str, share: float, **style: object) -> pg.ScatterPlotItem:
    """A mark per month and score entered that month, its area by how many times; the
    count is the mark's data, and its tool tip."""
    found = np.array([(x, score, times) for x, counts in zip(centres, months, strict=True)
                      for score, times in enumerate(counts) if times], dtype=float).reshape(-1, 3)
    xs, ys, counts = found.T
    sizes = np.maximum(SMALLEST_MARK, _room(plot, len(months), share)
                       * np.sqrt(counts / max(1, largest)))
    item = pg.ScatterPlotItem(xs, ys, size=sizes, data=counts.astype(int), hoverable=True,
                              tip=_times, **style)
    item.setObjectName(name)
    plot.addItem(item)
    return item


def _size_sample() -> pg.ScatterPlotItem:
    """Only in the legend: what a mark's size says."""
    return pg.ScatterPlotItem(symbol="o", size=12, brush=None, pen=pg.mkPen(GREY, width=2))


def _size_words() -> str:
    return QCoreApplication.translate("HistoryCharts", "larger mark: entered more times")


def _mark(colour: str, dense: bool) -> str:
    """A mark's colour: see-through where marks crowd, so that their number shows."""
    return colour + "55" if dense else colour


def _trend_on_top(*lines: pg.PlotDataItem) -> None:
    # Over the marks: where a year of marks crowds, the trend is what must stay in sight.
    for line in lines:
        line.setZValue(1)


def _trend(plot: pg.PlotWidget, centres: np.ndarray, trend: Sequence[float | None], name: str,
           pen: object) -> pg.PlotDataItem:
    values = np.array([np.nan if v is None else v for v in trend], dtype=float)
    shown = ~np.isnan(values)
    item = plot.plot(centres[shown], values[shown], pen=pen)
    item.setObjectName(name)
    return item


def _scale(plot: pg.PlotWidget, top: float) -> None:
    plot.setYRange(0, top, padding=0)
    plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])


def draw_pain(plot: pg.PlotWidget, legend: pg.LegendItem, centres: np.ndarray, by_month: bool,
              before: Entered, after: Entered, stopped: tuple[datetime, ...],
              before_trend: Sequence[float | None], after_trend: Sequence[float | None],
              counted: Counted | None = None) -> None:
    """Pain before (hollow orange circles) and after (blue squares) as entered; their
    medians as a solid orange and a dashed blue line; sessions stopped for pain as
    vermilion triangles above the scale. Over months, `counted` gives the marks instead:
    one per month and score, as large as it was entered often, and one per month with
    sessions stopped for pain."""
    translate = QCoreApplication.translate
    median_before = (translate("HistoryCharts", "before: monthly median") if by_month
                     else translate("HistoryCharts", "before: 7-day median"))
    median_after = (translate("HistoryCharts", "after: monthly median") if by_month
                    else translate("HistoryCharts", "after: 7-day median"))
    lines = (
        _trend(plot, centres, before_trend, "pain-before-trend",
               pg.mkPen(ORANGE, width=3)),
        _trend(plot, centres, after_trend, "pain-after-trend",
               pg.mkPen(BLUE, width=3, style=Qt.PenStyle.DashLine)),
    )
    _trend_on_top(*lines)
    dense = len(before) > DENSE_MARKS
    stopped_style: dict[str, object] = {"symbol": "t", "size": 13, "brush": VERMILLION,
                                        "pen": pg.mkPen(VERMILLION)}
    if counted is not None:
        largest = max((max(h) for h in (*counted.pain_before, *counted.pain_after)), default=1)
        some = np.array(counted.stopped_for_pain) > 0
        stops = pg.ScatterPlotItem(
            centres[some], np.full(int(some.sum()), STOPPED_Y),
            data=np.array(counted.stopped_for_pain)[some], hoverable=True,
            tip=lambda x, y, data: QCoreApplication.translate(
                "HistoryCharts", "{count} stopped for pain").format(count=data),
            **stopped_style)
        stops.setObjectName("pain-stopped")
        plot.addItem(stops)
        marks = (
            # Side by side in each month, each in half of its width.
            _counted(plot, centres - BESIDE_X, counted.pain_before, largest, "pain-before",
                     0.5, symbol="o", brush=None, pen=pg.mkPen(ORANGE, width=2)),
            _counted(plot, centres + BESIDE_X, counted.pain_after, largest, "pain-after",
                     0.5, symbol="s", brush=BLUE + "99", pen=None),
            stops,
        )
    else:
        marks = (
            _entered(plot, before, "pain-before", symbol="o", size=7 if dense else 10,
                     brush=None, pen=pg.mkPen(_mark(ORANGE, dense), width=2)),
            _entered(plot, after, "pain-after", symbol="s", size=4 if dense else 6,
                     brush=_mark(BLUE, dense), pen=None),
            _entered(plot, tuple((when, STOPPED_Y) for when in stopped), "pain-stopped",
                     **stopped_style),
        )
    # Row by row in two columns: what was entered, then the median drawn from it.
    rows = list(zip((marks[0], lines[0], marks[1], lines[1], marks[2]), (
        QCoreApplication.translate("HistoryCharts", "before, as entered"), median_before,
        QCoreApplication.translate("HistoryCharts", "after, as entered"), median_after,
        QCoreApplication.translate("HistoryCharts", "stopped for pain")), strict=True))
    if counted is not None:
        rows.append((_size_sample(), _size_words()))
    _fill_legend(legend, rows)
    _scale(plot, TOP_Y)


def draw_effort(plot: pg.PlotWidget, legend: pg.LegendItem, centres: np.ndarray,
                by_month: bool, effort: Entered, trend: Sequence[float | None],
                counted: Counted | None = None) -> None:
    """Effort as entered (green diamonds) and its median (a dark green line); over months,
    as the pain chart's, a diamond per month and effort entered, by how often."""
    line = _trend(plot, centres, trend, "effort-trend", pg.mkPen(DARK_GREEN, width=3))
    _trend_on_top(line)
    dense = len(effort) > DENSE_MARKS
    if counted is not None:
        largest = max((max(h) for h in counted.effort), default=1)
        marks = _counted(plot, centres, counted.effort, largest, "effort", 0.9, symbol="d",
                         brush=GREEN + "99", pen=None)
    else:
        marks = _entered(plot, effort, "effort", symbol="d", size=6 if dense else 9,
                         brush=_mark(GREEN, dense), pen=None)
    rows = [(marks, QCoreApplication.translate("HistoryCharts", "as entered")),
            (line, QCoreApplication.translate("HistoryCharts", "monthly median") if by_month
             else QCoreApplication.translate("HistoryCharts", "7-day median"))]
    if counted is not None:
        rows.append((_size_sample(), _size_words()))
    _fill_legend(legend, rows)
    _scale(plot, 10.5)


def _fill_legend(legend: pg.LegendItem, rows: Sequence[tuple[pg.GraphicsObject, str]]) -> None:
    """The legend's rows, each a series' sample and its words. Rows with the same words as
    the legend has keep their places, their samples only drawn from the new series: a legend
    laid out anew makes its chart lay out and paint again."""
    if [label.text for _sample, label in legend.items] == [name for _item, name in rows]:
        for (sample, _label), (item, _name) in zip(legend.items, rows, strict=True):
            sample.item = item
            sample.update()
        return
    legend.clear()
    for item, name in rows:
        legend.addItem(item, name)
