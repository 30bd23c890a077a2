"""Look and feel: large type, calm colours, and colours that colour-blind eyes can tell apart.

Phase colours come from the Okabe-Ito palette; every colour also comes with words, so
nothing depends on telling colours apart.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor

from rehabtimer.core.phases import PhaseKind
from rehabtimer.paths import resources_dir

BACKGROUND = "#FAFAF7"
TEXT = "#141414"
MUTED = "#4A4A4A"
ACCENT = "#0072B2"
DANGER = "#B8420A"
FOCUS = "#E69F00"
BODY_PT = 16
PX_PER_PT = 96 / 72
# The line box of the tallest font we use, in em (Noto Sans CJK JP: 1.45).
LINE_HEIGHT = 1.5

PHASE_COLOURS = {
    PhaseKind.GET_READY: "#C27C00",
    PhaseKind.WORK: "#0072B2",
    PhaseKind.HOLD: "#0072B2",
    PhaseKind.MOVE: "#0072B2",
    PhaseKind.SELF_REP: "#0072B2",
    PhaseKind.INHALE: "#2A8BC4",
    PhaseKind.BREATH_HOLD: "#5D5D9E",
    PhaseKind.EXHALE: "#007A5A",
    PhaseKind.REST: "#5F6B73",
    PhaseKind.SWITCH_SIDE: "#A8457E",
}


def phase_colour(kind: PhaseKind) -> QColor:
    return QColor(PHASE_COLOURS[kind])


class Palette(NamedTuple):
    background: str
    surface: str
    text: str
    muted: str
    border: str
    accent: str
    accent_dark: str
    danger: str
    danger_dark: str
    focus: str
    hover: str
    pressed: str
    disabled: str
    notice: str
    notice_border: str
    track: str


NORMAL = Palette(
    background=BACKGROUND, surface="#FFFFFF", text=TEXT, muted=MUTED, border="#8A8A8A",
    accent=ACCENT, accent_dark="#00639B", danger=DANGER, danger_dark="#9E3808", focus=FOCUS,
    hover="#EEF5FB", pressed="#DCEBF6", disabled="#8A8A8A", notice="#FFF4D6",
    notice_border="#E0B94F", track="#E2E2E2",
)
# Pure black and white with a yellow focus ring: the largest contrast there is, for low vision.
HIGH_CONTRAST = Palette(
    background="#000000", surface="#000000", text="#FFFFFF", muted="#FFFFFF", border="#FFFFFF",
    accent="#FFFF00", accent_dark="#FFFF00", danger="#FF6E40", danger_dark="#FF6E40",
    focus="#00FFFF", hover="#333333", pressed="#555555", disabled="#BBBBBB", notice="#000000",
    notice_border="#FFFF00", track="#444444",
)


def stylesheet(scale: float = 1.0, high_contrast: bool = False) -> str:
    """The application stylesheet; `scale` enlarges all text (1.0 = 100%)."""
    c = HIGH_CONTRAST if high_contrast else NORMAL
    on_accent = "#000000" if high_contrast else "white"

    def pt(size: float) -> str:
        return f"{round(size * scale)}pt"

    # A big target for unsteady hands, and never less than a line of text: Qt makes
    # min-height a button's minimum even where its text needs more. Not in em, which Qt takes
    # as the line height: tall in Japanese fonts, it made large-text buttons so tall that
    # they pushed each other off the screen.
    button_min_px = max(48, round(BODY_PT * scale * PX_PER_PT * LINE_HEIGHT))
    # Forward slashes: a style sheet's url() takes them on Windows too.
    arrows = (resources_dir() / "icons").as_posix()
    shade = "light" if high_contrast else "dark"
    arrow_size = f"width: {round(14 * scale)}px; height: {round(14 * scale)}px;"
    # Qt's own width, at every text size: wider bars took the room that the home's cards
    # and the editor's totals need at 200 % (a third more text, as the layout test has it).
    scroll_px = 14

    return f"""
