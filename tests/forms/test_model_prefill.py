"""The notification model round-trips, and the card pre-fills a draft that remembers its source."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from forms import FlexDate, Kind, Notification, Origin, check, prefill_from_card
from forms.prefill import split_name
from tests.forms import factory


@pytest.mark.parametrize("name", sorted(factory.ALL))
def test_json_round_trip_is_lossless(name: str) -> None:
    n = factory.ALL[name]()
    again = Notification.model_validate_json(n.model_dump_json())
    assert again == n
    assert again.model_dump_json() == n.model_dump_json()


def test_flex_birth_date_round_trips_and_stays_flex() -> None:
    n = factory.tenkyo_single()
    n.persons[0].birth_date = FlexDate(year=1950, era="昭和")
    again = Notification.model_validate_json(n.model_dump_json())
    assert isinstance(again.persons[0].birth_date, FlexDate)
    assert again.persons[0].birth_date.year == 1950
    assert again.persons[0].birth_date.month is None


def test_unknown_keys_are_rejected_not_dropped() -> None:
    data = factory.tenkyo_single().model_dump(mode="json")
    data["persons"][0]["nmae"] = "typo"
    with pytest.raises(ValidationError):
        Notification.model_validate(data)


def test_flex_date_rejects_day_without_month() -> None:
    with pytest.raises(ValidationError):
        FlexDate(year=1950, day=3)


def test_split_name_at_ideographic_space() -> None:
    name = split_name("黒桐\u3000幹也")
    assert (name.family, name.given) == ("黒桐", "幹也")
    # A name without U+3000 stays whole in 氏 rather than being cut at a guess.
    assert split_name("ＮＧＵＹＥＮＶＡＮ").family == "ＮＧＵＹＥＮＶＡＮ"
    assert split_name("NGUYEN VAN AN").family == "NGUYEN VAN AN"
    assert split_name("NGUYEN VAN AN").given == ""


def test_prefill_carries_the_card_facts_and_marks_them_verified() -> None:
    ident = factory.card_identity()
    n = prefill_from_card(ident, kind=Kind.TENKYO, filed_on=date(2026, 4, 10))
    p = n.persons[0]
    assert (p.name.family, p.name.given) == ("黒桐", "幹也")
    assert p.birth_date == date(1980, 2, 17)
    assert p.sex == "1"
    a = n.previous_address
    assert a.original == "東京都清瀬市観布子南１２－７－２０２"
    assert (a.prefecture, a.municipality, a.town, a.banchi) == (
        "東京都",
        "清瀬市",
        "観布子南",
        "１２－７－２０２",
    )
    assert a.lg_code == "132217"
    verified = set(n.card_verified_paths())
    assert {
        "persons.0.name.family",
        "persons.0.name.given",
        "persons.0.birth_date",
        "persons.0.sex",
        "previous_address.original",
        "previous_address.municipality",
        "filer.name.family",
    } <= verified
    assert all(n.provenance[p].source == "ic_chip" for p in verified)


def test_edited_card_field_is_no_longer_verified_and_alerts_staff() -> None:
    n = prefill_from_card(factory.card_identity(), kind=Kind.TENKYO, filed_on=date(2026, 4, 10))
    assert "card_value_changed" not in check(n, today=date(2026, 4, 10)).codes()
    n.persons[0].name.given = "幹哉"
    assert not n.is_card_verified("persons.0.name.given")
    assert n.is_card_verified("persons.0.name.family")
    result = check(n, today=date(2026, 4, 10))
    changed = [f for f in result.alerts if f.code == "card_value_changed"]
    assert [f.field for f in changed] == ["persons.0.name.given"]
    assert "幹也" in changed[0].message_ja


def test_prefill_for_tennyu_puts_card_address_as_previous_address() -> None:
    n = prefill_from_card(factory.card_identity(), kind=Kind.TENNYU, filed_on=date(2026, 4, 10))
    assert n.previous_address.municipality == "清瀬市"
    assert n.new_address.is_empty
    abroad = prefill_from_card(
        factory.card_identity(),
        kind=Kind.TENNYU,
        filed_on=date(2026, 4, 10),
        origin=Origin.ABROAD,
    )
    assert abroad.previous_address.is_empty


def test_prefill_keeps_unsplittable_address_whole() -> None:
    ident = factory.card_identity(address="どこかの島１番地")
    n = prefill_from_card(ident, kind=Kind.TENSHUTSU, filed_on=date(2026, 4, 10))
    a = n.previous_address
    assert a.original == "どこかの島１番地"
    assert a.prefecture == "" and a.municipality == ""
    assert a.town + a.banchi == "どこかの島１番地"


def test_prefill_non_jis_name_raises_alert_naming_the_character() -> None:
    ident = factory.card_identity(name="𠮷田\u3000太郎")
    n = prefill_from_card(ident, kind=Kind.TENKYO, filed_on=date(2026, 4, 10))
    alerts = [f for f in check(n, today=date(2026, 4, 10)).alerts if f.code == "non_jis_char"]
    assert any("U+20BB7" in f.message_ja and "𠮷" in f.message_ja for f in alerts)
    assert {f.field for f in alerts} >= {"persons.0.name.family", "filer.name.family"}
    assert n.persons[0].name.family == "𠮷田"  # kept as the card holds it, never a look-alike


def test_prefill_splits_katagaki_and_marks_it_verified() -> None:
    ident = factory.card_identity(
        address="東京都清瀬市下清戸一丁目２２３番地\u3000清瀬ハイツ２０２"
    )
    n = prefill_from_card(ident, kind=Kind.TENKYO, filed_on=date(2026, 4, 10))
    assert n.previous_address.katagaki == "清瀬ハイツ２０２"
    assert n.is_card_verified("previous_address.katagaki")
    assert (
        n.previous_address.one_line() == "東京都清瀬市下清戸一丁目２２３番地\u3000清瀬ハイツ２０２"
    )
