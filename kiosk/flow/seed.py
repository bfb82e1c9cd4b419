"""The first draft (最初の下書き) of a visit that did not start from nothing.

Two things can arrive before the resident answers a question at the counter: a pre-entry code
(事前入力, :mod:`forms.preentry`) they made on their phone, and for a 特例転入 the
転出証明書情報 their old municipality sent ahead (:mod:`forms.tenshutsu`). Once the card is read,
:func:`kiosk.preentry.prefill` makes one draft of the three — the card's four items first — and
the flow keeps it as the visit's ``seed`` (:class:`~kiosk.flow.state.FlowState`).

The resident still answers through the same steps, so what they change at the counter goes
through the same checks; the steps only start pre-answered:

- :func:`answers_from_preentry` turns a pre-entry into :class:`~kiosk.flow.answers.Answers`
  (the kind, the date, the address chosen among the 郵便番号's candidates, 番地 and 方書, the
  persons moving with their 続柄 and the 世帯主, the related questions; the holder's reading as
  the 振り仮名 screen's first answer);
- :func:`add_certificate_persons` lists the household of a 転出証明書情報 as persons moving (the
  resident removes whoever did not come), with its 続柄 where the card holder was its 世帯主;
- :func:`merge_seed` then writes into every draft built from the answers what they cannot hold
  (転出証明書 = 特例, 申請番号, 住民票コード, 本籍・筆頭者 …) and keeps the seed's provenance
  (``preentry``, ``tenshutsu_info``) on each value the resident left as it came, so staff see
  where it came from. A value the resident changed is theirs: it carries no such mark. The
  seed's notes for staff (a pre-entered name that differs from the card's …) come along.

The card's four items are never taken from the seed: they are the card's own in every draft.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from forms.address import PostalCandidate
from forms.kana import to_katakana
from forms.model import Address, Kind, Notification, Origin, Person, provenance_text
from forms.preentry import PreEntry, PreEntryPerson
from forms.tenshutsu import TenshutsuInfo, matches
from kiosk.flow.answers import (
    RELATIONSHIPS,
    UNKNOWN_RELATIONSHIP,
    Answers,
    Member,
    PersonEntry,
)
from kiosk.flow.card import CardFacts
from kiosk.flow.furigana import Reading

__all__ = [
    "SEED_SOURCES",
    "add_certificate_persons",
    "answers_from_preentry",
    "merge_seed",
    "seed_applies",
]

#: The provenance a seed brings (typed at home; handed over by the back office).
SEED_SOURCES = frozenset({"preentry", "tenshutsu_info"})

#: Fields the answers hold: the answers decide them (an emptied 方書 stays empty), the seed only
#: marks where they came from. Every other field the seed holds fills a draft that has none.
_ANSWERED = re.compile(
    r"^(todoke\.moved_on$|new_address\.|destination\.|household\.|"
    r"previous_address\.(country|foreign_address)$|filer\.name\.(family|given)$|"
    r"persons\.\d+\.(name\.(family|given)|birth_date|sex|relationship)$)"
)
_PERSON_PATH = re.compile(r"^persons\.(\d+)\.(.+)$")


def _name_key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _relationship(term: str) -> str:
    """A 続柄 as the screens hold it: a button's term, ``?`` for staff, "" for none."""
    if term in RELATIONSHIPS or term == UNKNOWN_RELATIONSHIP:
        return term
    return ""


def seed_applies(seed: Notification, answers: Answers) -> bool:
    """Whether ``seed`` fits the answers' kind and origin (a resident who chose another kind
    at the counter leaves the seed behind)."""
    origin = Origin.ABROAD if answers.abroad else Origin.DOMESTIC
    return seed.kind is (answers.kind or Kind.TENKYO) and seed.todoke.origin is origin


def _entry(p: PreEntryPerson) -> PersonEntry:
    return PersonEntry(
        family=p.family.strip(),
        given=p.given.strip(),
        family_kana=to_katakana(p.family_kana),
        given_kana=to_katakana(p.given_kana),
        birth_date=p.birth_date,
        sex=p.sex or "",
    )


