"""照合番号B through the real PC/SC stack: pcscd + vsmartcard-vpcd + our emulator.

A resident who forgot the PIN reads the 基本4情報 with the 14 digits of the card face. The same
guard as the PIN's (tries left before every VERIFY, no automatic retry, refusal at the last try
without confirmation), on B's own counter — proven from the card's own APDU log and counters —
and B never opens the 個人番号.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from smartcard import scard

from cardreader import (
    CardRemoved,
    CodeBBlocked,
    CodeBLastTryRefused,
    InvalidCodeBFormat,
    LastTryRefused,
    MyNumberCardReader,
    NoCard,
    NotMyNumberCard,
    SecretBlocked,
    WrongCodeB,
    WrongPin,
    WrongSecret,
)
from cardreader.apdu import INS_READ_BINARY, INS_SELECT, INS_VERIFY
from cardreader.emulator import ApduRecord, CardEmulator, Persona, VirtualCard, shipped_personas
from tests.cardreader.test_reader_pcsc import SELECT_TEXT_AP, RawCard

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(120)]

PersonaLoader = Callable[[str], Persona]
EF_CODE_B = bytes.fromhex("0015")


def verifies_with_data(log: list[ApduRecord]) -> int:
    return sum(1 for r in log if r.is_verify_with_data)


def selected_efs(log: list[ApduRecord]) -> set[bytes]:
    return {r.data for r in log if r.ins == INS_SELECT and r.p1 == 0x02 and r.data is not None}


def reader_for(emulator: CardEmulator) -> MyNumberCardReader:
    return MyNumberCardReader(emulator.reader_name)


def card_of(emulator: CardEmulator) -> VirtualCard:
    assert emulator.card is not None
    return emulator.card


def spaced(code: str) -> str:
    """The code as a resident may type it from the card face: grouped by its three parts."""
    return f"{code[:6]} {code[6:10]} {code[10:]}"


def wrong_code(holder: Persona) -> str:
    """A plausible code that is not the holder's: another security code."""
    other = f"{(int(holder.security_code) + 1) % 10000:04d}"
    return holder.code_b[:10] + other


# ---- reading with 照合番号B -------------------------------------------------------------------


@pytest.mark.parametrize("name", shipped_personas())
def test_every_shipped_persona_reads_with_its_card_face(
    card_emulator: CardEmulator, persona: PersonaLoader, name: str
) -> None:
    holder = persona(name)
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    assert reader.code_b_tries_left() == holder.code_b_tries_left
    if holder.code_b_tries_left == 0:
        with pytest.raises(CodeBBlocked):
            reader.read_identity_with_code_b(holder.code_b, allow_last_try=True)
        assert verifies_with_data(card_emulator.apdu_log) == 0
        return
    identity = reader.read_identity_with_code_b(
        spaced(holder.code_b), allow_last_try=holder.code_b_tries_left == 1
    )
    assert (identity.name, identity.address, identity.birth_date, identity.sex) == (
        holder.name,
        holder.address,
        holder.birth_date,
        holder.sex,
    )
    assert card_of(card_emulator).code_b_tries_left == 10  # success resets B's counter
    assert card_of(card_emulator).tries_left == holder.pin_tries_left  # the PIN's is untouched


