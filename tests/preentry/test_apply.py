"""A pre-entry written into a draft: what it fills, what the card keeps, and what staff see."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

import forms
from forms import preentry
from forms.model import Kind, Notification, Origin
from forms.preentry import PreEntryError, apply_preentry, from_document
from tests.preentry.samples import FAMILY, TODAY, Card


def _draft(kind: Kind = Kind.TENNYU, card: Card | None = None, **kw: Any) -> Notification:
    return forms.prefill_from_card(card or Card(), kind=kind, filed_on=TODAY, **kw)


def _doc(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(json.dumps(FAMILY))
    doc.update(changes)
    return doc


def test_the_family_fills_the_card_holders_draft() -> None:
    draft = _draft()
    n = apply_preentry(draft, from_document(FAMILY))
    assert draft.persons[0].name.family_kana == ""  # the draft given is left as it was
    assert [p.name.full() for p in n.persons] == [
        "黒桐\u3000幹也",
        "黒桐\u3000鮮花",
        "黒桐\u3000未那",
        "黒桐\u3000一",
    ]
    assert [p.relationship for p in n.persons] == ["世帯主", "妻", "子", "子"]
    assert n.persons[0].name.full_kana() == "コクトウ\u3000ミキヤ"  # typed in hiragana
    assert n.todoke.moved_on == date(2026, 11, 16)
    assert n.new_address.one_line() == "東京都清瀬市下清戸１－２－３\u3000清瀬ハイツ201"
    assert n.new_address.lg_code == "132217"
    assert n.household.head_name == "黒桐\u3000幹也"
    assert n.household.answers == {"dog": True}
    assert all(p.answers["kokuho"] is True for p in n.persons)
    assert {"kokuho_join", "jido_teate", "dog_registration"} <= {r.code for r in n.related}
    # The card's four items are still the card's; the rest is marked as pre-entered.
    assert n.is_card_verified("persons.0.name.family")
    assert n.is_card_verified("persons.0.birth_date")
    pre = set(preentry.from_preentry(n))
    assert {"todoke.moved_on", "new_address.town", "persons.1.name.given"} <= pre
    assert "persons.0.name.family" not in pre
    assert n.provenance["persons.1.birth_date"].source == "preentry"
    assert any("事前入力" in a and "2026-11-19" in a for a in n.jimu.alerts)
    # Only what needs the 転出証明書 (or staff) is left for a 転入.
    fields = {f.field for f in forms.check(n, today=TODAY).errors}
    assert fields <= {
        "filer.signature",
        "todoke.tenshutsu_shomei",
        *(f"persons.{i}.juminhyo_code" for i in range(4)),
    }


def test_the_card_takes_precedence_and_staff_are_told() -> None:
    typed = json.loads(json.dumps(FAMILY))
    typed["p"][0].update(g="幹哉", b="1980-02-18")  # a typo, or somebody else's code
    n = apply_preentry(_draft(), from_document(typed))
    assert n.persons[0].name.given == "幹也"
    assert n.persons[0].birth_date == date(1980, 2, 17)
    assert n.filer.name.given == "幹也"
    alert = next(a for a in n.jimu.alerts if "カードと異なる" in a)
    assert "氏名" in alert and "生年月日" in alert
    assert "幹哉" not in alert  # names the items, not the values

    # Without precedence (a draft taken without a card) the typed values are used.
    n2 = apply_preentry(_draft(), from_document(typed), card_facts_take_precedence=False)
    assert n2.persons[0].name.given == "幹哉"
    assert n2.provenance["persons.0.name.given"].source == "preentry"


def test_a_member_read_from_their_own_card_is_not_added_twice() -> None:
    draft = _draft()
    wife = forms.prefill_from_card(
        Card(name="黒桐\u3000鮮花", birth_date=date(1982, 3, 1), sex="2"),
        kind=Kind.TENNYU,
        filed_on=TODAY,
    )
    draft.persons.append(wife.persons[0])
    for path, prov in wife.provenance.items():
        if path.startswith("persons.0."):
            draft.provenance["persons.1." + path[len("persons.0.") :]] = prov
    n = apply_preentry(draft, from_document(FAMILY))
    assert len(n.persons) == 4
    assert n.persons[1].name.given_kana == "アザカ"
    assert n.is_card_verified("persons.1.name.given")
    assert n.persons[1].relationship == "妻"


def test_an_address_the_postal_code_does_not_have_is_flagged() -> None:
    doc = _doc(a={**FAMILY["a"], "t": "観布子南"})
    n = apply_preentry(_draft(), from_document(doc))
    assert n.new_address.town == "観布子南"
    assert any("郵便番号の候補にありません" in a for a in n.jimu.alerts)


def test_moving_out_abroad_and_in_from_abroad() -> None:
    out = _doc(
        k="tenshutsu", x=True, a=None, f={"n": "ベトナム", "a": "Ha Noi"}, h=None, q={"inkan": True}
    )
    del out["a"], out["h"]
    n = apply_preentry(_draft(Kind.TENSHUTSU), from_document(out))
    assert n.todoke.origin is Origin.ABROAD
    assert n.destination.country == "ベトナム" and n.destination.foreign_address == "Ha Noi"
    assert n.persons[0].answers["inkan"] is True
    assert n.is_card_verified("previous_address.original")  # the address being left: the card's

    into = _doc(x=True, f={"n": "アメリカ合衆国"})
    n = apply_preentry(_draft(Kind.TENNYU, origin=Origin.ABROAD), from_document(into))
    assert n.previous_address.country == "アメリカ合衆国"
    assert n.new_address.municipality == "清瀬市"


def test_a_pre_entry_of_another_kind_is_refused_in_one_line() -> None:
    with pytest.raises(PreEntryError) as info:
        apply_preentry(_draft(Kind.TENKYO), from_document(FAMILY))
    assert info.value.code == "kind_mismatch"
    assert "転入" in info.value.message_ja and "転居" in info.value.message_ja