def answers_from_preentry(
    entry: PreEntry, holder: CardFacts, candidates: Sequence[PostalCandidate]
) -> Answers:
    """The answers a pre-entry gives, the card holder first (the card's facts are theirs).

    ``candidates`` are the counter's addresses for the pre-entered 郵便番号: the address is the
    one chosen on the phone among them (as the tablet would have offered it), else the
    pre-entered one as it is (staff are told: :func:`forms.preentry.apply_preentry`).
    """
    kind = Kind(entry.kind)
    a = Answers(kind=kind, abroad=entry.abroad, moved_on=entry.moved_on)
    place = entry.address
    if place is not None:
        a.postal_code = place.postal_code
        chosen = next(
            (
                c.to_address()
                for c in candidates
                if (c.prefecture, c.municipality, c.town)
                == (place.prefecture, place.municipality, place.town)
            ),
            None,
        )
        if chosen is None:
            chosen = Address(
                postal_code=f"{place.postal_code[:3]}-{place.postal_code[3:]}",
                lg_code=place.lg_code,
                prefecture=place.prefecture,
                municipality=place.municipality,
                town=place.town,
                kana=to_katakana(place.town_kana),
            )
        if kind is Kind.TENSHUTSU:
            a.destination = chosen
        else:
            a.new_address = chosen
        a.banchi = place.banchi
        a.katagaki = place.katagaki.strip()
    if entry.abroad_place is not None:
        a.abroad_country = entry.abroad_place.country.strip()
        a.abroad_address = entry.abroad_place.address.strip()
    first = entry.persons[0]
    reading = None
    if first.family_kana or first.given_kana:
        reading = Reading(
            family=to_katakana(first.family_kana).strip("\u3000"),
            given=to_katakana(first.given_kana).strip("\u3000"),
            status="asking",
        )
    a.members = [
        Member(card=holder, relationship=_relationship(first.relationship), reading=reading)
    ]
    for p in entry.persons[1:]:
        a.members.append(
            Member(
                relationship=_relationship(p.relationship),
                staff_enters=True,
                details=_entry(p),
                source="preentry",
            )
        )
    if kind is not Kind.TENSHUTSU and entry.head is not None:
        if entry.head < 0:
            a.head, a.head_outside = None, True
        else:
            a.head = entry.head
            a.members[entry.head].relationship = ""
    a.related = {str(k): v for k, v in entry.related.items()}  # 印鑑登録: 転出 only, as here
    return a


def _same_person(member: Member, name: str, birth_date: object) -> bool:
    if member.card is not None:
        return member.card.birth_date == birth_date and _name_key(member.card.name) == _name_key(
            name
        )
    d = member.details
    return (
        d is not None and d.birth_date == birth_date and _name_key(d.full_name) == _name_key(name)
    )


def add_certificate_persons(answers: Answers, info: TenshutsuInfo) -> int:
    """List the household of ``info`` among the persons moving (those not listed yet), for
    staff to enter from the record and the resident to remove whoever did not come; returns
    how many were added. Where the card holder was the record's 世帯主 and no 世帯主 was chosen
    yet, the household is pre-answered as on the record (the resident can change it)."""
    if not answers.members or answers.members[0].card is None:
        return 0
    holder = answers.members[0].card
    holder_record = next(
        (p for p in info.persons if matches(p, name=holder.name, birth_date=holder.birth_date)),
        None,
    )
    heads = holder_record is not None and holder_record.relationship == "世帯主"
    added = 0
    for p in info.persons:
        if p is holder_record:
            continue
        name = f"{p.family}\u3000{p.given}" if p.given else p.family
        if any(_same_person(m, name, p.birth_date) for m in answers.members):
            continue
        answers.members.append(
            Member(
                relationship=_relationship(p.relationship) if heads else "",
                staff_enters=True,
                details=PersonEntry(
                    family=p.family,
                    given=p.given,
                    family_kana=to_katakana(p.family_kana),
                    given_kana=to_katakana(p.given_kana),
                    birth_date=p.birth_date,
                    sex=p.sex,
                ),
                source="tenshutsu_info",
            )
        )
        added += 1
    if heads and answers.head is None and not answers.head_outside:
        answers.head = 0
        answers.members[0].relationship = ""
    return added


def _person_key(p: Person) -> tuple[object, str]:
    return p.birth_date, _name_key(p.name.family + p.name.given)


def _is_empty(n: Notification, path: str) -> bool:
    """No value at ``path`` yet: None, "", or the field's default."""
    value = n.value_at(path)
    if value in (None, ""):
        return True
    parent_path, _, attr = path.rpartition(".")
    parent = n.value_at(parent_path) if parent_path else n
    fields = getattr(type(parent), "model_fields", {})
    if attr not in fields:
        return False
    return bool(value == fields[attr].get_default(call_default_factory=True))


def _set(n: Notification, path: str, value: object) -> bool:
    parent_path, _, attr = path.rpartition(".")
    parent = n.value_at(parent_path) if parent_path else n
    if parent is None or attr not in getattr(type(parent), "model_fields", {}):
        return False
    copy = getattr(value, "model_copy", None)
    setattr(parent, attr, copy(deep=True) if copy is not None else value)
    return True


def merge_seed(n: Notification, seed: Notification) -> None:
    """Write the seed into the draft ``n`` built from the answers (see the module docstring).

    Persons are matched by birth date and name, so a person the resident removed takes the
    seed's values along, and one they added has none.
    """
    mapping: dict[int, int] = {}
    for j, q in enumerate(seed.persons):
        for i, p in enumerate(n.persons):
            if i not in mapping.values() and _person_key(p) == _person_key(q):
                mapping[j] = i
                break
    for path, prov in seed.provenance.items():
        if prov.source not in SEED_SOURCES:
            continue
        target = path
        person = _PERSON_PATH.match(path)
        if person is not None:
            index = mapping.get(int(person.group(1)))
            if index is None:
                continue
            target = f"persons.{index}.{person.group(2)}"
        if n.is_card_verified(target):
            continue  # the card's value stands
        fill = _is_empty(n, target) and not _ANSWERED.match(target)
        if fill and not _set(n, target, seed.value_at(path)):
            continue
        if provenance_text(n.value_at(target)) == prov.value:
            n.provenance[target] = prov.model_copy()
    for alert in seed.jimu.alerts:
        if alert not in n.jimu.alerts:
            n.jimu.alerts.append(alert)
