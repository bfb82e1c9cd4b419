"""開庁日 and 閉庁日: the days a municipal office is closed, and deadlines that move past them.

地方自治法 4条の2第4項: when the last day of a period set by law for a filing to a municipality
(届出期間 of 14 days for 転入・転居, 住民基本台帳法 22・23条; the 30 days of a 特例転入) falls on a
day the office is closed (地方公共団体の休日), the deadline is the next day it is open.

Closed days (4条の2第1項・第2項): 日曜日 and 土曜日, 国民の祝日 (祝日法 holidays, including
振替休日 and 国民の休日 — computed by the ``jpholiday`` library), 12月29日 to 1月3日, and the days
the municipality closes by its own ordinance (条例), which the caller passes in: specific dates
(``closed_dates``) and yearly ones (``closed_annual``, e.g. 6月23日 慰霊の日 in Okinawa). With
no arguments the calendar knows the days the law closes every office.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import jpholiday

__all__ = ["OfficeCalendar"]

_SEARCH_LIMIT = 400
"""Days searched for an open day before giving up (a calendar closed for a whole year is wrong)."""


@dataclass(frozen=True)
class OfficeCalendar:
    """The closed days of one municipal office (地方公共団体の休日).

    ``closed_dates``: the municipality's own closing days on given dates (条例で定める休日);
    ``closed_annual``: closing days that recur every year, as ``(month, day)``.
    """

    closed_dates: frozenset[date] = frozenset()
    closed_annual: frozenset[tuple[int, int]] = frozenset()

    def __post_init__(self) -> None:
        for month, day in self.closed_annual:
            try:
                date(2000, month, day)  # a leap year, so 2月29日 is a day
            except (TypeError, ValueError):
                raise ValueError(
                    f"closed_annual: ({month!r}, {day!r}) is not a month and day"
                ) from None

    @classmethod
    def from_strings(
        cls, closed_dates: Iterable[str] = (), closed_annual: Iterable[str] = ()
    ) -> OfficeCalendar:
        """A calendar from configuration text: dates ``YYYY-MM-DD`` and yearly days ``MM-DD``.

        A malformed entry is a ValueError naming it, in one line.
        """
        dates: set[date] = set()
        for text in closed_dates:
            try:
                dates.add(date.fromisoformat(text.strip()))
            except (AttributeError, ValueError):
                raise ValueError(f"closed day {text!r} is not a date (YYYY-MM-DD)") from None
        annual: set[tuple[int, int]] = set()
        for text in closed_annual:
            month, sep, day = str(text).strip().partition("-")
            try:
                date(2000, int(month), int(day))  # a leap year, so 02-29 is a day
            except ValueError:
                raise ValueError(
                    f"yearly closed day {text!r} is not a month and day (MM-DD)"
                ) from None
            if not sep:
                raise ValueError(f"yearly closed day {text!r} is not a month and day (MM-DD)")
            annual.add((int(month), int(day)))
        return cls(closed_dates=frozenset(dates), closed_annual=frozenset(annual))

    def closed_reason(self, day: date) -> str | None:
        """Why the office is closed on ``day`` (``土曜日``, ``国民の祝日（元日）`` …), or None."""
        if day.weekday() == 6:
            return "日曜日"
        if day.weekday() == 5:
            return "土曜日"
        holiday = jpholiday.is_holiday_name(day)
        if holiday:
            return f"国民の祝日（{holiday}）"
        if (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3):
            return "年末年始（12月29日〜1月3日）"
        if day in self.closed_dates or (day.month, day.day) in self.closed_annual:
            return "市町村の休日"
        return None

    def is_closed(self, day: date) -> bool:
        """True on a day the office is closed (地方公共団体の休日)."""
        return self.closed_reason(day) is not None

    def next_open_day(self, day: date) -> date:
        """``day`` itself when the office is open, else the next day it is."""
        for _ in range(_SEARCH_LIMIT):
            if not self.is_closed(day):
                return day
            day += timedelta(days=1)
        raise ValueError(f"the office calendar has no open day within {_SEARCH_LIMIT} days")

    def deadline(self, start: date, days: int) -> date:
        """The last day of a period of ``days`` days counted from the day after ``start``
        (初日不算入), moved to the next open day when it falls on a closed one."""
        return self.next_open_day(start + timedelta(days=days))
