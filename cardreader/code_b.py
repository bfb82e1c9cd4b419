"""照合番号B: the 14 digits a resident without a PIN reads off the card face.

``YYMMDD`` of the birth date + the 4-digit year of the card's 有効期限 + the 4-digit
セキュリティコード, sent as 14 ASCII digits in a VERIFY of EF 0015 (``00 20 00 80 0E …``). It
opens the 基本4情報 and never the 個人番号 (see :mod:`cardreader.layout` for the access rules
and their sources).

The birth date is the one **printed on the card face**, so its year is the Japanese era year
(和暦) on a Japanese national's card: 1980-02-17 (昭和55年) gives ``550217``. Sources:
soltia48/myna-card ``src/data.rs`` (``verification_code_b``: "the date of birth as YYMMDD in the
Japanese era year, the Gregorian year the card expires, and the four digit security code",
confirmed on a card: 1980-02-17, expiry 2035, security code 2285 → ``55021720352285``);
okaits/nfcpy_mynacard ``login.py`` (``bcode_auth`` checks 14 digits and tells the user to give
the birth year as the two digits written on the card); a public nfcpy script for this AP prompts
"令和2年2月24日生の場合: 020224". A foreign resident's card face prints the birth date in the
Gregorian calendar; for them the predecessor 住民基本台帳カード's 照合番号 took
"外国人西暦下2桁+月日4桁" (Itami City's guidance), and this module assumes the same for the My
Number Card — no public source states it for this card.

The local checks (:func:`check_code_b`) only refuse what cannot be a card-face code under either
calendar — the most common slip being the three parts typed in the wrong order — so that such
an input never costs one of the card's tries.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Literal

from cardreader.errors import InvalidCodeBFormat

BirthCalendar = Literal["wareki", "seireki"]

#: Japanese eras (元号) by their first day, oldest first.
ERAS: tuple[tuple[str, date], ...] = (
    ("明治", date(1868, 10, 23)),
    ("大正", date(1912, 7, 30)),
    ("昭和", date(1926, 12, 25)),
    ("平成", date(1989, 1, 8)),
    ("令和", date(2019, 5, 1)),
)
#: Expiry years a card face can show: cards were first issued in 2016.
EXPIRY_YEARS = range(2016, 2100)

_BIRTH_HINT_JA = (
    "照合番号Bの最初の6桁は、カードに書かれた生年月日（年2桁・月2桁・日2桁、"
    "日本の方は和暦の年）です。"
)
_EXPIRY_HINT_JA = "照合番号Bの7〜10桁目は、カードの有効期限の年（西暦4桁）です。"


def era_year(day: date) -> tuple[str, int]:
    """The era and the year within it (元年 = 1) of a Gregorian date."""
    for name, start in reversed(ERAS):
        if day >= start:
            return name, day.year - start.year + 1
    raise ValueError("before the Meiji era")


def birth_yymmdd(birth_date: date, birth_calendar: BirthCalendar = "wareki") -> str:
    """The six birth-date digits of 照合番号B as the card face prints them."""
    if birth_calendar == "wareki":
        _, year = era_year(birth_date)
        if year > 99:
            raise ValueError("the era year does not fit in two digits")
    else:
        year = birth_date.year % 100
    return f"{year:02d}{birth_date.month:02d}{birth_date.day:02d}"


def code_b_from_card_face(
    birth_date: date,
    expiry_year: int,
    security_code: str,
    *,
    birth_calendar: BirthCalendar = "wareki",
) -> str:
    """The 14 digits of 照合番号B from what the card face shows (used by the card emulator)."""
    if expiry_year not in EXPIRY_YEARS:
        raise ValueError("the expiry year must be a year a card face can show (2016-2099)")
    if len(security_code) != 4 or not (security_code.isascii() and security_code.isdigit()):
        raise ValueError("the security code must be 4 ASCII digits")
    return f"{birth_yymmdd(birth_date, birth_calendar)}{expiry_year:04d}{security_code}"


def _is_birth_date(yy: int, month: int, day: int) -> bool:
    """Whether YYMMDD is a date under some reading of YY: an era year or a Gregorian year."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    years = [1900 + yy, 2000 + yy]
    if yy >= 1:
        years += [start.year + yy - 1 for _, start in ERAS]
    return any(day <= calendar.monthrange(year, month)[1] for year in years)


def check_code_b(digits: str) -> None:
    """Refuse 14 ASCII digits that cannot be a card-face 照合番号B (wrong order of the parts,
    a month 13, a February 30, an expiry year no card shows). The message names the part and
    never repeats the digits."""
    yy, month, day = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    if not _is_birth_date(yy, month, day):
        raise InvalidCodeBFormat(
            "照合番号B (code B): the first 6 digits are not a birth date (YYMMDD)",
            message_ja=_BIRTH_HINT_JA,
        )
    if int(digits[6:10]) not in EXPIRY_YEARS:
        raise InvalidCodeBFormat(
            "照合番号B (code B): digits 7-10 are not the card's expiry year",
            message_ja=_EXPIRY_HINT_JA,
        )
