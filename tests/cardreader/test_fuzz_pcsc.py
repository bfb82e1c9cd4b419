"""End-to-end fuzzing: whatever bytes the card's files hold, a read ends in one of our errors.

The emulator serves arbitrary content (including hostile BER lengths) as EF 0002 / 0001
through the real PC/SC stack; the reader must answer with a CardIdentity or a CardError —
never another exception, never a hang, never a read past what READ BINARY can address.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardreader import CardError, MyNumberCardReader
from cardreader.emulator import CardEmulator, Persona

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(300)]

_files = st.one_of(
    st.binary(max_size=700),
    # Plausible headers with arbitrary (often lying) lengths and bodies.
    st.tuples(
        st.sampled_from([b"\xff\x20", b"\xff\x10", b"\xdf\x22"]),
        st.sampled_from([b"\x65", b"\x81\xff", b"\x82\x01\x00", b"\x83\xff\xff\xff", b"\x80"]),
        st.binary(max_size=600),
    ).map(lambda parts: b"".join(parts)),
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(basic4=_files, my_number=_files)
def test_any_file_content_ends_in_our_errors(
    card_emulator: CardEmulator,
    persona: Callable[[str], Persona],
    basic4: bytes,
    my_number: bytes,
) -> None:
    holder = persona("kokutou-mikiya")
    if not card_emulator.inserted:
        card_emulator.insert(holder)
    card_emulator.faults.file_contents = {0x0002: basic4, 0x0001: my_number}
    reader = MyNumberCardReader(card_emulator.reader_name)
    for read in (reader.read_identity, reader.read_my_number):
        with contextlib.suppress(CardError):
            read(holder.pin)
    assert card_emulator.card is not None and card_emulator.card.tries_left == 3
