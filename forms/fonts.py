"""Fonts for printed outputs: bundled BIZ UD (OFL) embedded as TrueType, IPAmj for rare kanji.

Every PDF embeds its fonts (subsets) so it prints the same everywhere; the PDF built-in CID
fonts are never used (not embedded, and they drop characters outside the BMP such as 𠮷).

BIZ UD Gothic/Mincho (``forms/fonts``) cover JIS X 0208 and more. A character they lack — 𠮷
(U+20BB7) and other 文字情報基盤 (MJ) characters — is drawn with IPAmj Mincho where it is
installed (Debian ``fonts-ipamj-mincho``). Text is split into runs per font (:func:`runs`), so
one name can mix both. If no font has a character it is drawn as a visible ``〓`` (geta mark,
the form convention for "character not available") in a box, never silently dropped; the rules
raise an alert naming the character in any case.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

__all__ = [
    "GOTHIC",
    "GOTHIC_BOLD",
    "IPAMJ_PATHS",
    "MINCHO",
    "fallback_font",
    "has_glyph",
    "register",
    "runs",
    "string_width",
]

GOTHIC = "BIZUDGothic"
GOTHIC_BOLD = "BIZUDGothic-Bold"
MINCHO = "BIZUDMincho"
FALLBACK = "IPAmjMincho"

IPAMJ_PATHS = (
    Path("/usr/share/fonts/truetype/ipamj/ipamjm.ttf"),
    Path("/usr/share/fonts/opentype/ipamj/ipamjm.ttf"),
    Path("C:/Windows/Fonts/ipamjm.ttf"),
)
"""Where IPAmj Mincho is looked for (Debian package path first)."""

_FILES = {
    GOTHIC: "BIZUDGothic-Regular.ttf",
    GOTHIC_BOLD: "BIZUDGothic-Bold.ttf",
    MINCHO: "BIZUDMincho-Regular.ttf",
}
_lock = threading.Lock()
_registered: set[str] = set()

_NON_BMP_ENTRY = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")
_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters outside the BMP written as UTF-16BE.

    reportlab writes U+20BB7 as ``<20BB7>``, which is not valid (a CMap destination is UTF-16BE:
    ``<D842DFB7>``), so text extraction and search lose exactly the rare characters the register
    cares about. The CMap is corrected here; the glyphs were right all along.
    """

    def fix(m: re.Match[str]) -> str:
        utf16 = chr(int(m.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"<{m.group(1)}> <{utf16}>"

    return _NON_BMP_ENTRY.sub(fix, str(_reportlab_to_unicode(fontname, subset)))


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _font_path(filename: str) -> str:
    return str(resources.files("forms").joinpath("fonts", filename))


def register() -> None:
    """Register the bundled fonts with reportlab (idempotent, thread-safe)."""
    with _lock:
        for name, filename in _FILES.items():
            if name not in _registered:
                pdfmetrics.registerFont(TTFont(name, _font_path(filename)))
                _registered.add(name)


@cache
def _cmap(name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def fallback_font() -> str | None:
    """The name of the registered IPAmj Mincho, or None when it is not installed."""
    with _lock:
        if FALLBACK in _registered:
            return FALLBACK
        for path in IPAMJ_PATHS:
            if path.is_file():
                pdfmetrics.registerFont(TTFont(FALLBACK, str(path)))
                _registered.add(FALLBACK)
                return FALLBACK
    return None


def has_glyph(font: str, char: str) -> bool:
    return ord(char) in _cmap(font)


def _is_selector(ch: str) -> bool:
    o = ord(ch)
    return 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF


MISSING = "〓"


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """Split ``text`` into ``(font, text)`` runs: ``font`` where it has the glyph, IPAmj where
    only it has it, and :data:`MISSING` in ``font`` where neither has it.

    Variation selectors (IVS) are not drawn (reportlab cannot select glyph variants); the base
    character is, and the rules alert staff about such characters.
    """
    return list(_runs(text, font))


@lru_cache(maxsize=8192)
def _runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    cmap = _cmap(font)
    if all(ord(ch) in cmap or ch in "\n\r" for ch in text):
        return ((font, text),) if text else ()
    out: list[tuple[str, str]] = []
    for ch in text:
        if _is_selector(ch):
            continue
        if ord(ch) in cmap or ch in "\n\r":
            use, draw = font, ch
        else:
            fb = fallback_font()
            if fb is not None and has_glyph(fb, ch):
                use, draw = fb, ch
            else:
                use, draw = font, MISSING
        if out and out[-1][0] == use:
            out[-1] = (use, out[-1][1] + draw)
        else:
            out.append((use, draw))
    return tuple(out)


@lru_cache(maxsize=16384)
def string_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` drawn with fallback runs."""
    return float(sum(pdfmetrics.stringWidth(t, f, size) for f, t in _runs(text, font)))
