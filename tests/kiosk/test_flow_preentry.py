"""A visit that starts from a pre-entry code or from 転出証明書情報, driven through the flow.

The code is the phone page's format (``KM1:``), read on the QR screen before the card; the card
(a stand-in here: ``tests/ui`` and ``tests/e2e`` read real cards through pcscd) then verifies
who it is and its four items win. The storage is real (SQLite and PostgreSQL): the
転出証明書情報 are imported as ``kiosk preentry import`` does, and looked up by the flow.
"""

from __future__ import annotations

import copy
import json
import logging
import zlib
from datetime import date
from typing import Any

import pytest

from forms.model import Kind
from forms.preentry import PREFIX, b45encode, encode, from_document, from_preentry
from forms.tenshutsu import read_csv
from kiosk import workflow
from kiosk.config import Config
from kiosk.flow import CardFacts
from kiosk.preentry import import_tenshutsu_info
from kiosk.resident_service import ResidentService
from kiosk.storage import Storage
from kiosk.workflow import Actor
from tests.kiosk.test_flow import SIGNATURE, Visit, records
from tests.preentry.samples import FAMILY, TENSHUTSU_CSV, TODAY

HOLDER = CardFacts("黒桐　幹也", "東京都清瀬市観布子南１２－７－２０２", date(1980, 2, 17), "1")
WIFE = CardFacts("黒桐　鮮花", "東京都清瀬市観布子南１２－７－２０２", date(1982, 3, 1), "2")


def code(**changes: Any) -> str:
    """The family's code as the phone page makes it, with ``changes`` to the JSON."""
    document = copy.deepcopy(FAMILY)
    document.update(changes)
    return encode(from_document(document))


def forged(**changes: Any) -> str:
    """A code in the format whose content the page would never make (not checked here)."""
    document = {**copy.deepcopy(FAMILY), **changes}
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    return PREFIX + b45encode(zlib.compress(raw))


@pytest.fixture
def visit(config: Config, storage: Storage) -> Visit:
    return Visit(ResidentService(config, storage, today=lambda: TODAY, terminal="t1"))


def read_card(v: Visit, facts: CardFacts = HOLDER) -> None:
    v.card.place(facts)
    v.flow.card_inserted()
    v.flow.submit_pin("1234")


def test_a_pre_entry_read_before_the_card_answers_every_step(
    visit: Visit, storage: Storage
) -> None:
    f = visit.flow
    f.start_preentry()
    assert f.screen == "preentry" and f.view()["preentryFrom"] == "welcome"
    f.read_preentry(code(o="ON-20261101-0099"))  # filed online: its 申請番号 came along
    assert f.screen == "preentry" and f.view()["preentryRead"], "now the card"
    read_card(visit)
    assert f.screen == "identity"
    f.confirm_identity(True)
    # 振り仮名: what was typed at home is the screen's first answer; the resident confirms it.
    assert f.screen == "furigana"
    reading = f.view()["reading"]
    assert (reading["familyKana"], reading["givenKana"]) == ("コクトウ", "ミキヤ")
    f.confirm_reading()
    # Everything was answered at home: straight to the confirm screen, every answer shown.
    assert f.screen == "confirm", f.state.step_error
    a = visit.answers
    assert (a.kind, a.abroad, a.postal_code, a.banchi) == (Kind.TENNYU, False, "2040011", "1-2-3")
    assert [m.display_name for m in a.members] == [
        "黒桐\u3000幹也",
        "黒桐\u3000鮮花",
        "黒桐\u3000未那",
        "黒桐\u3000一",
    ]
    assert [m.relationship for m in a.members] == ["", "妻", "子", "子"] and a.head == 0
    assert [m["source"] for m in f.view()["members"]] == ["", "preentry", "preentry", "preentry"]
    n, _ = f.checked()
    assert n.is_card_verified("persons.0.name.family"), "the card's four items"
    assert n.is_card_verified("previous_address.original")
    assert n.new_address.one_line() == "東京都清瀬市下清戸１－２－３\u3000清瀬ハイツ201"
    marked = set(from_preentry(n))
    assert {"new_address.town", "new_address.banchi", "persons.1.birth_date"} <= marked
    assert {"todoke.moved_on", "persons.3.name.given", "todoke.onestop_number"} <= marked
    assert not any(p.startswith("persons.0.name.family") and "kana" not in p for p in marked)
    assert any("事前入力" in alert for alert in n.jimu.alerts)
    # Staff were told no 転出証明書情報 came for the 申請番号 the resident carried.
    assert any("見つかりませんでした（申請番号で照合）" in alert for alert in n.jimu.alerts)
    # The resident signs; staff complete the 転出証明書 and see what came from the phone.
    f.to_sign()
    f.sign(SIGNATURE, 4.0)
    assert f.screen == "done" and f.state.handed_to_staff
    [record] = records(storage)
    with storage.reader() as s:
        stored = workflow.load(s, record.id)
    assert set(from_preentry(stored)) == marked