QWidget {{
    background: {c.background};
    color: {c.text};
    font-size: {pt(BODY_PT)};
}}
QPushButton {{
    background: {c.surface};
    border: 2px solid {c.border};
    border-radius: 10px;
    padding: 10px 18px;
    min-height: {button_min_px}px;
}}
QPushButton:hover {{ background: {c.hover}; }}
QPushButton:pressed {{ background: {c.pressed}; }}
QPushButton:focus, QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus,
QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QDateTimeEdit:focus, QSlider:focus,
QListWidget:focus {{
    border: 4px solid {c.focus};
}}
QPushButton:checked {{
    background: {c.accent};
    color: {on_accent};
    border-color: {c.accent};
}}
QPushButton:disabled {{ color: {c.disabled}; border-color: {c.disabled}; }}
QPushButton[role="primary"] {{
    background: {c.accent};
    color: {on_accent};
    border-color: {c.accent};
    font-weight: bold;
}}
QPushButton[role="primary"]:hover {{ background: {c.accent_dark}; }}
QPushButton[role="danger"] {{
    background: {c.danger};
    color: {on_accent};
    border-color: {c.danger};
    font-weight: bold;
}}
QPushButton[role="danger"]:hover {{ background: {c.danger_dark}; }}
/* A disabled Save must not look like one that works: the role colours would win otherwise. */
QPushButton[role="primary"]:disabled, QPushButton[role="danger"]:disabled {{
    background: {c.surface};
    color: {c.disabled};
    border-color: {c.disabled};
    font-weight: normal;
}}
QPushButton[role="primary"]:focus, QPushButton[role="danger"]:focus {{
    border: 4px solid {c.focus};
}}
/* The focus ring is 2 px thicker than the border; the padding gives those 2 px back, so a
   focused control keeps its size and its text is not cut. */
QPushButton:focus {{ padding: 8px 16px; }}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateTimeEdit:focus, QListWidget:focus {{ padding: 4px; }}
QFrame[role="card"] {{
    background: {c.surface};
    border: {"2px" if high_contrast else "1px"} solid {c.border};
    border-radius: 14px;
}}
QFrame[role="card"] QLabel, QFrame[role="card"] QWidget#reading {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {pt(26)}; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {pt(20)}; font-weight: bold; }}
#emergency QLabel[role="title"], #emergency QLabel#advice {{ color: {c.danger_dark}; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="field"] {{ font-weight: bold; }}
QLabel[role="error"] {{ color: {c.danger}; font-weight: bold; }}
QLabel[role="notice"] {{
    background: {c.notice};
    border: 1px solid {c.notice_border};
    border-radius: 8px;
    padding: 8px 12px;
}}
/* The same width of border with focus or without: a ring that appeared from nothing would
   take its room from the text. */
QCheckBox {{ spacing: 10px; border: 3px solid transparent; border-radius: 6px; }}
QCheckBox::indicator {{
    width: {round(24 * scale)}px;
    height: {round(24 * scale)}px;
    border: 2px solid {c.border};
    border-radius: 4px;
    background: {c.surface};
}}
QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; }}
/* One that cannot be switched must look it from across the room, words and box greyed:
   the words stay at 3.3:1 on the background (10.9:1 in high contrast). */
