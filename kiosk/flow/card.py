"""What the resident flow needs of a card reader: tries left, and the basic four facts.

The flow never touches :mod:`cardreader` itself. It calls a :class:`CardAccess` — in the
counter :class:`kiosk.resident_service.ResidentService`, which reads the card through
:mod:`cardreader` (tries left first, the PIN passed straight through and never kept); in unit
tests a stand-in that hands over fake :class:`CardFacts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol

from kiosk.errors import KioskError

__all__ = ["CardAccess", "CardFacts", "ProblemCode", "ResidentCardProblem"]

ProblemCode = Literal[
    "no_reader",
    "no_card",
    "not_my_number_card",
    "card_removed",
    "invalid_pin",
    "wrong_pin",
    "pin_blocked",
    "last_try",
    "reader_error",
]


class ResidentCardProblem(KioskError):
    """A card problem the resident must act on; :attr:`code` picks the translated message.

    ``tries_left`` is set for ``wrong_pin`` (and is 1 for ``last_try``). The message is the
    card layer's Japanese line, for logs and staff; it never contains the PIN.
    """

    def __init__(self, code: ProblemCode, message: str, *, tries_left: int | None = None) -> None:
        super().__init__(message)
        self.code: ProblemCode = code
        self.tries_left = tries_left


@dataclass(frozen=True)
class CardFacts:
    """The basic four facts (基本4情報) read from one card, as the screens show them.

    Has the attributes :func:`forms.prefill_from_card` reads. The 12-digit 個人番号 is never
    read. Personal data stays out of ``repr``.
    """

    name: str = field(repr=False)
    address: str = field(repr=False)
    birth_date: date = field(repr=False)
    sex: str = field(repr=False)
    alerts: tuple[str, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "address": self.address,
            "birth_date": self.birth_date.isoformat(),
            "sex": self.sex,
            "alerts": list(self.alerts),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CardFacts:
        return cls(
            name=str(data["name"]),
            address=str(data["address"]),
            birth_date=date.fromisoformat(str(data["birth_date"])),
            sex=str(data["sex"]),
            alerts=tuple(str(a) for a in data.get("alerts", ())),
        )


class CardAccess(Protocol):
    """The card operations the flow asks for; each may raise :class:`ResidentCardProblem`.

    Both may take a moment: the flow hands them to its card runner (a worker thread on the
    screens) and never calls them twice for one resident action.
    """

    def pin_tries_left(self) -> int:
        """PIN tries the card has left, asked before every attempt (no PIN sent)."""
        ...

    def read_card(self, pin: str, *, allow_last_try: bool = False) -> CardFacts:
        """Verify ``pin`` once and read the basic four facts; never retried, never kept."""
        ...
