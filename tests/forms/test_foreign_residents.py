"""外国人住民 (住民基本台帳法 30条の45): each category's items, the 在留資格 list and its dates, and
the 通称 history — through the model, ``forms.check``, the CSV and the JSON Schema."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import jsonschema_rs
import pytest
from pydantic import ValidationError

from forms import (
    ForeignItems,
    Notification,
    StayPeriod,
    TsushoRecord,
    check,
    json_schema,
    write_csv,
)
from forms.codes import code_list, items_of_kubun, status_validity
from forms.csvio import read_csv
from tests.forms import factory
from tests.forms.factory import TODAY


def from_abroad(items: ForeignItems) -> Notification:
    n = factory.foreign_from_abroad()
    n.persons[0].foreign = items
    return n


def base(**kw: object) -> ForeignItems:
    values: dict[str, object] = {
        "name_roman": "NGUYEN VAN AN",
        "nationality": "ベトナム",
        "became_resident_on": date(2026, 4, 2),
    }
    values.update(kw)
    return ForeignItems.model_validate(values)


def required(n: Notification) -> set[str]:
    return {f.field for f in check(n, today=TODAY).errors if f.code == "required"}


P = "persons.0.foreign."

# Each 区分 with what it needs (住基法 30条の45の表; 標準仕様 1.1.2 and 1.1.6), a complete
# set of those items, and the fields that must be reported missing without them.
CATEGORIES = [
    (
        "01",
        {
            "status_of_residence": "T26",
            "period_of_stay": "5年",
            "period_expires_on": date(2031, 3, 31),
            "card_number": "AB12345678CD",
        },
        {
            P + "status_of_residence",
            P + "period_of_stay",
            P + "period_expires_on",
            P + "card_number",
        },
    ),
    ("02", {"card_number": "SP12345678AB"}, {P + "card_number"}),
    ("03", {"landing_period": StayPeriod(end=date(2026, 9, 30))}, {P + "landing_period.end"}),
    (
        "04",
        {"provisional_stay_period": StayPeriod(start=date(2026, 4, 1), end=date(2026, 6, 30))},
        {P + "provisional_stay_period.end"},
    ),
    ("05", {}, set()),
    ("06", {}, set()),
]


@pytest.mark.parametrize(("kubun", "items", "missing"), CATEGORIES, ids=[c[0] for c in CATEGORIES])
def test_each_category_requires_its_own_items(
    kubun: str, items: dict[str, object], missing: set[str]
) -> None:
    complete = from_abroad(base(kubun_30_45=kubun, **items))
    result = check(complete, today=TODAY)
    assert result.errors == [], result.errors
    assert result.can_file
    empty = from_abroad(base(kubun_30_45=kubun))
    assert required(empty) == missing
    # Exactly its own: the items of the other categories are never asked for.
    others = {f for c in CATEGORIES if c[0] != kubun for f in c[2]} - missing
    assert not others & required(empty)


def test_code_list_says_which_items_each_category_records() -> None:
    assert items_of_kubun("03") == ("landing_period",)
    assert items_of_kubun("04") == ("provisional_stay_period",)
    assert items_of_kubun("05") == items_of_kubun("06") == ()


def test_a_period_without_its_last_day_is_missing() -> None:
    n = from_abroad(base(kubun_30_45="03", landing_period=StayPeriod(start=date(2026, 4, 1))))
    assert required(n) == {P + "landing_period.end"}


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="ends"):
        StayPeriod(start=date(2026, 4, 2), end=date(2026, 4, 1))


def test_permanent_residents_have_no_expiry_date() -> None:
    # 永住者 and 高度専門職2号: 在留期間 無期限, no 満了の日 to ask for.
    for status in ("X14", "T90"):
        n = from_abroad(
            base(
                kubun_30_45="01",
                status_of_residence=status,
                period_of_stay="無期限",
                card_number="AB12345678CD",
            )
        )
        assert check(n, today=TODAY).errors == []


def test_became_resident_on_is_required_from_abroad_only() -> None:
    items = base(kubun_30_45="02", card_number="SP12345678AB", became_resident_on=None)
    assert required(from_abroad(items)) == {P + "became_resident_on"}
    domestic = factory.tennyu_family()
    p = domestic.persons[0]
    p.resident_type = p.resident_type.FOREIGN
    p.foreign = items
    assert P + "became_resident_on" not in required(domestic)  # carried by the 転出証明書


def test_categories_other_than_mid_to_long_term_have_no_status_of_residence() -> None:
    for kubun in ("02", "03", "04", "05", "06"):
        n = from_abroad(
            base(
                kubun_30_45=kubun,
                status_of_residence="T26",
                card_number="SP12345678AB",
                landing_period=StayPeriod(end=date(2026, 9, 30)),
                provisional_stay_period=StayPeriod(end=date(2026, 9, 30)),
            )
        )
        codes = {(f.code, f.field) for f in check(n, today=TODAY).errors}
        assert ("zairyu_status_not_for_kubun", P + "status_of_residence") in codes


# --- the 在留資格 list ---------------------------------------------------------------------------


def test_status_list_holds_statuses_of_the_act_not_30_45_categories() -> None:
    statuses = code_list("zairyu_shikaku")
    names = set(statuses.codes.values())
    assert not names & {"特別永住者", "仮滞在", "一時庇護", "一時庇護許可者", "仮滞在許可者"}
    assert not names & {"外交", "公用", "短期滞在"}  # not 住民
    # The statuses of 入管法 別表第一・第二 that a 住民 can hold, as the Act names them.
    assert {
        "教授", "芸術", "宗教", "報道", "高度専門職1号イ", "高度専門職1号ロ", "高度専門職1号ハ",
        "高度専門職2号", "経営・管理", "法律・会計業務", "医療", "研究", "教育",
        "技術・人文知識・国際業務", "企業内転勤", "介護", "興行", "技能", "特定技能1号",
        "特定技能2号", "育成就労", "文化活動", "留学", "研修", "家族滞在", "特定活動",
        "永住者", "日本人の配偶者等", "永住者の配偶者等", "定住者",
    } <= names  # fmt: skip
    assert all(source.strip() for source in statuses.sources)
    assert any("入管法" in s or "出入国管理及び難民認定法" in s for s in statuses.sources)
    assert any("育成就労" in s and "2027-04-01" in s for s in statuses.sources)


def test_former_status_codes_are_unknown_now() -> None:
    for old in ("T60", "X82", "X90"):  # 特別永住者, 仮滞在, 一時庇護
        n = from_abroad(
            base(
                kubun_30_45="01",
                status_of_residence=old,
                period_of_stay="1年",
                period_expires_on=date(2027, 3, 31),
                card_number="AB12345678CD",
            )
        )
        assert ("code_unknown", P + "status_of_residence") in {
            (f.code, f.field) for f in check(n, today=TODAY).errors
        }


def mid_to_long(status: str, filed: date) -> Notification:
    n = from_abroad(
        base(
            kubun_30_45="01",
            status_of_residence=status,
            period_of_stay="1年",
            period_expires_on=date(filed.year + 1, 3, 31),
            card_number="AB12345678CD",
            became_resident_on=filed,
        )
    )
    n.todoke.filed_on = n.todoke.moved_on = filed
    return n


def status_codes(n: Notification) -> set[str]:
    r = check(n, today=n.todoke.filed_on)
    return {f.code for f in (*r.errors, *r.alerts) if f.field == P + "status_of_residence"}


def test_ikusei_shuro_exists_from_2027_04_01_the_filing_date_decides() -> None:
    assert status_codes(mid_to_long("P01", date(2027, 3, 31))) == {"zairyu_status_not_in_force"}
    assert status_codes(mid_to_long("P01", date(2027, 4, 1))) == set()
    assert status_validity("P01").valid_from == date(2027, 4, 1)


def test_gino_jisshu_ends_with_transitional_measures() -> None:
    for code in ("T21", "T22", "T23", "T24", "T27", "T28"):
        assert status_codes(mid_to_long(code, date(2027, 3, 31))) == set()
        after = mid_to_long(code, date(2027, 4, 1))
        assert status_codes(after) == {"zairyu_status_transitional"}
        assert check(after, today=after.todoke.filed_on).can_file  # an alert, not an error


def test_statuses_replaced_in_2015_are_errors_once_no_card_can_show_them() -> None:
    assert status_codes(mid_to_long("T11", date(2016, 4, 1))) == {"zairyu_status_transitional"}
    assert status_codes(mid_to_long("T11", date(2026, 4, 1))) == {"zairyu_status_not_in_force"}
    assert status_codes(mid_to_long("T25", date(2014, 4, 1))) == {"zairyu_status_not_in_force"}
    assert status_codes(mid_to_long("T25", date(2026, 4, 1))) == set()


# --- 通称 and its history ------------------------------------------------------------------


def record(name: str, recorded: date, deleted: date | None = None) -> TsushoRecord:
    return TsushoRecord(
        tsusho=name,
        tsusho_kana="ナカムラ　ヤス",
        recorded_on=recorded,
        recorded_municipality="大阪市",
        recorded_lg_code="271004",
        deleted_on=deleted,
        deleted_municipality="大阪市" if deleted else "",
    )


def with_tsusho(current: str, history: list[TsushoRecord]) -> Notification:
    n = factory.foreign_from_abroad()
    f = n.persons[0].foreign
    assert f is not None
    f.tsusho = current
    f.tsusho_history = history
    return n


def mismatches(n: Notification) -> set[str]:
    r = check(n, today=TODAY)
    return {f.field for f in r.errors if f.code == "tsusho_history_mismatch"}


def test_tsusho_history_with_its_current_alias_can_be_filed() -> None:
    n = with_tsusho(
        "中村　安",
        [
            record("阮　安", date(2015, 4, 1), date(2019, 3, 31)),
            record("中村　安", date(2019, 4, 1)),
        ],
    )
    assert check(n, today=TODAY).errors == []


def test_tsusho_must_be_the_one_not_deleted() -> None:
    history = [
        record("阮　安", date(2015, 4, 1), date(2019, 3, 31)),
        record("中村　安", date(2019, 4, 1)),
    ]
    assert mismatches(with_tsusho("阮　安", history)) == {P + "tsusho"}
    assert mismatches(with_tsusho("", history)) == {P + "tsusho"}
    deleted_only = [record("阮　安", date(2015, 4, 1), date(2019, 3, 31))]
    assert mismatches(with_tsusho("阮　安", deleted_only)) == {P + "tsusho"}
    assert mismatches(with_tsusho("", deleted_only)) == set()
    two_open = [record("阮　安", date(2015, 4, 1)), record("中村　安", date(2019, 4, 1))]
    assert mismatches(with_tsusho("中村　安", two_open)) == {P + "tsusho_history.1"}


def test_tsusho_history_entries_need_their_dates_and_places() -> None:
    bare = TsushoRecord(tsusho="中村　安", deleted_on=date(2020, 1, 1))
    n = with_tsusho("", [bare])
    assert required(n) >= {
        P + "tsusho_history.0.recorded_on",
        P + "tsusho_history.0.recorded_municipality",
        P + "tsusho_history.0.deleted_municipality",
    }
    bad_code = record("中村　安", date(2019, 4, 1))
    bad_code.recorded_lg_code = "271005"
    assert ("lg_code_check_digit", P + "tsusho_history.0.recorded_lg_code") in {
        (f.code, f.field) for f in check(with_tsusho("中村　安", [bad_code]), today=TODAY).errors
    }
    with pytest.raises(ValidationError, match="before it was recorded"):
        record("中村　安", date(2019, 4, 1), date(2019, 3, 1))


# --- the outputs ----------------------------------------------------------------------------


def test_new_items_round_trip_through_json_csv_and_the_schema() -> None:
    n = from_abroad(
        base(
            kubun_30_45="04",
            provisional_stay_period=StayPeriod(start=date(2026, 4, 1), end=date(2026, 6, 30)),
            tsusho="中村　安",
            tsusho_history=[
                record("阮　安", date(2015, 4, 1), date(2019, 3, 31)),
                record("中村　安", date(2019, 4, 1)),
            ],
        )
    )
    n.persons.append(n.persons[0].model_copy(deep=True))
    g = n.persons[1].foreign
    assert g is not None
    g.kubun_30_45, g.provisional_stay_period = "03", None
    g.landing_period = StayPeriod(end=date(2026, 10, 1))
    g.tsusho, g.tsusho_history = "", []
    assert Notification.model_validate_json(n.model_dump_json()) == n

    validator = jsonschema_rs.Draft202012Validator(json_schema())
    validator.validate(n.model_dump(mode="json"))
    bad = n.model_dump(mode="json")
    bad["persons"][0]["foreign"]["landing_period"] = {"end": "2026-09-30", "days": 180}
    assert not validator.is_valid(bad)

    buf = io.BytesIO()
    write_csv([n], buf)
    text = buf.getvalue().decode("utf-8")
    assert "2026-06-30" in text and "2026-10-01" in text
    (back,) = read_csv(io.BytesIO(buf.getvalue()))
    f, g2 = back.persons[0].foreign, back.persons[1].foreign
    assert f is not None and g2 is not None
    assert f.provisional_stay_period == StayPeriod(start=date(2026, 4, 1), end=date(2026, 6, 30))
    assert f.tsusho_history == n.persons[0].foreign.tsusho_history  # type: ignore[union-attr]
    assert g2.landing_period == StayPeriod(end=date(2026, 10, 1)) and g2.tsusho_history == []
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cell = rows[1][rows[0].index("通称履歴")]
    assert [r["tsusho"] for r in json.loads(cell)] == ["阮　安", "中村　安"]
    assert rows[2][rows[0].index("通称履歴")] == ""
