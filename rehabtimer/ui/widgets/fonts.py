"""Font families that show Japanese on each system, in the order Qt should try them.

Qt takes a glyph from the first family in the list that has it, so the patient's own system
fonts come first: Yu Gothic UI and Meiryo ship with Windows, Hiragino Sans with macOS, and
Noto Sans CJK JP is what Linux distributions install (the Makefile does here). It is tried
on the others too, for whoever installed it.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont

_JAPANESE = {
    "win32": ["Yu Gothic UI", "Meiryo UI", "Meiryo", "Noto Sans CJK JP"],
    "darwin": ["Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP"],
}
_JAPANESE_ELSEWHERE = ["Noto Sans CJK JP", "Noto Sans"]

# Latin letters and digits from a TrueType font first: with digits from a CJK font with
# PostScript outlines, the PDF's text layer maps them wrongly and copied numbers come out
# garbled. Arial is TrueType on Windows and macOS alike.
_REPORT_LATIN = {"win32": ["Arial"], "darwin": ["Arial"]}


def ui_families(platform: str = sys.platform) -> list[str]:
    """The families for the app's own text on `platform`."""
    return list(_JAPANESE.get(platform, _JAPANESE_ELSEWHERE))


def report_families(platform: str = sys.platform) -> list[str]:
    """The families for the PDF report on `platform`."""
    if platform in _REPORT_LATIN:
        return [*_REPORT_LATIN[platform], *ui_families(platform)]
    return ["DejaVu Sans", "Noto Sans", "Noto Sans CJK JP"]


def app_font(base: QFont) -> QFont:
    """`base` (the system's default) with this system's Japanese families tried first."""
    font = QFont(base)
    font.setFamilies([*ui_families(), *base.families()])
    return font
