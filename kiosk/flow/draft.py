"""From answers to the draft 住民異動届 (下書き), and which of its fields are staff's to fill.

:func:`build_notification` pre-fills the form from the card(s) with
:func:`forms.prefill_from_card` and writes the resident's :class:`~kiosk.flow.answers.Answers`
into it. :func:`staff_fields` names the field paths only staff can fill (a 転出証明書, the
details of a person without a card …): the rules' errors there do not stop the resident.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date

import forms
from forms import related as related_rules
from forms.model import Address, Kind, Notification, Origin, Person
from forms.rules import CheckResult, Finding
from kiosk.flow.answers import UNKNOWN_RELATIONSHIP, Answers
from kiosk.flow.card import CardFacts
from kiosk.flow.furigana import apply_readings

__all__ = ["build_notification", "resident_errors", "staff_fields"]

#: Related-procedure answers that concern every person moving (国民健康保険, 障害者手帳) and those
#: that concern the card holder alone (印鑑登録 is personal); ``dog`` is the household's.
_ALL_PERSONS = ("kokuho", "shogai_techo")
_HOLDER_ONLY = ("inkan",)

#: Fields only staff can fill, whatever the resident answered.
_STAFF_ONLY = (
    r"^persons\.\d+\.juminhyo_code$",
    r"^todoke\.tenshutsu_shomei$",
    r"^persons\.\d+\.foreign\.",
)


def _person_answers(related: dict[str, bool], index: int) -> dict[str, bool]:
    out = {k: v for k, v in related.items() if k in _ALL_PERSONS}
    if index == 0:
        out.update({k: v for k, v in related.items() if k in _HOLDER_ONLY})
    return out


def build_notification(
    holder: CardFacts,
    answers: Answers,
    *,
    today: date,
    notification_id: uuid.UUID | None = None,
) -> Notification:
    """The notification for ``answers``, pre-filled from the holder's (and members') cards."""
    kind = answers.kind or Kind.TENKYO
    origin = Origin.ABROAD if answers.abroad else Origin.DOMESTIC
    n: Notification = forms.prefill_from_card(holder, kind=kind, filed_on=today, origin=origin)
    if notification_id is not None:
        n.id = notification_id
    n.todoke.origin = origin
    if answers.moved_on is not None:
        n.todoke.moved_on = answers.moved_on
    typed = answers.typed_address()
    if typed is not None and kind in (Kind.TENNYU, Kind.TENKYO):
        n.new_address = typed
    abroad_block = Address(
        country=answers.abroad_country or None, foreign_address=answers.abroad_address
    )
    if kind is Kind.TENNYU and answers.abroad:
        n.previous_address = abroad_block
    if kind is Kind.TENSHUTSU:
        if answers.abroad:
            n.destination = abroad_block
        elif typed is not None:
            n.destination = typed
    persons: list[Person] = []
    for i, member in enumerate(answers.members):
        if i == 0:
            person = n.persons[0] if n.persons else Person()
        elif member.card is not None:
            other = forms.prefill_from_card(member.card, kind=kind, filed_on=today)
            person = other.persons[0]
            for path, prov in other.provenance.items():
                if path.startswith("persons.0."):
                    n.provenance[f"persons.{i}." + path[len("persons.0.") :]] = prov
        else:
            person = Person()
        relationship = "" if member.relationship == UNKNOWN_RELATIONSHIP else member.relationship
        if answers.head == i:
            relationship = "世帯主"
        person.relationship = relationship
        person.answers = {**person.answers, **_person_answers(answers.related, i)}
        persons.append(person)
    n.persons = persons
    apply_readings(n, answers)
    if answers.head is not None and answers.head < len(answers.members):
        n.household.head_name = answers.members[answers.head].display_name
    n.household.scope = "all" if answers.head is not None else "part"
    if "dog" in answers.related:
        n.household.answers = {**n.household.answers, "dog": answers.related["dog"]}
    n.related = related_rules.derive(n)
    return n


def staff_fields(answers: Answers) -> list[re.Pattern[str]]:
    """Field paths only staff can fill, so they do not stop the resident from signing.

    転入前住民票コード and the 転出証明書 come from a paper certificate or 住基ネット; the
    details of a person without a card, and the name of a head of household who is not
    here, are entered by staff from documents.
    """
    patterns = [re.compile(p) for p in _STAFF_ONLY]
    for i, member in enumerate(answers.members):
        if member.staff_enters:
            patterns.append(re.compile(rf"^persons\.{i}\."))
        elif member.relationship == UNKNOWN_RELATIONSHIP:
            patterns.append(re.compile(rf"^persons\.{i}\.relationship"))
    if answers.head_outside:
        patterns.append(re.compile(r"^household\.head_name"))
    return patterns


def resident_errors(result: CheckResult, staff: Sequence[re.Pattern[str]]) -> list[Finding]:
    """The rules' errors the resident can correct (those on staff-only fields left out)."""
    return [f for f in result.errors if not any(p.match(f.field) for p in staff)]
