"""Pre-filling a draft notification from the My Number Card (券面事項入力補助AP).

The card gives the basic four facts (基本4情報): name, address, birth date, sex. They fill the
first person moving and the filer; each filled field is recorded in
:attr:`Notification.provenance` as read from the IC chip, so staff see "verified by card" next
to it — until someone changes the value.

``identity_like`` is anything with ``name``, ``address``, ``birth_date``, ``sex`` and ``alerts``
attributes (the card reader's identity type, a test double, a persona): this package does not
import the card reader.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from pydantic import ValidationError

from forms.address import split_address
from forms.model import (
    Filer,
    FilerKubun,
    IdCheck,
    Kind,
    Notification,
    Origin,
    Person,
    PersonName,
    Provenance,
    ResidentType,
    SetaiHenkoKubun,
    Todoke,
    provenance_text,
)

__all__ = ["CardTextRefused", "IdentityLike", "prefill_from_card", "split_name"]


class CardTextRefused(ValueError):
    """The card's text cannot go into a notification as it is (a control character, a name
    longer than any register holds …): one line saying which item and why; staff enter it."""


class IdentityLike(Protocol):
    """What a card identity offers (the card reader's ``CardIdentity`` fits; ``forms`` does not
    import it)."""

    @property
    def name(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def birth_date(self) -> date: ...
    @property
    def sex(self) -> str: ...


def split_name(name: str) -> PersonName:
    """Split the card's name at the first U+3000 (氏 / 名).

    Without U+3000 the whole name stays in 氏: a foreign resident's ``NGUYEN VAN AN`` has ASCII
    spaces that say nothing about which part is the family name, and a wrong guess would be
    worse than none.
    """
    family, _, given = name.strip().partition("\u3000")
    return PersonName(family=family.strip(), given=given.strip())


def prefill_from_card(
    identity_like: IdentityLike,
    *,
    kind: Kind,
    filed_on: date,
    origin: Origin = Origin.DOMESTIC,
    setai_henko: SetaiHenkoKubun | None = None,
    read_at: datetime | None = None,
) -> Notification:
    """A draft :class:`Notification` of ``kind`` with the card holder as filer and first person.

    Where the card's address goes depends on the kind: for 転入 it is the address being left
    (従前の住所 — the card still holds it until the 転入 is registered), for 転居 the 転居前
    address, for 転出 the current address being left, and for 世帯変更 the (unchanged) address.
    """
    try:
        card_name = split_name(identity_like.name)
        card_address = split_address(identity_like.address)
        sex = identity_like.sex if identity_like.sex in ("1", "2", "9", "0") else None
        person = Person(
            resident_type=ResidentType.JAPANESE,
            name=card_name.model_copy(),
            birth_date=identity_like.birth_date,
            sex=sex,  # type: ignore[arg-type]
            answers={"mynumber_card": True},  # they just used it at the counter
        )
        filer = Filer(
            kubun=FilerKubun.HONNIN,
            name=card_name.model_copy(),
            address=card_address.model_copy(),
            id_check=IdCheck(document="マイナンバーカード", method="ic"),
        )
        n = Notification(
            kind=kind,
            todoke=Todoke(filed_on=filed_on, origin=origin, setai_henko=setai_henko),
            filer=filer,
            persons=[person],
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "text"
        raise CardTextRefused(
            f"the card's data cannot be used as it is ({where}: "
            f"{first['msg'].removeprefix('Value error, ')}); enter it by hand"
        ) from None
    block = "new_address" if kind is Kind.SETAI_HENKO else "previous_address"
    if kind is Kind.TENNYU and origin is Origin.ABROAD:
        block = ""  # the card's address is not where a resident from abroad comes from
    if block:
        setattr(n, block, card_address.model_copy())

    paths = [
        "persons.0.name.family",
        "persons.0.name.given",
        "persons.0.birth_date",
        "persons.0.sex",
        "filer.name.family",
        "filer.name.given",
        "filer.address.original",
        "filer.address.prefecture",
        "filer.address.municipality",
        "filer.address.town",
        "filer.address.banchi",
        "filer.address.katagaki",
    ]
    if block:
        paths += [
            f"{block}.original",
            f"{block}.prefecture",
            f"{block}.municipality",
            f"{block}.town",
            f"{block}.banchi",
            f"{block}.katagaki",
        ]
    for path in paths:
        value = n.value_at(path)
        if value in (None, ""):
            continue
        n.provenance[path] = Provenance(
            source="ic_chip", value=provenance_text(value), recorded_at=read_at
        )
    # Characters outside JIS X 0208 (外字) reach staff through the rules (non_jis_char), which
    # find them in the values themselves, from the card or corrected.
    return n
