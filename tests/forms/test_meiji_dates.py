"""明治1–5年 dates (lunisolar, before 1873-01-01) stay as 戸籍 writes them: in the model, the
和暦 reader and formatter, the JSON, the CSV and the printed form — never a Gregorian ``date``."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pydantic import ValidationError

from forms import FlexDate, Notification, check, render_pdf, write_csv
from forms.csvio import COLUMNS, read_csv
from forms.wareki import WarekiError, format_date, parse
from tests.forms import factory
from tests.forms.factory import TODAY
from tests.forms.pdfcheck import page_texts, squash

LAST_LUNISOLAR_DAY = "明治5年12月2日"


def test_the_last_lunisolar_day_is_kept_as_written_not_converted() -> None:
    value = parse(LAST_LUNISOLAR_DAY)
    assert isinstance(value, FlexDate)
    assert (value.era, value.year, value.month, value.day) == ("明治", 1872, 12, 2)
    assert value.is_lunisolar and not value.is_unknown
    # It was 1872-12-31 in the Gregorian calendar: no Gregorian date is made up for it.
    assert value.as_date() is None
    assert format_date(value) == LAST_LUNISOLAR_DAY
    assert format_date(value, western=True) == LAST_LUNISOLAR_DAY  # no silent 西暦


def test_the_solar_calendar_starts_on_meiji_6_january_1() -> None:
    assert parse("明治6年1月1日") == date(1873, 1, 1)
    for text in ("明治5年12月3日", "明治5年12月30日"):  # these days never existed
        with pytest.raises(WarekiError, match="明治6年1月1日"):
            parse(text)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("明治元年1月1日", (1868, 1, 1, False)),  # before 1868-01-25: still 明治元年 as written
        ("明治元年閏4月15日", (1868, 4, 15, True)),
        ("明治3年閏10月5日", (1870, 10, 5, True)),
        ("明治4年2月30日", (1871, 2, 30, False)),  # lunisolar months had 30 days
        ("明治5年 月日不詳", (1872, None, None, False)),
    ],
)
def test_lunisolar_dates_round_trip_through_reader_and_formatter(
    text: str, fields: tuple[int, int | None, int | None, bool]
) -> None:
    value = parse(text)
    assert isinstance(value, FlexDate) and value.is_lunisolar
    assert (value.year, value.month, value.day, value.leap_month) == fields
    assert format_date(value) == text
    assert parse(format_date(value)) == value


@pytest.mark.parametrize(
    "text", ["明治4年2月31日", "明治2年閏4月1日", "明治6年閏1月1日", "昭和3年閏1月1日"]
)
def test_impossible_lunisolar_dates_are_refused(text: str) -> None:
    with pytest.raises(WarekiError):
        parse(text)


def test_the_model_refuses_what_the_calendar_never_had() -> None:
    with pytest.raises(ValidationError, match="at most 30 days"):
        FlexDate(era="明治", year=1871, month=2, day=31)
    with pytest.raises(ValidationError, match="明治5年12月2日"):
        FlexDate(era="明治", year=1872, month=12, day=15)
    with pytest.raises(ValidationError, match="閏月"):
        FlexDate(era="明治", year=1869, month=4, day=1, leap_month=True)
    with pytest.raises(ValidationError, match="閏月"):
        FlexDate(year=1990, month=4, day=1, leap_month=True)
    with pytest.raises(ValidationError, match="before"):
        FlexDate(era="昭和", year=1900)


def test_gregorian_dates_before_1873_print_in_western_years() -> None:
    # A plain date is Gregorian: it has no 和暦 spelling here, and printing never fails.
    assert format_date(date(1872, 12, 31)) == "1872年12月31日"
    assert format_date(FlexDate(year=1872, month=5)) == "1872年5月 日不詳"


def birth_in_meiji() -> Notification:
    n = factory.tenkyo_single()
    n.persons[0].birth_date = parse("明治5年12月2日")
    n.persons[0].name.family, n.persons[0].name.given = "佐藤", "ヨネ"
    n.persons[0].name.given_kana = "ヨネ"
    n.household.head_name = "佐藤　ヨネ"
    n.filer.name = n.persons[0].name.model_copy()
    return n


def test_json_keeps_the_date_as_written() -> None:
    n = birth_in_meiji()
    again = Notification.model_validate_json(n.model_dump_json())
    assert again.persons[0].birth_date == n.persons[0].birth_date
    assert '"era":"明治"' in n.model_dump_json()
    assert check(n, today=TODAY).errors == []


def test_csv_writes_it_as_written_and_reads_it_back() -> None:
    n = birth_in_meiji()
    n.persons[0].birth_date = parse("明治3年閏10月5日")
    buf = io.BytesIO()
    write_csv([n], buf)
    header, row = (line.split(",") for line in buf.getvalue().decode("utf-8").splitlines()[:2])
    assert [c.header for c in COLUMNS] == header
    assert row[header.index("生年月日")] == ""  # no ISO (Gregorian) form is invented
    assert row[header.index("生年月日表記")] == "明治3年閏10月5日"
    (back,) = read_csv(io.BytesIO(buf.getvalue()))
    assert back.persons[0].birth_date == n.persons[0].birth_date


def test_printed_form_shows_it_as_written() -> None:
    text = squash(page_texts(render_pdf(birth_in_meiji()))[0])
    assert "明治5年12月2日" in text
    assert "1872" not in text