def test_a_section_changed_at_the_counter_is_the_residents(visit: Visit) -> None:
    f = visit.flow
    f.start_preentry()
    f.read_preentry(code())
    read_card(visit)
    f.confirm_identity(True)
    f.confirm_reading()
    assert f.screen == "confirm"
    f.edit("banchi")
    assert f.screen == "step" and f.step == "banchi" and visit.answers.banchi == "1-2-3"
    f.set_banchi("7-8")
    f.next()
    f.next()  # 方書, as typed at home
    assert f.screen == "confirm"
    n, _ = f.checked()
    marked = set(from_preentry(n))
    assert n.new_address.banchi == "７－８" and "new_address.banchi" not in marked
    assert n.provenance.get("new_address.banchi") is None
    assert {"new_address.town", "new_address.katagaki"} <= marked
    # The resident emptied nothing the seed refills: an emptied 方書 stays empty.
    f.edit("katagaki")
    f.set_katagaki("")
    f.next()
    n, _ = f.checked()
    assert n.new_address.katagaki == "" and "new_address.katagaki" not in from_preentry(n)


def test_the_card_wins_and_staff_are_told_what_differed(visit: Visit) -> None:
    typed = copy.deepcopy(FAMILY["p"])
    typed[0] = {**typed[0], "g": "幹哉", "b": "1980-02-18"}
    f = visit.flow
    f.start_preentry()
    f.read_preentry(code(p=typed))
    read_card(visit)
    f.confirm_identity(True)
    f.confirm_reading()
    n, _ = f.checked()
    assert (
        n.persons[0].name.full() == "黒桐\u3000幹也"
        and n.persons[0].birth_date == HOLDER.birth_date
    )
    [alert] = [a for a in n.jimu.alerts if "カードと異なる" in a]
    assert "氏名" in alert and "生年月日" in alert and "幹哉" not in alert, "by item, not value"


def test_a_step_left_open_at_home_is_asked_first(visit: Visit) -> None:
    """No 世帯主 chosen at home: the household step opens, the others stay answered."""
    typed = copy.deepcopy(FAMILY)
    del typed["h"]
    f = visit.flow
    f.start_preentry()
    f.read_preentry(encode(from_document(typed)))
    read_card(visit)
    f.confirm_identity(True)
    f.confirm_reading()
    assert (f.screen, f.step) == ("step", "household")
    f.set_head(0)
    f.next()
    f.next()  # the related questions, answered at home
    assert f.screen == "confirm"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("KM2:ABC", "version"),
        ("hello", "not_preentry"),
        ("KM1:%%%%", "damaged"),
    ],
)
def test_a_code_the_counter_cannot_use_is_refused_in_one_line(
    visit: Visit, text: str, error: str, caplog: pytest.LogCaptureFixture
) -> None:
    f = visit.flow
    f.start_preentry()
    with caplog.at_level(logging.DEBUG):
        f.read_preentry(text)
        f.read_preentry(forged(p=[{**FAMILY["p"][0], "f": "123456789018"}]))  # a 個人番号
    assert f.screen == "preentry" and f.view()["preentryError"] == "my_number"
    assert not f.view()["preentryRead"]
    f.read_preentry(text)
    assert f.view()["preentryError"] == error
    assert "123456789018" not in caplog.text and "黒桐" not in caplog.text
    assert "KM1:" not in caplog.text, "a code is never logged"
    f.read_preentry(code())
    assert f.view()["preentryError"] == "" and f.view()["preentryRead"]


