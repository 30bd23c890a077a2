"""Look and feel: large type, calm colours, and colours that colour-blind eyes can tell apart.

Phase colours come from the Okabe-Ito palette; every colour also comes with words, so
nothing depends on telling colours apart.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from rehabtimer.core.timeline import PhaseKind

BACKGROUND = "#FAFAF7"
TEXT = "#141414"
MUTED = "#4A4A4A"
ACCENT = "#0072B2"
DANGER = "#B8420A"
FOCUS = "#E69F00"

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


def stylesheet(scale: float = 1.0) -> str:
    """The application stylesheet; `scale` enlarges all text (1.0 = 100%)."""

    def pt(size: float) -> str:
        return f"{round(size * scale)}pt"

    return f"""
QWidget {{
    background: {BACKGROUND};
    color: {TEXT};
    font-size: {pt(16)};
}}
QPushButton {{
    background: #FFFFFF;
    border: 2px solid #8A8A8A;
    border-radius: 10px;
    padding: 10px 18px;
    min-height: 1.6em;
}}
QPushButton:hover {{ background: #EEF5FB; }}
QPushButton:pressed {{ background: #DCEBF6; }}
QPushButton:focus, QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{
    border: 4px solid {FOCUS};
}}
QPushButton:checked {{
    background: {ACCENT};
    color: white;
    border-color: {ACCENT};
}}
QPushButton:disabled {{ color: #8A8A8A; border-color: #C8C8C8; }}
QPushButton[role="primary"] {{
    background: {ACCENT};
    color: white;
    border-color: {ACCENT};
    font-weight: bold;
}}
QPushButton[role="primary"]:hover {{ background: #00639B; }}
QPushButton[role="danger"] {{
    background: {DANGER};
    color: white;
    border-color: {DANGER};
    font-weight: bold;
}}
QPushButton[role="danger"]:hover {{ background: #9E3808; }}
QPushButton[role="primary"]:focus, QPushButton[role="danger"]:focus {{
    border: 4px solid {FOCUS};
}}
QFrame[role="card"] {{
    background: #FFFFFF;
    border: 1px solid #D0D0D0;
    border-radius: 14px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {pt(26)}; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {pt(20)}; font-weight: bold; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="notice"] {{
    background: #FFF4D6;
    border: 1px solid #E0B94F;
    border-radius: 8px;
    padding: 8px 12px;
}}
QCheckBox {{ spacing: 10px; }}
QCheckBox::indicator {{ width: {round(24 * scale)}px; height: {round(24 * scale)}px; }}
QCheckBox:focus {{ border: 3px solid {FOCUS}; border-radius: 6px; }}
QProgressBar {{
    border: none;
    background: #E2E2E2;
    border-radius: 6px;
    max-height: 12px;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 6px; }}
QLineEdit, QTextEdit, QPlainTextEdit {{
    background: #FFFFFF;
    border: 2px solid #8A8A8A;
    border-radius: 8px;
    padding: 6px;
}}
"""
