"""BER-TLV codec: the forms the card uses, and only our own error on anything else."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cardreader import tlv
from cardreader.errors import CardError, TlvError


def test_multi_byte_tag_and_short_length() -> None:
    obj = tlv.read_tlv(bytes.fromhex("DF2201AA"))
    assert obj.tag == 0xDF22
    assert obj.value == b"\xaa"
    assert obj.header.header_length == 3


@pytest.mark.parametrize(
    ("encoded_length", "length"),
    [("65", 0x65), ("8180", 0x80), ("820102", 0x102), ("83010000", 0x10000)],
)
def test_short_and_long_lengths(encoded_length: str, length: int) -> None:
    header = tlv.read_header(bytes.fromhex("FF20" + encoded_length))
    assert header.tag == 0xFF20
    assert header.length == length
    assert header.constructed


def test_header_is_readable_from_a_partial_chunk() -> None:
    # The first READ BINARY of a long file gives the header before the value is complete.
    header = tlv.read_header(bytes.fromhex("FF20820120DF21"))
    assert header.end == 5 + 0x120


def test_iteration_stops_at_filler() -> None:
    data = bytes.fromhex("DF2201AADF2302BBCC") + b"\xff" * 10
    assert [t.tag for t in tlv.iter_tlv(data)] == [0xDF22, 0xDF23]
    data = bytes.fromhex("DF2201AA") + b"\x00" * 3
    assert [t.tag for t in tlv.iter_tlv(data)] == [0xDF22]


@pytest.mark.parametrize(
    "bad",
    ["", "DF", "DF22", "DF2205AABB", "FF2080", "FF20850000000001", "FF2082", "DFFFFFFF7F01"],
)
def test_malformed_input_raises_tlv_error(bad: str) -> None:
    with pytest.raises(TlvError):
        tlv.read_tlv(bytes.fromhex(bad))


def test_object_crossing_the_range_end_is_an_error() -> None:
    data = bytes.fromhex("DF2203AABBCC")
    with pytest.raises(TlvError):
        list(tlv.iter_tlv(data, 0, 4))


@given(st.binary(max_size=600), st.integers(min_value=0, max_value=700))
def test_arbitrary_bytes_raise_only_our_errors(data: bytes, offset: int) -> None:
    for call in (
        lambda: tlv.read_header(data, offset),
        lambda: tlv.read_tlv(data, offset),
        lambda: list(tlv.iter_tlv(data)),
        lambda: list(tlv.iter_tlv(data, min(offset, len(data)))),
    ):
        with contextlib.suppress(CardError):
            call()


@given(
    st.integers(min_value=0x80, max_value=0xFFFF).filter(lambda t: t > 0xFF or t & 0x1F != 0x1F),
    st.binary(max_size=1000),
    st.booleans(),
)
def test_encode_then_decode_round_trips(tag: int, value: bytes, long_form: bool) -> None:
    if tag > 0xFF:  # a two-byte tag: first byte announces more, second ends it
        tag = ((tag >> 8) | 0x1F) << 8 | (tag & 0x7F)
    encoded = tlv.encode(tag, value, long_form=long_form)
    decoded = tlv.read_tlv(encoded)
    assert decoded.tag == tag
    assert decoded.value == value
    assert decoded.header.end == len(encoded)
