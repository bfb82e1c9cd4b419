"""The 振り仮名 screen of the resident flow, without Qt: choose, type, skip, back.

The readings are the real dictionary's (sudachidict-core); the card is the fake one of
``test_flow``; filing goes to a real SQLite database.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from forms.kana import is_katakana
from kiosk import workflow
from kiosk.config import Config
from kiosk.flow import CardFacts, FlowState, ResidentFlow
from kiosk.models import NotificationRecord
from kiosk.resident_service import ResidentService
from kiosk.review import build_review
from kiosk.storage import Storage
from tests.kiosk.test_flow import (
    CLERK,
    FROM_AFAR,
    HOLDER,
    SIGNATURE,
    SPOUSE,
    TODAY,
    FakeCard,
    Visit,
    records,
    sqlite_only,
)
from ui.staff.layout import FieldRow, lay_out

FOREIGN = CardFacts("SMITH JOHN", "東京都清瀬市元町１－１－１", date(1990, 1, 1), "1")
YOSHIDA = CardFacts("\U00020bb7田\u3000陽菜", "東京都清瀬市元町１－１－１", date(2015, 3, 3), "2")


@pytest.fixture
def counter(make_config: Callable[..., Config]) -> ResidentService:
    return ResidentService(make_config(), None, today=lambda: TODAY, terminal="t1")


@pytest.fixture
def visit(counter: ResidentService) -> Visit:
    return Visit(counter)


@pytest.fixture
def filing(config: Config, storage: Storage) -> Visit:
    return Visit(ResidentService(config, storage, today=lambda: TODAY, terminal="t1"))


def to_reading(visit: Visit, facts: CardFacts = HOLDER) -> None:
    """Card, PIN, "this is me": the 振り仮名 screen for the holder."""
    visit.read(facts)
    visit.flow.confirm_identity(True)
    assert visit.flow.screen == "furigana"


def shown(visit: Visit) -> dict[str, object]:
    reading = visit.flow.view()["reading"]
    assert isinstance(reading, dict)
    return reading


def test_the_screen_proposes_readings_for_each_part_best_first(visit: Visit) -> None:
    to_reading(visit, FROM_AFAR)
    reading = shown(visit)
    assert reading["holder"] is True
    assert (reading["family"], reading["given"]) == ("山田", "太郎")
    assert reading["familyCandidates"][0] == "ヤマダ"  # type: ignore[index]
    assert reading["givenCandidates"][0] == "タロウ"  # type: ignore[index]
    assert (reading["familyKana"], reading["givenKana"]) == ("", "")
    candidates = [*reading["familyCandidates"], *reading["givenCandidates"]]  # type: ignore[misc]
    assert all(is_katakana(c) for c in candidates)


def test_chosen_readings_are_confirmed_into_the_draft(visit: Visit) -> None:
    to_reading(visit, FROM_AFAR)
    visit.flow.confirm_reading()  # nothing chosen yet: it says so and stays
    assert (visit.flow.screen, visit.state.step_error) == ("furigana", "reading_missing")
    visit.flow.choose_reading("family", 0)
    assert visit.state.step_error == ""
    visit.flow.confirm_reading()  # the given name is still missing
    assert visit.state.step_error == "reading_missing"
    visit.flow.choose_reading("given", 0)
    visit.flow.choose_reading("given", 99)  # no such button: nothing changes
    assert (shown(visit)["familyKana"], shown(visit)["givenKana"]) == ("ヤマダ", "タロウ")
    visit.flow.confirm_reading()
    assert (visit.flow.screen, visit.state.guide_step) == ("guide", "kind")
    for answer in ("into", "no"):
        visit.flow.guide_answer(answer)
    visit.walk()
    n, result = visit.flow.checked()
    for name in (n.persons[0].name, n.filer.name):
        assert (name.family_kana, name.given_kana, name.kana_confirmed) == (
            "ヤマダ",
            "タロウ",
            True,
        )
    assert "kana_missing" not in [f.code for f in result.alerts]


def test_a_typed_reading_for_a_name_the_dictionary_lacks(visit: Visit) -> None:
    """黒桐 is read コクトウ, which no dictionary proposes: the resident types it in hiragana."""
    to_reading(visit)
    assert shown(visit)["familyCandidates"] == ["クロキリ"]
    visit.flow.type_reading("family", "こくとう")
    visit.flow.choose_reading("given", 0)
    assert (shown(visit)["familyKana"], shown(visit)["givenKana"]) == ("コクトウ", "ミキヤ")
    visit.flow.type_reading("family", "kokutou")
    assert visit.state.step_error == "reading_not_katakana"
    assert shown(visit)["familyKana"] == "コクトウ", "a refused text changes nothing"
    visit.flow.type_reading("family", "ア" * 61)
    assert visit.state.step_error == "reading_too_long"
    visit.flow.type_reading("family", "ｺｸﾄｳ")  # half-width kana are made full-width
    assert visit.state.step_error == "" and shown(visit)["familyKana"] == "コクトウ"
    visit.flow.confirm_reading()
    visit.flow.guide_answer("within")
    n, _ = visit.flow.checked()
    assert n.persons[0].name.full_kana() == "コクトウ\u3000ミキヤ"
    assert n.persons[0].name.kana_confirmed


def test_dont_know_leaves_it_to_staff(visit: Visit) -> None:
    to_reading(visit)
    visit.flow.choose_reading("family", 0)
    visit.flow.skip_reading()
    assert visit.flow.screen == "guide"
    visit.flow.guide_answer("within")
    n, result = visit.flow.checked()
    name = n.persons[0].name
    assert (name.family_kana, name.given_kana, name.kana_confirmed) == ("", "", False)
    assert "kana_missing" in [f.code for f in result.alerts], "staff are told it is missing"


def test_back_and_forth_keeps_what_was_chosen_but_asks_again(visit: Visit) -> None:
    to_reading(visit, FROM_AFAR)
    visit.flow.choose_reading("family", 0)
    visit.flow.back()
    assert visit.flow.screen == "identity"
    visit.flow.confirm_identity(True)
    assert shown(visit)["familyKana"] == "ヤマダ"
    visit.flow.choose_reading("given", 0)
    visit.flow.confirm_reading()
    visit.flow.guide_back()  # from the 手続き案内 back to the reading: confirm it again
    assert visit.flow.screen == "furigana"
    assert not visit.answers.members[0].reading.confirmed  # type: ignore[union-attr]
    visit.flow.confirm_reading()
    assert visit.answers.members[0].reading.confirmed  # type: ignore[union-attr]


def test_a_foreign_name_is_typed_without_proposals(visit: Visit) -> None:
    """A ローマ字 name gets no proposal; one katakana reading for the whole name."""
    to_reading(visit, FOREIGN)
    reading = shown(visit)
    assert (reading["family"], reading["given"]) == ("SMITH JOHN", "")
    assert reading["proposed"] is False
    visit.flow.type_reading("family", "スミス　ジョン")
    visit.flow.confirm_reading()
    visit.flow.guide_answer("within")
    n, _ = visit.flow.checked()
    name = n.persons[0].name
    assert (name.family_kana, name.given_kana, name.kana_confirmed) == (
        "スミス\u3000ジョン",
        "",
        True,
    )


def test_gaiji_names_are_proposed_the_usual_reading(visit: Visit) -> None:
    to_reading(visit, YOSHIDA)
    reading = shown(visit)
    assert reading["family"] == "\U00020bb7田", "the name itself is never changed"
    assert reading["familyCandidates"][0] == "ヨシダ"  # type: ignore[index]
    assert reading["givenCandidates"][:2] == ["ハルナ", "ヒナ"]  # type: ignore[index]


def test_each_member_read_by_card_is_asked_then_the_members_again(visit: Visit) -> None:
    visit.start("into", "no", facts=FROM_AFAR)
    visit.to("members")
    visit.flow.add_member_by_card()
    visit.card.place(SPOUSE, "5678")
    visit.flow.card_inserted()
    visit.flow.submit_pin("5678")
    assert visit.flow.screen == "furigana"
    reading = shown(visit)
    assert (reading["person"], reading["holder"], reading["given"]) == (1, False, "花子")
    visit.flow.choose_reading("family", 0)
    visit.flow.choose_reading("given", 0)
    visit.flow.confirm_reading()
    assert (visit.flow.screen, visit.flow.step) == ("step", "members")
    # another member: back from the reading returns to the members, the reading left to staff
    visit.flow.add_member_by_card()
    visit.card.place(CardFacts("山田\u3000一郎", "x", date(2010, 1, 1), "1"), "1111")
    visit.flow.card_inserted()
    visit.flow.submit_pin("1111")
    assert shown(visit)["person"] == 2
    visit.flow.choose_reading("family", 0)
    visit.flow.back()
    assert (visit.flow.screen, visit.flow.step) == ("step", "members")
    n, _ = visit.flow.checked()
    assert [(p.name.full_kana(), p.name.kana_confirmed) for p in n.persons] == [
        ("", False),  # the holder said "don't know" (Visit.start)
        ("ヤマダ\u3000ハナコ", True),
        ("", False),
    ]


def test_the_desk_can_answer_for_the_resident_and_is_recorded(visit: Visit) -> None:
    to_reading(visit, FROM_AFAR)
    visit.flow.type_reading("family", "やまだ", actor=CLERK)
    visit.flow.type_reading("given", "たろう", actor=CLERK)
    visit.flow.confirm_reading(actor=CLERK)
    assert visit.flow.screen == "guide"
    actions = [(c.actor, c.action) for c in visit.state.history[-3:]]
    assert actions == [
        ("staff:clerk1", "type_reading"),
        ("staff:clerk1", "type_reading"),
        ("staff:clerk1", "confirm_reading"),
    ]
    assert "ヤマダ" not in json.dumps([c.to_dict() for c in visit.state.history])


def test_commands_off_the_screen_change_nothing(visit: Visit) -> None:
    visit.start("within")
    before = visit.answers.to_dict()
    visit.flow.choose_reading("family", 0)
    visit.flow.type_reading("family", "ア")
    visit.flow.confirm_reading()
    visit.flow.skip_reading()
    assert visit.answers.to_dict() == before and visit.flow.step == "date"


def test_a_reading_survives_the_state_being_sent(visit: Visit, counter: ResidentService) -> None:
    to_reading(visit, FROM_AFAR)
    visit.flow.choose_reading("family", 0)
    data = json.loads(json.dumps(visit.flow.to_dict()))
    restored = ResidentFlow(counter, card=FakeCard(), state=FlowState.from_dict(data))
    assert restored.screen == "furigana"
    assert restored.view()["reading"]["familyKana"] == "ヤマダ"  # type: ignore[index]
    restored.choose_reading("given", 0)
    restored.confirm_reading()
    assert restored.screen == "guide"
    with pytest.raises(ValueError):
        bad = json.loads(json.dumps(data))
        bad["answers"]["members"][0]["reading"]["status"] = "maybe"
        FlowState.from_dict(bad)


@sqlite_only
def test_the_filed_notification_says_whether_the_resident_confirmed(
    filing: Visit, storage: Storage, config: Config
) -> None:
    to_reading(filing)
    filing.flow.type_reading("family", "コクトウ")
    filing.flow.choose_reading("given", 0)
    filing.flow.confirm_reading()
    filing.flow.guide_answer("within")
    filing.walk()
    filing.flow.to_sign()
    filing.flow.sign(SIGNATURE, 4.0)
    assert filing.flow.screen == "done"
    [record] = records(storage)
    with storage.transaction() as session:
        n = workflow.load(session, record.id)
    assert n.persons[0].name.full_kana() == "コクトウ\u3000ミキヤ"
    assert n.persons[0].name.kana_confirmed
    assert n.filer.name.kana_confirmed

    # the reviewer sees each reading and whether the resident confirmed it
    rows = {(r.path, r.label): r.value for r in staff_rows(storage, record, config)}
    assert rows[("persons.0.name.family_kana", "氏のフリガナ")] == "コクトウ"
    assert rows[("persons.0.name.kana_confirmed", "フリガナの確認")] == "本人確認済"


def staff_rows(storage: Storage, record: Any, config: Config) -> list[FieldRow]:
    """The review rows a clerk's desk lays out for this notification."""
    with storage.reader() as session:
        stored = session.get(NotificationRecord, record.id)
        review = build_review(session, stored, datetime.now(config.tz).date())
    return lay_out(review)


@sqlite_only
def test_staff_see_an_unconfirmed_reading_as_missing(
    filing: Visit, storage: Storage, config: Config
) -> None:
    to_reading(filing)
    filing.flow.skip_reading()
    filing.flow.guide_answer("within")
    filing.walk()
    filing.flow.to_sign()
    filing.flow.sign(SIGNATURE, 4.0)
    [record] = records(storage)
    rows = {r.path: r for r in staff_rows(storage, record, config)}
    assert rows["persons.0.name.kana_confirmed"].value == "未確認"
    assert rows["persons.0.name.family_kana"].value == ""
    assert any(
        "フリガナがありません" in f.message for f in rows["persons.0.name.family_kana"].findings
    )
