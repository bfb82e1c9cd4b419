"""PC/SC boundary: reading the My Number Card's 券面事項入力補助AP, and the card emulator.

Public API::

    from cardreader import MyNumberCardReader, list_readers, CardIdentity
    reader = MyNumberCardReader()           # first reader with a card
    reader.pin_tries_left()                 # -> 3
    reader.read_identity("1234")            # -> CardIdentity(name, address, birth_date, …)

    # A resident who forgot the PIN: 照合番号B from the card face (its own counter).
    reader.code_b_tries_left()              # -> 10
    reader.read_identity_with_code_b("550217 2035 2285")   # -> the same CardIdentity
    validate_code_b("550217 2035 228")      # raises InvalidCodeBFormat, no card needed

Errors are in :mod:`cardreader.errors`; reader/card events in :mod:`cardreader.events`; the
virtual card for tests and demos in :mod:`cardreader.emulator`, and :mod:`cardreader.pcscd`
starts the PC/SC daemon with the virtual reader driver when none runs.
"""

from cardreader.errors import (
    CardDataError,
    CardError,
    CardRemoved,
    CodeBBlocked,
    CodeBLastTryRefused,
    InvalidCodeBFormat,
    InvalidPinFormat,
    InvalidSecretFormat,
    LastTryRefused,
    NoCard,
    NoReader,
    NotMyNumberCard,
    PinBlocked,
    ProtocolError,
    ReaderError,
    SecretBlocked,
    SecretError,
    WrongCodeB,
    WrongPin,
    WrongSecret,
)
from cardreader.identity import CardIdentity
from cardreader.reader import MyNumberCardReader, list_readers
from cardreader.secret import validate_code_b

__all__ = [
    "CardDataError",
    "CardError",
    "CardIdentity",
    "CardRemoved",
    "CodeBBlocked",
    "CodeBLastTryRefused",
    "InvalidCodeBFormat",
    "InvalidPinFormat",
    "InvalidSecretFormat",
    "LastTryRefused",
    "MyNumberCardReader",
    "NoCard",
    "NoReader",
    "NotMyNumberCard",
    "PinBlocked",
    "ProtocolError",
    "ReaderError",
    "SecretBlocked",
    "SecretError",
    "WrongCodeB",
    "WrongPin",
    "WrongSecret",
    "list_readers",
    "validate_code_b",
]
