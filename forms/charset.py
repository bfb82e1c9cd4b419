"""Characters outside JIS X 0208 (非JIS文字): found, named, never substituted.

Card text is only a hint; the authoritative characters live in the 住民記録 system
(文字情報基盤 / MJ). A character outside JIS X 0208 — 𠮷 (U+20BB7), 髙 (U+9AD9), an IVS
variation selector — must reach staff as an alert that names it, so that they pick the right
register character. Nothing here replaces a character.

JIS X 0208 membership is decided by Python's ``iso2022_jp`` codec (ASCII + JIS X 0201 Roman +
JIS X 0208). A few characters are JIS X 0208 under the Microsoft mapping but not under the JIS
one (full-width hyphen-minus U+FF0D on every card address, wave dash U+FF5E …); they are treated
as JIS X 0208 since they are the same code points in the standard.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["NonJisChar", "describe", "non_jis_chars"]

# Microsoft-mapping code points of JIS X 0208 characters → the JIS-mapping code point.
_MS_TO_JIS = {
    "\uff0d": "\u2212",  # － FULLWIDTH HYPHEN-MINUS → MINUS SIGN (1-29)
    "\uff5e": "\u301c",  # ～ FULLWIDTH TILDE → WAVE DASH (1-33)
    "\u2225": "\u2016",  # ∥ PARALLEL TO → DOUBLE VERTICAL LINE (1-34)
    "\uffe0": "\u00a2",  # ￠ (1-81)
    "\uffe1": "\u00a3",  # ￡ (1-82)
    "\uffe2": "\u00ac",  # ￢ (2-44)
    "\u2015": "\u2015",  # ― HORIZONTAL BAR (1-29 in JIS)
    "\u2014": "\u2015",  # — EM DASH, the JIS 1-29 under some mappings
}


@dataclass(frozen=True)
class NonJisChar:
    """One character outside JIS X 0208, with where it occurs."""

    char: str
    index: int

    @property
    def codepoint(self) -> str:
        """``U+20BB7``-style notation (a variation selector is shown on its own)."""
        return "+".join(f"U+{ord(c):04X}" for c in self.char)

    def describe(self) -> str:
        return describe(self.char)


def _is_jis(ch: str) -> bool:
    ch = _MS_TO_JIS.get(ch, ch)
    if ch in "\r\n\t":
        return True
    try:
        ch.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    return True


def non_jis_chars(text: str) -> list[NonJisChar]:
    """Every character of ``text`` outside JIS X 0208, in order (a character with its IVS
    variation selector counts once, with the selector)."""
    found: list[NonJisChar] = []
    i = 0
    while i < len(text):
        ch = text[i]
        j = i + 1
        # Keep an ideographic variation selector (U+E0100..U+E01EF) or VS1-16 with its base.
        while j < len(text) and (
            0xE0100 <= ord(text[j]) <= 0xE01EF or 0xFE00 <= ord(text[j]) <= 0xFE0F
        ):
            j += 1
        cluster = text[i:j]
        if len(cluster) > 1 or not _is_jis(ch):
            found.append(NonJisChar(cluster, i))
        i = j
    return found


def describe(char: str) -> str:
    """``「𠮷」(U+20BB7)`` — how an alert names a character to staff."""
    points = "+".join(f"U+{ord(c):04X}" for c in char)
    base = char[0]
    if unicodedata.category(base) in ("Cc", "Cf", "Mn"):
        return f"({points})"
    return f"「{char}」({points})"
