"""From answers to the draft 住民異動届 (下書き), and which of its fields are staff's to fill.

:func:`build_notification` pre-fills the form from the card(s) with
:func:`forms.prefill_from_card` and writes the resident's :class:`~kiosk.flow.answers.Answers`
into it. :func:`staff_fields` names the field paths only staff can fill (a 転出証明書, the
details of a person without a card …): the rules' errors there do not stop the resident.

Whose card is whose: by default the first card read is the filer's and the first person
moving's (本人). When the filer does not move (a 任意代理人, a 法定代理人, a 世帯主 filing for a
世帯員: ``answers.filer.moves`` False) their card fills the 届出人 block alone — its provenance
stays under ``filer.`` — and the persons moving come from their own cards or from what a clerk
typed. Without any card (a staff-led visit) the filer is what the clerk typed.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date

import forms
from forms import related as related_rules
from forms.address import split_address
from forms.model import (
    Address,
    Filer,
    FilerKubun,
    IdCheck,
    Kind,
    Notification,
    Origin,
    Person,
    PersonName,
    SetaiHenkoKubun,
    TenshutsuShomei,
    Todoke,
)
from forms.rules import CheckResult, Finding
from kiosk.flow.answers import (
    FILER_KUBUN,
    UNKNOWN_RELATIONSHIP,
    Answers,
    FilerAnswers,
    PersonEntry,
)
from kiosk.flow.card import CardFacts
from kiosk.flow.certificate import certificate_mismatches
from kiosk.flow.furigana import apply_readings
from kiosk.flow.seed import merge_seed, seed_applies

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


def _block(kind: Kind, origin: Origin) -> str:
    """The address block a card's address fills (as :func:`forms.prefill_from_card` does)."""
    if kind is Kind.SETAI_HENKO:
        return "new_address"
    if kind is Kind.TENNYU and origin is Origin.ABROAD:
        return ""
    return "previous_address"


def _filer_only(n: Notification, block: str) -> None:
    """Keep only the 届出人 block of a card's pre-fill: the filer does not move."""
    n.persons = []
    if block:
        setattr(n, block, Address())
    for path in list(n.provenance):
        if path.startswith("persons.") or (block and path.startswith(f"{block}.")):
            del n.provenance[path]


def _person(entry: PersonEntry) -> Person:
    sex = entry.sex if entry.sex in ("1", "2", "9", "0") else None
    return Person(
        name=PersonName(
            family=entry.family,
            given=entry.given,
            family_kana=entry.family_kana,
            given_kana=entry.given_kana,
        ),
        birth_date=entry.birth_date,
        sex=sex,  # type: ignore[arg-type]
    )


def _filer_record(filer: Filer, answers: FilerAnswers, *, card_read: bool) -> None:
    """Who filed, their relation, how their identity was checked, the 委任状 seen."""
    if answers.kubun in FILER_KUBUN:
        filer.kubun = FilerKubun(answers.kubun)
    filer.relationship = answers.relationship
    method = answers.id_method or ("ic" if card_read else "")
    filer.id_check = IdCheck(
        document="マイナンバーカード" if method == "ic" else "",
        method=method or None,  # type: ignore[arg-type]
        documents=list(answers.id_documents),
    )
    filer.power_of_attorney = answers.power_of_attorney
    filer.power_of_attorney_seen_by = answers.poa_seen_by
    filer.power_of_attorney_seen_at = answers.poa_seen_at
    filer.phone = answers.phone


def _setai(n: Notification, answers: Answers, head_name: str) -> None:
    """世帯変更: which change, and the head it names."""
    try:
        kubun = SetaiHenkoKubun(answers.setai)
    except ValueError:
        return
    n.todoke.setai_henko = kubun
    if kubun in (SetaiHenkoKubun.BUNRI, SetaiHenkoKubun.SETAINUSHI_HENKO):
        n.household.new_head_name = head_name
    elif kubun is SetaiHenkoKubun.GAPPEI:
        n.household.joins_existing = True


