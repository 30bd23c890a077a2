"""Texts written in several languages, as routine files carry them."""

from __future__ import annotations

from collections.abc import Mapping

FALLBACK_LANGUAGES = ("en", "ja")


def pick(text: Mapping[str, str], lang: str) -> str:
    """The text in `lang`, else English, else Japanese, else whatever language there is."""
    for candidate in (lang, lang.split("-")[0], *FALLBACK_LANGUAGES):
        if candidate in text:
            return text[candidate]
    return next(iter(text.values()), "")
