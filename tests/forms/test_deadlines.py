"""届出期間 and the office's closed days, the per-city 転出 advance limit, and 特例転入's periods.

The 14 days of a 転入・転居 are counted from the day after the move; a last day the office is
closed moves to the next open day (地方自治法 4条の2第4項). Every case goes through
``forms.check`` and, where a city's own setting matters, through ``kiosk form check``.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import jsonschema_rs
import pytest

from forms import (
    CheckContext,
    Notification,
    OfficeCalendar,
    TenshutsuShomei,
    check,
    json_schema,
    write_csv,
)
from forms.csvio import read_csv
from forms.rules import filing_deadline
from kiosk.app.cli import main
from tests.forms import factory


def tennyu(moved: date, filed: date) -> Notification:
    n = factory.tennyu_family()
    n.todoke.moved_on = moved
    n.todoke.filed_on = filed
    return n


def late(n: Notification, context: CheckContext | None = None) -> bool:
    result = check(n, today=n.todoke.filed_on, context=context)
    return "late_filing" in {f.code for f in result.alerts}


# (moved on, the 14th day, why it is closed, the deadline it moves to)
CLOSED_14TH_DAYS = [
    (date(2026, 3, 28), date(2026, 4, 11), "土曜日", date(2026, 4, 13)),  # Sat → Mon
    (date(2026, 3, 29), date(2026, 4, 12), "日曜日", date(2026, 4, 13)),
    # 12月29日 is a Monday in 2025; 12/29–1/3 and the weekend after: Monday 1月5日.
    (date(2025, 12, 15), date(2025, 12, 29), "年末年始", date(2026, 1, 5)),
    (date(2025, 12, 20), date(2026, 1, 3), "土曜日", date(2026, 1, 5)),
    # 昭和の日 (Wednesday) → Thursday.
    (date(2026, 4, 15), date(2026, 4, 29), "国民の祝日（昭和の日）", date(2026, 4, 30)),
    # こどもの日, then the 振替休日 for 憲法記念日 on a Sunday → Thursday 5月7日.
    (date(2026, 4, 21), date(2026, 5, 5), "国民の祝日（こどもの日）", date(2026, 5, 7)),
]


@pytest.mark.parametrize(("moved", "fourteenth", "why", "deadline"), CLOSED_14TH_DAYS)
def test_a_14th_day_the_office_is_closed_moves_the_deadline_to_the_next_open_day(
    moved: date, fourteenth: date, why: str, deadline: date
) -> None:
    calendar = OfficeCalendar()
    assert calendar.closed_reason(fourteenth) is not None
    assert why in (calendar.closed_reason(fourteenth) or "")
    assert filing_deadline(moved) == deadline
    assert not late(tennyu(moved, deadline))  # filed on the next open day: on time
    after = date.fromordinal(deadline.toordinal() + 1)
    n = tennyu(moved, after)
    assert late(n)
    alert = next(f for f in check(n, today=after).alerts if f.code == "late_filing")
    assert str(deadline) in alert.message_ja and str(fourteenth) in alert.message_ja
    assert check(n, today=after).can_file  # late filings are accepted, with the alert


def test_saturday_14th_day_filed_the_monday_after_is_on_time() -> None:
    """The issue's case: moved 3月28日, 14th day 4月11日 (Saturday), filed Monday 4月13日."""
    n = tennyu(date(2026, 3, 28), date(2026, 4, 13))
    assert date(2026, 4, 11).weekday() == 5
    result = check(n, today=date(2026, 4, 13))
    assert "late_filing" not in result.codes()
    assert result.errors == [] and result.alerts == []


def test_an_open_14th_day_is_the_deadline_itself() -> None:
    moved = date(2026, 3, 27)  # 14th day: Friday 4月10日
    assert filing_deadline(moved) == date(2026, 4, 10)
    assert not late(tennyu(moved, date(2026, 4, 10)))
    assert late(tennyu(moved, date(2026, 4, 13)))  # the weekend after does not help


def test_the_citys_own_closing_day_moves_the_deadline() -> None:
    moved = date(2026, 5, 18)  # 14th day: Monday 6月1日, open by law
    n = tennyu(moved, date(2026, 6, 2))
    assert late(n)  # without the city's calendar
    city = CheckContext(calendar=OfficeCalendar(closed_dates=frozenset({date(2026, 6, 1)})))
    assert not late(n, city)
    assert filing_deadline(moved, city) == date(2026, 6, 2)
    message = next(
        f
        for f in check(tennyu(moved, date(2026, 6, 3)), context=city, today=date(2026, 6, 3)).alerts
        if f.code == "late_filing"
    )
    assert "市町村の休日" in message.message_ja


