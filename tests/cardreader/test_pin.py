"""The local PIN checks (nothing here touches a card)."""

from __future__ import annotations

import pickle

import pytest

from cardreader.apdu import verify
from cardreader.errors import InvalidPinFormat
from cardreader.pin import Pin


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
