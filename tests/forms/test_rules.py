"""Each rule fires on a real case and stays quiet on the complete notification it breaks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from forms import (
    RULES,
    Address,
    FilerKubun,
    FlexDate,
    ForeignItems,
    Notification,
    Origin,
    Provenance,
    ResidentType,
    SetaiHenkoKubun,
    Signature,
    StayPeriod,
    TenshutsuShomei,
    TsushoRecord,
    check,
)
from forms.codes import judge_relationship
from forms.lgcode import check_digit, is_valid
from tests.forms import factory
from tests.forms.factory import TODAY


@pytest.mark.parametrize("name", sorted(factory.ALL))
def test_complete_examples_can_be_filed_without_alerts(name: str) -> None:
    result = check(factory.ALL[name](), today=TODAY)
    assert result.errors == []
    assert result.alerts == []
    assert result.can_file


def codes_of(n: Notification) -> set[str]:
    return check(n, today=TODAY).codes()


def _fields(n: Notification, code: str) -> set[str]:
    r = check(n, today=TODAY)
    return {f.field for f in (*r.errors, *r.alerts) if f.code == code}


# (rule code, base notification, breaking edit, field expected in the finding)
Edit = Callable[[Notification], None]


def _set_moved(d: date) -> Edit:
    def edit(n: Notification) -> None:
        n.todoke.moved_on = d

    return edit


CASES: list[tuple[str, Callable[[], Notification], Edit, str]] = [
    ("required", factory.tennyu_family, _set_moved(None), "todoke.moved_on"),  # type: ignore[arg-type]
    (
        "required",
        factory.tennyu_family,
        lambda n: setattr(n.persons[2], "juminhyo_code", None),
        "persons.2.juminhyo_code",
    ),
    (
        "required",
        factory.tenshutsu_abroad,
        lambda n: setattr(n.destination, "country", None),
        "destination.country",
    ),
    (
        "required",
        factory.setai_bunri,
        lambda n: setattr(n.household, "new_head_name", ""),
        "household.new_head_name",
    ),
    (
        "required",
        factory.foreign_from_abroad,
        lambda n: setattr(n.persons[0].foreign, "card_number", None),
        "persons.0.foreign.card_number",
    ),
    (
        "required",
        factory.foreign_from_abroad,
        lambda n: setattr(n.persons[0].foreign, "period_expires_on", None),
        "persons.0.foreign.period_expires_on",
    ),
    (
        "filed_on_future",
        factory.tenkyo_single,
        lambda n: setattr(n.todoke, "filed_on", date(2026, 4, 11)),
        "todoke.filed_on",
    ),
    (
        "moved_on_after_filed",
        factory.tenkyo_single,
        _set_moved(date(2026, 4, 11)),
        "todoke.moved_on",
    ),
    ("late_filing", factory.tennyu_family, _set_moved(date(2026, 3, 26)), "todoke.moved_on"),
    (
        "tenshutsu_after_move",
        factory.tenshutsu_abroad,
        _set_moved(date(2026, 4, 9)),
        "todoke.moved_on",
    ),
    (
        "tenshutsu_far_ahead",
        factory.tenshutsu_abroad,
        _set_moved(date(2026, 4, 25)),
        "todoke.moved_on",
    ),
    (
        "moved_on_before_birth",
        factory.tennyu_family,
        lambda n: setattr(n.persons[3], "birth_date", date(2026, 4, 3)),
        "persons.3.birth_date",
    ),
    (
        "birth_date_future",
        factory.tenkyo_single,
        lambda n: setattr(n.persons[0], "birth_date", date(2026, 5, 1)),
        "persons.0.birth_date",
    ),
    (
        "birth_date_unknown",
        factory.tenkyo_single,
        lambda n: setattr(n.persons[0], "birth_date", FlexDate(year=1950, era="昭和")),
        "persons.0.birth_date",
    ),
    (
        "head_count",
        factory.tennyu_family,
        lambda n: setattr(n.persons[1], "relationship", "世帯主"),
        "persons.1.relationship",
    ),
    (
        "head_count",
        factory.tenkyo_single,
        lambda n: (
            setattr(n.persons[0], "relationship", "妻"),
            setattr(n.household, "head_name", ""),
        ),
        "household.head_name",
    ),
    (
        "head_name_mismatch",
        factory.tennyu_family,
        lambda n: setattr(n.household, "head_name", "山田　花子"),
        "household.head_name",
    ),
    (
        "relationship_not_allowed",
        factory.tennyu_family,
        lambda n: setattr(n.persons[3], "relationship", "孫"),
        "persons.3.relationship",
    ),
    (
        "relationship_not_allowed",
        factory.tennyu_family,
        lambda n: setattr(n.persons[3], "relationship", "子の子の子の子の子"),
        "persons.3.relationship",
    ),
    (
        "lg_code_check_digit",
        factory.tennyu_family,
        lambda n: setattr(n.new_address, "lg_code", "132218"),
        "new_address.lg_code",
    ),
    (
        "lg_code_mismatch",
        factory.tennyu_family,
        lambda n: setattr(n.new_address, "lg_code", "131016"),
        "new_address.lg_code",
    ),
    (
        "reason_code_mismatch",
        factory.tennyu_family,
        lambda n: setattr(n.todoke, "reason_code", "02"),
        "todoke.reason_code",
    ),
    (
        "reason_code_mismatch",
        factory.setai_bunri,
        lambda n: setattr(n.todoke, "reason_code", "53"),
        "todoke.reason_code",
    ),
    (
        "code_unknown",
        factory.tenkyo_single,
        lambda n: setattr(n.todoke, "reason_code", "99"),
        "todoke.reason_code",
    ),
    (
        "relationship_code_mismatch",
        factory.tennyu_family,
        lambda n: setattr(n.persons[1], "relationship_code", "11"),
        "persons.1.relationship_code",
    ),
    (
        "postal_code_mismatch",
        factory.tennyu_family,
        lambda n: setattr(n.new_address, "postal_code", "100-0001"),
        "new_address.postal_code",
    ),
    (
        "kana_not_katakana",
        factory.tennyu_family,
        lambda n: setattr(n.persons[1].name, "given_kana", "はなこ"),
        "persons.1.name.given_kana",
    ),
    (
        "kana_missing",
        factory.tennyu_family,
        lambda n: setattr(n.persons[1].name, "given_kana", ""),
        "persons.1.name.family_kana",
    ),
    (
        "code_unknown",
        factory.foreign_from_abroad,
        lambda n: setattr(n.persons[0].foreign, "status_of_residence", "T99"),
        "persons.0.foreign.status_of_residence",
    ),
    (
        "zairyu_card_format",
        factory.foreign_from_abroad,
        lambda n: setattr(n.persons[0].foreign, "card_number", "AB1234567CD"),
        "persons.0.foreign.card_number",
    ),
    (
        "zairyu_expired",
        factory.foreign_from_abroad,
        lambda n: setattr(n.persons[0].foreign, "period_expires_on", date(2026, 3, 31)),
        "persons.0.foreign.period_expires_on",
    ),
    (
        "power_of_attorney_missing",
        factory.tenkyo_single,
        lambda n: setattr(n.filer, "kubun", FilerKubun.NINI_DAIRININ),
        "filer.power_of_attorney",
    ),
    (
        "tenshutsu_shomei_missing",
        factory.tennyu_family,
        lambda n: setattr(n.todoke, "tenshutsu_shomei", TenshutsuShomei.NONE),
        "todoke.tenshutsu_shomei",
    ),
    (
        "tokurei_abroad",
        factory.foreign_from_abroad,
        lambda n: setattr(n.todoke, "tenshutsu_shomei", TenshutsuShomei.TOKUREI),
        "todoke.tenshutsu_shomei",
    ),
    (
        "tokurei_without_card",
        factory.tennyu_family,
        lambda n: (
            setattr(n.todoke, "tenshutsu_shomei", TenshutsuShomei.TOKUREI),
            setattr(n.filer.id_check, "method", "visual"),
        ),
        "filer.id_check.method",
    ),
    (
        "signature_missing",
        factory.setai_bunri,
        lambda n: setattr(n.filer, "signature", Signature()),
        "filer.signature",
    ),
    (
        "non_jis_char",
        factory.tennyu_family,
        lambda n: setattr(n.new_address, "katagaki", "髙橋ハイツ"),
        "new_address.katagaki",
    ),
    (
        "honseki_missing_abroad",
        factory.tennyu_family,
        lambda n: (
            setattr(n.todoke, "origin", Origin.ABROAD),
            setattr(n, "previous_address", Address(country="米国", foreign_address="NY")),
            setattr(n.persons[0], "honseki", ""),
        ),
        "persons.0.honseki",
    ),
    (
        "minor_filer",
        factory.tennyu_family,
        lambda n: setattr(n.filer, "name", n.persons[2].name.model_copy()),
        "filer.kubun",
    ),
    (
        "juminhyo_code_check_digit",
        factory.tennyu_family,
        lambda n: setattr(n.persons[1], "juminhyo_code", "12345678912"),
        "persons.1.juminhyo_code",
    ),
    (
        "tokurei_period_over",
        factory.tennyu_family,
        lambda n: (
            setattr(n.todoke, "tenshutsu_shomei", TenshutsuShomei.TOKUREI),
            setattr(n.todoke, "tenshutsu_planned_on", date(2026, 3, 10)),  # 31 days before
        ),
        "todoke.tenshutsu_planned_on",
    ),
    (
        "required",
        factory.tennyu_family,
        lambda n: setattr(n.todoke, "tenshutsu_shomei", TenshutsuShomei.TOKUREI),
        "todoke.tenshutsu_planned_on",
    ),
    (
        "zairyu_status_not_in_force",
        factory.foreign_from_abroad,
        lambda n: setattr(n.persons[0].foreign, "status_of_residence", "P01"),  # 育成就労
        "persons.0.foreign.status_of_residence",
    ),
    (
        "zairyu_status_transitional",
        factory.foreign_from_abroad,
        lambda n: (
            setattr(n.persons[0].foreign, "status_of_residence", "T23"),  # 技能実習2号イ
            setattr(n.todoke, "filed_on", date(2027, 4, 5)),
            setattr(n.todoke, "moved_on", date(2027, 4, 2)),
            setattr(n.persons[0].foreign, "became_resident_on", date(2027, 4, 2)),
        ),
        "persons.0.foreign.status_of_residence",
    ),
    (
        "zairyu_status_not_for_kubun",
        factory.foreign_from_abroad,
        lambda n: setattr(n.persons[0].foreign, "kubun_30_45", "04"),
        "persons.0.foreign.status_of_residence",
    ),
    (
        "stay_period_ended",
        factory.foreign_from_abroad,
        lambda n: setattr(
            n.persons[0].foreign, "landing_period", StayPeriod(end=date(2026, 3, 31))
        ),
        "persons.0.foreign.landing_period.end",
    ),
    (
        "tsusho_history_mismatch",
        factory.foreign_from_abroad,
        lambda n: (
            setattr(n.persons[0].foreign, "tsusho", "中村　安"),
            setattr(
                n.persons[0].foreign,
                "tsusho_history",
                [
                    TsushoRecord(
                        tsusho="阮　文安",
                        recorded_on=date(2020, 4, 1),
                        recorded_municipality="大阪市",
                    )
                ],
            ),
        ),
        "persons.0.foreign.tsusho",
    ),
    (
        "required",
        factory.foreign_from_abroad,
        lambda n: setattr(n.persons[0].foreign, "became_resident_on", None),
        "persons.0.foreign.became_resident_on",
    ),
    (
        "code_unknown",
        factory.tennyu_family,
        lambda n: setattr(n.persons[0], "relationship_code", "01"),
        "persons.0.relationship_code",
    ),
    (
        "card_value_changed",
        factory.tenkyo_single,
        lambda n: n.provenance.update(
            {"persons.0.name.given": Provenance(source="ic_chip", value="美沙")}
        ),
        "persons.0.name.given",
    ),
]


def test_every_rule_has_a_case() -> None:
    assert {c[0] for c in CASES} == set(RULES)


@pytest.mark.parametrize(
    ("code", "base", "edit", "field"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES]
)
def test_rule_fires_on_its_case_and_not_before(
    code: str, base: Callable[[], Notification], edit: Edit, field: str
) -> None:
    n = base()
    assert code not in codes_of(n)
    edit(n)
    assert field in _fields(n, code)
    r = check(n, today=TODAY)
    finding = next(f for f in (*r.errors, *r.alerts) if f.code == code and f.field == field)
    assert finding.message_ja and finding.message_en
    assert finding.message_ja != finding.message_en
    # Errors stop filing; alerts never do.
    if RULES[code].severity == "error":
        assert not r.can_file
    elif not r.errors:
        assert r.can_file


def test_late_filing_counts_exactly_fourteen_days() -> None:
    n = factory.tenkyo_single()
    n.todoke.moved_on = date(2026, 3, 27)  # 14 days before 4/10: on time
    assert "late_filing" not in codes_of(n)
    n.todoke.moved_on = date(2026, 3, 26)  # 15 days
    assert "late_filing" in codes_of(n)
    assert check(n, today=TODAY).can_file  # accepted, with the alert


def test_tenshutsu_may_be_filed_before_the_move() -> None:
    n = factory.tenshutsu_abroad()
    n.todoke.moved_on = date(2026, 4, 24)  # 14 days ahead
    assert "moved_on_after_filed" not in codes_of(n)
    assert "tenshutsu_far_ahead" not in codes_of(n)


def test_joining_an_existing_household_needs_no_head_among_the_movers() -> None:
    n = factory.tennyu_family()
    for p in n.persons:
        p.relationship = {"世帯主": "子", "妻": "子の妻", "子": "子の子"}[p.relationship]
    n.household.joins_existing = True
    n.household.head_name = "山田　一夫"
    result = check(n, today=TODAY)
    assert "head_count" not in result.codes()
    assert result.can_file


def test_foreign_special_permanent_resident_needs_no_status_of_residence() -> None:
    n = factory.foreign_from_abroad()
    f = n.persons[0].foreign
    assert f is not None
    n.persons[0].foreign = ForeignItems(
        name_roman=f.name_roman,
        nationality="韓国",
        kubun_30_45="02",
        card_number="SP12345678AB",
        became_resident_on=date(2026, 4, 2),
    )
    assert check(n, today=TODAY).errors == []


def test_foreign_resident_without_items_is_an_error() -> None:
    n = factory.foreign_from_abroad()
    n.persons[0].foreign = None
    assert "persons.0.foreign" in _fields(n, "required")
    n = factory.tennyu_family()
    n.persons[0].resident_type = ResidentType.FOREIGN
    assert "persons.0.foreign" in _fields(n, "required")


def test_setai_henko_needs_its_kind() -> None:
    n = factory.setai_bunri()
    n.todoke.setai_henko = None
    assert "todoke.setai_henko" in _fields(n, "required")
    n.todoke.setai_henko = SetaiHenkoKubun.SETAINUSHI_HENKO
    assert "todoke.setai_henko" not in _fields(n, "required")


def test_non_jis_alert_names_each_character() -> None:
    n = factory.tenkyo_single()
    n.persons[0].name.family = "𠮷田"
    n.persons[0].name.given = "彅子"
    msgs = [f.message_ja for f in check(n, today=TODAY).alerts if f.code == "non_jis_char"]
    assert any("𠮷" in m and "U+20BB7" in m for m in msgs)
    assert any("彅" in m and "U+5F45" in m for m in msgs)


def test_address_kana_may_hold_digits_but_names_may_not() -> None:
    n = factory.tennyu_family()
    n.new_address.kana = "キタ１ジョウニシ２－１"
    assert "kana_not_katakana" not in codes_of(n)
    n.persons[0].name.given_kana = "タロウ２"
    assert "persons.0.name.given_kana" in _fields(n, "kana_not_katakana")


def test_fitting_reason_codes_are_fine() -> None:
    n = factory.tennyu_family()
    n.todoke.reason_code = "01"
    b = factory.setai_bunri()
    b.todoke.reason_code = "50"
    assert "reason_code_mismatch" not in codes_of(n) | codes_of(b)


def test_matching_relationship_code_is_fine() -> None:
    n = factory.tennyu_family()
    n.persons[1].relationship_code = "12"
    n.persons[0].relationship_code = "02"
    assert "relationship_code_mismatch" not in codes_of(n)


def test_card_address_full_width_hyphen_is_jis() -> None:
    n = factory.tenkyo_single()
    n.new_address.banchi = "１２－７－２０２"
    assert "non_jis_char" not in codes_of(n)


@pytest.mark.parametrize(
    ("text", "ok", "code"),
    [
        ("世帯主", True, "02"),
        ("妻", True, "12"),
        ("妻（未届）", True, "14"),
        ("妻(未届)", True, "14"),
        ("子の妻", True, "2X"),
        ("妻の父", True, None),
        ("子の子の子の子", True, None),
        ("子の子の子の子の子", False, None),
        ("祖父", False, None),
        ("孫", False, None),
        ("甥", False, None),
        ("縁故者", True, "96"),
        ("同居人", True, "99"),
        ("世帯主の妻", False, None),
    ],
)
def test_relationship_terms(text: str, ok: bool, code: str | None) -> None:
    v = judge_relationship(text)
    assert v.ok is ok
    assert v.code == code
    if text == "子の子の子の子の子":
        assert v.suggestion == "縁故者"


@pytest.mark.parametrize(
    ("five", "digit"),
    [("13101", "6"), ("01100", "2"), ("01000", "6"), ("13221", "7"), ("27100", "4")],
)
def test_local_government_code_check_digit(five: str, digit: str) -> None:
    assert check_digit(five) == digit
    assert is_valid(five + digit)
    assert not is_valid(five + str((int(digit) + 1) % 10))


def test_check_digit_covers_remainders_zero_and_one() -> None:
    # Remainder 0 → 1 and remainder 1 → 0 (the last digit of 11 − r).
    assert check_digit("00000") == "1"  # r = 0
    assert check_digit("20000") == "0"  # 12 → r = 1
    assert check_digit("10100") == "1"  # 10 → r = 10