def test_the_code_can_be_read_after_the_card_was_placed(visit: Visit) -> None:
    """The card placed first out of habit: the QR screen opens from the PIN pad and returns
    to it, the card still on the reader."""
    f = visit.flow
    visit.card.place(HOLDER)
    f.card_inserted()
    assert f.screen == "pin"
    f.start_preentry()
    assert f.screen == "preentry" and f.view()["preentryFrom"] == "pin"
    f.read_preentry(code())
    assert f.screen == "pin"
    f.submit_pin("1234")
    f.confirm_identity(True)
    f.confirm_reading()
    assert f.screen == "confirm"


def test_back_from_the_qr_screen_keeps_nothing(visit: Visit) -> None:
    f = visit.flow
    f.start_preentry()
    f.read_preentry(code())
    f.back()
    assert f.screen == "welcome" and f.state.preentry == ""
    read_card(visit)
    f.confirm_identity(True)
    f.skip_reading()
    assert f.screen == "guide", "no pre-entry: the resident answers at the counter"


def test_a_pre_entered_person_who_brings_a_card_is_read_into_their_place(visit: Visit) -> None:
    f = visit.flow
    f.start_preentry()
    f.read_preentry(code())
    read_card(visit)
    f.confirm_identity(True)
    f.confirm_reading()
    f.edit("members")
    f.add_member_by_card()
    read_card(visit, WIFE)
    f.skip_reading()
    members = visit.answers.members
    assert len(members) == 4 and members[1].card == WIFE and not members[1].staff_enters
    assert members[1].relationship == "妻"
    n, _ = f.checked()
    assert n.is_card_verified("persons.1.name.given")


def _import(storage: Storage) -> None:
    with storage.transaction() as session:
        import_tenshutsu_info(
            session,
            read_csv(TENSHUTSU_CSV.encode()),
            actor=Actor.system("test"),
            source="file",
            today=TODAY,
        )


def test_a_tokurei_tennyu_is_pre_filled_when_the_card_is_read(
    visit: Visit, storage: Storage
) -> None:
    """No pre-entry: the resident says 転入 from within Japan; the 転出証明書情報 held for the
    card's name and birth date makes it a 特例転入, the household listed."""
    _import(storage)
    f = visit.flow
    read_card(visit)
    f.confirm_identity(True)
    f.skip_reading()  # the reading comes from the certificate data
    f.guide_answer("into")
    f.guide_answer("no")
    assert f.screen == "step" and f.step == "date"
    members = visit.answers.members
    assert [m.display_name for m in members] == ["黒桐\u3000幹也", "黒桐\u3000鮮花"]
    assert members[1].source == "tenshutsu_info" and members[1].relationship == "妻"
    assert visit.answers.head == 0
    n, _ = f.checked()
    assert n.todoke.tokurei and n.todoke.onestop_number == "ON-20261101-0042"
    assert [p.juminhyo_code for p in n.persons] == ["12345678903", "23456789013"]
    assert n.provenance["persons.1.honseki"].source == "tenshutsu_info"
    assert n.provenance["persons.0.name.family_kana"].source == "tenshutsu_info"
    assert n.is_card_verified("persons.0.name.given")
    assert any("特例転入としました" in alert for alert in n.jimu.alerts)
    # The wife stayed behind: removed, her record's values go with her.
    f.remove_member(1)
    n, _ = f.checked()
    assert [p.juminhyo_code for p in n.persons] == ["12345678903"]


def test_a_tokurei_tennyu_found_by_the_numbers_typed(visit: Visit, storage: Storage) -> None:
    """A card whose name the record writes otherwise (外字, a new name): the 申請番号 finds it."""
    _import(storage)
    other = CardFacts("黑桐　幹也", HOLDER.address, HOLDER.birth_date, "1")
    f = visit.flow
    read_card(visit, other)
    f.confirm_identity(True)
    f.skip_reading()
    f.guide_answer("into")
    f.guide_answer("no")
    n, _ = f.checked()
    assert not n.todoke.tokurei, "not found by the card's name"
    f.enter_onestop_number("ＯＮ－２０２６１１０１－００００")
    assert f.view()["preentryError"] == "onestop_not_found"
    f.enter_onestop_number("on-20261101-0042")
    assert f.view()["preentryError"] == ""
    n, _ = f.checked()
    assert n.todoke.tokurei and n.persons[0].name.full() == "黑桐\u3000幹也"
    assert any("申請番号で照合" in alert for alert in n.jimu.alerts)
