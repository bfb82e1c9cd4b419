"""The resident's answers (回答): everything said on the screens before it becomes a form.

:class:`Answers` is the one place they live while a resident is at the counter — the flow owns
the only instance of a visit; screens show it and send changes through the flow. It turns
into a 住民異動届 with :func:`kiosk.flow.draft.build_notification`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from forms.model import Address, Kind
from kiosk.flow.card import CardFacts
from kiosk.flow.furigana import Reading

__all__ = [
    "RELATIONSHIPS",
    "UNKNOWN_RELATIONSHIP",
    "Answers",
    "Member",
    "to_fullwidth_banchi",
]

#: 続柄 (relationship to the head of household) a resident can choose by button; anything else
#: is left for staff ("staff will enter"). Values are the terms printed on the form.
RELATIONSHIPS: tuple[str, ...] = ("妻", "夫", "子", "父", "母", "兄", "弟", "姉", "妹", "同居人")

#: The resident does not know the 続柄 term: staff will ask and enter it.
UNKNOWN_RELATIONSHIP = "?"


def to_fullwidth_banchi(text: str) -> str:
    """番地・号 as the register writes them: full-width digits and U+FF0D between parts.

    ``"1-2-3"`` → ``"１－２－３"``; the numeric pad only produces digits and hyphens.
    """
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isdigit():
            out.append(chr(ord("０") + int(ch)))
        elif ch in "-‐−ー－":
            out.append("－")
        else:
            out.append(ch)
    return "".join(out).strip("－")


@dataclass
class Member:
    """One person who moves (異動者) as the resident described them.

    ``card`` holds the facts read from their own card; without a card only the 続柄 is chosen
    and the rest is marked for staff to enter (``staff_enters``). ``reading`` is the 振り仮名
    the resident gave on its screen (:mod:`kiosk.flow.furigana`; None: not asked).
    """

    card: CardFacts | None = None
    relationship: str = ""
    staff_enters: bool = False
    reading: Reading | None = None

    @property
    def display_name(self) -> str:
        return self.card.name if self.card is not None else ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "card": None if self.card is None else self.card.to_dict(),
            "relationship": self.relationship,
            "staff_enters": self.staff_enters,
            "reading": None if self.reading is None else self.reading.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Member:
        card, reading = data.get("card"), data.get("reading")
        return cls(
            card=None if card is None else CardFacts.from_dict(card),
            relationship=str(data.get("relationship", "")),
            staff_enters=bool(data.get("staff_enters", False)),
            reading=None if reading is None else Reading.from_dict(reading),
        )


@dataclass
class Answers:
    """Everything the resident answered on the touch screens, before it becomes a form.

    ``head`` is the index into ``members`` of the 世帯主, or None when the head of household is
    someone not moving with them (then ``head_outside`` is True and staff enter the name).

    The address chosen from the 郵便番号's candidates is ``new_address`` (``destination`` when
    moving out); ``banchi`` (番地 as typed on the pad, ``1-2-3``) and ``katagaki`` (方書) are
    kept as typed and written into that address when the form is built.
    """

    kind: Kind | None = None
    abroad: bool = False
    moved_on: date | None = None
    postal_code: str = ""
    new_address: Address | None = None
    destination: Address | None = None
    banchi: str = ""
    katagaki: str = ""
    abroad_country: str = ""
    abroad_address: str = ""
    members: list[Member] = field(default_factory=list)
    head: int | None = None
    head_outside: bool = False
    related: dict[str, bool] = field(default_factory=dict)

    @property
    def moves_out(self) -> bool:
        return self.kind is Kind.TENSHUTSU

    def chosen_address(self) -> Address | None:
        """The address chosen from the postal code's candidates (転出: the destination)."""
        return self.destination if self.moves_out else self.new_address

    def typed_address(self) -> Address | None:
        """The chosen address with the typed 番地 and 方書 written in (a copy), or None."""
        chosen = self.chosen_address()
        if chosen is None:
            return None
        address = chosen.model_copy()
        if self.banchi:
            address.banchi = to_fullwidth_banchi(self.banchi)
        if self.katagaki.strip():
            address.katagaki = self.katagaki.strip()
        return address

    def to_dict(self) -> dict[str, Any]:
        def addr(a: Address | None) -> dict[str, Any] | None:
            return None if a is None else a.model_dump(mode="json", exclude_defaults=True)

        return {
            "kind": None if self.kind is None else self.kind.value,
            "abroad": self.abroad,
            "moved_on": None if self.moved_on is None else self.moved_on.isoformat(),
            "postal_code": self.postal_code,
            "new_address": addr(self.new_address),
            "destination": addr(self.destination),
            "banchi": self.banchi,
            "katagaki": self.katagaki,
            "abroad_country": self.abroad_country,
            "abroad_address": self.abroad_address,
            "members": [m.to_dict() for m in self.members],
            "head": self.head,
            "head_outside": self.head_outside,
            "related": dict(self.related),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Answers:
        def addr(raw: Any) -> Address | None:
            return None if raw is None else Address.model_validate(raw)

        kind, moved_on, head = data.get("kind"), data.get("moved_on"), data.get("head")
        return cls(
            kind=None if kind is None else Kind(kind),
            abroad=bool(data.get("abroad", False)),
            moved_on=None if moved_on is None else date.fromisoformat(str(moved_on)),
            postal_code=str(data.get("postal_code", "")),
            new_address=addr(data.get("new_address")),
            destination=addr(data.get("destination")),
            banchi=str(data.get("banchi", "")),
            katagaki=str(data.get("katagaki", "")),
            abroad_country=str(data.get("abroad_country", "")),
            abroad_address=str(data.get("abroad_address", "")),
            members=[Member.from_dict(m) for m in data.get("members", [])],
            head=None if head is None else int(head),
            head_outside=bool(data.get("head_outside", False)),
            related={str(k): bool(v) for k, v in dict(data.get("related", {})).items()},
        )
