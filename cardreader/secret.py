"""A secret for VERIFY — the PIN or 照合番号B — checked locally and never shown.

One class for every key EF, parameterised by its :class:`~cardreader.layout.KeyEF` (EF, length,
name): exactly ``length`` ASCII digits, after removing spaces where the key allows them, so
full-width digits (``１２３４``), which ``str.isdigit`` accepts, are refused before anything is
sent, with a message that says so. 照合番号B also has to be a card-face code at all
(:func:`cardreader.code_b.check_code_b`). ``str()``/``repr()`` never show the digits, and a secret
cannot be pickled, so it cannot leak into a log line, a traceback or a crash dump.

:data:`GUARD_ERRORS` is the guard's other parameter: the exception classes it raises for each key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from cardreader.code_b import check_code_b
from cardreader.errors import (
    CodeBBlocked,
    CodeBLastTryRefused,
    InvalidCodeBFormat,
    InvalidPinFormat,
    InvalidSecretFormat,
    LastTryRefused,
    PinBlocked,
    SecretBlocked,
    WrongCodeB,
    WrongPin,
    WrongSecret,
)
from cardreader.layout import CODE_B, PIN, KeyEF

_ASCII_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class GuardErrors:
    """The exceptions the guard raises for one key EF."""

    invalid: type[InvalidSecretFormat]
    wrong: type[WrongSecret]
    blocked: type[SecretBlocked]
    last_try: type[LastTryRefused]


GUARD_ERRORS: Mapping[str, GuardErrors] = MappingProxyType(
    {
        PIN.key: GuardErrors(InvalidPinFormat, WrongPin, PinBlocked, LastTryRefused),
        CODE_B.key: GuardErrors(InvalidCodeBFormat, WrongCodeB, CodeBBlocked, CodeBLastTryRefused),
    }
)

#: Checks beyond "N ASCII digits", by key.
_EXTRA_CHECKS: Mapping[str, Callable[[str], None]] = MappingProxyType({CODE_B.key: check_code_b})


class Secret:
    """A validated secret for one key EF. :meth:`as_bytes` is for VERIFY only."""

    __slots__ = ("_value", "key_ef")

    def __init__(self, value: str, key_ef: KeyEF) -> None:
        invalid = GUARD_ERRORS[key_ef.key].invalid
        if not isinstance(value, str):
            raise invalid(f"the {key_ef.name_en} must be given as text")
        if key_ef.spaces_allowed:
            value = "".join(ch for ch in value if not ch.isspace())
        if any(ch.isdigit() and ch not in _ASCII_DIGITS for ch in value):
            raise invalid(
                f"the {key_ef.name_en} must be ASCII digits (0-9), not full-width ones",
                message_ja=(
                    f"{key_ef.name_ja}は半角の数字{key_ef.length}桁で入力してください"
                    "（全角の数字は使えません）。"
                ),
            )
        if len(value) != key_ef.length or not set(value) <= _ASCII_DIGITS:
            raise invalid()
        check = _EXTRA_CHECKS.get(key_ef.key)
        if check is not None:
            check(value)
        self._value = value
        self.key_ef = key_ef

    def as_bytes(self) -> bytes:
        return self._value.encode("ascii")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key_ef.key}, ****)"

    __str__ = __repr__

    def __reduce__(self) -> str:  # a secret is never pickled (e.g. into a crash dump or a queue)
        raise TypeError("a PIN or 照合番号B cannot be pickled")


def validate_code_b(text: str) -> None:
    """Check a typed 照合番号B without a card: raises :class:`InvalidCodeBFormat` (with a message
    naming what is wrong) exactly when :meth:`MyNumberCardReader.read_identity_with_code_b`
    would refuse it before sending anything. For enabling a screen's "read" button early."""
    Secret(text, CODE_B)
