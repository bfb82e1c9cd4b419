"""The 4-digit PIN (券面事項入力補助用暗証番号) and its local checks.

The PIN is validated before anything reaches the card: exactly 4 ASCII digits, so full-width
digits (``１２３４``), which ``str.isdigit`` accepts, are refused locally. :class:`Pin` is the
:class:`~cardreader.secret.Secret` of the PIN's key EF: it keeps the digits out of
``repr``/``str`` so that a PIN cannot leak into a log line or a traceback.
"""

from __future__ import annotations

from cardreader.layout import PIN
from cardreader.secret import Secret

PIN_LENGTH = PIN.length


class Pin(Secret):
    """A validated PIN. ``str()``/``repr()`` never show it; :meth:`as_bytes` is for VERIFY only."""

    __slots__ = ()

    def __init__(self, value: str) -> None:
        super().__init__(value, PIN)

    def __repr__(self) -> str:
        return "Pin(****)"

    __str__ = __repr__