def test_a_yearly_closing_day_applies_every_year() -> None:
    okinawa = OfficeCalendar.from_strings(closed_annual=["06-23"])  # 慰霊の日
    assert okinawa.is_closed(date(2026, 6, 23)) and okinawa.is_closed(date(2027, 6, 23))
    assert not OfficeCalendar().is_closed(date(2026, 6, 23))
    moved = date(2026, 6, 9)  # 14th day: Tuesday 6月23日
    assert not late(tennyu(moved, date(2026, 6, 24)), CheckContext(calendar=okinawa))
    assert late(tennyu(moved, date(2026, 6, 24)))


def test_tenkyo_and_setai_henko_have_the_same_period() -> None:
    for n in (factory.tenkyo_single(), factory.setai_bunri()):
        n.todoke.moved_on = date(2026, 3, 28)
        n.todoke.filed_on = date(2026, 4, 13)
        assert not late(n)
        n.todoke.filed_on = date(2026, 4, 14)
        assert late(n)


@pytest.mark.parametrize(
    ("dates", "annual", "message"),
    [
        (["2026-13-01"], [], "2026-13-01"),
        (["tomorrow"], [], "tomorrow"),
        ([], ["6/23"], "6/23"),
        ([], ["02-30"], "02"),
    ],
)
def test_a_malformed_closing_day_is_one_clear_error(
    dates: list[str], annual: list[str], message: str
) -> None:
    with pytest.raises(ValueError, match=message) as info:
        OfficeCalendar.from_strings(dates, annual)
    assert "\n" not in str(info.value)


def test_a_calendar_without_open_days_is_an_error_not_a_hang() -> None:
    every_day = frozenset(
        (m, d)
        for m in range(1, 13)
        for d in range(1, 32)
        if (m, d) != (2, 30) and (m, d) not in {(2, 31), (4, 31), (6, 31), (9, 31), (11, 31)}
    )
    with pytest.raises(ValueError, match="no open day"):
        OfficeCalendar(closed_annual=every_day).next_open_day(date(2026, 4, 1))


# --- 転出: how far ahead is a municipality's choice -----------------------------------------


def far_ahead(n: Notification, context: CheckContext | None = None) -> bool:
    return "tenshutsu_far_ahead" in check(n, today=factory.TODAY, context=context).codes()


def test_tenshutsu_advance_limit_is_a_city_setting_with_the_old_default() -> None:
    n = factory.tenshutsu_abroad()
    n.todoke.moved_on = date(2026, 4, 24)  # 14 days ahead: accepted by default
    assert not far_ahead(n)
    n.todoke.moved_on = date(2026, 4, 25)  # 15 days
    assert far_ahead(n)
    month = CheckContext(tenshutsu_advance_days=30)
    assert not far_ahead(n, month)
    n.todoke.moved_on = date(2026, 5, 11)  # 31 days
    assert far_ahead(n, month)
    finding = next(
        f
        for f in check(n, today=factory.TODAY, context=month).alerts
        if f.code == "tenshutsu_far_ahead"
    )
    assert "30日前" in finding.message_ja and "31日後" in finding.message_ja
    assert not far_ahead(n, CheckContext(tenshutsu_advance_days=None))  # no limit at all


@pytest.mark.parametrize("days", [-1, 367, True])
def test_tenshutsu_advance_days_out_of_range_is_refused(days: int) -> None:
    with pytest.raises(ValueError, match="tenshutsu_advance_days"):
        CheckContext(tenshutsu_advance_days=days)


# --- 特例転入 -------------------------------------------------------------------------------


def tokurei(planned: date | None, moved: date, filed: date) -> Notification:
    n = factory.tennyu_family()
    n.todoke.tenshutsu_shomei = TenshutsuShomei.TOKUREI
    n.todoke.tenshutsu_planned_on = planned
    n.todoke.moved_on = moved
    n.todoke.filed_on = filed
    return n


def tokurei_findings(n: Notification, context: CheckContext | None = None) -> set[str]:
    r = check(n, today=n.todoke.filed_on, context=context)
    return {f.field for f in r.errors if f.code == "tokurei_period_over"}


def test_tokurei_within_both_periods_can_be_filed() -> None:
    n = tokurei(date(2026, 3, 31), date(2026, 4, 1), date(2026, 4, 10))
    result = check(n, today=n.todoke.filed_on)
    assert result.errors == [] and result.can_file


