"""The 12-month calendar under the history charts: a cell a day, darker for more of the
plan done."""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from rehabtimer.ui.history.chart_parts import INK, ORANGE, PLOT_MIN_HEIGHT, set_title

HEAT = ("#EEF3F8", "#C6DBEF", "#6BAED6", "#2171B5", "#08306B")
CALENDAR_LINES = 10.5
"""The calendar's height, in lines of its axis text: its title, a weekday name beside each
of the seven rows, and the months under them."""


class HeatMap(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph ships no types: base is Any
    """A calendar of the last 12 months: one cell a day, darker for more adherence; a
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
            pen = QPen(QColor(ORANGE))
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


def make_calendar(title: str) -> pg.PlotWidget:
    calendar = pg.PlotWidget(enableMenu=False)
    calendar.setBackground("w")
    set_title(calendar, title)
    calendar.setMouseEnabled(x=False, y=False)
    calendar.hideButtons()
    calendar.setMinimumHeight(PLOT_MIN_HEIGHT)
    for axis in ("left", "bottom"):
        calendar.getAxis(axis).setTextPen(INK)
    return calendar


def draw_calendar(calendar: pg.PlotWidget, days: tuple[date, ...],
                  values: tuple[float | None, ...], week_start: int, lang: str) -> None:
    """The days' cells, the weeks' columns as wide as a year leaves them and the rows as
    high as the calendar (a square a day on a narrow calendar would leave the weekdays no
    room); every weekday named down the side, from the patient's first day of the week;
    each month's name where its first week begins, every third month always, the others
    where the text leaves room for them (large text on a small calendar)."""
    calendar.addItem(HeatMap(days, values, week_start))
    locale = QLocale(lang)
    weekdays = [(6.45 - row, locale.dayName((week_start + row) % 7 + 1,
                                           QLocale.FormatType.ShortFormat))
                for row in range(7)]
    months: tuple[list[tuple[float, str]], list[tuple[float, str]]] = ([], [])
    if days:
        first = days[0] - timedelta(days=(days[0].weekday() - week_start) % 7)
        for day in days:
            if day.day == 1:
                months[(day.month - 1) % 3 != 0].append((week_column(first, day) + 0.45,
                                                         locale.monthName(
                    day.month, QLocale.FormatType.ShortFormat)))
    # One level, which pyqtgraph always draws: the calendar is made high enough for it.
    calendar.getAxis("left").setTicks([weekdays])
    bottom = calendar.getAxis("bottom")
    bottom.setTicks(list(months))
    bottom.setStyle(showValues=True, textFillLimits=[(0, 0.9), (4, 0.6)])
    calendar.setYRange(0, 7, padding=0.02)
    calendar.setXRange(0, max(1, len(days) / 7 + 1), padding=0.01)
