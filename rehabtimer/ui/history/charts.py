"""The four history charts, drawn with pyqtgraph from plain numbers.

Imported only when the history screen first opens: pyqtgraph (and numpy) cost about half a
second, which the home screen should not pay. Dates are placed as UTC midnights and the
date axis is told the offset is zero, so each bar sits on the patient's own local day
whatever the computer's time zone.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

# Okabe-Ito colours: told apart by colour-blind eyes, and every series also has a label.
BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
GREY = "#9A9A9A"
HEAT = ("#EEF3F8", "#C6DBEF", "#6BAED6", "#2171B5", "#08306B")
DAY_S = 86400
# Room for a chart's title, its axis labels and something to see between them.
PLOT_MIN_HEIGHT = 140
TITLE_PT = 13.0
TITLE_MIN_PT = 10.0


def day_x(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


Grain = Literal["day", "week", "month"]


@dataclass(frozen=True)
class ChartData:
    """Everything the charts show, already in the UI language and already computed.

    Adherence bars are buckets of `grain`; minutes and pain are points per day, or per
    month when the bars are monthly. Each bucket runs from its start to its end day, both
    included, and has the sentence shown when the pointer is over it.
    """

    grain: Grain
    bar_starts: tuple[date, ...]
    bar_ends: tuple[date, ...]
    adherence: tuple[float | None, ...]
    bar_hover: tuple[str, ...]
    point_starts: tuple[date, ...]
    point_ends: tuple[date, ...]
    minutes: tuple[float, ...]
    """Active minutes a day: over a month, its average."""
    pain_before: tuple[float | None, ...]
    pain_after: tuple[float | None, ...]
    pain_before_trend: tuple[float | None, ...]
    pain_after_trend: tuple[float | None, ...]
    """7-day medians, day by day; empty when the points are months."""
    point_hover: tuple[str, ...]
    heat_days: tuple[date, ...]
    heat: tuple[float | None, ...]
    """Adherence per day of the last 12 months; None for no plan or an excused day."""
    week_start: int = 0
    """The calendar's first row: 0 Monday ... 6 Sunday, as the patient chose."""
    lang: str = "en"
    """The app's language, for month names (not the computer's)."""


def _titles(grain: Grain) -> tuple[str, str, str]:
    """The adherence, minutes and pain charts' titles, which say what a bar or point is."""
    adherence = {
        "day": QCoreApplication.translate("HistoryCharts", "Adherence"),
        "week": QCoreApplication.translate("HistoryCharts", "Adherence per week"),
        "month": QCoreApplication.translate("HistoryCharts", "Adherence per month"),
    }[grain]
    if grain == "month":
        return (
            adherence,
            QCoreApplication.translate("HistoryCharts", "Active minutes per day, monthly average"),
            QCoreApplication.translate(
                "HistoryCharts", "Pain 0-10: before ● orange, after ■ blue; monthly medians"
            ),
        )
    return (
        adherence,
        QCoreApplication.translate("HistoryCharts", "Active minutes per day"),
        # Said in the title rather than a legend: a legend covers points and breaks up
        # when the chart is drawn at another size for the report.
        QCoreApplication.translate(
            "HistoryCharts", "Pain 0-10: before ● orange, after ■ blue; lines are 7-day medians"
        ),
    )


