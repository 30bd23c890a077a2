"""The language RehabTimer speaks when nobody chose one: the system's, if we have it."""

from __future__ import annotations

import locale
import os
from collections.abc import Callable, Sequence

LANGUAGES = ("ja", "en")


def _ui_languages() -> Sequence[str]:
    # Imported only here: a command run with LANG set (Linux) never loads Qt for this.
    from PySide6.QtCore import QLocale

    return QLocale.system().uiLanguages()


def system_language(ui_languages: Callable[[], Sequence[str]] | None = None) -> str:
    """LC_ALL, LC_MESSAGES, LANG or LANGUAGE where set (Linux, a terminal); else the user's
    preferred languages as the system orders them, through Qt (macOS' Language & Region,
    Windows' display language; an app started from the Finder has no LANG); else Python's
    locale. English where none of them is a language we speak."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    preferred = [tag.replace("_", "-").split("-")[0].lower()
                 for tag in (ui_languages or _ui_languages)()]
    if preferred:
        return next((language for language in preferred if language in LANGUAGES), "en")
    code = locale.getlocale()[0] or ""
    return "ja" if code.lower().startswith("ja") else "en"