def test_tokurei_needs_the_planned_date_from_the_certificate_data() -> None:
    n = tokurei(None, date(2026, 4, 1), date(2026, 4, 10))
    result = check(n, today=n.todoke.filed_on)
    assert "todoke.tenshutsu_planned_on" in {f.field for f in result.errors}
    assert not result.can_file


def test_tokurei_after_30_days_from_the_planned_move_out_is_refused() -> None:
    # 転出予定日 3月1日: the 30th day is 3月31日 (Tuesday, open).
    on_time = tokurei(date(2026, 3, 1), date(2026, 3, 25), date(2026, 3, 31))
    assert tokurei_findings(on_time) == set()
    over = tokurei(date(2026, 3, 1), date(2026, 3, 25), date(2026, 4, 1))
    assert tokurei_findings(over) == {"todoke.tenshutsu_planned_on"}
    (error,) = [e for e in check(over, today=over.todoke.filed_on).errors]
    assert "転出証明書" in error.message_ja and "2026-03-31" in error.message_ja


def test_tokurei_30th_day_on_a_closed_day_moves_too() -> None:
    # 転出予定日 3月12日: the 30th day is Saturday 4月11日 → Monday 4月13日.
    n = tokurei(date(2026, 3, 12), date(2026, 4, 1), date(2026, 4, 13))
    assert tokurei_findings(n) == set()
    n.todoke.filed_on = date(2026, 4, 14)
    assert "todoke.tenshutsu_planned_on" in tokurei_findings(n)


def test_tokurei_late_after_the_move_is_refused_even_within_30_days() -> None:
    # Planned 4月10日 (well within 30 days), but moved 3月20日: 14 days ended 4月3日.
    n = tokurei(date(2026, 4, 10), date(2026, 3, 20), date(2026, 4, 6))
    assert tokurei_findings(n) == {"todoke.moved_on"}
    # An ordinary 転入 that late is accepted with an alert; a 特例転入 is not.
    n.todoke.tenshutsu_shomei = TenshutsuShomei.PAPER
    result = check(n, today=n.todoke.filed_on)
    assert result.can_file and "late_filing" in result.codes()


def test_tokurei_period_uses_the_citys_closing_days() -> None:
    # 30th day after 3月2日 is Wednesday 4月1日; the city is closed that day.
    n = tokurei(date(2026, 3, 2), date(2026, 3, 25), date(2026, 4, 2))
    assert tokurei_findings(n) == {"todoke.tenshutsu_planned_on"}
    city = CheckContext(calendar=OfficeCalendar(closed_dates=frozenset({date(2026, 4, 1)})))
    assert tokurei_findings(n, city) == set()


# --- the command ------------------------------------------------------------------------------


def test_check_command_takes_the_citys_closing_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = tennyu(date(2026, 5, 18), date(2026, 6, 2))
    src = tmp_path / "n.json"
    src.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["form", "check", str(src), "--today", "2026-06-02"]) == 0
    assert [a["code"] for a in json.loads(capsys.readouterr().out)["alerts"]] == ["late_filing"]
    argv = ["form", "check", str(src), "--today", "2026-06-02", "--closed-day", "2026-06-01"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["alerts"] == []


def test_check_command_takes_the_citys_tenshutsu_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = factory.tenshutsu_abroad()
    n.todoke.moved_on = date(2026, 5, 1)  # 21 days ahead
    src = tmp_path / "n.json"
    src.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["form", "check", str(src), "--today", "2026-04-10"]) == 0
    assert "tenshutsu_far_ahead" in capsys.readouterr().out
    argv = ["form", "check", str(src), "--today", "2026-04-10", "--tenshutsu-advance-days", "30"]
    assert main(argv) == 0
    assert "tenshutsu_far_ahead" not in capsys.readouterr().out
    assert main([*argv[:-1], "400"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("kiosk: ") and "tenshutsu_advance_days" in err and "\n" not in err


def test_tokurei_planned_date_travels_through_json_schema_and_csv() -> None:
    n = tokurei(date(2026, 3, 31), date(2026, 4, 1), date(2026, 4, 10))
    assert Notification.model_validate_json(n.model_dump_json()) == n
    jsonschema_rs.Draft202012Validator(json_schema()).validate(n.model_dump(mode="json"))
    buf = io.BytesIO()
    write_csv([n], buf)
    header, row = buf.getvalue().decode("utf-8").splitlines()[:2]
    assert row.split(",")[header.split(",").index("特例転入_転出予定日")] == "2026-03-31"
    (back,) = read_csv(io.BytesIO(buf.getvalue()))
    assert back.todoke.tenshutsu_planned_on == date(2026, 3, 31)
