"""The language RehabTimer speaks when nobody chose one: the system's, if we have it."""

from __future__ import annotations

import locale
import os

LANGUAGES = ("ja", "en")


def system_language() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    code = locale.getlocale()[0] or ""
    return "ja" if code.lower().startswith("ja") else "en"
