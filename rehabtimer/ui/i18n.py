"""Translations: Qt's own (standard buttons) first, then RehabTimer's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rehabtimer.paths import resources_dir


def translations_dir() -> Path:
    return resources_dir() / "i18n"


_made: list[QTranslator] = []
"""The translators made here, to remove at a change of language. Kept, not looked for with
app.findChildren: that names Qt's namespace before the first frame (widgets/controls.py)."""


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Install the translators for `lang` (English needs none); False if ours is missing.

    Translators installed before are removed first, so the language can change at run time.
    """
    for old in _made:
        app.removeTranslator(old)
        old.deleteLater()
    _made.clear()
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return True
    # Parented to the app, so they live as long as it does.
    qt_own = QTranslator(app)
    _made.append(qt_own)
    if qt_own.load(QLocale(lang), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    ours = QTranslator(app)
    _made.append(ours)
    if not ours.load(f"rehabtimer_{lang}", str(translations_dir())):
        return False
    app.installTranslator(ours)
    return True
