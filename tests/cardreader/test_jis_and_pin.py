"""JIS X 0208 alerts and the local PIN checks (nothing here touches a card)."""

from __future__ import annotations

import pickle

import pytest

from cardreader.apdu import verify
from cardreader.errors import InvalidPinFormat
from cardreader.jis import in_jis_x0208, outside_jis_x0208
from cardreader.pin import Pin


@pytest.mark.parametrize("char", ["𠮷", "髙", "﨑", "ｱ", "é", "①"])
def test_characters_outside_jis_x0208(char: str) -> None:
    assert not in_jis_x0208(char)


@pytest.mark.parametrize(
    "char", ["黒", "　", "１", "－", "−", "～", "〜", "Ａ", "A", " ", "ー", "々"]
)
def test_characters_inside_jis_x0208(char: str) -> None:
    assert in_jis_x0208(char)


def test_positions_are_reported() -> None:
    found = outside_jis_x0208("𠮷田　髙志")
    assert [(o.char, o.index, o.codepoint) for o in found] == [
        ("𠮷", 0, "U+20BB7"),
        ("髙", 3, "U+9AD9"),
    ]


@pytest.mark.parametrize(
    "pin", ["１２３４", "123", "12345", "12a4", "", " 1234", "1234\n", "١٢٣٤", "²345"]
)
def test_pin_must_be_four_ascii_digits(pin: str) -> None:
    with pytest.raises(InvalidPinFormat):
        Pin(pin)


def test_pin_never_shows_itself() -> None:
    pin = Pin("7395")
    assert "7395" not in repr(pin) and "7395" not in str(pin) and "7395" not in f"{pin}"
    command = verify(pin.as_bytes())
    for text in (repr(command), command.describe()):
        assert "7395" not in text and "37 33 39 35" not in text and "37333935" not in text
    with pytest.raises(TypeError):
        pickle.dumps(pin)
