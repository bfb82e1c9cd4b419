"""和暦 (Japanese era dates): exact era boundaries, 元年, and 不詳 dates.

Era boundaries are the first day of each era in the Gregorian calendar:

====  ==========
明治  1868-01-25 (numbering only: before 1873-01-01 Japan used the lunisolar calendar)
大正  1912-07-30
昭和  1926-12-25
平成  1989-01-08
令和  2019-05-01
====  ==========

So 1989-01-07 is 昭和64年1月7日 and 1989-01-08 is 平成元年1月8日. Year 1 of an era is written
元年 on forms (``gannen=False`` prints 1年 for machine formats).

The standard (住民記録システム標準仕様書 1.1.8) also accepts the dates 明治45年7月30日 and
大正15年12月25日 — the days the era changed, written in the old era — and non-calendar dates from
戸籍 (2月29日 of a common year); :func:`parse` accepts both, returning a
:class:`~forms.model.FlexDate` where a calendar ``date`` cannot hold the value.

明治1–5年 (明治元年1月1日 to 明治5年12月2日) were counted in the lunisolar calendar: the next day
after 明治5年12月2日 was 明治6年1月1日 (1873-01-01). Such a date from 戸籍 is kept as written — a
:class:`~forms.model.FlexDate` with ``era="明治"``, the old month and day and ``leap_month`` for a
閏月 — and never converted: :func:`parse` returns it, :func:`format_date` prints it back as
written (in 和暦 even where 西暦 is asked for, since no Gregorian date is held).

:func:`format_date` is the one formatter for printed outputs (PDF, receipt, CSV, screens): it
never raises.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError

from forms.model import EraName, FlexDate

__all__ = [
    "ERAS",
    "Era",
    "WarekiError",
    "era_of",
    "format_date",
    "format_flex",
    "format_wareki",
    "parse",
]


class WarekiError(ValueError):
    """A date that cannot be written or read as 和暦."""


@dataclass(frozen=True)
class Era:
    """One era (元号): its name, one-letter abbreviation and first day."""

    name: EraName
    letter: str
    start: date


ERAS: tuple[Era, ...] = (
    Era("明治", "M", date(1868, 1, 25)),
    Era("大正", "T", date(1912, 7, 30)),
    Era("昭和", "S", date(1926, 12, 25)),
    Era("平成", "H", date(1989, 1, 8)),
    Era("令和", "R", date(2019, 5, 1)),
)
_BY_NAME = {e.name: e for e in ERAS} | {e.letter: e for e in ERAS}
_GREGORIAN_ADOPTED = date(1873, 1, 1)  # 明治6年1月1日: the solar calendar starts


def era_of(d: date) -> tuple[Era, int]:
    """The era and era year of a Gregorian date (``1989-01-07`` → 昭和, 64)."""
    if d < _GREGORIAN_ADOPTED:
        raise WarekiError(
            f"{d.isoformat()} is before 1873-01-01, when Japan still used the lunisolar "
            "calendar; enter such a date as written in 戸籍 (不詳 form)"
        )
    for era in reversed(ERAS):
        if d >= era.start:
            return era, d.year - era.start.year + 1
    raise WarekiError(f"{d.isoformat()} is before 明治")  # pragma: no cover - guarded above


def _year_text(year: int, gannen: bool) -> str:
    return "元" if year == 1 and gannen else str(year)


def format_wareki(d: date, *, gannen: bool = True) -> str:
    """A date in 和暦 as the form writes it: an era's first year is 元年 (``gannen=False``: 1年).

    >>> format_wareki(date(1989, 1, 7)), format_wareki(date(2019, 5, 1))
    ('昭和64年1月7日', '令和元年5月1日')
    """
    era, year = era_of(d)
    return f"{era.name}{_year_text(year, gannen)}年{d.month}月{d.day}日"


def format_flex(value: FlexDate, *, gannen: bool = True, western: bool = False) -> str:
    """A 不詳, non-calendar or lunisolar date as printed: ``昭和50年 月日不詳``, ``年月日不詳``,
    ``明治3年閏10月5日``.

    The era is the one the date was written in (``value.era``) when known, since in a year
    that spans two eras (1989) a date with an unknown month belongs to either. A 明治1–5年
    (lunisolar) date is printed as written whatever ``western`` says; a date without an era
    before 1873 is a Gregorian year and is printed in 西暦.
    """
    if value.year is None:
        return "年月日不詳" + (value.qualifier or "")
    if value.is_lunisolar:
        head = f"明治{_year_text(value.year - 1867, gannen)}年"
    elif western:
        head = f"{value.year}年"
    else:
        era = _BY_NAME.get(value.era or "")
        if era is None and value.year < _GREGORIAN_ADOPTED.year:
            head = f"{value.year}年"
        else:
            if era is None:
                probe = date(value.year, value.month or 1, min(value.day or 1, 28))
                era, _ = era_of(probe)
            head = f"{era.name}{_year_text(value.year - era.start.year + 1, gannen)}年"
    text = head
    # A qualifier (頃, 推定 …) already says the rest is not known; otherwise say 不詳.
    unknown = "" if value.qualifier else "不詳"
    if value.month is None:
        text += f" 月日{unknown}" if unknown else ""
    else:
        text += f"{'閏' if value.leap_month else ''}{value.month}月"
        if value.day is not None:
            text += f"{value.day}日"
        elif unknown:
            text += f" 日{unknown}"
    if value.qualifier and value.qualifier.startswith("推定"):
        return "推定" + text + value.qualifier[2:]
    if value.qualifier:
        text += value.qualifier
    return text


def format_date(value: date | FlexDate | None, *, western: bool = False) -> str:
    """Any date of the model as printed (和暦 unless ``western``); never raises.

    The formatter every printed output uses (form PDF, receipt, CSV 表記 columns, screens):

    - a :class:`~forms.model.FlexDate` of 明治1–5年 (lunisolar) is printed as 戸籍 writes it
      (``明治5年12月2日``, ``明治3年閏10月5日``), in 和暦 even when ``western`` is asked for;
    - other 不詳 and non-calendar dates as in :func:`format_flex`;
    - a Gregorian ``date`` before 1873-01-01 has no 和暦 spelling and is printed in 西暦.
    """
    if value is None:
        return ""
    if isinstance(value, FlexDate):
        return format_flex(value, western=western)
    if western or value < _GREGORIAN_ADOPTED:
        return f"{value.year}年{value.month}月{value.day}日"
    return format_wareki(value)


_PATTERN = re.compile(
    r"^(?P<era>明治|大正|昭和|平成|令和|[MTSHR])\s*(?P<year>元|\d{1,3})\s*[年.\-/]\s*"
    r"(?:(?P<leap>閏)?(?P<month>\d{1,2})\s*[月.\-/]?\s*(?:(?P<day>\d{1,2})\s*日?)?)?\s*"
    r"(?P<rest>.*)$"
)
_WESTERN = re.compile(
    r"^(?P<year>\d{4})\s*[年.\-/]\s*(?:(?P<month>\d{1,2})\s*[月.\-/]?\s*"
    r"(?:(?P<day>\d{1,2})\s*日?)?)?\s*(?P<rest>.*)$"
)


def parse(text: str) -> date | FlexDate:
    """Read a date written in 和暦 or 西暦, full-width digits allowed.

    ``昭和64年1月7日`` → ``date(1989, 1, 7)``; ``平成元年1月8日`` → ``date(1989, 1, 8)``;
    ``昭和50年 月日不詳`` → ``FlexDate(year=1975, qualifier=None)`` with month and day missing;
    ``年月日不詳`` → an all-unknown ``FlexDate``. A year past the era's end (``昭和65年``) or
    before its start (``平成元年1月7日``) is an error, except the two transition days the
    standard allows (明治45年7月30日, 大正15年12月25日). A 明治1–5年 date (``明治5年12月2日``,
    ``明治3年閏10月5日``) stays a lunisolar ``FlexDate``; ``明治5年12月3日`` and later days of
    that month never existed and are an error.
    """
    s = unicodedata.normalize("NFKC", text).strip()
    if s in ("年月日不詳", "不詳"):
        return FlexDate()
    presumed = s.startswith("推定")
    if presumed:
        s = s[2:].strip()
    m = _PATTERN.match(s)
    leap = False
    if m:
        era = _BY_NAME[m["era"]]
        era_year = 1 if m["year"] == "元" else int(m["year"])
        if era_year < 1:
            raise WarekiError(f"{text!r}: era year must be 1 or more")
        year = era.start.year + era_year - 1
        leap = bool(m["leap"])
    else:
        m = _WESTERN.match(s)
        if not m:
            raise WarekiError(f"{text!r} is not a date (e.g. 昭和64年1月7日 or 1989年1月7日)")
        era = None
        year = int(m["year"])
    month = int(m["month"]) if m["month"] else None
    day = int(m["day"]) if m["day"] else None
    rest = (m["rest"] or "").strip()
    if month is not None and not 1 <= month <= 12:
        raise WarekiError(f"{text!r}: month {month} does not exist")
    if day is not None and not 1 <= day <= 31:
        raise WarekiError(f"{text!r}: day {day} does not exist")
    qualifier = _qualifier(rest)
    if presumed:
        qualifier = "推定" + (qualifier or "")
    if era is not None and era.name == "明治" and year < _GREGORIAN_ADOPTED.year:
        return _lunisolar(text, year, month, day, leap, qualifier)
    if leap:
        raise WarekiError(f"{text!r}: a 閏月 exists only in 明治1–5年 (the lunisolar calendar)")
    if era is not None:
        _check_in_era(text, era, year, month, day)
    if month is not None and day is not None and qualifier is None:
        try:
            return date(year, month, day)
        except ValueError:
            # Not on the calendar (2月29日 of a common year): 戸籍 may hold it; keep it as is.
            return FlexDate(year=year, month=month, day=day, era=era.name if era else None)
    return FlexDate(
        year=year, month=month, day=day, qualifier=qualifier, era=era.name if era else None
    )


def _lunisolar(
    text: str, year: int, month: int | None, day: int | None, leap: bool, qualifier: str | None
) -> FlexDate:
    """A 明治1–5年 date, kept as written (never converted to the Gregorian calendar)."""
    try:
        return FlexDate(
            year=year, month=month, day=day, era="明治", leap_month=leap, qualifier=qualifier
        )
    except ValidationError as exc:
        reason = exc.errors()[0]["msg"].removeprefix("Value error, ")
        raise WarekiError(f"{text!r}: {reason}") from None


def _qualifier(rest: str) -> str | None:
    cleaned = rest.replace("月日不詳", "").replace("日不詳", "").replace("不詳", "").strip()
    return cleaned or None


_TRANSITION_DAYS = {("明治", 45, 7, 30), ("大正", 15, 12, 25)}


def _check_in_era(text: str, era: Era, year: int, month: int | None, day: int | None) -> None:
    """Reject dates outside the named era, except the two transition days the standard allows."""
    era_year = year - era.start.year + 1
    if (era.name, era_year, month, day) in _TRANSITION_DAYS:
        return
    first = (era.start.year, era.start.month, era.start.day)
    index = ERAS.index(era)
    nxt = ERAS[index + 1].start if index + 1 < len(ERAS) else None
    # Compare only the known parts: 昭和64年 月日不詳 is fine, 昭和64年2月 is not.
    probe_first = (year, month or 12, day or 31)
    if probe_first < first:
        raise WarekiError(f"{text!r} is before {era.name} began ({era.start.isoformat()})")
    if nxt is not None:
        probe_last = (year, month or 1, day or 1)
        if probe_last >= (nxt.year, nxt.month, nxt.day):
            raise WarekiError(f"{text!r} is after {era.name} ended ({nxt.isoformat()} began)")