def _bars(starts: tuple[date, ...], ends: tuple[date, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Centres and widths of bars covering 80 % of their buckets, which may differ in length."""
    left = np.array([day_x(d) for d in starts])
    right = np.array([day_x(d) + DAY_S for d in ends])
    return (left + right) / 2, (right - left) * 0.8


def _set_title(plot: pg.PlotWidget, title: str, size_pt: float = TITLE_PT) -> None:
    plot.setTitle(title, color="#141414", size=f"{size_pt:.1f}pt")


def _title_room(plot: pg.PlotWidget, width: float) -> float:
    """How wide a title may be on a chart `width` wide: it sits over the plot area, right of
    the axis labels, inside 1 px margins."""
    axis_width: float = plot.getPlotItem().getAxis("left").width()
    return width - axis_width - 2


def _fit_title(plot: pg.PlotWidget) -> None:
    """A title wider than its chart is set smaller, down to TITLE_MIN_PT: a title has one
    line, and a cut one loses its end (for the pain chart, what the marks mean)."""
    label = plot.getPlotItem().titleLabel
    room = _title_room(plot, plot.width())
    size = TITLE_PT
    _set_title(plot, label.text, size)
    # Half a point at a time: glyph widths do not scale in proportion to the font size.
    while label.item.boundingRect().width() > room and size > TITLE_MIN_PT:
        size -= 0.5
        _set_title(plot, label.text, size)


def _smallest_title_width(plot: pg.PlotWidget) -> float:
    label = plot.getPlotItem().titleLabel
    font = QFont(label.item.font())
    font.setPointSizeF(TITLE_MIN_PT)
    margins: float = 2 * label.item.document().documentMargin()
    return QFontMetricsF(font).horizontalAdvance(label.text) + margins


class _DateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """Dates in the app's language (pyqtgraph writes them in the computer's): 「12月」 and
    「12/3」 in Japanese, "Dec" and "3 Dec" in English."""

    locale = QLocale(QLocale.Language.English)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [_date_text(datetime.fromtimestamp(v, UTC).date(), spacing, self.locale)
                for v in values]


def _date_text(day: date, spacing: float, locale: QLocale) -> str:
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


def _plot(title: str, y_label: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(axisItems={"bottom": _DateAxis(utcOffset=0)})
    plot.setBackground("w")
    _set_title(plot, title)
    plot.setLabel("left", y_label, color="#141414")
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setMinimumHeight(PLOT_MIN_HEIGHT)
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("#141414")
        plot.getAxis(axis).setPen("#6A6A6A")
    # Minutes stay minutes: never "(x0.001)" for a five-second session.
    plot.getAxis("left").enableAutoSIPrefix(False)
    return plot


def _shown(ys: tuple[float | None, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Which values there are (None is none), and the values."""
    values = np.array([np.nan if y is None else y for y in ys], dtype=float)
    return ~np.isnan(values), values


class HeatMap(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph ships no types: base is Any
    """A calendar of the last 12 months: one square a day, darker for more adherence; a
    column a week, starting on the patient's first day of the week; the last day (today)
    outlined."""

    def __init__(self, days: tuple[date, ...], values: tuple[float | None, ...],
                 week_start: int) -> None:
        super().__init__()
        self._cells: list[tuple[QRectF, QColor]] = []
        self._today: QRectF | None = None
        if days:
            first = days[0] - timedelta(days=(days[0].weekday() - week_start) % 7)
            for day, value in zip(days, values, strict=True):
                rect = QRectF(week_column(first, day), 6 - _row(day, week_start), 0.9, 0.9)
                self._cells.append((rect, QColor(_heat_colour(value))))
            self._today = self._cells[-1][0]
        self._bounds = QRectF(0, 0, max(1, len(days) // 7 + 2), 7)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *_args: object) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, colour in self._cells:
            painter.setBrush(QBrush(colour))
            painter.drawRect(rect)
        if self._today is not None:
            pen = QPen(QColor("#E69F00"))
            pen.setCosmetic(True)
            pen.setWidth(3)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._today)


def week_column(first: date, day: date) -> int:
    return (day - first).days // 7


def _row(day: date, week_start: int) -> int:
    return (day.weekday() - week_start) % 7


def _heat_colour(value: float | None) -> str:
    if value is None:
        return "#FFFFFF"
    return HEAT[min(len(HEAT) - 1, int(value // 25) + (1 if value > 0 else 0))]


class HistoryCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        adherence, minutes, pain = _titles("day")
        self.adherence = _plot(adherence, self.tr("% of plan"))
        self.minutes = _plot(minutes, self.tr("minutes"))
        self.pain = _plot(pain, self.tr("pain"))
        self.calendar = pg.PlotWidget()
        self.calendar.setBackground("w")
        _set_title(self.calendar, self.tr("Last 12 months: darker is more of the plan done"))
        self.calendar.setMouseEnabled(x=False, y=False)
        self.calendar.hideButtons()
        self.calendar.setMenuEnabled(False)
        self.calendar.setMinimumHeight(PLOT_MIN_HEIGHT)
        self.calendar.setAspectLocked(True)
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
        for plot in (self.adherence, self.minutes, self.pain):
            plot.scene().sigMouseMoved.connect(
                lambda pos, plot=plot: self._hovered(plot, pos)
            )
        for plot in self._plots():
            plot.installEventFilter(self)

    def _plots(self) -> tuple[pg.PlotWidget, ...]:
        return (self.adherence, self.minutes, self.pain, self.calendar)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for index, plot in enumerate(self._plots()):
            self._grid.removeWidget(plot)
            self._grid.addWidget(plot, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Two charts side by side while each title fits over its chart, one under the other
        # on narrow windows and with long translations.
        half = (event.size().width() - max(0, self._grid.horizontalSpacing())) / 2
        fits = all(_smallest_title_width(p) <= _title_room(p, half) for p in self._plots())
        self._place(2 if fits else 1)
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, pg.PlotWidget):
            _fit_title(watched)
        return False

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self._hover.setText(self.tr("Point at a bar to see its numbers."))
        for plot in (self.adherence, self.minutes, self.pain, self.calendar):
            plot.clear()
        for plot, title in zip((self.adherence, self.minutes, self.pain), _titles(data.grain),
                               strict=True):
            _set_title(plot, title)
        # One item per chart and series, fed whole arrays: ten years are a few hundred bars.
        centres, widths = _bars(data.bar_starts, data.bar_ends)
        shown, heights = _shown(data.adherence)
        self.adherence.addItem(pg.BarGraphItem(x=centres[shown], height=heights[shown],
                                               width=widths[shown], brush=BLUE,
                                               pen=pg.mkPen(None)))
        target = pg.InfiniteLine(pos=100, angle=0,
                                 pen=pg.mkPen("#141414", width=2, style=Qt.PenStyle.DashLine),
                                 label=self.tr("plan"),
                                 labelOpts={"position": 0.03, "color": "#141414"})
        self.adherence.addItem(target)
        self.adherence.setYRange(0, 110, padding=0)
        centres, widths = _bars(data.point_starts, data.point_ends)
        self.minutes.addItem(pg.BarGraphItem(x=centres, height=np.array(data.minutes),
                                             width=widths, brush=GREEN, pen=pg.mkPen(None)))
        by_month = data.grain == "month"
        for values, trend, colour, symbol in (
            (data.pain_before, data.pain_before_trend, ORANGE, "o"),
            (data.pain_after, data.pain_after_trend, BLUE, "s"),
        ):
            style = Qt.PenStyle.SolidLine if symbol == "o" else Qt.PenStyle.DashLine
            shown, ys = _shown(values)
            # Monthly medians are joined by their own line; days have a 7-day median line.
            line = pg.mkPen(colour, width=2, style=style) if by_month else None
            size = 7 if data.grain == "day" else 5
            self.pain.plot(centres[shown], ys[shown], pen=line, symbol=symbol, symbolSize=size,
                           symbolBrush=colour, symbolPen=pg.mkPen(colour))
            if trend:
                shown, ys = _shown(trend)
                self.pain.plot(centres[shown], ys[shown],
                               pen=pg.mkPen(colour, width=3, style=style))
        self.pain.setYRange(0, 10.5, padding=0)
        self.pain.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        if data.point_starts:
            span = (day_x(data.point_starts[0]), day_x(data.point_ends[-1]) + DAY_S)
            for plot in (self.adherence, self.minutes, self.pain):
                plot.setXRange(*span, padding=0.01)
        for plot in (self.adherence, self.minutes, self.pain):
            plot.getAxis("bottom").locale = QLocale(data.lang)
        self.calendar.addItem(HeatMap(data.heat_days, data.heat, data.week_start))
        self._label_calendar(data)
        self.calendar.setYRange(0, 7, padding=0.02)
        self.calendar.setXRange(0, max(1, len(data.heat_days) / 7 + 1), padding=0.01)
        # The new numbers may have widened the axes, and narrowed the room for the titles.
        for plot in self._plots():
            _fit_title(plot)

    def _label_calendar(self, data: ChartData) -> None:
        """Every other weekday down the side (seven would not fit the rows), from the
        patient's first day of the week; each month's name where its first week begins."""
        locale = QLocale(data.lang)
        self.calendar.getAxis("left").setTicks([[
            (6.45 - row, locale.dayName((data.week_start + row) % 7 + 1,
                                        QLocale.FormatType.ShortFormat))
            for row in range(0, 7, 2)]])
        months: list[tuple[float, str]] = []
        if data.heat_days:
            first_day = data.heat_days[0]
            first = first_day - timedelta(days=(first_day.weekday() - data.week_start) % 7)
            for day in data.heat_days:
                if day.day == 1:
                    months.append((week_column(first, day) + 0.45, locale.monthName(
                        day.month, QLocale.FormatType.ShortFormat)))
        bottom = self.calendar.getAxis("bottom")
        bottom.setTicks([months])
        bottom.setStyle(showValues=True)

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
