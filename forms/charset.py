"""Characters outside JIS X 0208 (非JIS文字): found, named, never substituted.

Card text is only a hint; the authoritative characters live in the 住民記録 system
(文字情報基盤 / MJ). A character outside JIS X 0208 — 𠮷 (U+20BB7), 髙 (U+9AD9), an IVS
variation selector — must reach staff as an alert that names it, so that they pick the right
register character. Nothing here replaces a character.

JIS X 0208 membership is decided by Python's ``iso2022_jp`` codec, whose JIS X 0208 part is the
Unicode Consortium's JIS0208.TXT mapping (JIS X 0208-1990 to Unicode, 1994): a character is JIS X
0208 when it encodes after ``ESC $ B`` (or ``ESC $ @``). ASCII counts too; the two characters only
JIS X 0201 Roman holds (YEN SIGN U+00A5, OVERLINE U+203E, encoded after ``ESC ( J``) do not —
JIS X 0208 has its own full-width ￥ and ￣.

Vendors map a few JIS X 0208 code points to different Unicode characters (Microsoft CP932 on
every Windows PC and in card addresses, Apple and the JIS X 0213:2004 table): the same JIS
character arrives as either, so both are JIS X 0208 here.

====  ==========================  ===============================  =============================
区点   character                   JIS0208.TXT (and Python)         other mappings
====  ==========================  ===============================  =============================
1-29  ― 全角ダッシュ               U+2015 HORIZONTAL BAR            U+2014 EM DASH (JIS X 0213,
                                                                    Apple); CP932 also U+2015
1-33  〜 波ダッシュ                 U+301C WAVE DASH                 U+FF5E FULLWIDTH TILDE (CP932)
1-34  ‖ 双柱                       U+2016 DOUBLE VERTICAL LINE      U+2225 PARALLEL TO (CP932)
1-61  − 負符号                     U+2212 MINUS SIGN                U+FF0D FULLWIDTH HYPHEN-MINUS
                                                                    (CP932)
1-81  ¢  1-82 £  2-44 ¬            U+00A2, U+00A3, U+00AC           U+FFE0, U+FFE1, U+FFE2 (CP932)
====  ==========================  ===============================  =============================
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["VENDOR_TO_JIS", "NonJisChar", "describe", "is_jis_x0208", "non_jis_chars"]

# Other vendors' code points of JIS X 0208 characters → the JIS0208.TXT code point (table above).
VENDOR_TO_JIS: dict[str, str] = {
    "\u2014": "\u2015",  # — EM DASH (JIS X 0213, Apple) → ― HORIZONTAL BAR, 1-29
    "\uff5e": "\u301c",  # ～ FULLWIDTH TILDE (CP932) → 〜 WAVE DASH, 1-33
    "\u2225": "\u2016",  # ∥ PARALLEL TO (CP932) → ‖ DOUBLE VERTICAL LINE, 1-34
    "\uff0d": "\u2212",  # － FULLWIDTH HYPHEN-MINUS (CP932) → − MINUS SIGN, 1-61
    "\uffe0": "\u00a2",  # ￠ (CP932) → ¢, 1-81
    "\uffe1": "\u00a3",  # ￡ (CP932) → £, 1-82
    "\uffe2": "\u00ac",  # ￢ (CP932) → ¬, 2-44
}
"""Vendor code points of JIS X 0208 characters and the JIS0208.TXT code point of each."""


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


def is_jis_x0208(ch: str) -> bool:
    """True for one character of JIS X 0208 (or ASCII), under any of the vendor mappings."""
    if len(ch) != 1:
        raise ValueError("one character expected")
    if ch.isascii():
        return True
    ch = VENDOR_TO_JIS.get(ch, ch)
    try:
        encoded = ch.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    # Only the JIS X 0208 designations count, not JIS X 0201 Roman (ESC ( J: ¥ and ‾).
    return encoded.startswith((b"\x1b$B", b"\x1b$@"))


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
        if len(cluster) > 1 or not is_jis_x0208(ch):
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
