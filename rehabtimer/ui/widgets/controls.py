"""The label and the button every screen is built from.

The first frame (ui/home) is built from them too, so this module names nothing from Qt's
`Qt` namespace: PySide builds all 93 of its enumerations, about 12 ms, the first time it is
named, and the first frame is drawn without it (tests/ui/test_first_frame_cost.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from rehabtimer.ui.widgets.line_breaks import no_orphans

# Qt.TextFormat.PlainText, by its number through the label's property (see above). Plain:
# a profile or routine name that looks like markup is shown as it was typed.
_PLAIN_TEXT = 0


def make_label(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(no_orphans(text))
    label.setWordWrap(True)
    label.setProperty("textFormat", _PLAIN_TEXT)
    if role:
        label.setProperty("role", role)
    return label


def make_button(text: str, role: str | None = None, name: str = "") -> QPushButton:
    button = QPushButton(text)
    # Enter presses the focused button, as in a dialog: outside one, Qt leaves it to Space.
    button.setAutoDefault(True)
    if role:
        button.setProperty("role", role)
    if name:
        button.setObjectName(name)
    return button
