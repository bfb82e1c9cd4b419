"""The 4-digit PIN (券面事項入力補助用暗証番号) and its local checks.

The PIN is validated before anything reaches the card: exactly 4 ASCII digits, so full-width
digits (``１２３４``), which ``str.isdigit`` accepts, are refused locally. :class:`Pin` keeps the
digits out of ``repr``/``str`` so that a PIN cannot leak into a log line or a traceback.
"""

from __future__ import annotations

from cardreader.errors import InvalidPinFormat

PIN_LENGTH = 4
_ASCII_DIGITS = frozenset("0123456789")


class Pin:
    """A validated PIN. ``str()``/``repr()`` never show it; :meth:`as_bytes` is for VERIFY only."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise InvalidPinFormat("the PIN must be given as text")
        if len(value) != PIN_LENGTH or not set(value) <= _ASCII_DIGITS:
            raise InvalidPinFormat()
        self._value = value

    def as_bytes(self) -> bytes:
        return self._value.encode("ascii")

    def __repr__(self) -> str:
        return "Pin(****)"

    __str__ = __repr__

    def __reduce__(self) -> str:  # a PIN is never pickled (e.g. into a crash dump or a queue)
        raise TypeError("a PIN cannot be pickled")
