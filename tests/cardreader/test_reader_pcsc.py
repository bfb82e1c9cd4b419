"""Reading cards through the real PC/SC stack: pcscd + vsmartcard-vpcd + our emulator.

Every exception a UI acts on, every shipped persona, both basic-4 layouts, the 256-byte READ
BINARY boundary, and the PIN guard — proven from the card's own APDU log (the emulator records
whether a VERIFY carried data; it never records the data).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import date

import pytest
from smartcard import scard

from cardreader import (
    CardDataError,
    CardIdentity,
    CardRemoved,
    InvalidPinFormat,
    LastTryRefused,
    MyNumberCardReader,
    NoCard,
    NoReader,
    NotMyNumberCard,
    PinBlocked,
    ProtocolError,
    WrongPin,
    list_readers,
)
from cardreader.apdu import INS_READ_BINARY, INS_VERIFY
from cardreader.basic4 import encode_basic4
from cardreader.emulator import ApduRecord, CardEmulator, Persona, shipped_personas
from cardreader.events import CardEvent, CardWatcher, EventKind, watch
from cardreader.transport import Context
from tests.fixtures.pcsc import skip_unless_only_card

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(120)]

PersonaLoader = Callable[[str], Persona]


def verifies_with_data(log: list[ApduRecord]) -> int:
    return sum(1 for r in log if r.is_verify_with_data)


def reads(log: list[ApduRecord]) -> list[ApduRecord]:
    return [r for r in log if r.ins == INS_READ_BINARY]


def atr_seen_by_pcscd(reader: str) -> bytes | None:
    with Context() as ctx:
        return ctx.states([reader])[reader].atr


def reader_for(emulator: CardEmulator) -> MyNumberCardReader:
    return MyNumberCardReader(emulator.reader_name)


# ---- reading ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", shipped_personas())
def test_every_shipped_persona_reads_back_as_written(
    card_emulator: CardEmulator, persona: PersonaLoader, name: str
) -> None:
    holder = persona(name)
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    assert reader.pin_tries_left() == holder.pin_tries_left
    if holder.pin_tries_left == 0:
        with pytest.raises(PinBlocked):
            reader.read_identity(holder.pin, allow_last_try=True)
        assert verifies_with_data(card_emulator.apdu_log) == 0
        return
    identity = reader.read_identity(holder.pin, allow_last_try=holder.pin_tries_left == 1)
    assert (identity.name, identity.address, identity.birth_date, identity.sex) == (
        holder.name,
        holder.address,
        holder.birth_date,
        holder.sex,
    )
    assert card_emulator.card is not None
    assert card_emulator.card.tries_left == 3  # success resets the counter


def test_published_test_card_in_both_layouts(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    for layout in ("short", "long"):
        holder = persona("kokutou-mikiya").with_changes(layout=layout)
        card_emulator.insert(holder)
        identity = reader_for(card_emulator).read_identity(holder.pin)
        assert identity.name == "黒桐　幹也"
        assert identity.address == "東京都清瀬市観布子南１２－７－２０２"
        assert identity.birth_date == date(1980, 2, 17)
        assert identity.sex == "1"


def test_characters_outside_jis_x0208_come_back_unchanged(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("yoshida-takashi")
    card_emulator.insert(holder)
    identity = reader_for(card_emulator).read_identity(holder.pin)
    assert identity.name == "𠮷田　髙志"
    assert "\U00020bb7" in identity.name and "\u9ad9" in identity.name  # not look-alikes


def _persona_with_file_size(base: Persona, size: int, layout: str) -> Persona:
    """The same holder with an address padded so the basic-4 object is ``size`` bytes."""
    for extra in range(size):
        candidate = base.with_changes(
            address=base.address + "Ａ" * (extra // 3) + "a" * (extra % 3), layout=layout
        )
        b4 = CardIdentity(candidate.name, candidate.address, candidate.birth_date, candidate.sex)
        if len(encode_basic4(b4, layout=layout, filler=b"")) == size:  # type: ignore[arg-type]
            return candidate
    raise AssertionError(f"cannot make a {size}-byte file")


@pytest.mark.parametrize(
    ("size", "layout", "expected_reads"),
    [
        (255, "long", [256]),
        (256, "long", [256]),
        (257, "long", [256, 1]),
        (300, "short", [256, 44]),
        (512, "long", [256, 256]),
        (513, "long", [256, 256, 1]),
    ],
)
def test_files_around_the_256_byte_boundary(
    card_emulator: CardEmulator,
    persona: PersonaLoader,
    size: int,
    layout: str,
    expected_reads: list[int],
) -> None:
    holder = _persona_with_file_size(persona("kokutou-mikiya"), size, layout)
    card_emulator.insert(holder)
    card_emulator.clear_log()
    identity = reader_for(card_emulator).read_identity(holder.pin)
    assert identity.address == holder.address
    # Exactly as many READ BINARYs as the BER length needs, each asking only for what is left.
    assert [r.le for r in reads(card_emulator.apdu_log)] == expected_reads
    offsets = [(r.p1 << 8) | r.p2 for r in reads(card_emulator.apdu_log)]
    assert offsets == [256 * i for i in range(len(expected_reads))]


@pytest.mark.parametrize("name", ["kokutou-mikiya", "foreign-resident"])
def test_end_of_file_warning_6282_is_tolerated(
    card_emulator: CardEmulator, persona: PersonaLoader, name: str
) -> None:
    holder = persona(name)
    card_emulator.short_read_sw = 0x6282  # "end of file before Le bytes", as some cards answer
    card_emulator.insert(holder)
    card_emulator.clear_log()
    assert reader_for(card_emulator).read_identity(holder.pin).address == holder.address
    # The first READ (Le=256) of a shorter file hits its end; longer files are read to the
    # exact length the BER header gives, so they never do.
    assert reads(card_emulator.apdu_log)[-1].sw == 0x6282


def test_card_answering_6cxx_gets_the_exact_length(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.exact_le = True
    card_emulator.insert(holder)
    card_emulator.clear_log()
    assert reader_for(card_emulator).read_identity(holder.pin).name == holder.name
    file_size = len(holder.basic4_file())
    assert [(r.le, r.sw) for r in reads(card_emulator.apdu_log)] == [
        (256, 0x6C00 | file_size),
        (file_size, 0x9000),
    ]


@pytest.mark.parametrize("name", ["kokutou-mikiya", "long-address"])
def test_t0_style_answers_are_collected_with_get_response(
    card_emulator: CardEmulator, persona: PersonaLoader, name: str
) -> None:
    holder = persona(name)
    card_emulator.response_chunk = 40
    card_emulator.insert(holder)
    card_emulator.clear_log()
    assert reader_for(card_emulator).read_identity(holder.pin).address == holder.address
    assert any(r.ins == 0xC0 for r in card_emulator.apdu_log)
    assert card_emulator.apdu_log[-1].sw == 0x9000


@pytest.mark.parametrize("name", ["kokutou-mikiya", "foreign-resident"])  # short, long form
def test_card_refusing_an_overlong_le_is_read_by_its_header(
    card_emulator: CardEmulator, persona: PersonaLoader, name: str
) -> None:
    holder = persona(name)
    card_emulator.strict_le = True
    card_emulator.insert(holder)
    card_emulator.clear_log()
    assert reader_for(card_emulator).read_identity(holder.pin).address == holder.address
    object_size = len(holder.basic4_file().rstrip(b"\xff"))
    les = [r.le for r in reads(card_emulator.apdu_log)]
    assert les[:2] == [256, 5]  # refused, then the header alone
    assert sum(les[1:]) == object_size  # then exactly the rest, never past the end
    assert all(r.sw == 0x9000 for r in reads(card_emulator.apdu_log)[1:])


@pytest.mark.parametrize(("name", "cut"), [("kokutou-mikiya", 50), ("long-address", 256)])
def test_file_shorter_than_its_ber_length_is_card_data_error(
    card_emulator: CardEmulator, persona: PersonaLoader, name: str, cut: int
) -> None:
    holder = persona(name)
    card_emulator.faults.files_cut_at = cut
    card_emulator.insert(holder)
    card_emulator.clear_log()
    with pytest.raises(CardDataError):
        reader_for(card_emulator).read_identity(holder.pin)
    assert reads(card_emulator.apdu_log)[-1].sw == 0x6B00  # read until the card said "no more"


def test_identity_read_uses_the_minimal_apdu_sequence(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    card_emulator.clear_log()
    reader = reader_for(card_emulator)
    reader.read_identity(holder.pin)
    assert reader.last_apdu_count == 6
    steps = [(r.ins, r.p1, r.lc > 0) for r in card_emulator.apdu_log]
    # Our connection is exclusive, so the read is one contiguous run in the card's log.
    start = next(i for i, r in enumerate(card_emulator.apdu_log) if r.is_verify_with_data) - 3
    assert steps[start : start + 6] == [
        (0xA4, 0x04, True),  # SELECT AP
        (0xA4, 0x02, True),  # SELECT PIN EF
        (INS_VERIFY, 0x00, False),  # tries left
        (INS_VERIFY, 0x00, True),  # VERIFY PIN
        (0xA4, 0x02, True),  # SELECT 基本4情報
        (INS_READ_BINARY, 0x00, False),  # one READ BINARY, Le=256
    ]


def test_read_my_number_only_when_asked(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("foreign-resident")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    card_emulator.clear_log()
    reader.read_identity(holder.pin)
    selected = {r.data for r in card_emulator.apdu_log if r.ins == 0xA4 and r.p1 == 0x02}
    assert bytes.fromhex("0001") not in selected  # the identity read never opens EF 0001
    assert reader.read_my_number(holder.pin) == holder.my_number


def test_default_reader_is_the_one_with_a_card(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    skip_unless_only_card(card_emulator)
    assert card_emulator.reader_name in list_readers()
    assert MyNumberCardReader().read_identity(holder.pin).name == holder.name


def test_card_recognised_by_aid_not_by_atr(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    # A My Number Card behind a contactless reader's made-up ATR still reads …
    card_emulator.atr = bytes.fromhex("3B8880010000000000000000")
    card_emulator.insert(holder)
    assert atr_seen_by_pcscd(card_emulator.reader_name) == card_emulator.atr
    assert reader_for(card_emulator).read_identity(holder.pin).name == holder.name
    # … and another card presenting a My Number Card's ATR is refused at SELECT.
    card_emulator.atr = bytes.fromhex("3BE000FF8131FE4514")
    card_emulator.not_my_number = True
    card_emulator.insert(holder)
    assert atr_seen_by_pcscd(card_emulator.reader_name) == card_emulator.atr
    card_emulator.clear_log()
    with pytest.raises(NotMyNumberCard):
        reader_for(card_emulator).read_identity(holder.pin)
    assert verifies_with_data(card_emulator.apdu_log) == 0


# ---- the PIN guard -----------------------------------------------------------------------------


def test_tries_left_query_spends_nothing(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    assert [reader.pin_tries_left() for _ in range(5)] == [3] * 5
    assert verifies_with_data(card_emulator.apdu_log) == 0


def test_wrong_pin_reports_tries_left_and_success_resets(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    with pytest.raises(WrongPin) as wrong:
        reader.read_identity("9876")
    assert wrong.value.tries_left == 2
    assert "2" in wrong.value.message_ja
    assert reader.pin_tries_left() == 2
    # One VERIFY with data per call: never an automatic retry.
    assert verifies_with_data(card_emulator.apdu_log) == 1
    reader.read_identity(holder.pin)
    assert reader.pin_tries_left() == 3


def test_last_try_is_refused_without_confirmation(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya").with_changes(pin_tries_left=1)
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    for pin in (holder.pin, "0000"):
        with pytest.raises(LastTryRefused):
            reader.read_identity(pin)
        with pytest.raises(LastTryRefused):
            reader.read_my_number(pin)
    assert verifies_with_data(card_emulator.apdu_log) == 0
    assert reader.pin_tries_left() == 1
    identity = reader.read_identity(holder.pin, allow_last_try=True)
    assert identity.name == holder.name
    assert reader.pin_tries_left() == 3


def test_confirmed_wrong_last_try_blocks_and_then_nothing_is_sent(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya").with_changes(pin_tries_left=1)
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    with pytest.raises(PinBlocked):
        reader.read_identity("0000", allow_last_try=True)
    assert reader.pin_tries_left() == 0
    card_emulator.clear_log()
    for _ in range(3):
        with pytest.raises(PinBlocked):
            reader.read_identity(holder.pin, allow_last_try=True)
    assert verifies_with_data(card_emulator.apdu_log) == 0


def test_three_wrong_pins_lock_the_card(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    with pytest.raises(WrongPin):
        reader.read_identity("0001")
    with pytest.raises(WrongPin):
        reader.read_identity("0002")
    with pytest.raises(LastTryRefused):  # the guard stops here …
        reader.read_identity("0003")
    with pytest.raises(PinBlocked):  # … unless the resident confirms
        reader.read_identity("0003", allow_last_try=True)
    assert verifies_with_data(card_emulator.apdu_log) == 3


def test_pin_counter_survives_taking_the_card_out(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    with pytest.raises(WrongPin):
        reader_for(card_emulator).read_identity("5555")
    card_emulator.remove()
    card_emulator.insert()  # the same card back
    assert reader_for(card_emulator).pin_tries_left() == 2


@pytest.mark.parametrize("pin", ["１２３４", "123", "12345", "abcd", ""])
def test_malformed_pin_is_refused_before_anything_is_sent(
    card_emulator: CardEmulator, persona: PersonaLoader, pin: str
) -> None:
    card_emulator.insert(persona("kokutou-mikiya"))
    card_emulator.clear_log()
    with pytest.raises(InvalidPinFormat):
        reader_for(card_emulator).read_identity(pin)
    # Nothing of this read reached the card. (Only the absence of VERIFY/READ is asserted:
    # another program on the machine may legitimately poll the card for its tries left.)
    assert not any(
        r.is_verify_with_data or r.ins == INS_READ_BINARY for r in card_emulator.apdu_log
    )


def test_pin_never_appears_in_logs_exceptions_or_reprs(
    card_emulator: CardEmulator, persona: PersonaLoader, caplog: pytest.LogCaptureFixture
) -> None:
    holder = persona("kokutou-mikiya").with_changes(pin="7395")
    card_emulator.insert(holder)
    reader = reader_for(card_emulator)
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    for pin in ("8264", "7395"):
        try:
            reader.read_identity(pin)
        except WrongPin as exc:
            texts += [str(exc), repr(exc), exc.message_ja, repr(exc.__context__)]
    texts += [repr(reader), caplog.text, repr(card_emulator.apdu_log), repr(holder)]
    assert "APDU" in caplog.text  # the APDU debug log was on
    for pin in ("8264", "7395"):
        hexed = pin.encode().hex()
        for text in texts:
            assert pin not in text
            assert hexed not in text.lower().replace(" ", "")


def test_already_verified_card_still_checks_this_pin(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    """Another program verified the PIN and left the card powered: our read must not ride on
    that security state (a wrong PIN must not return the resident's data)."""
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hresult == scard.SCARD_S_SUCCESS
    try:
        hresult, card, _protocol = scard.SCardConnect(
            ctx, card_emulator.reader_name, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T1
        )
        assert hresult == scard.SCARD_S_SUCCESS
        for apdu_hex in ("00A4040C0AD3921000310001010408", "00A4020C020011"):
            scard.SCardTransmit(card, scard.SCARD_PCI_T1, list(bytes.fromhex(apdu_hex)))
        hresult, response = scard.SCardTransmit(
            card, scard.SCARD_PCI_T1, list(bytes.fromhex("0020008004") + holder.pin.encode())
        )
        assert response == [0x90, 0x00]
        scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)
    finally:
        scard.SCardReleaseContext(ctx)
    assert card_emulator.card is not None and card_emulator.card.verified
    with pytest.raises(WrongPin):
        reader_for(card_emulator).read_identity("0000")


