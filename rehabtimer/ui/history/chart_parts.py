"""What every history chart shares: colours, the date axis in the app's language, how a
chart is made and how its title is fitted and sized."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetricsF

# Okabe-Ito colours: told apart by colour-blind eyes, and every series also has a label.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
VERMILLION = "#D55E00"
INK = "#141414"
DAY_S = 86400
# Room for a chart's title, its axis labels and something to see between them.
PLOT_MIN_HEIGHT = 140
TEXT_PT = 10.0
"""Axis and legend text on screen; the report draws its charts with larger text."""
TITLE_SCALE = 1.3
TITLE_MIN_SCALE = 1.0
"""A title is drawn this much larger than the axis text, and shrunk to fit down to this."""


def day_x(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


_EPOCH = datetime(1970, 1, 1)


def times_x(times: list[datetime]) -> np.ndarray:
    """Local wall-clock times on the date axis: each on its day, as far into it as the
    clock says. By subtraction: numpy reads a list of datetimes ten times slower."""
    return np.fromiter(((when - _EPOCH).total_seconds() for when in times), dtype=float,
                       count=len(times))


def _pt_size(plot: pg.PlotWidget) -> float:
    size: float = plot.property("text_pt") or TEXT_PT
    return size


def set_title(plot: pg.PlotWidget, title: str, size_pt: float | None = None) -> None:
    size = TITLE_SCALE * _pt_size(plot) if size_pt is None else size_pt
    plot.setTitle(title, color=INK, size=f"{size:.1f}pt")
    # pyqtgraph gives a title a row 30 px high, whatever its size: large text overflows it.
    item = plot.getPlotItem()
    height = item.titleLabel.item.boundingRect().height()
    item.titleLabel.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height)


def title_room(plot: pg.PlotWidget, width: float) -> float:
    """How wide a title may be on a chart `width` wide: it sits over the plot area, right of
    the axis labels, inside 1 px margins."""
    axis_width: float = plot.getPlotItem().getAxis("left").width()
    return width - axis_width - 2


def fit_title(plot: pg.PlotWidget) -> None:
    """A title wider than its chart is set smaller, down to the axis text's size: a title
    has one line, and a cut one loses its end."""
    label = plot.getPlotItem().titleLabel
    room = title_room(plot, plot.width())
    size = TITLE_SCALE * _pt_size(plot)
    set_title(plot, label.text, size)
    # Half a point at a time: glyph widths do not scale in proportion to the font size.
    while (label.item.boundingRect().width() > room
           and size > TITLE_MIN_SCALE * _pt_size(plot)):
        size -= 0.5
        set_title(plot, label.text, size)


def smallest_title_width(plot: pg.PlotWidget) -> float:
    label = plot.getPlotItem().titleLabel
    font = QFont(label.item.font())
    font.setPointSizeF(TITLE_MIN_SCALE * _pt_size(plot))
    margins: float = 2 * label.item.document().documentMargin()
    return QFontMetricsF(font).horizontalAdvance(label.text) + margins


def set_text_size(plot: pg.PlotWidget, size_pt: float) -> None:
    """Axis numbers and names at `size_pt`; the title a little larger."""
    plot.setProperty("text_pt", size_pt)
    font = QFont(plot.font())
    font.setPointSizeF(size_pt)
    metrics = QFontMetricsF(font)
    for name in ("left", "bottom"):
        # Room for the text set aside now: pyqtgraph would only make it after drawing the
        # axis once, too late for a chart drawn once for the report.
        plot.getAxis(name).setStyle(
            tickFont=font, autoExpandTextSpace=False,
            tickTextHeight=math.ceil(metrics.height()),
            tickTextWidth=math.ceil(metrics.horizontalAdvance("0000")))
    left = plot.getAxis("left")
    left.setLabel(left.labelText, color=INK, **{"font-size": f"{size_pt:.1f}pt"})
    set_title(plot, plot.getPlotItem().titleLabel.text)


class DateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """Dates in the app's language (pyqtgraph writes them in the computer's): 「12月」 and
    「12/3」 in Japanese, "Dec" and "3 Dec" in English."""

    locale = QLocale(QLocale.Language.English)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [date_text(datetime.fromtimestamp(v, UTC).date(), spacing, self.locale)
                for v in values]

    def tickValues(self, minVal: float, maxVal: float,
                   size: float) -> list[tuple[float, list[float]]]:
        """One level of dates, as close together as their labels leave room for: pyqtgraph's
        own levels write a month's name over the dates of its first days."""
        if size <= 0 or maxVal <= minVal:
            return []
        metrics = QFontMetricsF(self.style["tickFont"] or QFont())
        first = datetime.fromtimestamp(minVal, UTC).date()
        last = datetime.fromtimestamp(maxVal, UTC).date()
        if day_x(first) < minVal:
            first += timedelta(days=1)
        for spacing, ticks in _tick_choices(first, last):
            slot = size * spacing / (maxVal - minVal)
            if slot < MIN_TICK_SLOT_PX:
                continue
            days = ticks()
            widest = max((metrics.horizontalAdvance(date_text(d, spacing, self.locale))
                          for d in days), default=0.0)
            if slot >= widest * 1.4:
                return [(spacing, [day_x(d) for d in days])]
        return []