QCheckBox:disabled {{ color: {c.disabled}; }}
QCheckBox::indicator:disabled {{ border-color: {c.disabled}; background: {c.track}; }}
QCheckBox::indicator:checked:disabled {{ background: {c.disabled}; }}
QCheckBox:focus {{ border-color: {c.focus}; }}
/* As big as a check box's: Qt's own radio button stays 14 px at any text size. */
QRadioButton {{ spacing: 10px; }}
QRadioButton::indicator {{ width: {round(24 * scale)}px; height: {round(24 * scale)}px; }}
QProgressBar {{
    border: none;
    background: {c.track};
    border-radius: 6px;
    max-height: 12px;
}}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 6px; }}
QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateTimeEdit,
QListWidget {{
    background: {c.surface};
    border: 2px solid {c.border};
    border-radius: 8px;
    padding: 6px;
}}
/* A styled number box loses the platform's arrows: they are drawn again, big enough to see
   and to hit, in the colours of the text. */
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: padding;
    width: {round(28 * scale)}px;
    background: {c.surface};
    border-left: 2px solid {c.border};
}}
QAbstractSpinBox::down-button {{ border-top: 1px solid {c.border}; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
    background: {c.hover};
}}
QAbstractSpinBox::up-arrow {{ image: url({arrows}/arrow-up-{shade}.svg); {arrow_size} }}
QAbstractSpinBox::down-arrow {{ image: url({arrows}/arrow-down-{shade}.svg); {arrow_size} }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
/* Drop-down lists (and date boxes with a calendar) likewise: styled, Qt's own arrow shrinks
   to a hairline. */
QComboBox::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding;
    subcontrol-position: top right;
    width: {round(28 * scale)}px;
    background: {c.surface};
    border-left: 2px solid {c.border};
    border-top-right-radius: 6px;
    border-bottom-right-radius: 6px;
}}
QComboBox::drop-down:hover, QDateTimeEdit::drop-down:hover {{ background: {c.hover}; }}
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({arrows}/arrow-down-{shade}.svg); {arrow_size}
}}
QComboBox::down-arrow:disabled, QDateTimeEdit::down-arrow:disabled {{ image: none; }}
/* The slider's handle stands out from its track in either palette, and is big enough to
   grab; the part up to the handle is filled, so the value reads at a glance. */
QSlider {{ min-height: {round(32 * scale)}px; }}
QSlider::groove:horizontal {{
    height: {round(8 * scale)}px;
    background: {c.track};
    border: 1px solid {c.border};
    border-radius: {round(4 * scale)}px;
}}
QSlider::sub-page:horizontal {{ background: {c.accent}; border-radius: {round(4 * scale)}px; }}
QSlider::handle:horizontal {{
    width: {round(24 * scale)}px;
    margin: -{round(10 * scale)}px 0;
    background: {c.accent};
    border: 2px solid {c.text};
    border-radius: {round(12 * scale)}px;
}}
QSlider::handle:horizontal:disabled {{ background: {c.disabled}; border-color: {c.disabled}; }}
/* Number boxes with their own big minus and plus buttons beside them (the routine editor):
   without a width of 0 here, Qt leaves the text no room once the arrows are gone. */
QAbstractSpinBox[stepper="true"]::up-button, QAbstractSpinBox[stepper="true"]::down-button {{
    subcontrol-origin: border;
    width: 0px;
    border: none;
}}
QAbstractSpinBox[stepper="true"]::up-arrow, QAbstractSpinBox[stepper="true"]::down-arrow {{
    image: none;
    width: 0px;
    height: 0px;
}}
QListWidget::item:selected {{ background: {c.accent}; color: {on_accent}; }}
QTableView {{ gridline-color: {c.border}; }}
QHeaderView::section {{ background: {c.surface}; color: {c.text}; padding: 4px; }}
/* Scroll bars to see from a distance: under a style sheet Qt's own are a pale outline, and
   a page that goes on below the window did not look like it. The handle is the muted text
   colour on the track (6.8:1; 3:1 is the least for a control). */
QScrollBar:vertical {{ width: {scroll_px}px; background: {c.track}; border: none; margin: 0; }}
QScrollBar:horizontal {{ height: {scroll_px}px; background: {c.track}; border: none; margin: 0; }}
QScrollBar::handle:vertical {{
    background: {c.muted}; min-height: {2 * scroll_px}px; border-radius: {scroll_px // 2}px;
}}
QScrollBar::handle:horizontal {{
    background: {c.muted}; min-width: {2 * scroll_px}px; border-radius: {scroll_px // 2}px;
}}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