def test_card_is_powered_down_after_a_read(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    reader_for(card_emulator).read_identity(holder.pin)
    card = card_emulator.card
    assert card is not None
    # The power-off travels pcscd -> vpcd -> emulator thread after SCardDisconnect returns.
    deadline = time.monotonic() + 5
    while card.verified and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not card.verified
    assert 0x00 in card_emulator.control_log


# ---- cards, readers and faults ---------------------------------------------------------------


def test_no_card(card_emulator: CardEmulator) -> None:
    with pytest.raises(NoCard):
        reader_for(card_emulator).read_identity("1234")
    with pytest.raises(NoCard):
        reader_for(card_emulator).pin_tries_left()


def test_unknown_reader(card_emulator: CardEmulator) -> None:
    with pytest.raises(NoReader):
        MyNumberCardReader("Unplugged Reader 00 00").read_identity("1234")


@pytest.mark.parametrize("pull_after", [0, 1, 2, 3, 4, 5])
def test_card_pulled_mid_read_is_card_removed(
    card_emulator: CardEmulator, persona: PersonaLoader, pull_after: int
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.faults.pull_after = pull_after
    card_emulator.insert(holder)
    with pytest.raises(CardRemoved):
        reader_for(card_emulator).read_identity(holder.pin)
    assert card_emulator.pulled
    # The next resident (or the same card put back) reads normally.
    card_emulator.faults.pull_after = None
    card_emulator.insert()
    assert reader_for(card_emulator).read_identity(holder.pin).name == holder.name


def test_card_pulled_during_a_long_file(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("long-address")
    card_emulator.faults.pull_after = 6  # after the first READ BINARY of two
    card_emulator.insert(holder)
    with pytest.raises(CardRemoved):
        reader_for(card_emulator).read_identity(holder.pin)


@pytest.mark.parametrize("garbage_after", [0, 2, 5])
def test_garbage_answer_is_a_protocol_error(
    card_emulator: CardEmulator, persona: PersonaLoader, garbage_after: int
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.faults.garbage_after = garbage_after
    card_emulator.insert(holder)
    with pytest.raises(ProtocolError):
        reader_for(card_emulator).read_identity(holder.pin)


# ---- the emulator behaves like the card (through real PC/SC) -----------------------------------


class RawCard:
    """Plain pyscard calls, to probe the card's rules without our reader in between."""

    def __init__(self, reader: str) -> None:
        hresult, self.ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        assert hresult == scard.SCARD_S_SUCCESS
        hresult, self.card, _ = scard.SCardConnect(
            self.ctx, reader, scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_PROTOCOL_T1
        )
        assert hresult == scard.SCARD_S_SUCCESS

    def sw(self, apdu_hex: str) -> int:
        hresult, response = scard.SCardTransmit(
            self.card, scard.SCARD_PCI_T1, list(bytes.fromhex(apdu_hex.replace(" ", "")))
        )
        assert hresult == scard.SCARD_S_SUCCESS
        return (response[-2] << 8) | response[-1]

    def warm_reset(self) -> None:
        hresult, _ = scard.SCardReconnect(
            self.card, scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_PROTOCOL_T1, scard.SCARD_RESET_CARD
        )
        assert hresult == scard.SCARD_S_SUCCESS

    def close(self) -> None:
        scard.SCardDisconnect(self.card, scard.SCARD_UNPOWER_CARD)
        scard.SCardReleaseContext(self.ctx)


SELECT_TEXT_AP = "00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"
SELECT_JPKI_AP = "00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01"


def test_card_access_rules_and_security_state(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    raw = RawCard(card_emulator.reader_name)
    pin_hex = holder.pin.encode().hex()
    try:
        assert raw.sw(SELECT_TEXT_AP) == 0x9000
        assert raw.sw("00 A4 02 0C 02 00 02") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x6982  # basic 4 needs the PIN
        assert raw.sw("00 A4 02 0C 02 00 05") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x9000  # AP info is free
        assert raw.sw("00 A4 02 0C 02 00 11") == 0x9000
        assert raw.sw("00 20 00 80") == 0x63C3
        assert raw.sw("00 20 00 80 04" + pin_hex) == 0x9000
        assert raw.sw("00 20 00 80") == 0x9000  # verified
        assert raw.sw("00 A4 02 0C 02 00 02") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x9000
        assert raw.sw("00 B0 7F 00 10") == 0x6B00  # past the end
        raw.warm_reset()  # survives a warm reset
        assert raw.sw(SELECT_TEXT_AP) == 0x9000
        assert raw.sw("00 A4 02 0C 02 00 02") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x9000
        assert raw.sw(SELECT_JPKI_AP) == 0x9000  # another DF clears it
        assert raw.sw(SELECT_TEXT_AP) == 0x9000
        assert raw.sw("00 A4 02 0C 02 00 02") == 0x9000
        assert raw.sw("00 B0 00 00 00") == 0x6982
        assert raw.sw("00 A4 04 0C 05 A0 00 00 00 03") == 0x6A82  # unknown AID
    finally:
        raw.close()


def test_blocked_card_answers_6984_to_verify(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    card_emulator.insert(persona("pin-blocked"))
    raw = RawCard(card_emulator.reader_name)
    try:
        raw.sw(SELECT_TEXT_AP)
        raw.sw("00 A4 02 0C 02 00 11")
        assert raw.sw("00 20 00 80") == 0x63C0
        assert raw.sw("00 20 00 80 04 39393939") == 0x6984
    finally:
        raw.close()


# ---- events ------------------------------------------------------------------------------------


def test_watcher_reports_insert_and_remove(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    events: list[CardEvent] = []
    changed = threading.Condition()

    def on_event(event: CardEvent) -> None:
        with changed:
            events.append(event)
            changed.notify_all()

    def wait_for(kind: EventKind) -> None:
        with changed:
            assert changed.wait_for(
                lambda: any(
                    e.kind is kind and e.reader == card_emulator.reader_name for e in events
                ),
                timeout=15,
            ), f"no {kind} event: {events}"

    with CardWatcher(on_event):
        wait_for(EventKind.READER_ADDED)
        card_emulator.insert(persona("kokutou-mikiya"))
        wait_for(EventKind.CARD_INSERTED)
        card_emulator.remove()
        wait_for(EventKind.CARD_REMOVED)
    kinds = [e.kind for e in events if e.reader == card_emulator.reader_name]
    assert kinds == [EventKind.READER_ADDED, EventKind.CARD_INSERTED, EventKind.CARD_REMOVED]


def test_watch_callbacks_for_one_reader(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    inserted, removed = threading.Event(), threading.Event()
    watcher = watch(
        reader_name=card_emulator.reader_name, on_inserted=inserted.set, on_removed=removed.set
    )
    try:
        card_emulator.insert(persona("foreign-resident"))
        assert inserted.wait(15)
        card_emulator.remove()
        assert removed.wait(15)
    finally:
        watcher.stop()