MIN_TICK_SLOT_PX = 16
"""No date label is narrower: closer ticks are not even written out to be measured."""


def _tick_choices(first: date, last: date) -> Iterator[tuple[float, Callable[[], list[date]]]]:
    """(spacing in seconds, the days of its ticks from `first` to `last`), finest first:
    days, weeks (on Mondays), months and years. The days are only listed when asked for."""
    for step in (1, 2, 7, 14):
        yield step * DAY_S, functools.partial(_days, first, last, step)
    for step in (1, 2, 3, 6):
        yield step * 30.4 * DAY_S, functools.partial(_months, first, last, step)
    for step in (1, 2, 5, 10, 20, 50):
        yield step * 365.25 * DAY_S, functools.partial(_years, first, last, step)


def _days(first: date, last: date, step: int) -> list[date]:
    """Every day, every other day, or Mondays (every week or every other week)."""
    found = []
    day = first
    if step >= 7:
        day += timedelta(days=-first.weekday() % 7)
    while day <= last:
        found.append(day)
        day += timedelta(days=step)
    return found


def _months(first: date, last: date, step: int) -> list[date]:
    return [date(year, month, 1) for year in range(first.year, last.year + 1)
            for month in range(1, 13, step) if first <= date(year, month, 1) <= last]


def _years(first: date, last: date, step: int) -> list[date]:
    return [date(year, 1, 1) for year in range(first.year, last.year + 1)
            if year % step == 0 and first <= date(year, 1, 1) <= last]


def date_text(day: date, spacing: float, locale: QLocale) -> str:
    japanese = locale.language() == QLocale.Language.Japanese
    if spacing >= 300 * DAY_S:
        return str(day.year)
    if spacing >= 25 * DAY_S:
        month = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
        if day.month == 1:
            return f"{day.year}年{month}" if japanese else f"{month} {day.year}"
        return month
    if japanese:
        return f"{day.month}/{day.day}"
    return f"{day.day} {locale.monthName(day.month, QLocale.FormatType.ShortFormat)}"


def make_plot(title: str, y_label: str) -> pg.PlotWidget:
    # No context menu, nor the menu's widgets built for nothing (a few ms a chart).
    plot = pg.PlotWidget(enableMenu=False, axisItems={"bottom": DateAxis(utcOffset=0)})
    plot.setBackground("w")
    set_title(plot, title)
    plot.setLabel("left", y_label, color=INK)
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumHeight(PLOT_MIN_HEIGHT)
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen(INK)
        plot.getAxis(axis).setPen("#6A6A6A")
    # Minutes stay minutes: never "(x0.001)" for a five-second session.
    plot.getAxis("left").enableAutoSIPrefix(False)
    return plot
