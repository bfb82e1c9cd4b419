"""What the resident flow needs of a card reader: tries left, and the basic four facts.

The four facts open with the 4-digit PIN or, for a resident who does not know it, with
照合番号B: 14 digits read off the card face (:class:`CardFace`: the birth date as printed, the
有効期限's year, the 4-digit セキュリティコード). Both are guarded alike — tries left first, never
a retry by itself, the last try only after the resident's confirmation — and neither is kept.

The flow never touches :mod:`cardreader` itself. It calls a :class:`CardAccess` — in the
counter :class:`kiosk.resident_service.ResidentService`, which reads the card through
:mod:`cardreader` (tries left first, the PIN passed straight through and never kept); in unit
tests a stand-in that hands over fake :class:`CardFacts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol

from cardreader.identity import CardIdentity
from kiosk.errors import KioskError

__all__ = ["CardAccess", "CardFace", "CardFacts", "ProblemCode", "ResidentCardProblem"]

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
    "invalid_code_b",
    "wrong_code_b",
    "code_b_blocked",
    "code_b_last_try",
]


class ResidentCardProblem(KioskError):
    """A card problem the resident must act on; :attr:`code` picks the translated message.

    ``tries_left`` is set for ``wrong_pin`` / ``wrong_code_b`` (and is 1 for ``last_try`` /
    ``code_b_last_try``). The message is the
    card layer's Japanese line, for logs and staff; it never contains the PIN.
    """

    def __init__(self, code: ProblemCode, message: str, *, tries_left: int | None = None) -> None:
        super().__init__(message)
        self.code: ProblemCode = code
        self.tries_left = tries_left


#: The basic four facts (基本4情報) read from one card, as the screens show them: the card
#: layer's :class:`~cardreader.identity.CardIdentity` (one type from the card to the form).
CardFacts = CardIdentity


@dataclass(frozen=True)
class CardFace:
    """What a resident without their PIN reads off the card face (券面) for 照合番号B.

    - ``birth_year``, ``birth_month``, ``birth_day``: the birth date **as printed**. A Japanese
      national's card prints the era year (昭和55年 → 55); a foreign resident's the Western
      year (1998). Either way 照合番号B takes its last two digits (``YYMMDD``), which is why the
      era itself is not asked (:mod:`cardreader.code_b`).
    - ``expiry_year``: the year of the card's 有効期限 (4 digits, Western);
    - ``security_code``: the 4-digit セキュリティコード.

    Passed once to the card and dropped: never in :class:`~kiosk.flow.FlowState`, never logged
    (nothing of it in ``repr``).
    """

    birth_year: int = field(repr=False)
    birth_month: int = field(repr=False)
    birth_day: int = field(repr=False)
    expiry_year: int = field(repr=False)
    security_code: str = field(repr=False)

    def problem(self, today: date) -> str:
        """What cannot be right before anything is sent ("" when it may be): ``birth``,
        ``expiry`` or ``security_code`` — so a slip never costs one of the card's tries."""
        y, m, d = self.birth_year, self.birth_month, self.birth_day
        if not (1 <= y <= 99 or 1868 <= y <= today.year) or not 1 <= m <= 12:
            return "birth"
        years = (
            [y]
            if y > 99
            else [
                1900 + y,
                2000 + y,
                1868 + y - 1,
                1912 + y - 1,
                1926 + y - 1,
                1989 + y - 1,
                2019 + y - 1,
            ]
        )
        if not any(_is_date(year, m, d) for year in years):
            return "birth"
        if not 2016 <= self.expiry_year <= 2099:
            return "expiry"
        code = self.security_code
        if len(code) != 4 or not (code.isascii() and code.isdigit()):
            return "security_code"
        return ""

    def code_b(self) -> str:
        """The 14 ASCII digits of 照合番号B: ``YYMMDD`` + expiry year + security code."""
        yy = self.birth_year % 100
        return f"{yy:02d}{self.birth_month:02d}{self.birth_day:02d}{self.expiry_year:04d}" + (
            self.security_code
        )


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


class CardAccess(Protocol):
    """The card operations the flow asks for; each may raise :class:`ResidentCardProblem`.

    Each may take a moment: the flow hands them to its card runner (a worker thread on the
    screens) and never calls them twice for one resident action.
    """

    def pin_tries_left(self) -> int:
        """PIN tries the card has left, asked before every attempt (no PIN sent)."""
        ...

    def read_card(self, pin: str, *, allow_last_try: bool = False) -> CardFacts:
        """Verify ``pin`` once and read the basic four facts; never retried, never kept."""
        ...

    def code_b_tries_left(self) -> int:
        """照合番号B tries the card has left (its own counter), asked before every attempt."""
        ...

    def read_card_with_code_b(self, code_b: str, *, allow_last_try: bool = False) -> CardFacts:
        """Verify 照合番号B (14 digits) once and read the basic four facts; never kept."""
        ...
