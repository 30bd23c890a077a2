"""The text layer of a report, so that copying or searching it gives the characters shown.

CJK fonts such as Noto Sans CJK draw 山 and the Kangxi radical ⼭, or 長 and the radical ⻑,
with one glyph. Qt builds each font's ToUnicode map from the glyph back to one character
and takes the lowest code point, the radical: pdftotext then reads ⼭⽥花⼦ for 山田花子, and a
clinician searching the report for the patient's name finds nothing. Here every radical in
those maps becomes the ideograph that shares its glyph, which is what a report ever means.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

RADICALS = range(0x2E80, 0x2FE0)
"""CJK Radicals Supplement and Kangxi Radicals."""
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def use_unified_ideographs(path: Path, same_glyph: Mapping[int, int]) -> None:
    """Rewrite the PDF at `path` in place (whole or not at all): each radical that
    `same_glyph` maps to an ideograph drawn with the same glyph becomes that ideograph."""
    # Imported here: only a report needs it, and opening the history should not wait for it.
    import pikepdf

    changed = False
    temp = path.with_name(path.name + ".text")
    with pikepdf.open(path) as pdf:
        seen: set[tuple[int, int]] = set()
        for page in pdf.pages:
            resources = page.obj.get("/Resources")
            fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
            if not isinstance(fonts, pikepdf.Dictionary):
                continue
            for font in fonts.values():
                to_unicode = font.get("/ToUnicode")
                if not isinstance(to_unicode, pikepdf.Stream) or to_unicode.objgen in seen:
                    continue
                seen.add(to_unicode.objgen)
                old = to_unicode.read_bytes()
                new = _unified(old, same_glyph)
                if new != old:
                    to_unicode.write(new)
                    changed = True
        if changed:
            pdf.save(temp)
    if changed:
        with open(temp, "r+b") as file:
            os.fsync(file.fileno())
        os.replace(temp, path)


def _unified(cmap: bytes, same_glyph: Mapping[int, int]) -> bytes:
    """The CMap with every destination that is a radical replaced by its ideograph; the
    source codes (glyph ids) are left alone."""
    out: list[bytes] = []
    section = b""
    for line in cmap.split(b"\n"):
        words = line.strip().split()
        if words and words[-1] in (b"beginbfchar", b"beginbfrange", b"endbfchar",
                                   b"endbfrange"):
            section = words[-1]
            out.append(line)
            continue
        if section == b"beginbfchar":
            line = _replace_after(line, 1, same_glyph)
        elif section == b"beginbfrange":
            line = _range(line, same_glyph)
        out.append(line)
    return b"\n".join(out)


def _replace_after(line: bytes, skip: int, same_glyph: Mapping[int, int]) -> bytes:
    """Replace the destinations: every hex string after the first `skip` ones."""
    count = 0

    def swap(match: re.Match[bytes]) -> bytes:
        nonlocal count
        count += 1
        return match.group(0) if count <= skip else _ideograph(match.group(1), same_glyph)

    return _HEX.sub(swap, line)


def _range(line: bytes, same_glyph: Mapping[int, int]) -> bytes:
    codes = _HEX.findall(line)
    if len(codes) == 3 and b"[" not in line:
        # <first> <last> <destination>: destinations count up from the one given; spell
        # them out where they count through radicals.
        first, last, start = (int(code, 16) for code in codes)
        targets = [start + offset for offset in range(last - first + 1)]
        if any(target in same_glyph for target in targets):
            listed = b" ".join(_ideograph(b"%04X" % target, same_glyph) for target in targets)
            return b"<%s> <%s> [%s]" % (codes[0], codes[1], listed)
        return line
    return _replace_after(line, 2, same_glyph)


def _ideograph(code: bytes, same_glyph: Mapping[int, int]) -> bytes:
    if len(code) != 4:
        return b"<" + code + b">"  # not one character of the Basic Multilingual Plane
    unified = same_glyph.get(int(code, 16))
    return b"<%04X>" % unified if unified is not None else b"<" + code + b">"
