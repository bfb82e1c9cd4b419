"""Which characters fall outside JIS X 0208, so staff can check them (外字 alerts).

Back-office 住民記録 systems and many printers still work in JIS X 0208; a name such as 𠮷田
(U+20BB7) or 髙橋 (U+9AD9) must reach them as it is, with a note for staff, never replaced by a
look-alike. The card's text is Unicode (UTF-8), so we test each character against the JIS X 0208
repertoire via the ISO-2022-JP codec, accepting the Unicode variants that the common mapping
tables (CP932, JIS) disagree on for the same JIS X 0208 code point (e.g. U+FF0D vs U+2212).
"""

from __future__ import annotations

from dataclasses import dataclass

# Same JIS X 0208 code point, different Unicode in different mapping tables.
_MAPPING_VARIANTS = {
    "\uff0d": "\u2212",  # － FULLWIDTH HYPHEN-MINUS / − MINUS SIGN (1-1-61)
    "\uff5e": "\u301c",  # ～ FULLWIDTH TILDE / 〜 WAVE DASH (1-1-33)
    "\u2225": "\u2016",  # ∥ PARALLEL TO / ‖ DOUBLE VERTICAL LINE (1-1-34)
    "\uffe0": "\u00a2",  # ￠ (1-1-81)
    "\uffe1": "\u00a3",  # ￡ (1-1-82)
    "\uffe2": "\u00ac",  # ￢ (1-2-44)
    "\u2014": "\u2015",  # — EM DASH / ― HORIZONTAL BAR (1-1-29)
}


@dataclass(frozen=True)
class OutsideChar:
    """One character outside JIS X 0208 and where it is."""

    char: str
    index: int

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.char):04X}"


def in_jis_x0208(char: str) -> bool:
    """True for ASCII and for characters of the JIS X 0208 repertoire."""
    if len(char) != 1:
        raise ValueError("one character expected")
    if char.isascii():
        return char.isprintable()
    char = _MAPPING_VARIANTS.get(char, char)
    try:
        encoded = char.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    # JIS X 0201 Roman (ESC ( J) is ASCII-like, not JIS X 0208; only ESC $ @ / ESC $ B count.
    return encoded.startswith((b"\x1b$B", b"\x1b$@"))


def outside_jis_x0208(text: str) -> list[OutsideChar]:
    """The characters of ``text`` outside JIS X 0208, in order (repeats included)."""
    return [OutsideChar(ch, i) for i, ch in enumerate(text) if not in_jis_x0208(ch)]