def build_notification(
    holder: CardFacts | None,
    answers: Answers,
    *,
    today: date,
    notification_id: uuid.UUID | None = None,
    seed: Notification | None = None,
) -> Notification:
    """The notification for ``answers``, pre-filled from the holder's (and members') cards.

    ``holder`` is the first card read (None in a staff-led visit without a card). ``seed`` is
    the visit's first draft when it began from a pre-entry or 転出証明書情報: what the answers do
    not hold is taken from it, and where it came from (:func:`kiosk.flow.seed.merge_seed`), as
    long as it fits the answers' kind.
    """
    kind = answers.kind or Kind.TENKYO
    origin = Origin.ABROAD if answers.abroad else Origin.DOMESTIC
    block = _block(kind, origin)
    holder_moves = holder is not None and answers.filer.moves
    if holder is not None:
        n: Notification = forms.prefill_from_card(holder, kind=kind, filed_on=today, origin=origin)
        if not holder_moves:
            _filer_only(n, block)
    else:
        n = Notification(kind=kind, todoke=Todoke(filed_on=today, origin=origin))
        entry = answers.filer.details
        if entry is not None:
            n.filer.name = _person(entry).name
        if answers.filer.address.strip():
            n.filer.address = split_address(answers.filer.address.strip())
    _filer_record(n.filer, answers.filer, card_read=holder is not None)
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
        if i == 0 and holder_moves:
            person = n.persons[0] if n.persons else Person()
        elif member.card is not None:
            other = forms.prefill_from_card(member.card, kind=kind, filed_on=today, origin=origin)
            person = other.persons[0]
            for path, prov in other.provenance.items():
                if path.startswith("persons.0."):
                    n.provenance[f"persons.{i}." + path[len("persons.0.") :]] = prov
            if block and not holder_moves and getattr(n, block).is_empty:
                # The first mover's own card gives the address they leave (or keep).
                setattr(n, block, getattr(other, block).model_copy())
                for path, prov in other.provenance.items():
                    if path.startswith(f"{block}."):
                        n.provenance[path] = prov
        elif member.details is not None:
            person = _person(member.details)
        else:
            person = Person()
        relationship = "" if member.relationship == UNKNOWN_RELATIONSHIP else member.relationship
        if answers.head == i:
            relationship = "世帯主"
        person.relationship = relationship
        person.answers = {**person.answers, **_person_answers(answers.related, i)}
        code = member.certificate.juminhyo_code if member.certificate is not None else ""
        if re.fullmatch(r"[0-9]{11}", code):
            # A mistyped digit is the rules' to point out (検査数字), at the desk.
            person.juminhyo_code = code
        persons.append(person)
    n.persons = persons
    filer_name = n.filer.name.model_copy()
    apply_readings(n, answers)
    if not holder_moves:
        # The first person moving is not the filer: their reading is theirs alone; the
        # filer's own (read from their card) is kept on the filer's answers.
        n.filer.name = filer_name
        reading = answers.filer.reading
        if holder is not None and reading is not None and reading.confirmed:
            n.filer.name.family_kana = reading.family
            n.filer.name.given_kana = reading.given if n.filer.name.given else ""
            n.filer.name.kana_confirmed = True
    certificate = answers.certificate if kind is Kind.TENNYU and not answers.abroad else None
    if block and getattr(n, block).is_empty:
        typed_before = answers.previous_address.strip()
        if certificate is not None and certificate.address.strip():
            typed_before = certificate.address.strip()
        if typed_before:
            setattr(n, block, split_address(typed_before))
    if certificate is not None:
        n.todoke.tenshutsu_shomei = TenshutsuShomei.PAPER
        n.previous_head_name = certificate.head_name
        n.todoke.tenshutsu_planned_on = certificate.planned_on
        for line in certificate_mismatches(answers):
            n.jimu.alerts.append(f"転出証明書とカードの照合: {line}")
    head_name = ""
    if answers.head is not None and answers.head < len(answers.members):
        head_name = answers.members[answers.head].display_name
        n.household.head_name = head_name
    n.household.scope = "all" if answers.head is not None else "part"
    if kind is Kind.SETAI_HENKO:
        _setai(n, answers, head_name)
    if "dog" in answers.related:
        n.household.answers = {**n.household.answers, "dog": answers.related["dog"]}
    if seed is not None and seed_applies(seed, answers):
        merge_seed(n, seed)
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
