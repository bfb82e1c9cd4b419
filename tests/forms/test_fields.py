"""forms.fields: a field by its path — its Japanese name, whether it is derived, setting it."""

from __future__ import annotations

from datetime import date

import pytest

from forms.fields import (
    MAX_TEXT,
    FieldError,
    field_label,
    field_title,
    is_derived,
    parse_date_text,
    set_field,
)
from forms.model import FlexDate, TenshutsuShomei
from tests.forms import factory


def test_names_of_fields() -> None:
    assert field_label("persons.1.name.given") == "名"
    assert field_title("persons.1.name.given") == "異動者2・氏名・名"
    assert field_title("todoke.moved_on") == "異動日"
    assert field_title("new_address.lg_code") == "新住所・全国地方公共団体コード"
    assert field_label("filer.id_check.method") == "確認方法"  # not the English description
    with pytest.raises(KeyError):
        field_label("persons.0.shoe_size")


def test_derived_fields() -> None:
    for path in (
        "new_address.lg_code",
        "previous_address.lg_code",
        "filer.id_check.method",
        "todoke.filed_on",
        "persons.2.relationship_code",
    ):
        assert is_derived(path), path
    for path in ("persons.0.name.family", "new_address.banchi", "todoke.moved_on"):
        assert not is_derived(path), path


def test_setting_values_of_each_kind() -> None:
    n = factory.tennyu_family()
    before = n.model_dump()
    assert set_field(n, "persons.0.birth_date", "昭和60年6月2日").persons[0].birth_date == date(
        1985, 6, 2
    )
    unknown = set_field(n, "persons.0.birth_date", "昭和50年 月日不詳").persons[0].birth_date
    assert isinstance(unknown, FlexDate) and unknown.year == 1975 and unknown.month is None
    assert set_field(n, "todoke.tenshutsu_shomei", "tokurei").todoke.tenshutsu_shomei is (
        TenshutsuShomei.TOKUREI
    )
    assert set_field(n, "filer.power_of_attorney", "はい").filer.power_of_attorney is True
    assert set_field(n, "persons.1.sex", "2").persons[1].sex == "2"
    assert set_field(n, "new_address.katagaki", "").new_address.katagaki == ""
    assert set_field(n, "new_address.postal_code", "").new_address.postal_code is None
    assert n.model_dump() == before  # the notification passed in is never changed


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        ("persons.0.birth_date", "not a date", "異動者1・生年月日: 日付として読めません"),
        ("todoke.moved_on", "2026-02-30", "異動日: 日付として読めません"),
        ("new_address.postal_code", "12", "新住所・郵便番号: 郵便番号は7桁の数字です"),
        ("persons.0.sex", "5", "異動者1・性別: 選べる値ではありません"),
        ("persons.9.sex", "1", "異動者10・性別: この項目はありません"),
        ("persons.0.name", "x", "異動者1・氏名: この項目は一度に書き換えられません"),
        ("filer.power_of_attorney", "maybe", "「はい」か「いいえ」"),
        ("persons.0.name.given", "太\x00郎", "制御文字"),
        ("persons.0.name.given", "あ" * (MAX_TEXT + 1), "長すぎます"),
        ("nothing.here", "x", "この項目はありません"),
    ],
)
def test_values_that_do_not_fit_are_one_japanese_line(path: str, text: str, message: str) -> None:
    n = factory.tennyu_family()
    with pytest.raises(FieldError) as refused:
        set_field(n, path, text)
    said = str(refused.value)
    assert message in said and "\n" not in said
    assert refused.value.path == path


def test_date_text() -> None:
    assert parse_date_text("令和８年４月１３日") == "2026-04-13"  # full-width digits too
    assert parse_date_text("2026-04-13") == "2026-04-13"
    assert parse_date_text("昭和九十年") == "昭和九十年"  # left as typed: the model refuses it
