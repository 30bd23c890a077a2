"""Where Japanese text may wrap. Between any two kana or kanji, by the rules of the script,
so a paragraph can end on a line of its own holding only 「い。」, and a short word can be cut
in two: 「(途/中まで)」. A WORD JOINER (drawn as nothing) between characters forbids a break.
"""

from __future__ import annotations

import re
import unicodedata

JOINER = "\u2060"
TAIL = 5
"""Characters kept together at the end of each sentence of a paragraph: no line starts with
less of a sentence (「す。」 under 「守りま」), and the last line is never shorter."""
# A sentence: up to its full stop (or full-width ! or ?) and the brackets that close after
# it; or what a paragraph has left without one.
_ENDS = "。\uff01\uff1f"
_SENTENCE = re.compile(f"[^{_ENDS}]*[{_ENDS}][{_ENDS}」』）]*|.+")


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


def unbroken(word: str) -> str:
    """`word` never wrapped inside (a status word, a short phrase in brackets)."""
    return JOINER.join(word)


def _end_kept(sentence: str) -> str:
    tail = sentence[-TAIL:]
    if all(_wide(c) for c in tail):
        return sentence[:-TAIL] + unbroken(tail)
    return sentence


def no_orphans(text: str) -> str:
    """`text` with the end of each sentence of wide characters kept together, in the middle
    of a paragraph as at its end; the breaks between sentences and before their ends stay.
    Other text (English), and a paragraph too short to need it, come back as they were."""
    paragraphs = []
    for paragraph in text.split("\n"):
        if len(paragraph) > TAIL:
            paragraph = "".join(map(_end_kept, _SENTENCE.findall(paragraph)))
        paragraphs.append(paragraph)
    return "\n".join(paragraphs)
