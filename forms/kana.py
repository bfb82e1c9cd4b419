"""フリガナ: normalisation to full-width katakana and a lenient comparison key.

The register stores フリガナ in full-width katakana (振り仮名 is an official item from
2025-05-26). Residents type hiragana, half-width katakana or mixed widths; :func:`to_katakana`
turns all of them into full-width katakana. :func:`match_key` is for comparisons (is this the
same person as that record?), where voiced/unvoiced (ガ/カ), small/large (ッ/ツ, ャ/ヤ), ー and
spaces must not make a difference.
"""

from __future__ import annotations

import re
import unicodedata

import jaconv

__all__ = ["is_katakana", "match_key", "to_katakana"]

_SPACES = re.compile(r"[ \u3000]+")
_KATAKANA = re.compile(r"^[\u30a1-\u30fa\u30fc\u30fd\u30fe\u3000 ・]*$")
_SMALL = str.maketrans("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ")


def to_katakana(text: str) -> str:
    """Hiragana / half-width katakana / ASCII-width spaces → full-width katakana.

    Spaces between family and given name become one U+3000; everything that is not kana is
    kept as typed (a name in the Latin alphabet is not silently turned into something else).
    """
    s = jaconv.h2z(text, kana=True, ascii=False, digit=False)
    s = jaconv.hira2kata(s)
    s = _SPACES.sub("\u3000", s.strip())
    return s


def is_katakana(text: str, *, address: bool = False) -> bool:
    """True when ``text`` is full-width katakana (with ー, ・ and spaces) only.

    ``address=True`` also allows digits and hyphens, which address readings contain
    (``キタ１ジョウニシ``, ``２チョウメ``).
    """
    if address:
        text = re.sub(r"[0-9０-９\-－−‐]", "", text)
    return bool(_KATAKANA.match(text))


def match_key(text: str) -> str:
    """A key equal for spellings that differ only in voicing, small kana, ー or spaces.

    ``match_key("ガッコウ") == match_key("かつこう")``.
    """
    s = to_katakana(text)
    # Decompose voiced / semi-voiced marks away (ガ → カ + ゛), then drop the marks.
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if c not in "\u3099\u309a\u309b\u309c")
    s = unicodedata.normalize("NFC", s)
    s = s.replace("ヴ", "ウ").translate(_SMALL)
    return re.sub(r"[ー\u3000 ・]", "", s)
