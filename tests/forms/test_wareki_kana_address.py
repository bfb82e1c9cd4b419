"""和暦 boundaries and 不詳 dates, フリガナ normalisation, addresses and postal codes."""

from __future__ import annotations

from datetime import date

import pytest

from forms import FlexDate
from forms.address import lookup_postal_code, municipality_code, split_address
from forms.kana import is_katakana, match_key, to_katakana
from forms.wareki import WarekiError, format_date, format_wareki, parse


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(1912, 7, 29), "明治45年7月29日"),
        (date(1912, 7, 30), "大正元年7月30日"),
        (date(1926, 12, 24), "大正15年12月24日"),
        (date(1926, 12, 25), "昭和元年12月25日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2026, 4, 10), "令和8年4月10日"),
    ],
)
def test_era_boundaries_both_ways(d: date, text: str) -> None:
    assert format_wareki(d) == text
    assert parse(text) == d


def test_year_one_can_be_printed_as_a_number() -> None:
    assert format_wareki(date(2019, 5, 1), gannen=False) == "令和1年5月1日"
    assert parse("令和1年5月1日") == date(2019, 5, 1)


@pytest.mark.parametrize(
    "text",
    ["昭和64年1月8日", "平成元年1月7日", "昭和65年1月1日", "令和元年4月30日", "平成32年1月1日"],
)
def test_dates_outside_their_era_are_refused(text: str) -> None:
    with pytest.raises(WarekiError):
        parse(text)


def test_transition_days_written_in_the_old_era_are_accepted() -> None:
    # 標準仕様 1.1.8 allows these two 戸籍 spellings.
    assert parse("明治45年7月30日") == date(1912, 7, 30)
    assert parse("大正15年12月25日") == date(1926, 12, 25)


def test_full_width_digits_and_letters() -> None:
    assert parse("昭和６４年１月７日") == date(1989, 1, 7)
    assert parse("S64.1.7") == date(1989, 1, 7)
    assert parse("1989年1月7日") == date(1989, 1, 7)


def test_unknown_dates() -> None:
    everything = parse("年月日不詳")
    assert isinstance(everything, FlexDate) and everything.year is None
    assert format_date(everything) == "年月日不詳"

    year_only = parse("昭和64年 月日不詳")
    assert isinstance(year_only, FlexDate)
    assert (year_only.year, year_only.month, year_only.day) == (1989, None, None)
    # 1989 is in two eras; the date keeps the one it was written in.
    assert format_date(year_only) == "昭和64年 月日不詳"
    assert format_date(parse("平成元年 月日不詳")) == "平成元年 月日不詳"

    month = parse("昭和50年3月 日不詳")
    assert isinstance(month, FlexDate) and (month.month, month.day) == (3, None)
    assert format_date(month) == "昭和50年3月 日不詳"

    about = parse("昭和50年3月頃")
    assert isinstance(about, FlexDate) and about.qualifier == "頃"
    assert format_date(about) == "昭和50年3月頃"
    assert format_date(parse("推定昭和50年3月")) == "推定昭和50年3月"


def test_non_calendar_day_from_koseki_is_kept() -> None:
    value = parse("昭和50年2月29日")  # 1975 is not a leap year
    assert isinstance(value, FlexDate)
    assert (value.year, value.month, value.day) == (1975, 2, 29)
    assert value.as_date() is None
    assert format_date(value) == "昭和50年2月29日"


def test_lunisolar_period_is_refused() -> None:
    with pytest.raises(WarekiError):
        format_wareki(date(1872, 12, 31))
    assert format_wareki(date(1873, 1, 1)) == "明治6年1月1日"


def test_katakana_normalisation() -> None:
    assert to_katakana("やまだ　たろう") == "ヤマダ\u3000タロウ"
    assert to_katakana("ﾔﾏﾀﾞ ﾀﾛｳ") == "ヤマダ\u3000タロウ"
    assert to_katakana("  ヤマダ   タロウ ") == "ヤマダ\u3000タロウ"
    assert is_katakana("ヤマダ\u3000タロウ")
    assert not is_katakana("やまだ")
    assert not is_katakana("YAMADA")


def test_match_key_ignores_voicing_small_kana_and_long_vowels() -> None:
    assert match_key("ガッコウ") == match_key("かつこう")
    assert match_key("ジョージ") == match_key("シヨシ")
    assert match_key("ヴァン") == match_key("ウアン")
    assert match_key("ヤマダ") != match_key("ヤマモト")


def test_split_address_longest_municipality_and_chome() -> None:
    a = split_address("北海道札幌市中央区北一条西２丁目１番地")
    assert (a.municipality, a.town, a.banchi) == ("札幌市中央区", "北一条西２丁目", "１番地")
    assert a.lg_code == "011011"
    g = split_address("北海道余市郡余市町黒川町１９番地１")
    assert g.municipality == "余市郡余市町"


def test_katagaki_after_a_space_is_split_off() -> None:
    a = split_address("東京都清瀬市下清戸一丁目２２３番地\u3000清瀬ハイツ２０２号室")
    assert (a.town, a.banchi, a.katagaki) == ("下清戸一丁目", "２２３番地", "清瀬ハイツ２０２号室")
    assert a.original == "東京都清瀬市下清戸一丁目２２３番地\u3000清瀬ハイツ２０２号室"
    # No digits before the space: not a 番地 and 方書, keep it whole.
    b = split_address("東京都清瀬市下清戸\u3000どこか")
    assert b.katagaki == "" and b.town == "下清戸\u3000どこか"


def test_municipality_code() -> None:
    assert municipality_code("東京都", "清瀬市") == "132217"
    assert municipality_code("東京都", "存在しない市") is None


def test_postal_lookup_offline() -> None:
    (hit,) = lookup_postal_code("〒204-0011")
    assert (hit.prefecture, hit.municipality, hit.town) == ("東京都", "清瀬市", "下清戸")
    assert hit.town_kana == "シモキヨト"
    assert hit.lg_code == "132217"
    assert hit.to_address().postal_code == "204-0011"
    assert lookup_postal_code("２０４００１１")[0].town == "下清戸"
    assert lookup_postal_code("0000000") == []
    assert lookup_postal_code("12") == []
