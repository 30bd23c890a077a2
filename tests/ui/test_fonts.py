"""A Japanese-capable font on every system, through a list of families to try in order."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase

from rehabtimer.ui.history.report import _font
from rehabtimer.ui.widgets.fonts import app_font, report_families, ui_families


def test_each_system_tries_its_own_japanese_fonts_first():
    assert ui_families("win32")[:3] == ["Yu Gothic UI", "Meiryo UI", "Meiryo"]
    assert ui_families("darwin")[0] == "Hiragino Sans"
    assert ui_families("linux")[:2] == ["Noto Sans CJK JP", "Noto Sans"]
    for platform in ("win32", "darwin", "linux"):
        assert "Noto Sans CJK JP" in ui_families(platform)  # where someone installed it


def test_the_report_takes_latin_from_truetype_then_the_systems_japanese():
    assert report_families("linux") == ["DejaVu Sans", "Noto Sans", "Noto Sans CJK JP"]
    assert report_families("win32") == ["Arial", *ui_families("win32")]
    assert report_families("darwin") == ["Arial", *ui_families("darwin")]
    assert _font(8).families() == report_families(sys.platform)


def test_the_app_font_puts_them_before_the_systems_default(qapp):
    base = QFont("Some Default")
    assert app_font(base).families() == [*ui_families(sys.platform), "Some Default"]


def test_this_system_has_one_of_its_families(qapp):
    assert any(QFontDatabase.hasFamily(family) for family in ui_families(sys.platform))