def test_a_resident_whose_pin_is_blocked_reads_with_code_b(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("pin-blocked")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    with pytest.raises(SecretBlocked):
        reader.read_identity(holder.pin, allow_last_try=True)
    assert reader.read_identity_with_code_b(holder.code_b).name == holder.name


def test_code_b_read_uses_the_minimal_apdu_sequence_and_never_opens_ef_0001(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    card_emulator.clear_log()
    reader = reader_for(card_emulator)
    reader.read_identity_with_code_b(holder.code_b)
    assert reader.last_apdu_count == 6
    log = card_emulator.apdu_log
    start = next(i for i, r in enumerate(log) if r.is_verify_with_data) - 3
    assert [(r.ins, r.p1, r.data, r.lc) for r in log[start : start + 6]] == [
        (INS_SELECT, 0x04, bytes.fromhex("D3921000310001010408"), 10),  # SELECT AP
        (INS_SELECT, 0x02, EF_CODE_B, 2),  # SELECT 照合番号B EF
        (INS_VERIFY, 0x00, None, 0),  # tries left
        (INS_VERIFY, 0x00, None, 14),  # VERIFY 00 20 00 80 0E + 14 digits (never logged)
        (INS_SELECT, 0x02, bytes.fromhex("0002"), 2),  # SELECT 基本4情報
        (INS_READ_BINARY, 0x00, b"", 0),  # READ BINARY Le=256
    ]
    assert bytes.fromhex("0001") not in selected_efs(log)
    assert bytes.fromhex("0011") not in selected_efs(log)  # the PIN's EF is not even selected


# ---- the guard on B's own counter ------------------------------------------------------------


def test_a_wrong_code_costs_one_b_try_and_no_pin_try(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    with pytest.raises(WrongCodeB) as wrong:
        reader.read_identity_with_code_b(wrong_code(holder))
    assert wrong.value.tries_left == 9
    assert "9" in wrong.value.message_ja and "照合番号B" in wrong.value.message_ja
    assert isinstance(wrong.value, WrongSecret) and not isinstance(wrong.value, WrongPin)
    # One VERIFY with data per call: never an automatic retry.
    assert verifies_with_data(card_emulator.apdu_log) == 1
    assert (reader.code_b_tries_left(), reader.pin_tries_left()) == (9, 3)
    assert (card_of(card_emulator).code_b_tries_left, card_of(card_emulator).tries_left) == (9, 3)
    # … and the other way round: a wrong PIN costs no B try.
    with pytest.raises(WrongPin):
        reader.read_identity("9876")
    assert (reader.code_b_tries_left(), reader.pin_tries_left()) == (9, 2)
    reader.read_identity_with_code_b(holder.code_b)
    assert (reader.code_b_tries_left(), reader.pin_tries_left()) == (10, 2)


def test_last_try_is_refused_without_confirmation_and_allowed_with_it(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("code-b-last-try")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    assert reader.code_b_tries_left() == 1
    for code in (holder.code_b, wrong_code(holder)):
        with pytest.raises(CodeBLastTryRefused) as refused:
            reader.read_identity_with_code_b(code)
        assert isinstance(refused.value, LastTryRefused)
        assert "照合番号B" in refused.value.message_ja
    assert verifies_with_data(card_emulator.apdu_log) == 0
    assert reader.code_b_tries_left() == 1
    identity = reader.read_identity_with_code_b(holder.code_b, allow_last_try=True)
    assert identity.name == holder.name
    assert reader.code_b_tries_left() == 10


def test_confirmed_wrong_last_try_blocks_b_only_and_then_nothing_is_sent(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("code-b-last-try")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    with pytest.raises(CodeBBlocked):
        reader.read_identity_with_code_b(wrong_code(holder), allow_last_try=True)
    assert reader.code_b_tries_left() == 0
    card_emulator.clear_log()
    for _ in range(3):
        with pytest.raises(CodeBBlocked):
            reader.read_identity_with_code_b(holder.code_b, allow_last_try=True)
    assert verifies_with_data(card_emulator.apdu_log) == 0
    # B's lock leaves the PIN as it was.
    assert reader.pin_tries_left() == 3
    assert reader.read_identity(holder.pin).name == holder.name


def test_blocked_for_b_but_not_for_the_pin(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("code-b-blocked")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    assert (reader.code_b_tries_left(), reader.pin_tries_left()) == (0, 3)
    with pytest.raises(CodeBBlocked) as blocked:
        reader.read_identity_with_code_b(holder.code_b, allow_last_try=True)
    assert "照合番号B" in blocked.value.message_ja and "暗証番号" in blocked.value.message_ja
    assert verifies_with_data(card_emulator.apdu_log) == 0
    assert reader.read_identity(holder.pin).name == holder.name


def test_counter_survives_taking_the_card_out(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    with pytest.raises(WrongCodeB):
        reader_for(card_emulator).read_identity_with_code_b(wrong_code(holder))
    card_emulator.remove()
    card_emulator.insert()  # the same card back
    assert reader_for(card_emulator).code_b_tries_left() == 9


@pytest.mark.parametrize(
    "typed",
    [
        "５５０２１７２０３５２２８５",  # full-width digits
        "５５０２１７ ２０３５ ２２８５",
        "20352285550217",  # the parts in the wrong order
        "5502172035228",  # 13 digits
    ],
)
def test_malformed_code_is_refused_before_anything_is_sent(
    card_emulator: CardEmulator, persona: PersonaLoader, typed: str
) -> None:
    card_emulator.insert(persona("kokutou-mikiya"))
    card_emulator.clear_log()
    with pytest.raises(InvalidCodeBFormat):
        reader_for(card_emulator).read_identity_with_code_b(typed)
    # Nothing of this read reached the card: not even a SELECT of B's EF. (Other programs on
    # the machine may poll the card for tries left, so only our own traces are asserted.)
    log = card_emulator.apdu_log
    assert not any(r.is_verify_with_data or r.ins == INS_READ_BINARY for r in log)
    assert EF_CODE_B not in selected_efs(log)
    assert card_of(card_emulator).code_b_tries_left == 10


def test_code_never_appears_in_logs_exceptions_or_reprs(
    card_emulator: CardEmulator, persona: PersonaLoader, caplog: pytest.LogCaptureFixture
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    caplog.set_level(logging.DEBUG)
    wrong = wrong_code(holder)
    codes = [holder.code_b, wrong, "55021720352285"]
    texts: list[str] = []

    def collect(exc: BaseException) -> None:
        while exc is not None:
            texts.extend([str(exc), repr(exc), getattr(exc, "message_ja", "")])
            exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]

    for attempt in (wrong, "５５０２１７２０３５２２８５", "20352285550217", spaced(holder.code_b)):
        try:
            reader.read_identity_with_code_b(attempt)
        except (WrongCodeB, InvalidCodeBFormat) as exc:
            collect(exc)
    card_emulator.insert(holder.with_changes(code_b_tries_left=1))
    try:
        reader.read_identity_with_code_b(holder.code_b)
    except CodeBLastTryRefused as exc:
        collect(exc)
    texts += [repr(reader), caplog.text, repr(card_emulator.apdu_log), repr(holder)]
    texts += [repr(card_emulator.card)]
    assert "APDU" in caplog.text  # the APDU debug log was on
    assert len(texts) > 10
    for code in codes:
        hexed = code.encode().hex()
        for text in texts:
            flat = text.replace(" ", "").replace("\u3000", "")
            assert code not in flat
            assert hexed not in flat.lower()
            assert code[10:] + code[:6] not in flat


def test_already_verified_card_still_checks_this_code(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    """Another program verified B and left the card powered: our read must not ride on that
    security state (a wrong code must not return the resident's data)."""
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hresult == scard.SCARD_S_SUCCESS
    try:
        hresult, card, _protocol = scard.SCardConnect(
            ctx, card_emulator.reader_name, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T1
        )
        assert hresult == scard.SCARD_S_SUCCESS
        for apdu_hex in (SELECT_TEXT_AP.replace(" ", ""), "00A4020C020015"):
            scard.SCardTransmit(card, scard.SCARD_PCI_T1, list(bytes.fromhex(apdu_hex)))
        hresult, response = scard.SCardTransmit(
            card, scard.SCARD_PCI_T1, list(bytes.fromhex("002000800E") + holder.code_b.encode())
        )
        assert response == [0x90, 0x00]
        scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)
    finally:
        scard.SCardReleaseContext(ctx)
    assert card_of(card_emulator).verified_keys == {"code_b"}
    with pytest.raises(WrongCodeB):
        reader_for(card_emulator).read_identity_with_code_b(wrong_code(holder))


def test_no_card_not_my_number_and_removed(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    with pytest.raises(NoCard):
        reader_for(card_emulator).read_identity_with_code_b(holder.code_b)
    with pytest.raises(NoCard):
        reader_for(card_emulator).code_b_tries_left()
    card_emulator.not_my_number = True
    card_emulator.insert(holder)
    with pytest.raises(NotMyNumberCard):
        reader_for(card_emulator).read_identity_with_code_b(holder.code_b)
    card_emulator.not_my_number = False
    card_emulator.faults.pull_after = 3  # during the VERIFY
    card_emulator.insert(holder)
    with pytest.raises(CardRemoved):
        reader_for(card_emulator).read_identity_with_code_b(holder.code_b)


# ---- the emulator behaves like the card (raw APDUs through real PC/SC) -------------------------


def test_code_b_opens_the_basic_four_and_never_the_my_number(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    raw = RawCard(card_emulator.reader_name)
    code_hex = holder.code_b.encode().hex()
    try:
        assert raw.sw(SELECT_TEXT_AP) == 0x9000
        assert raw.sw("00 A4 02 0C 02 00 15") == 0x9000
        assert raw.sw("00 20 00 80") == 0x63CA  # 10 tries left, none spent
        assert raw.sw("00 20 00 80 0E" + code_hex) == 0x9000
        assert raw.sw("00 20 00 80") == 0x9000  # B verified
        assert raw.sw("00 A4 02 0C 02 00 01") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x6982  # 個人番号: still closed after B
        assert raw.sw("00 A4 02 0C 02 00 02") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x9000  # 基本4情報: open
        assert raw.sw("00 A4 02 0C 02 00 11") == 0x9000
        assert raw.sw("00 20 00 80") == 0x63C3  # the PIN is not verified by B
        raw.warm_reset()  # B's state survives a warm reset, and 0001 stays closed
        assert raw.sw(SELECT_TEXT_AP) == 0x9000
        assert raw.sw("00 A4 02 0C 02 00 01") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x6982
        assert raw.sw("00 A4 02 0C 02 00 02") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x9000
        # A wrong B: 63 C9, and its security state is gone.
        assert raw.sw("00 A4 02 0C 02 00 15") == 0x9000
        assert raw.sw("00 20 00 80 0E" + "3030303030303030303030303030") == 0x63C9
        assert raw.sw("00 A4 02 0C 02 00 02") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x6982
    finally:
        raw.close()


def test_blocked_code_b_answers_63c0_and_6984(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("code-b-blocked")
    card_emulator.insert(holder)
    raw = RawCard(card_emulator.reader_name)
    try:
        raw.sw(SELECT_TEXT_AP)
        raw.sw("00 A4 02 0C 02 00 15")
        assert raw.sw("00 20 00 80") == 0x63C0
        assert raw.sw("00 20 00 80 0E" + holder.code_b.encode().hex()) == 0x6984
        raw.sw("00 A4 02 0C 02 00 11")
        assert raw.sw("00 20 00 80") == 0x63C3  # the PIN's counter is its own
    finally:
        raw.close()
