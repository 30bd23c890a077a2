"""The About box: what RehabTimer is, and the credit its voices' licences ask for."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabtimer.ui.widgets.plain import plain_message_box


def about_text() -> tuple[str, str]:
    """The box's headline and its licence and attribution paragraphs."""
    try:
        version = metadata.version("rehabtimer")
    except metadata.PackageNotFoundError:
        version = ""
    head = QCoreApplication.translate(
        "About", "RehabTimer {version}: guided home-rehab routines. MIT licence.",
    ).format(version=version).replace("  ", " ")
    detail = "\n\n".join((
        QCoreApplication.translate(
            "About", "Japanese voice guidance: HTS Voice “Mei”, © 2009-2013 Nagoya Institute "
            "of Technology (MMDAgent Project), licensed under Creative Commons Attribution 3.0 "
            "(https://creativecommons.org/licenses/by/3.0/); spoken with Open JTalk."),
        QCoreApplication.translate(
            "About", "English voice guidance: the “slt” voice of CMU Flite, Carnegie Mellon "
            "University, under its BSD-style licence."),
        QCoreApplication.translate("About", "Sound cues: made by RehabTimer's own generator."),
    ))
    return head, detail


def show_about(parent: QWidget | None) -> None:
    head, detail = about_text()
    title = QCoreApplication.translate("About", "About RehabTimer")
    box = plain_message_box(QMessageBox.Icon.Information, title, head, detail, parent)
    box.exec()
