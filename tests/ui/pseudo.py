"""A pseudo-localising translator: every string comes back longer, accented and bracketed.

Installed in place of the real translators, it shows whether layouts survive translations
longer than the English (German runs about 30-40 % longer) without waiting for one: a clipped
string loses its closing bracket, accents reach above the capitals and below the baseline,
and anything still in plain English was never passed through tr().
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

STRETCH = 0.4
OPEN, CLOSE = "[", "]"

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÁƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENT = str.maketrans(_PLAIN, _ACCENTED)

# What must reach the program unchanged: str.format fields and escaped braces, Qt's %1 and
# %n arguments, a literal && (a lone & is a mnemonic and stays before its letter), HTML tags
# and entities.
_KEEP = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%L?\d+|%n|%%|&&|&#?\w+;|<[^<>]*>")
_WORD = re.compile(r"[A-Za-z]+")


def _stretch_word(match: re.Match[str]) -> str:
    word = match.group().translate(_ACCENT)
    extra = math.ceil(len(word) * STRETCH)
    # Repeat letters spread through the word rather than padding one end, so a wrapped line
    # breaks at the same words a real translation would.
    out = []
    for index, letter in enumerate(word):
        out.append(letter)
        if extra and index % max(1, len(word) // extra) == 0:
            out.append(letter.lower())
            extra -= 1
    return "".join(out)


def _stretch(text: str) -> str:
    return _WORD.sub(_stretch_word, text)


def pseudo_localise(text: str) -> str:
    """`text` about 40 % longer, accented, between brackets; placeholders and markup kept."""
    if not text.strip():
        return text
    parts, last = [], 0
    for kept in _KEEP.finditer(text):
        parts.append(_stretch(text[last:kept.start()]))
        parts.append(kept.group())
        last = kept.end()
    parts.append(_stretch(text[last:]))
    return OPEN + "".join(parts) + CLOSE


class PseudoTranslator(QTranslator):
    """Answers every context, Qt's own included, so standard buttons are stretched too."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo_localise(source_text)

    def isEmpty(self) -> bool:
        # Qt skips empty translators; this one has no messages but answers them all.
        return False
