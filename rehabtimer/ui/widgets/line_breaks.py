"""Where Japanese text may wrap. Between any two kana or kanji, by the rules of the script,
so a paragraph can end on a line of its own holding only 「い。」, and a short word can be cut
in two: 「(途/中まで)」. A WORD JOINER (drawn as nothing) between characters forbids a break.
"""

from __future__ import annotations

import unicodedata

JOINER = "\u2060"
TAIL = 5
"""Characters kept together at the end of a paragraph: the last line is never shorter."""


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


def unbroken(word: str) -> str:
    """`word` never wrapped inside (a status word, a short phrase in brackets)."""
    return JOINER.join(word)


def no_orphans(text: str) -> str:
    """`text` with the end of each paragraph of wide characters kept together. Other text
    (English) comes back as it was."""
    paragraphs = []
    for paragraph in text.split("\n"):
        tail = paragraph[-TAIL:]
        if len(paragraph) > TAIL and all(_wide(c) for c in tail):
            paragraph = paragraph[:-TAIL] + unbroken(tail)
        paragraphs.append(paragraph)
    return "\n".join(paragraphs)
