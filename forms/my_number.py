"""The 12-digit 個人番号 (マイナンバー) is never taken: finding one wherever a person typed it.

The counter never reads or keeps a 個人番号. Text a resident, a clerk, a pre-entry page or a
back-office file hands over is checked here before it is kept: a 12-digit number whose last digit
is the 個人番号's check digit (番号法施行令 8条, computed by python-stdnum's ``stdnum.jp.in_``) is
refused. A random 12-digit number passes the check only once in eleven, so a reference number or
a telephone number is rarely taken for one.

People write digits many ways: half- or full-width, kanji numerals (一二三…, 〇, 大字 such as 壱),
spaced or hyphenated in groups (``1234 5678 9018``). All of them are found.

>>> looks_like_my_number("1234-5678-9018")
True
>>> looks_like_my_number("一二三四 五六七八 九〇一八")
True
>>> looks_like_my_number("123456789010")  # the check digit fails: just a number
False
>>> find_my_number({"persons": [{"note": "番号は１２３４５６７８９０１８"}]})
'persons.0.note'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from stdnum.jp import in_ as jp_in

__all__ = ["find_my_number", "is_my_number", "looks_like_my_number", "normalise_digits"]

#: Kanji numerals (漢数字, with 大字 and 〇) as a resident or clerk may type digits.
_KANJI_DIGITS = str.maketrans("〇零一壱壹二弐貳三参參四五六七八九", "0011122233345678" + "9")
#: What people put between digit groups: spaces, hyphens and dashes (incl. the long-vowel mark
#: ー typed for a dash on Japanese keyboards), dots and slashes.
_SEPARATOR = r"[\s\-‐‑‒–—―−ー･・.,/_]{1,3}"
_GROUPED_DIGITS = re.compile(rf"[0-9]+(?:{_SEPARATOR}[0-9]+)*")
_GROUP_SPLIT = re.compile(_SEPARATOR)


def is_my_number(digits: str) -> bool:
    """Whether ``digits`` is exactly 12 ASCII digits with a valid 個人番号 check digit.

    >>> is_my_number("123456789018"), is_my_number("123456789019")
    (True, False)
    """
    return len(digits) == 12 and digits.isascii() and jp_in.is_valid(digits)


def normalise_digits(text: str) -> str:
    """``text`` with every way of writing a digit turned into ASCII 0-9.

    NFKC folds full-width (１２３) and other compatibility forms; every other Unicode decimal
    digit and the kanji numerals become 0-9.

    >>> normalise_digits("〒２０４−〇〇一一")
    '〒204−0011'
    """
    folded = unicodedata.normalize("NFKC", text).translate(_KANJI_DIGITS)
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in folded
    )


def _twelve_digit_candidates(text: str) -> Iterator[str]:
    """Every 12-digit number written in ``text``, with or without separators between groups.

    A run of digit groups (``1234 5678 9018``, ``03-1234-5678 1234-5678-9018``) yields each
    consecutive stretch of whole groups that adds up to 12 digits; digits are never split
    out of a group, so ``1234567890181`` (13 digits) yields nothing.
    """
    for run in _GROUPED_DIGITS.finditer(normalise_digits(text)):
        groups = _GROUP_SPLIT.split(run.group())
        for i in range(len(groups)):
            total = ""
            for group in groups[i:]:
                total += group
                if len(total) >= 12:
                    break
            if len(total) == 12:
                yield total


def looks_like_my_number(text: str) -> bool:
    """Whether ``text`` holds a 12-digit number with a valid 個人番号 check digit, written any
    way a person might (see the module notes)."""
    return any(is_my_number(digits) for digits in _twelve_digit_candidates(text))


def find_my_number(document: Any, path: str = "") -> str | None:
    """The path of the first key or string value in a JSON-like document that looks like a
    個人番号 (keys too: a number typed as a key of a free-form answer is still stored)."""
    if isinstance(document, dict):
        for key, value in document.items():
            if isinstance(key, str) and looks_like_my_number(key):
                return f"{path}(key)"
            found = find_my_number(value, f"{path}{key}.")
            if found:
                return found
    elif isinstance(document, list):
        for i, value in enumerate(document):
            found = find_my_number(value, f"{path}{i}.")
            if found:
                return found
    elif isinstance(document, str) and looks_like_my_number(document):
        return path.rstrip(".") or "(value)"
    return None
