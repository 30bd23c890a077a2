"""Text from the patient or a file, shown as it was written: never taken for HTML.

QLabel and QMessageBox guess: text that looks like HTML is drawn as HTML, so a profile
called "<b>Ann</b>" would show in bold, and an <img> tag in a routine title would be
loaded. Labels made here set plain text (controls.make_label does too); for what the app does
not build itself (QMessageBox's static functions, tooltips), plain() escapes the text.
"""

from __future__ import annotations

# QtGui's Qt, not QtCore's: it has Qt::mightBeRichText and Qt::convertFromPlainText.
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain(text: str) -> str:
    """`text` for a widget that guesses whether it is HTML: shown as written either way."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text


def plain_message_box(icon: QMessageBox.Icon, title: str, text: str, detail: str = "",
                      parent: QWidget | None = None) -> QMessageBox:
    """A message box that shows its text and `detail` as written."""
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    return box
