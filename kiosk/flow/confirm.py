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

__all__ = ["Row", "Section", "confirm_sections"]


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


def confirm_sections(
    n: Notification,
    result: CheckResult,
    staff: Sequence[re.Pattern[str]],
    steps: Sequence[str],
    date_text: Callable[[date | FlexDate | None], str] = wareki.format_date,
) -> list[Section]:
    """The form as it will print, section by section, with card-verified and flagged rows.

    Dates are written by ``date_text`` (the resident's language and calendar,
    :func:`kiosk.flow.dates.format_any`); by default as the form prints them (和暦).
    """
    errors = [f.field for f in resident_errors(result, staff)]

    def row(key: str, value: str, path: str | None = None) -> Row:
        verified = path is not None and n.is_card_verified(path)
        flagged = path is not None and any(e.startswith(path) for e in errors)
        return Row(key, value, verified, flagged)

    sections = [
        Section(
            "todoke",
            "date",
            (
                row("kind", n.kind.label + "届"),
                row("moveDate", date_text(n.todoke.moved_on), "todoke.moved_on"),
                row("filedOn", date_text(n.todoke.filed_on)),
            ),
        )
    ]
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
    prev = n.previous_address
    sections.append(
        Section(
            "previousAddress",
            "country" if "country" in steps and n.kind is Kind.TENNYU else "",
            (
                row(
                    "address",
                    prev.one_line() or prev.original or "",
                    _provenance_under(n, "previous_address"),
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
