"""The confirm screen (確認画面) as data: the form section by section, each with its rows.

Every row says what it is (a label code the screens translate), its value as it will print,
whether the value is still what the card's chip said (``verified``), and whether the rules found
an error there the resident can correct (``flagged``). Every section names the step that
changes it (``edit``, "" when the resident cannot change it here).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from forms import wareki
from forms.model import FlexDate, Kind, Notification
from forms.rules import CheckResult
from kiosk.flow.draft import resident_errors

__all__ = ["Row", "Section", "confirm_sections", "filer_section"]


@dataclass(frozen=True)
class Row:
    """One line of a section: ``key`` is the label code (``moveDate``, ``address``, ``person`` …).

    Person rows also carry the 続柄, the birth date as printed, and whether staff will enter
    the person's details.
    """

    key: str
    value: str
    verified: bool = False
    flagged: bool = False
    relationship: str = ""
    birth: str = ""
    staff_enters: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "value": self.value,
            "verified": self.verified,
            "flagged": self.flagged,
            "relationship": self.relationship,
            "birth": self.birth,
            "staffEnters": self.staff_enters,
        }


@dataclass(frozen=True)
class Section:
    """One block of the form (``todoke``, ``newAddress`` …) and the step that changes it."""

    key: str
    edit: str
    rows: tuple[Row, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "edit": self.edit, "rows": [r.to_dict() for r in self.rows]}


def _provenance_under(n: Notification, prefix: str) -> str | None:
    """The provenance path under ``prefix`` recorded from the card, if any."""
    for path in n.provenance:
        if path.startswith(prefix):
            return str(path)
    return None


#: 本人確認 as the form says it (forms.model.IdCheck.method).
_ID_METHODS = {
    "ic": "ICチップ読取",
    "card_face": "券面確認",
    "other_documents": "書類確認",
    "visual": "目視",
}


def filer_section(n: Notification) -> Section:
    """届出人 (a staff-led visit): who files, their relation, how they were identified, the
    委任状 — on the form too, so the resident confirms it like the rest."""
    f = n.filer
    check = f.id_check
    method = _ID_METHODS.get(check.method or "", "")
    documents = "・".join(d for d in (check.document, *check.documents) if d)
    rows = [
        Row("filerKubun", f.kubun.label),
        Row("name", f.name.full(), verified=n.is_card_verified("filer.name.family")),
    ]
    if f.relationship:
        rows.append(Row("relationship", f.relationship))
    rows.append(Row("idCheck", "　".join(x for x in (method, documents) if x)))
    if f.power_of_attorney:
        rows.append(Row("powerOfAttorney", "あり"))
    return Section("filer", "filer", tuple(rows))


def confirm_sections(
    n: Notification,
    result: CheckResult,
    staff: Sequence[re.Pattern[str]],
    steps: Sequence[str],
    date_text: Callable[[date | FlexDate | None], str] = wareki.format_date,
    *,
    interview: bool = False,
) -> list[Section]:
    """The form as it will print, section by section, with card-verified and flagged rows.

    Dates are written by ``date_text`` (the resident's language and calendar,
    :func:`kiosk.flow.dates.format_any`); by default as the form prints them (和暦).
    ``interview``: a staff-led visit shows the filer too (and a 世帯変更's kind of change).
    """
    errors = [f.field for f in resident_errors(result, staff)]

    def row(key: str, value: str, path: str | None = None) -> Row:
        verified = path is not None and n.is_card_verified(path)
        flagged = path is not None and any(e.startswith(path) for e in errors)
        return Row(key, value, verified, flagged)

    todoke = [
        row("kind", n.kind.label + "届"),
        row("moveDate", date_text(n.todoke.moved_on), "todoke.moved_on"),
        row("filedOn", date_text(n.todoke.filed_on)),
    ]
    if n.todoke.setai_henko is not None:
        todoke.append(row("setaiHenko", n.todoke.setai_henko.label, "todoke.setai_henko"))
    sections = [Section("todoke", "date", tuple(todoke))]
    if interview:
        sections.insert(0, filer_section(n))
    if n.kind in (Kind.TENNYU, Kind.TENKYO):
        sections.append(
            Section(
                "newAddress",
                "postal",
                (
                    row("postalCode", n.new_address.postal_code or ""),
                    row("address", n.new_address.one_line(), "new_address"),
                ),
            )
        )
    # 世帯変更: the household's address (unchanged) instead of one left.
    setai = n.kind is Kind.SETAI_HENKO
    prev = n.new_address if setai else n.previous_address
    sections.append(
        Section(
            "address" if setai else "previousAddress",
            "country" if "country" in steps and n.kind is Kind.TENNYU else "",
            (
                row(
                    "address",
                    prev.one_line() or prev.original or "",
                    _provenance_under(n, "new_address" if setai else "previous_address"),
                ),
            ),
        )
    )
    if n.kind is Kind.TENSHUTSU:
        sections.append(
            Section(
                "destination",
                "country" if "country" in steps else "postal",
                (row("address", n.destination.one_line(), "destination"),),
            )
        )
    people: list[Row] = []
    for i, p in enumerate(n.persons):
        name = p.name.full()
        people.append(
            Row(
                "person",
                name,
                verified=n.is_card_verified(f"persons.{i}.name.family")
                or n.is_card_verified(f"persons.{i}.name"),
                relationship=p.relationship,
                birth=date_text(p.birth_date) if p.birth_date else "",
                staff_enters=name == "",
            )
        )
    sections.append(Section("persons", "members", tuple(people)))
    if "household" in steps:
        sections.append(Section("household", "household", (row("head", n.household.head_name),)))
    sections.append(
        Section("related", "related", tuple(Row("procedure", r.name) for r in n.related))
    )
    return sections
