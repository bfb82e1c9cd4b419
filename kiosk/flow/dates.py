"""Dates as the resident reads them (日付の表示): in their language, in the calendar they chose.

Japanese readers (``ja``, やさしい日本語 ``ja-easy``) start with the Japanese calendar (和暦,
``wareki``); everyone else starts with the Western calendar (西暦, ``seireki``), since a newcomer
meets 令和 on few documents at home. Either can be chosen on the date step; every date the screens
show — the date step, the confirm screen, the done screen, the card holder's birth date — then
follows that choice, written the way the language writes dates (``April 14, 2026``,
``2026년 4월 14일``, ``ngày 14 tháng 4 năm 2026`` …).

What is printed on the form is not decided here: the form is Japanese and keeps
:func:`forms.wareki.format_date`. やさしい日本語 dates carry furigana marks (``{月|がつ}``) that
the screens draw as ruby.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from forms import wareki
from forms.model import FlexDate

__all__ = ["CALENDARS", "Calendar", "default_calendar", "format_any", "format_date"]

Calendar = Literal["wareki", "seireki"]
CALENDARS: tuple[Calendar, ...] = ("wareki", "seireki")

#: Languages whose readers start with the Japanese calendar.
_WAREKI_FIRST = frozenset({"ja", "ja-easy"})

_ERA_READINGS = {
    "明治": "めいじ",
    "大正": "たいしょう",
    "昭和": "しょうわ",
    "平成": "へいせい",
    "令和": "れいわ",
}
_ERA_LATIN = {"明治": "Meiji", "大正": "Taisho", "昭和": "Showa", "平成": "Heisei", "令和": "Reiwa"}
_ERA_KO = {"明治": "메이지", "大正": "다이쇼", "昭和": "쇼와", "平成": "헤이세이", "令和": "레이와"}
_ERA_NE = {"明治": "मेइजी", "大正": "ताइशो", "昭和": "शोवा", "平成": "हेइसेई", "令和": "रेइवा"}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fil": [
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ],
    "ne": [
        "जनवरी",
        "फेब्रुअरी",
        "मार्च",
        "अप्रिल",
        "मे",
        "जुन",
        "जुलाई",
        "अगस्ट",
        "सेप्टेम्बर",
        "अक्टोबर",
        "नोभेम्बर",
        "डिसेम्बर",
    ],
}


def default_calendar(language: str) -> Calendar:
    """和暦 for Japanese readers, 西暦 for everyone else."""
    return "wareki" if language in _WAREKI_FIRST else "seireki"


def _year(d: date, calendar: Calendar, language: str) -> str:
    """The year as the language names it: ``2026``, or the era and its year (``Reiwa 8``)."""
    if calendar == "seireki":
        return str(d.year)
    era, year = wareki.era_of(d)
    if language in ("ja", "zh"):
        return f"{era.name}{'元' if year == 1 else year}"
    if language == "ja-easy":
        return f"{{{era.name}|{_ERA_READINGS[era.name]}}}{'{元|がん}' if year == 1 else year}"
    if language == "ko":
        return f"{_ERA_KO[era.name]} {year}"
    if language == "ne":
        return f"{_ERA_NE[era.name]} {year}"
    return f"{_ERA_LATIN[era.name]} {year}"


def format_date(d: date | None, calendar: str, language: str) -> str:
    """``d`` in ``calendar`` (``wareki`` / ``seireki``) as ``language`` writes dates ("" for None).

    A date before 1873 (no 和暦 of the solar calendar) is written in the Western calendar.
    """
    if d is None:
        return ""
    cal: Calendar = "wareki" if calendar == "wareki" else "seireki"
    try:
        year = _year(d, cal, language)
    except wareki.WarekiError:
        year = _year(d, "seireki", language)
    m, day = d.month, d.day
    if language in ("ja", "zh"):
        return f"{year}年{m}月{day}日"
    if language == "ja-easy":
        return f"{year}{{年|ねん}}{m}{{月|がつ}}{day}{{日|にち}}"
    if language == "ko":
        return f"{year}년 {m}월 {day}일"
    if language == "vi":
        return f"ngày {day} tháng {m} năm {year}"
    if language in ("pt", "es"):
        return f"{day} de {_MONTHS[language][m - 1]} de {year}"
    if language == "ne":
        return f"{year} {_MONTHS['ne'][m - 1]} {day}"
    months = _MONTHS["fil" if language == "fil" else "en"]
    return f"{months[m - 1]} {day}, {year}"


def format_any(value: date | FlexDate | None, calendar: str, language: str) -> str:
    """Like :func:`format_date`; a partly unknown date (不詳) is shown as the form prints it."""
    if isinstance(value, FlexDate):
        return wareki.format_date(value, western=calendar == "seireki")
    return format_date(value, calendar, language)
