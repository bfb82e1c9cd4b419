"""基本4情報 and 個人番号 files: the published test card, both layouts, arbitrary bytes."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cardreader.basic4 import (
    decode_basic4,
    decode_my_number,
    encode_basic4,
    encode_my_number,
    is_valid_my_number,
)
from cardreader.errors import CardDataError, CardError
from cardreader.identity import CardIdentity

# The published test card (synthetic holder), byte for byte.
TEST_CARD = bytes.fromhex(
    "ff2065df2108000e002000590064df220fe9bb92e6a190e38080e5b9b9e4b99f"
    "df2336e69db1e4baace983bde6b885e780ace5b882e8a6b3e5b883e5ad90e58d97"
    "efbc91efbc92efbc8defbc97efbc8defbc92efbc90efbc92"
    "df24083139383030323137df250131"
)


def test_published_test_card_decodes() -> None:
    b4 = decode_basic4(TEST_CARD + b"\xff" * 40)
    assert b4.name == "黒桐　幹也"
    assert b4.address == "東京都清瀬市観布子南１２－７－２０２"
    assert b4.birth_date == date(1980, 2, 17)
    assert b4.sex == "1"


def test_encoder_reproduces_the_published_card() -> None:
    b4 = decode_basic4(TEST_CARD)
    assert encode_basic4(b4, layout="short", filler=b"") == TEST_CARD


def test_long_form_layout_decodes_the_same() -> None:
    b4 = decode_basic4(TEST_CARD)
    long_file = encode_basic4(b4, layout="long", filler=b"\x00" * 8)
    assert long_file[:5] == bytes.fromhex("FF2082") + (len(TEST_CARD) - 3).to_bytes(2, "big")
    assert decode_basic4(long_file) == b4
    # The offset table still points at each field, now two bytes further on.
    table = long_file[8:16]
    offsets = [int.from_bytes(table[i : i + 2], "big") for i in range(0, 8, 2)]
    assert [long_file[o : o + 2].hex() for o in offsets] == ["df22", "df23", "df24", "df25"]
    assert offsets == [0x10, 0x22, 0x5B, 0x66]


def test_characters_outside_jis_x0208_are_kept_as_they_are() -> None:
    b4 = CardIdentity("𠮷田　髙志", "福岡県北九州市小倉北区城内９９－９", date(1967, 11, 3), "1")
    identity = decode_basic4(encode_basic4(b4))
    assert identity == b4 and identity.name == "𠮷田　髙志"


def test_identity_repr_hides_personal_data() -> None:
    identity = decode_basic4(TEST_CARD)
    assert "黒桐" not in repr(identity)
    assert "1980" not in repr(identity)


@pytest.mark.parametrize(
    ("mutation", "reason"),
    [
        (lambda d: b"\xff\x21" + d[2:], "wrong outer tag"),
        (lambda d: d.replace(bytes.fromhex("df2501"), bytes.fromhex("df2601")), "no sex"),
        (lambda d: d.replace(b"19800217", b"19800230"), "no such date"),
        (lambda d: d.replace(b"19800217", b"1980021X"), "not digits"),
        (lambda d: d[:-1] + b"3", "sex code"),
        (lambda d: d.replace(bytes.fromhex("e9bb92"), bytes.fromhex("e9bbff")), "bad UTF-8"),
    ],
)
def test_malformed_files_raise_card_data_error(mutation: object, reason: str) -> None:
    assert callable(mutation)
    with pytest.raises(CardDataError):
        decode_basic4(mutation(TEST_CARD))


@pytest.mark.parametrize("cut", range(len(TEST_CARD)))
def test_every_truncation_is_a_card_data_error(cut: int) -> None:
    with pytest.raises(CardDataError):
        decode_basic4(TEST_CARD[:cut])


@given(st.binary(max_size=700))
def test_arbitrary_bytes_raise_only_our_errors(data: bytes) -> None:
    with contextlib.suppress(CardError):
        decode_basic4(data)
    with contextlib.suppress(CardError):
        decode_my_number(data)


@given(st.binary(max_size=300), st.integers(min_value=0, max_value=len(TEST_CARD) - 1))
def test_corrupted_test_card_raises_only_our_errors(noise: bytes, at: int) -> None:
    corrupted = TEST_CARD[:at] + noise + TEST_CARD[at + len(noise) :]
    with contextlib.suppress(CardError):
        decode_basic4(corrupted)


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=150)


@given(
    _text,
    _text,
    st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from(["0", "1", "2", "9"]),
    st.sampled_from(["short", "long"]),
    st.sampled_from([b"", b"\x00" * 5, b"\xff" * 300]),
)
def test_encode_decode_round_trip(
    name: str, address: str, born: date, sex: str, layout: str, filler: bytes
) -> None:
    b4 = CardIdentity(name, address, born, sex)
    assert decode_basic4(encode_basic4(b4, layout=layout, filler=filler)) == b4  # type: ignore[arg-type]


def test_my_number_file() -> None:
    number = "123456789018"  # a valid check digit
    data = encode_my_number(number)
    assert len(data) == 17  # FF 10 0C + 12 digits + FF FF
    assert decode_my_number(data) == number


def test_my_number_with_a_wrong_check_digit_is_refused() -> None:
    wrong = "123456789019"
    assert not is_valid_my_number(wrong)
    with pytest.raises(CardDataError):
        decode_my_number(bytes.fromhex("FF100C") + wrong.encode() + b"\xff\xff")


@pytest.mark.parametrize("base", ["00000000000", "99999999999", "31415926535", "27182818284"])
def test_the_card_layer_takes_the_check_digit_of_the_published_rule(base: str) -> None:
    # r = Σ Pn×Qn mod 11 with P counted from the right, Q = 2..7,2..6; 0 if r ≤ 1 else 11 − r
    digits = [int(c) for c in reversed(base)]
    weights = [2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6]
    r = sum(p * q for p, q in zip(digits, weights, strict=True)) % 11
    right = 0 if r <= 1 else 11 - r
    assert [d for d in range(10) if is_valid_my_number(f"{base}{d}")] == [right]
