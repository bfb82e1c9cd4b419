"""The resident-side facade (``kiosk.resident_service``) against real parts.

Cards: pcscd + the vpcd driver + the card emulator. Storage: SQLite and the throwaway
PostgreSQL cluster (the ``storage`` fixture runs on both).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from forms.address import lookup_postal_code
from forms.model import Kind
from kiosk.config import Config
from kiosk.models import NotificationRecord, Status
from kiosk.resident_service import (
    CardFacts,
    NotFileable,
    ResidentCardProblem,
    ResidentService,
    SignatureMissing,
    to_fullwidth_banchi,
)
from kiosk.storage import Storage

TODAY = date(2026, 4, 14)
STROKE = [[(0.1, 0.5), (0.4, 0.2), (0.8, 0.6)]]
HOLDER = CardFacts("黒桐　幹也", "東京都清瀬市観布子南１２－７－２０２", date(1980, 2, 17), "1")


def verifies(card_emulator: Any) -> int:
    return sum(1 for r in card_emulator.apdu_log if r.is_verify_with_data)


def records(storage: Storage) -> list[NotificationRecord]:
    with storage.transaction() as s:
        return list(s.query(NotificationRecord).all())


@pytest.fixture
def service(config: Config, storage: Storage) -> ResidentService:
    return ResidentService(config, storage, today=lambda: TODAY, terminal="t1")


def tenkyo(service: ResidentService) -> Any:
    session = service.start(HOLDER)
    a = session.answers
    a.kind = Kind.TENKYO
    a.moved_on = date(2026, 4, 10)
    a.new_address = lookup_postal_code("2040021")[0].to_address()
    a.new_address.banchi = to_fullwidth_banchi("3-5-8")
    a.head = 0
    a.related = {"kokuho": False, "shogai_techo": False, "dog": True}
    return session


# -- the card -------------------------------------------------------------------------------


@pytest.mark.pcsc
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_card_reads_tell_tries_left_and_never_retry(
    config: Config, storage: Storage, card_emulator: Any, persona: Callable[[str], Any]
) -> None:
    service = ResidentService(config, storage, reader_name=card_emulator.reader_name)
    card_emulator.insert(persona("kokutou-mikiya"))
    assert service.pin_tries_left() == 3
    assert verifies(card_emulator) == 0
    with pytest.raises(ResidentCardProblem) as wrong:
        service.read_card("9999")
    assert (wrong.value.code, wrong.value.tries_left) == ("wrong_pin", 2)
    assert verifies(card_emulator) == 1
    with pytest.raises(ResidentCardProblem) as fullwidth:
        service.read_card("１２３４")
    assert fullwidth.value.code == "invalid_pin"
    assert verifies(card_emulator) == 1, "a malformed PIN must not reach the card"
    facts = service.read_card("1234")
    assert (facts.name, facts.birth_date, facts.sex) == ("黒桐　幹也", date(1980, 2, 17), "1")
    assert "1234" not in repr(facts) and "黒桐" not in repr(facts)
    assert service.pin_tries_left() == 3


@pytest.mark.pcsc
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_last_try_is_refused_without_confirmation(
    config: Config, storage: Storage, card_emulator: Any, persona: Callable[[str], Any]
) -> None:
    service = ResidentService(config, storage, reader_name=card_emulator.reader_name)
    card_emulator.insert(persona("last-try"))
    assert service.pin_tries_left() == 1
    with pytest.raises(ResidentCardProblem) as refused:
        service.read_card("1111")
    assert refused.value.code == "last_try"
    assert verifies(card_emulator) == 0
    assert service.read_card("1111", allow_last_try=True).name == "佐藤　花子"


@pytest.mark.pcsc
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_blocked_and_missing_cards_are_named(
    config: Config, storage: Storage, card_emulator: Any, persona: Callable[[str], Any]
) -> None:
    service = ResidentService(config, storage, reader_name=card_emulator.reader_name)
    with pytest.raises(ResidentCardProblem) as empty:
        service.pin_tries_left()
    assert empty.value.code == "no_card"
    card_emulator.insert(persona("pin-blocked"))
    with pytest.raises(ResidentCardProblem) as blocked:
        service.read_card("9999", allow_last_try=True)
    assert blocked.value.code == "pin_blocked"
    assert verifies(card_emulator) == 0


# -- the draft and filing ---------------------------------------------------------------------


def test_answers_become_the_notification(service: ResidentService) -> None:
    session = tenkyo(service)
    n = session.draft()
    assert n.id == session.id, "one notification id per resident session"
    assert n.kind is Kind.TENKYO
    assert n.new_address.one_line() == "東京都清瀬市元町３－５－８"
    assert n.previous_address.one_line() == "東京都清瀬市観布子南１２－７－２０２"
    assert n.persons[0].relationship == "世帯主"
    assert n.household.head_name == "黒桐　幹也"
    assert n.household.answers == {"dog": True}
    assert n.is_card_verified("persons.0.name.family")
    assert any(r.code == "dog_registration" for r in n.related)


def test_signed_notification_is_filed_with_a_reception_number(
    service: ResidentService, storage: Storage
) -> None:
    session = tenkyo(service)
    number = session.submit(STROKE, 4.0)
    assert number is not None and number.startswith("1-")
    [record] = records(storage)
    assert record.state is Status.CONFIRMED
    assert record.resident_session == session.id


def test_nothing_is_stored_without_a_signature_or_with_resident_errors(
    service: ResidentService, storage: Storage
) -> None:
    session = tenkyo(service)
    with pytest.raises(SignatureMissing):
        session.submit([], 4.0)
    session.answers.moved_on = date(2026, 5, 1)  # a 転居 cannot be dated in the future
    with pytest.raises(NotFileable):
        session.submit(STROKE, 4.0)
    assert records(storage) == []


def test_staff_only_fields_hand_the_signed_draft_to_staff(
    service: ResidentService, storage: Storage
) -> None:
    """転入: the 転出証明書 and 転入前住民票コード are staff's; a child without a card too."""
    session = service.start(
        CardFacts("山田　太郎", "福岡県北九州市小倉北区城内９９－９", date(1975, 5, 5), "1")
    )
    a = session.answers
    a.kind = Kind.TENNYU
    a.moved_on = date(2026, 4, 12)
    a.new_address = lookup_postal_code("2040011")[0].to_address()
    a.new_address.banchi = "２－１４－５"
    session.add_member_for_staff("子")
    a.head = 0
    a.related = {"kokuho": True, "shogai_techo": False, "dog": False}
    assert session.submit(STROKE, 4.0) is None
    [record] = records(storage)
    assert record.state is Status.DRAFT
    # Filed for staff: leaving the screen afterwards keeps it, an abandoned session would not.
    assert service.end(session.id, "completed") == 0
    assert len(records(storage)) == 1
    assert service.end(session.id, "idle") == 1
    assert records(storage) == []


def test_wipe_forgets_the_card_and_answers(service: ResidentService) -> None:
    session = tenkyo(service)
    session.wipe()
    assert session.holder is None
    assert session.answers.members == []
    with pytest.raises(Exception, match="wiped"):
        session.draft()
