"""Fonts for printed outputs: the shipped OFL faces, embedded as TrueType, chosen per character run.

Every PDF embeds its fonts (subsets) so it prints the same everywhere; the PDF built-in CID
fonts are never used (not embedded, and they drop characters outside the BMP such as 𠮷).

A piece of text is drawn in one of three *roles* — :data:`GOTHIC` (labels), :data:`GOTHIC_BOLD`
(headings) and :data:`MINCHO` (entries) — and each role has a fallback chain of shipped faces
(``forms/fonts``, see its README for sources and versions):

- Japanese: BIZ UD Gothic / Mincho (JIS X 0208 and more);
- 外字 (kanji BIZ UD lacks, such as 𠮷 U+20BB7): Noto Sans JP / Noto Serif JP Medium, subsets
  holding only those kanji, in a weight that matches BIZ UD, so a name does not change face
  half-way; IPAmj Mincho, where the machine has it, comes after them for rarer MJ characters;
- Latin letters: BIZ UD PGothic (proportional) in place of BIZ UD's fixed-width letters, then
  Noto Sans for letters it lacks (Vietnamese); a word is kept in one face;
- Hangul: Noto Sans KR; simplified hanzi: Noto Sans SC; Devanagari: Noto Sans Devanagari,
  shaped with HarfBuzz (conjuncts and vowel signs are not a one-character-one-glyph script).

Text in a resident's language passes ``lang`` so its own face leads: Chinese text is drawn
entirely in Noto Sans SC (not Japanese kanji forms with a few simplified ones mixed in) and
Vietnamese entirely in Noto Sans. A character no face has is drawn as a visible ``〓`` (geta
mark, the form convention for "character not available"), never silently dropped;
:func:`missing_glyphs` names such characters ahead of time (the doctor checks each language).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "FILES",
    "GOTHIC",
    "GOTHIC_BOLD",
    "IPAMJ_PATHS",
    "MINCHO",
    "MISSING",
    "draw",
    "fallback_font",
    "font_path",
    "fonts_dir",
    "has_glyph",
    "missing_glyphs",
    "register",
    "run_width",
    "runs",
    "shaped",
    "shipped_files",
    "string_width",
]

GOTHIC = "BIZUDGothic"
GOTHIC_BOLD = "BIZUDGothic-Bold"
MINCHO = "BIZUDMincho"
FALLBACK = "IPAmjMincho"

_P_GOTHIC = "BIZUDPGothic"
_P_GOTHIC_BOLD = "BIZUDPGothic-Bold"
_NOTO = "NotoSans"
_NOTO_BOLD = "NotoSans-Bold"
_KR = "NotoSansKR"
_KR_BOLD = "NotoSansKR-Bold"
_SC = "NotoSansSC"
_SC_BOLD = "NotoSansSC-Bold"
_DEVA = "NotoSansDevanagari"
_DEVA_BOLD = "NotoSansDevanagari-Bold"
_GAIJI_SANS = "NotoSansJP-Gaiji"
_GAIJI_SERIF = "NotoSerifJP-Gaiji"

FILES: dict[str, str] = {
    GOTHIC: "BIZUDGothic-Regular.ttf",
    GOTHIC_BOLD: "BIZUDGothic-Bold.ttf",
    MINCHO: "BIZUDMincho-Regular.ttf",
    _P_GOTHIC: "BIZUDPGothic-Regular.ttf",
    _P_GOTHIC_BOLD: "BIZUDPGothic-Bold.ttf",
    _NOTO: "NotoSans-Regular.ttf",
    _NOTO_BOLD: "NotoSans-Bold.ttf",
    _KR: "NotoSansKR-Regular.ttf",
    _KR_BOLD: "NotoSansKR-Bold.ttf",
    _SC: "NotoSansSC-Regular.ttf",
    _SC_BOLD: "NotoSansSC-Bold.ttf",
    _DEVA: "NotoSansDevanagari-Regular.ttf",
    _DEVA_BOLD: "NotoSansDevanagari-Bold.ttf",
    _GAIJI_SANS: "NotoSansJP-Gaiji.ttf",
    _GAIJI_SERIF: "NotoSerifJP-Gaiji.ttf",
}
"""Every shipped face: the name it is registered under → its file in ``forms/fonts``."""

IPAMJ_PATHS = (
    Path("/usr/share/fonts/truetype/ipamj/ipamjm.ttf"),
    Path("/usr/share/fonts/opentype/ipamj/ipamjm.ttf"),
    Path("C:/Windows/Fonts/ipamjm.ttf"),
)
"""Where IPAmj Mincho is looked for (Debian package path first). It is not shipped: see the
fonts README (its licence allows only the unmodified 46 MB file)."""

_SHAPED = frozenset({_DEVA, _DEVA_BOLD})
"""Faces whose script needs shaping (glyph reordering and conjuncts) to be readable."""

# Per role: the chain for Latin letters, then the chain for everything else.
_LATIN_CHAIN = {
    GOTHIC: (_P_GOTHIC, _NOTO),
    GOTHIC_BOLD: (_P_GOTHIC_BOLD, _NOTO_BOLD),
    MINCHO: (_P_GOTHIC, _NOTO),
}
_MAIN_CHAIN = {
    GOTHIC: (GOTHIC, _GAIJI_SANS, _NOTO, _KR, _SC, _DEVA),
    GOTHIC_BOLD: (GOTHIC_BOLD, _GAIJI_SANS, _NOTO_BOLD, _KR_BOLD, _SC_BOLD, _DEVA_BOLD),
    MINCHO: (MINCHO, _GAIJI_SERIF, _NOTO, _KR, _SC, _DEVA),
}
# Faces that lead for a resident's language (its script drawn in one consistent face).
_LANG_FIRST = {
    "zh": {GOTHIC: _SC, GOTHIC_BOLD: _SC_BOLD, MINCHO: _SC},
    "ko": {GOTHIC: _KR, GOTHIC_BOLD: _KR_BOLD, MINCHO: _KR},
    "ne": {GOTHIC: _DEVA, GOTHIC_BOLD: _DEVA_BOLD, MINCHO: _DEVA},
}
_LANG_LATIN = {"vi": {GOTHIC: _NOTO, GOTHIC_BOLD: _NOTO_BOLD, MINCHO: _NOTO}}

MISSING = "〓"

_lock = threading.Lock()
_registered: set[str] = set()

_NON_BMP_ENTRY = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")
_reportlab_to_unicode: Any = None
_patch_lock = threading.Lock()


def _reportlab() -> Any:
    """reportlab's font registry, with its ToUnicode CMap corrected (:func:`_to_unicode_cmap`).

    Imported on first use, not with this module: the screens need only :func:`shipped_files`
    and must not wait for reportlab before their first frame. Every shipped face is registered
    through here, so the correction is in place before any PDF uses one of them.
    """
    global _reportlab_to_unicode
    from reportlab.pdfbase import pdfmetrics, ttfonts

    with _patch_lock:
        if _reportlab_to_unicode is None:
            _reportlab_to_unicode = ttfonts.makeToUnicodeCMap
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    return pdfmetrics


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


def fonts_dir() -> Path:
    """The folder of the shipped faces (``forms/fonts``), found through ``importlib.resources``
    so that an installed wheel and a frozen build find it as a checkout does."""
    return Path(str(resources.files("forms").joinpath("fonts")))


def font_path(name: str) -> Path:
    """The file of a shipped face (``name`` as in :data:`FILES`)."""
    return fonts_dir() / FILES[name]


def shipped_files() -> list[Path]:
    """Every shipped face's file, in name order (the screens register them all with Qt).

    >>> [p.name for p in shipped_files()][:2]
    ['BIZUDGothic-Bold.ttf', 'BIZUDGothic-Regular.ttf']
    """
    return sorted(font_path(name) for name in FILES)


def _ensure(name: str) -> None:
    """Register one shipped face with reportlab on first use (parsing a face takes time)."""
    if name in _registered:
        return
    pdfmetrics = _reportlab()
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if name not in _registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
            _registered.add(name)


def register() -> None:
    """Register the three role faces with reportlab (idempotent, thread-safe).

    The fallback faces are registered when a character first needs one.
    """
    for name in (GOTHIC, GOTHIC_BOLD, MINCHO):
        _ensure(name)


@cache
def _cmap(name: str) -> frozenset[int]:
    if name == FALLBACK:
        if fallback_font() is None:
            return frozenset()
    else:
        _ensure(name)
    font = _reportlab().getFont(name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def fallback_font() -> str | None:
    """The name of the registered IPAmj Mincho, or None when it is not installed."""
    pdfmetrics = _reportlab()
    from reportlab.pdfbase.ttfonts import TTFont

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


def _is_latin_letter(ch: str) -> bool:
    """A letter of the Latin script (or a combining accent), drawn in the Latin chain."""
    o = ord(ch)
    if 0x41 <= o <= 0x5A or 0x61 <= o <= 0x7A:
        return True
    if o in (0xD7, 0xF7):
        return False
    return 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF or 0x300 <= o <= 0x36F


def _is_neutral(ch: str) -> bool:
    """Spaces, ASCII digits and punctuation: they join the run they stand in."""
    return ch.isspace() or (ord(ch) < 0x80 and not ch.isalpha())


def _needs_no_glyph(ch: str) -> bool:
    """Line ends, variation selectors and format characters (ZWJ …) draw nothing themselves."""
    return ch in "\n\r" or _is_selector(ch) or unicodedata.category(ch) in ("Cf", "Cc")


def _chains(role: str, lang: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    latin: tuple[str, ...] = _LATIN_CHAIN[role]
    main: tuple[str, ...] = _MAIN_CHAIN[role]
    if lang in _LANG_LATIN:
        first = _LANG_LATIN[lang][role]
        latin = (first, *(f for f in latin if f != first))
    if lang in _LANG_FIRST:
        first = _LANG_FIRST[lang][role]
        main = (first, *(f for f in main if f != first))
    return latin, main


def _first_with(chain: Iterable[str], text: str) -> str | None:
    for face in chain:
        cmap = _cmap(face)
        if all(ord(c) in cmap for c in text):
            return face
    fb = FALLBACK
    if fallback_font() is not None and all(ord(c) in _cmap(fb) for c in text):
        return fb
    return None


def runs(text: str, font: str, lang: str | None = None) -> list[tuple[str, str]]:
    """Split ``text`` into ``(face, text)`` runs for the role ``font``, in drawing order.

    Latin words go to the Latin chain (one face per word), other characters to the role's
    chain; spaces, digits and ASCII punctuation stay in the run they stand in. A character no
    face has becomes :data:`MISSING`. Variation selectors (IVS) are not drawn (reportlab
    cannot select glyph variants); the base character is, and the rules alert staff.
    """
    return list(_runs(text, font, lang))


_WORD = re.compile(r"[A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]+")


@lru_cache(maxsize=8192)
def _runs(text: str, font: str, lang: str | None = None) -> tuple[tuple[str, str], ...]:
    if not text:
        return ()
    role = font if font in _MAIN_CHAIN else GOTHIC
    latin, main = _chains(role, lang)
    head = main[0]
    cmap = _cmap(head)
    if lang is None and font == head and text.isascii() and not any(c.isalpha() for c in text):
        return ((font, text),)
    if lang is None and all(
        (ord(ch) in cmap and not _is_latin_letter(ch)) or ch in "\n\r" for ch in text
    ):
        return ((font, text),)
    out: list[tuple[str, str]] = []

    def add(face: str, s: str) -> None:
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + s)
        else:
            out.append((face, s))

    i = 0
    while i < len(text):
        ch = text[i]
        m = _WORD.match(text, i) if _is_latin_letter(ch) else None
        if m is not None:
            word = m.group()
            face = _first_with(latin, word) or _first_with(main, word)
            if face is not None:
                add(face, word)
            else:
                for c in word:
                    f = _first_with(latin, c) or _first_with(main, c)
                    add(f or head, c if f else MISSING)
            i = m.end()
            continue
        i += 1
        if _needs_no_glyph(ch):
            if out and out[-1][0] in _SHAPED and unicodedata.category(ch) == "Cf":
                add(out[-1][0], ch)  # ZWJ/ZWNJ steer the shaper: keep them in the run
            continue
        if _is_neutral(ch) and out and ord(ch) in _cmap(out[-1][0]):
            add(out[-1][0], ch)
            continue
        if unicodedata.category(ch) == "Mn" and out and ord(ch) in _cmap(out[-1][0]):
            add(out[-1][0], ch)  # a combining mark stays with its base
            continue
        face = _first_with(main, ch)
        if face is None:
            add(head, MISSING)
        else:
            add(face, ch)
    return tuple(out)


def shaped(face: str) -> bool:
    """True when runs in ``face`` must be drawn through the shaper (see :func:`draw`)."""
    return face in _SHAPED


def draw(canvas: Canvas, x: float, y: float, text: str, face: str, size: float) -> None:
    """Draw one run (as :func:`runs` gives them) at ``(x, y)`` in ``face``.

    A run in a script that needs shaping goes through HarfBuzz (reportlab's ``shapeStr``) and
    each glyph is placed where HarfBuzz puts it: reportlab's own shaped output advances by the
    glyphs' nominal widths, which drifts after a conjunct or a reph (र्म), so text after it
    would overlap.
    """
    canvas.setFont(face, size)
    if face not in _SHAPED:
        canvas.drawString(x, y, text)
        return
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    glyphs = shapeStr(text, face, size)
    if not isinstance(glyphs, ShapedStr):
        canvas.drawString(x, y, text)
        return
    scale = size / 1000
    for ch, g in zip(str(glyphs), glyphs.__shapeData__, strict=False):
        canvas.drawString(x + g.x_offset * scale, y + g.y_offset * scale, ch)
        x += g.x_advance * scale


@lru_cache(maxsize=16384)
def run_width(text: str, face: str, size: float) -> float:
    """Width in points of one run in one face (shaped where the script needs it)."""
    if face in _SHAPED:
        from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

        s = shapeStr(text, face, size)
        if isinstance(s, ShapedStr):
            return float(sum(g.x_advance for g in s.__shapeData__)) * size / 1000
    return float(_reportlab().stringWidth(text, face, size))


@lru_cache(maxsize=16384)
def string_width(text: str, font: str, size: float, lang: str | None = None) -> float:
    """Width in points of ``text`` drawn with fallback runs."""
    return float(sum(run_width(t, f, size) for f, t in _runs(text, font, lang)))


def missing_glyphs(text: str, lang: str | None = None) -> set[str]:
    """The characters of ``text`` that no shipped face draws (whitespace and format marks aside).

    IPAmj Mincho, which is not shipped, is not counted: what is found here is drawn as 〓 on a
    machine without it. The doctor calls this for each enabled language's strings.
    """
    faces = [f for chain in _chains(GOTHIC, lang) for f in chain]
    faces += [f for chain in _chains(MINCHO, lang) for f in chain]
    return {
        ch
        for ch in set(text)
        if not ch.isspace()
        and not _needs_no_glyph(ch)
        and not any(ord(ch) in _cmap(f) for f in dict.fromkeys(faces))
    }
