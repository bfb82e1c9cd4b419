"""``CardIdentity``: the basic four facts (基本4情報) as the card holds them.

The one type for a card holder's four facts: the card layer returns it, the resident flow keeps
it (``kiosk.flow.CardFacts`` is this class) and ``forms`` pre-fills a notification from it.

The text is the card's, unchanged, characters outside JIS X 0208 (𠮷, 髙 …) included. Which of
them staff must check against the register (外字) is the notification's business: ``forms``
finds and names them (``forms.charset``, the rules' ``non_jis_char`` alert) in whatever text
reaches a notification, read from the card, typed or corrected alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = ["CardIdentity"]


@dataclass(frozen=True)
class CardIdentity:
    """Name, address, birth date and sex (基本4情報) of the card holder.

    ``sex`` is the ISO 5218 code as on the card ("1" male, "2" female, "9" not applicable,
    "0" unknown). The 12-digit 個人番号 is not part of it: the counter never reads it. Personal
    data is left out of ``repr`` so a stray log line cannot leak it.

    >>> holder = CardIdentity("黒桐　幹也", "東京都清瀬市観布子南１２", date(1980, 2, 17), "1")
    >>> holder
    CardIdentity()
    >>> CardIdentity.from_dict(holder.to_dict()) == holder
    True
    """

    name: str = field(repr=False)
    address: str = field(repr=False)
    birth_date: date = field(repr=False)
    sex: str = field(repr=False)

    def to_dict(self) -> dict[str, str]:
        """JSON-ready: what ``kiosk card read --json`` prints and the flow's saved state holds."""
        return {
            "name": self.name,
            "address": self.address,
            "birth_date": self.birth_date.isoformat(),
            "sex": self.sex,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CardIdentity:
        """The inverse of :meth:`to_dict` (other keys, such as an older state's, are ignored)."""
        return cls(
            name=str(data["name"]),
            address=str(data["address"]),
            birth_date=date.fromisoformat(str(data["birth_date"])),
            sex=str(data["sex"]),
        )
