"""The resident's answers (回答): everything said on the screens before it becomes a form.

:class:`Answers` is the one place they live while a resident is at the counter — the flow owns
the only instance of a visit; screens show it and send changes through the flow. It turns
into a 住民異動届 with :func:`kiosk.flow.draft.build_notification`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from forms.model import Address, Kind
from kiosk.flow.card import CardFacts
from kiosk.flow.furigana import Reading

__all__ = [
    "RELATIONSHIPS",
    "UNKNOWN_RELATIONSHIP",
    "Answers",
    "Certificate",
    "CertificateEntry",
    "FilerAnswers",
    "Member",
    "PersonEntry",
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


def _date(raw: Any) -> date | None:
    return None if raw in (None, "") else date.fromisoformat(str(raw))


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass
class PersonEntry:
    """A person's details as a clerk typed them from documents (a person without a card)."""

    family: str = ""
    given: str = ""
    family_kana: str = ""
    given_kana: str = ""
    birth_date: date | None = None
    sex: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.family}\u3000{self.given}" if self.given else self.family

    def to_dict(self) -> dict[str, Any]:
        return {
            "family": self.family,
            "given": self.given,
            "family_kana": self.family_kana,
            "given_kana": self.given_kana,
            "birth_date": _iso(self.birth_date),
            "sex": self.sex,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PersonEntry:
        return cls(
            family=str(data.get("family", "")),
            given=str(data.get("given", "")),
            family_kana=str(data.get("family_kana", "")),
            given_kana=str(data.get("given_kana", "")),
            birth_date=_date(data.get("birth_date")),
            sex=str(data.get("sex", "")),
        )


@dataclass
class CertificateEntry:
    """One person as the paper 転出証明書 lists them, typed by a clerk (転入): to be checked
    against the card, and the 転入前住民票コード it gives."""

    name: str = ""
    birth_date: date | None = None
    sex: str = ""
    juminhyo_code: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "birth_date": _iso(self.birth_date),
            "sex": self.sex,
            "juminhyo_code": self.juminhyo_code,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CertificateEntry:
        return cls(
            name=str(data.get("name", "")),
            birth_date=_date(data.get("birth_date")),
            sex=str(data.get("sex", "")),
            juminhyo_code=str(data.get("juminhyo_code", "")),
        )


@dataclass
class Certificate:
    """転出証明書 (paper) of a 転入, as a clerk typed it: the address left, its 世帯主, the
    planned date of moving out."""

    address: str = ""
    head_name: str = ""
    planned_on: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "address": self.address,
            "head_name": self.head_name,
            "planned_on": _iso(self.planned_on),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Certificate:
        return cls(
            address=str(data.get("address", "")),
            head_name=str(data.get("head_name", "")),
            planned_on=_date(data.get("planned_on")),
        )


@dataclass
class Member:
    """One person who moves (異動者) as the resident described them.

    ``card`` holds the facts read from their own card; without a card only the 続柄 is chosen
    and the rest is marked for staff to enter (``staff_enters``) — at the desk during a staff-led
    interview (``details``), or in the review afterwards. ``reading`` is the 振り仮名 the
    resident gave on its screen (:mod:`kiosk.flow.furigana`; None: not asked). ``certificate``
    is the person as the paper 転出証明書 lists them (転入, staff-led). ``source`` says where
    a person without a card came from: ``preentry`` (typed at home, 事前入力) or
    ``tenshutsu_info`` (the 転出証明書情報 of a 特例転入); "" for a person added at the counter.
    """

    card: CardFacts | None = None
    relationship: str = ""
    staff_enters: bool = False
    reading: Reading | None = None
    details: PersonEntry | None = None
    certificate: CertificateEntry | None = None
    source: str = ""

    @property
    def display_name(self) -> str:
        if self.card is not None:
            return self.card.name
        return self.details.full_name if self.details is not None else ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "card": None if self.card is None else self.card.to_dict(),
            "relationship": self.relationship,
            "staff_enters": self.staff_enters,
            "reading": None if self.reading is None else self.reading.to_dict(),
            "details": None if self.details is None else self.details.to_dict(),
            "certificate": None if self.certificate is None else self.certificate.to_dict(),
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Member:
        card, reading = data.get("card"), data.get("reading")
        details, cert = data.get("details"), data.get("certificate")
        return cls(
            card=None if card is None else CardFacts.from_dict(card),
            relationship=str(data.get("relationship", "")),
            staff_enters=bool(data.get("staff_enters", False)),
            reading=None if reading is None else Reading.from_dict(reading),
            details=None if details is None else PersonEntry.from_dict(details),
            certificate=None if cert is None else CertificateEntry.from_dict(cert),
            source=str(data.get("source", "")),
        )


#: 届出人の区分 codes (forms.model.FilerKubun values).
FILER_KUBUN = ("honnin", "setainushi", "setaiin", "nini_dairinin", "hotei_dairinin")
#: How the filer's identity was checked (forms.model.IdCheck.method).
ID_METHODS = ("ic", "card_face", "other_documents")


@dataclass
class FilerAnswers:
    """届出人: who files, as a clerk records it in a staff-led interview.

    By default the card holder files for themselves (本人) and moves. A filer who does not move
    (a 任意代理人 with a 委任状, a 法定代理人, a 世帯主 filing for a 世帯員) has ``moves`` False:
    their card — if they came with one — fills the 届出人 block only, never a person moving.
    ``id_method`` "" means "the card's chip, when a card was read". A filer without a card is
    named in ``details`` (and ``address``); a filer who does not move keeps the 振り仮名 they
    gave for their card's name in ``reading``.
    """

    kubun: str = "honnin"
    relationship: str = ""
    moves: bool = True
    id_method: str = ""
    id_documents: list[str] = field(default_factory=list)
    power_of_attorney: bool = False
    poa_seen_by: str = ""
    poa_seen_at: datetime | None = None
    phone: str = ""
    details: PersonEntry | None = None
    address: str = ""
    reading: Reading | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kubun": self.kubun,
            "relationship": self.relationship,
            "moves": self.moves,
            "id_method": self.id_method,
            "id_documents": list(self.id_documents),
            "power_of_attorney": self.power_of_attorney,
            "poa_seen_by": self.poa_seen_by,
            "poa_seen_at": None if self.poa_seen_at is None else self.poa_seen_at.isoformat(),
            "phone": self.phone,
            "details": None if self.details is None else self.details.to_dict(),
            "address": self.address,
            "reading": None if self.reading is None else self.reading.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FilerAnswers:
        seen, details, reading = data.get("poa_seen_at"), data.get("details"), data.get("reading")
        return cls(
            kubun=str(data.get("kubun", "honnin")),
            relationship=str(data.get("relationship", "")),
            moves=bool(data.get("moves", True)),
            id_method=str(data.get("id_method", "")),
            id_documents=[str(d) for d in data.get("id_documents", [])],
            power_of_attorney=bool(data.get("power_of_attorney", False)),
            poa_seen_by=str(data.get("poa_seen_by", "")),
            poa_seen_at=None if seen is None else datetime.fromisoformat(str(seen)),
            phone=str(data.get("phone", "")),
            details=None if details is None else PersonEntry.from_dict(details),
            address=str(data.get("address", "")),
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
    filer: FilerAnswers = field(default_factory=FilerAnswers)
    previous_address: str = ""
    certificate: Certificate | None = None
    setai: str = ""

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
            "filer": self.filer.to_dict(),
            "previous_address": self.previous_address,
            "certificate": None if self.certificate is None else self.certificate.to_dict(),
            "setai": self.setai,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Answers:
        def addr(raw: Any) -> Address | None:
            return None if raw is None else Address.model_validate(raw)

        kind, moved_on, head = data.get("kind"), data.get("moved_on"), data.get("head")
        certificate = data.get("certificate")
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
            filer=FilerAnswers.from_dict(dict(data.get("filer", {}))),
            previous_address=str(data.get("previous_address", "")),
            certificate=None if certificate is None else Certificate.from_dict(certificate),
            setai=str(data.get("setai", "")),
        )
