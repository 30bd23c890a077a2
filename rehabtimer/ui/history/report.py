"""The report a caregiver takes to the clinician: A4, in the UI language.

One drawing routine serves the PDF file and the printer, so what is printed is what is saved.
"""

from __future__ import annotations

import errno
import functools
import itertools
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
)

from rehabtimer.ui.history.pdf_text import RADICALS, use_unified_ideographs
from rehabtimer.ui.widgets.fonts import report_families

RESOLUTION = 300
MARGIN_MM = 15


@dataclass(frozen=True)
class Chart:
    """A chart as an image, with its title set as text: a clinician can search it."""

    title: str
    image: QImage
    share: float
    """How much of the page's width it takes: the charts of a report are drawn at one
    scale, so their axis text prints at one size."""


@dataclass(frozen=True)
class Report:
    title: str
    lines: tuple[str, ...]
    """Profile, date range, and the adherence sentences."""
    charts: tuple[Chart, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    footer: str
    answers: tuple[str, ...] = ()
    """Heading first, then one line per session a safety answer decided; whole, not elided."""


def _font(size_pt: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(report_families())
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    # Without ligatures: a PDF's text layer gives "ﬀ" for a drawn ff ligature, and a search
    # for "Effort" or "Profile" would not find it.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


class _Pages:
    """Keeps track of where the next line goes, starting new pages as they fill."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter, footer: str) -> None:
        self.device, self.painter, self.footer = device, painter, footer
        self.area = QRectF(0, 0, device.width(), device.height())
        self.y = 0.0
        self.count = 1

    def need(self, height: float) -> None:
        if self.y + height > self.area.height() - self._footer_height():
            self._draw_footer()
            self.device.newPage()
            self.count += 1
            self.y = 0.0

    def _footer_height(self) -> float:
        return QFontMetricsF(_font(8), self.device).height() * 2

    def _draw_footer(self) -> None:
        self.painter.setFont(_font(8))
        self.painter.drawText(
            QRectF(0, self.area.height() - self._footer_height(), self.area.width(),
                   self._footer_height()),
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
            f"{self.footer} — {self.count}",
        )

    def text(self, text: str, font: QFont, gap: float = 0.3) -> None:
        self.painter.setFont(font)
        metrics = QFontMetricsF(font, self.device)
        bounds = metrics.boundingRect(QRectF(0, 0, self.area.width(), 1e6),
                                      Qt.TextFlag.TextWordWrap, text)
        self.need(bounds.height())
        self.painter.drawText(QRectF(0, self.y, self.area.width(), bounds.height()),
                              Qt.TextFlag.TextWordWrap, text)
        self.y += bounds.height() + metrics.height() * gap

    def space(self) -> None:
        """A gap between the report's parts, a share of the page so that a 1200 dpi printer
        leaves as much paper as the 300 dpi PDF."""
        self.y += self.area.height() * 0.007

    def charts(self, charts: tuple[Chart, ...]) -> None:
        """Side by side as long as they fit across the page, each under its title."""
        gap = self.area.width() * 0.02
        rows: list[list[Chart]] = []
        for chart in charts:
            if rows and sum(c.share for c in rows[-1]) + chart.share <= 1.0 + 1e-6:
                rows[-1].append(chart)
            else:
                rows.append([chart])
        font = _font(10.5, bold=True)
        metrics = QFontMetricsF(font, self.device)
        for row in rows:
            widths = [chart.share * self.area.width() - gap * (len(row) - 1) / len(row)
                      for chart in row]
            titles = max(metrics.boundingRect(QRectF(0, 0, width, 1e6),
                                              Qt.TextFlag.TextWordWrap, chart.title).height()
                         for chart, width in zip(row, widths, strict=True))
            images = max(width * chart.image.height() / max(1, chart.image.width())
                         for chart, width in zip(row, widths, strict=True))
            self.need(titles + images)
            self.painter.setFont(font)
            x = 0.0
            for chart, width in zip(row, widths, strict=True):
                self.painter.drawText(QRectF(x, self.y, width, titles),
                                      Qt.TextFlag.TextWordWrap, chart.title)
                self.painter.drawImage(
                    QRectF(x, self.y + titles, width,
                           width * chart.image.height() / max(1, chart.image.width())),
                    chart.image)
                x += width + gap
            self.y += titles + images + gap

    def table(self, headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
        font, bold = _font(8), _font(8, bold=True)
        metrics = QFontMetricsF(font, self.device)
        weights = (1.6, 2.3, 1.4, 1.0, 1.8, 0.7, 1.7)[: len(headers)]
        total = sum(weights)
        widths = [self.area.width() * w / total for w in weights]
        line = metrics.height() * 1.35
        # The last column, the note, wraps onto as many lines as it needs: a note is what
        # the patient wanted the clinician to read. The others fit one line.
        wrap = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        note = len(widths) - 1

        def draw(cells: tuple[str, ...], cell_font: QFont) -> None:
            noted = cells[note] if len(cells) > note else ""
            needed = QFontMetricsF(cell_font, self.device).boundingRect(
                QRectF(0, 0, widths[note] - 8, 1e6), int(wrap), noted).height()
            height = max(line, needed + line - metrics.height())
            self.need(height)
            self.painter.setFont(cell_font)
            x = 0.0
            # Each cell's first line on the row's first line, so a row reads straight across.
            pad = (line - metrics.height()) / 2
            for column, (cell, width) in enumerate(zip(cells, widths, strict=False)):
                box = QRectF(x, self.y + pad, width - 8, height)
                if column == note:
                    self.painter.drawText(box, int(wrap | Qt.AlignmentFlag.AlignTop), cell)
                else:
                    shown = metrics.elidedText(cell, Qt.TextElideMode.ElideRight, width - 8)
                    self.painter.drawText(box, Qt.AlignmentFlag.AlignTop, shown)
                x += width
            self.y += height

        # The headings with a row under them, never alone at the foot of a page.
        self.need(line * 2)
        draw(headers, bold)
        for row in rows:
            if self.y + line > self.area.height() - self._footer_height():
                self.need(line * 2)
                draw(headers, bold)
            draw(row, font)

    def finish(self) -> None:
        self._draw_footer()


def draw_report(device: QPagedPaintDevice, report: Report) -> int:
    """Draw the report on a PDF writer or a printer; returns the number of pages."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter(device)
    if not painter.isActive():
        # QPdfWriter and QPrinter never raise: an unwritable file only shows up here.
        raise OSError("the report could not be started (is the folder writable?)")
    try:
        pages = _Pages(device, painter, report.footer)
        pages.text(report.title, _font(18, bold=True), gap=0.5)
        for line in report.lines:
            pages.text(line, _font(10.5))
        pages.space()
        pages.charts(report.charts)
        pages.table(report.headers, report.rows)
        if report.answers:
            pages.space()
            heading, *lines = report.answers
            pages.text(heading, _font(10.5, bold=True))
            for line in lines:
                pages.text(line, _font(9))
        pages.finish()
        return pages.count
    finally:
        painter.end()


@functools.cache
def _radicals_sharing_glyphs() -> dict[int, int]:
    """Each radical that the report's Japanese font draws with the glyph of an ideograph,
    mapped to the first such ideograph (see pdf_text.py)."""
    japanese = next((family for family in _font(10).families()
                     if QFontDatabase.WritingSystem.Japanese
                     in QFontDatabase.writingSystems(family)), None)
    if japanese is None:
        return {}
    raw = QRawFont.fromFont(QFont(japanese))
    ideographs = "".join(map(chr, itertools.chain(range(0x3400, 0x4DC0), range(0x4E00, 0xA000))))
    first_of_glyph: dict[int, int] = {}
    for char, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
        if glyph:
            first_of_glyph.setdefault(glyph, ord(char))
    radicals = "".join(map(chr, RADICALS))
    return {ord(char): first_of_glyph[glyph]
            for char, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True)
            if glyph in first_of_glyph}


def _check_whole(written: Path, path: Path) -> None:
    """QPdfWriter reports no write errors: a full disk leaves a short or empty file."""
    with open(written, "r+b") as file:
        head = file.read(5)
        file.seek(max(0, os.fstat(file.fileno()).st_size - 1024))
        tail = file.read()
        os.fsync(file.fileno())
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise OSError(errno.ENOSPC, "the report could not be written whole; is the disk full?",
                      str(path))


def write_pdf(path: Path, report: Report) -> int:
    """Write the report as a PDF file (mode 0600: it holds health data); returns its pages.

    The file appears whole or not at all; OSError says why not.
    """
    partial = path.with_name(f".{path.name}.partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setTitle(report.title)
        writer.setCreator("RehabTimer")
        writer.setPageSize(QPageSize(QSizeF(210, 297), QPageSize.Unit.Millimeter))
        pages = draw_report(writer, report)
        del writer  # closes the file
        _check_whole(partial, path)
        use_unified_ideographs(partial, _radicals_sharing_glyphs())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return pages
