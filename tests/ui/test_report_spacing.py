"""The report looks the same on any device: a printer draws it at 600 or 1200 dots per inch,
the PDF at 300, and the space between its parts must be the same on paper."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage, QPdfWriter

from rehabtimer.ui.history.report import Chart, Report, draw_report

REPORT = Report(title="Report", lines=("Profile: Me",), headers=("Date", "Routine"),
                rows=(("2026-12-01", "Knee"),), footer="RehabTimer",
                charts=(Chart("Adherence", QImage(400, 200, QImage.Format.Format_RGB32), 1.0),),
                answers=("Safety answers", "2026-12-01: no"))


def _tops_pt(tmp_path, dpi: int) -> dict[str, float]:
    path = tmp_path / f"{dpi}.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(dpi)
    draw_report(writer, REPORT)
    del writer
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return {word: float(y) for y, word in re.findall(r'yMin="([\d.]+)"[^>]*>([^<]+)<', html)}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_space_between_parts_is_the_same_at_any_resolution(qapp, tmp_path):
    at_pdf, at_printer = _tops_pt(tmp_path, 300), _tops_pt(tmp_path, 1200)
    for word in ("Adherence", "Date", "Safety"):
        assert at_printer[word] == pytest.approx(at_pdf[word], abs=0.5), word
