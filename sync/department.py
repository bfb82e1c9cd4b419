"""What a department receives (担当課への連携): its part of one notification, and nothing else.

A department route (``[departments.<name>]`` in ``kiosk.toml``) names the values it needs from
the shared vocabulary of :mod:`forms.related_values` — the same names related-form templates
use — for the household and for each person. A delivery carries exactly those values
(データ最小化), the notification's identification (id, 受付番号, kind, dates) and the route's
own procedure codes that applied; never the whole notification, never another route's
procedures, never a person none of its procedures covers.

Which persons: those the route's applying procedures cover (``RelatedProcedure.persons``); a
household-scope procedure (``scope = "household"``, e.g. 犬の登録) covers the household and no
person. Each person is numbered by their line in the notification (``no``, 1-based), so that
two departments' data about one person can be matched by (``notification_id``, ``no``).

Values are text as the vocabulary renders them (フリガナ in katakana as stored, 性別 as 男/女),
but dates are ISO 8601 (``2026-04-01``; a partly unknown birth date as far as it is known),
郵便番号 are ``123-4567`` (no 〒) and numbers (``person.age``) are integers; an empty value is
``""``.

Two renderings of one delivery: JSON (:func:`delivery_json`, the HTTP route's body, validated
by :class:`DepartmentDelivery`) and CSV (:func:`delivery_csv`, the csv route's file; its
layout is derived from the whitelist: :func:`csv_header`). Both are a pure function of the
approved notification and the route's settings, so every attempt sends the same bytes under
the same idempotency key.
"""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from forms.csvio import _prepare as _for_encoding  # CP932's JIS equivalents, as the 住記 CSV
from forms.model import MAX_PERSONS, Kind, Notification, RelatedProcedure
from forms.related_values import (
    HOUSEHOLD,
    PERSON,
    Context,
    Raw,
    ValueType,
    household_value,
    is_foreign,
    person_value,
    render_value,
)
from kiosk.config import ROUTE_NAME_PATTERN, Department

__all__ = [
    "FORMAT",
    "DepartmentDelivery",
    "DepartmentPerson",
    "build_delivery",
    "csv_header",
    "delivery_csv",
    "delivery_json",
]

#: The payload's format name and version (``format``); changes only with the contract.
FORMAT: Literal["department-delivery/1"] = "department-delivery/1"
#: The columns every department CSV starts with (identification), before the route's own.
ID_COLUMNS = ("notification_id", "reception_number", "kind", "filed_on", "moved_on", "procedures")

Value = str | int
Code = Annotated[str, Field(min_length=1, max_length=64)]


def _known(values: dict[str, Value], vocabulary: dict[str, object], scope: str) -> None:
    unknown = [k for k in values if k not in vocabulary]
    if unknown:
        raise ValueError(f"{', '.join(unknown)}: not {scope} value names of the vocabulary")


class DepartmentPerson(BaseModel):
    """One person a department's procedures cover, with the values it receives."""

    model_config = ConfigDict(extra="forbid")

    no: int = Field(ge=1, le=MAX_PERSONS, description="line of the person in the notification")
    procedures: list[Code] = Field(description="the route's procedure codes covering the person")
    values: dict[str, Value] = Field(description="the route's person values, by name")

    @field_validator("values")
    @classmethod
    def _names(cls, v: dict[str, Value]) -> dict[str, Value]:
        _known(v, dict(PERSON), "person")
        return v


class DepartmentDelivery(BaseModel):
    """One notification's part for one department (the HTTP route's JSON body)."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["department-delivery/1"] = "department-delivery/1"
    route: str = Field(pattern=ROUTE_NAME_PATTERN, description="the route's name (kokuho …)")
    notification_id: uuid.UUID
    reception_number: str = Field(max_length=64, description="受付番号")
    kind: Kind = Field(description="異動の種類")
    filed_on: date = Field(description="届出日")
    moved_on: date | None = Field(description="異動日 (転出: 転出予定日)")
    procedures: list[Code] = Field(
        min_length=1, description="the route's related procedures that applied (関連手続)"
    )
    household: dict[str, Value] = Field(description="the route's household values, by name")
    persons: list[DepartmentPerson] = Field(max_length=MAX_PERSONS)

    @field_validator("household")
    @classmethod
    def _names(cls, v: dict[str, Value]) -> dict[str, Value]:
        _known(v, dict(HOUSEHOLD), "household")
        return v


def _text(raw: Raw, value_type: ValueType, *, foreign: bool = False) -> Value:
    if value_type == "number":
        return raw if isinstance(raw, int) else ""
    fmt = "iso" if value_type == "date" else ""
    text = render_value(raw, value_type, fmt, foreign=foreign)
    # Data, not print: a postal code without the 〒 mark a form shows.
    return text.removeprefix("〒") if value_type == "postal" else text


def _applying(n: Notification, department: Department) -> list[RelatedProcedure]:
    wanted = set(department.procedures)
    return [r for r in n.related if r.code in wanted]


def build_delivery(n: Notification, route: str, department: Department) -> DepartmentDelivery:
    """The part of ``n`` that ``department`` (route ``route``) receives.

    Raises ``ValueError`` when none of the route's procedures applies to ``n`` (such a
    notification is never queued for the route).
    """
    procedures = _applying(n, department)
    if not procedures:
        raise ValueError(f"no procedure of route {route} applies to notification {n.id}")
    context = Context(notification=n, procedure=procedures[0])
    household = {
        name: _text(household_value(name, context), HOUSEHOLD[name].type)
        for name in department.household
    }
    covering: dict[int, list[str]] = {}
    for procedure in procedures:
        for index in procedure.persons:
            if 0 <= index < len(n.persons):
                covering.setdefault(index, []).append(procedure.code)
    persons = []
    for index in sorted(covering):
        p = n.persons[index]
        foreign = is_foreign(p)
        persons.append(
            DepartmentPerson(
                no=index + 1,
                procedures=covering[index],
                values={
                    name: _text(
                        person_value(name, p, n, index + 1), PERSON[name].type, foreign=foreign
                    )
                    for name in department.person
                },
            )
        )
    return DepartmentDelivery(
        route=route,
        notification_id=n.id,
        reception_number=n.jimu.reception_number,
        kind=n.kind,
        filed_on=n.todoke.filed_on,
        moved_on=n.todoke.moved_on,
        procedures=[p.code for p in procedures],
        household=household,
        persons=persons,
    )


def delivery_json(n: Notification, route: str, department: Department) -> bytes:
    """The HTTP route's body: :func:`build_delivery` as JSON (UTF-8), the same bytes on every
    attempt."""
    return build_delivery(n, route, department).model_dump_json().encode("utf-8")


def csv_header(department: Department) -> list[str]:
    """The csv route's header: :data:`ID_COLUMNS`, the household values in the route's order,
    then — when the route takes person values — ``no`` and the person values."""
    person = ["no", *department.person] if department.person else []
    return [*ID_COLUMNS, *department.household, *person]


def delivery_csv(
    n: Notification, route: str, department: Department, *, encoding: str = "utf-8"
) -> bytes:
    """The csv route's file: RFC 4180 (CRLF), a header row (:func:`csv_header`), then one row
    per person the route's procedures cover, or one row for the household when they cover
    none or the route takes no person values. Every row repeats the identification and the
    household values; ``procedures`` holds the codes (space separated) that cover the row's
    person (all that applied, on a household row).

    A character ``encoding`` cannot hold raises ``ValueError`` naming the column (nothing is
    written): the route is then 送信失敗 with that reason, never a silent ``?``.
    """
    d = build_delivery(n, route, department)
    ident = [
        str(d.notification_id),
        d.reception_number,
        d.kind.value,
        d.filed_on.isoformat(),
        d.moved_on.isoformat() if d.moved_on else "",
    ]
    household = [str(d.household[name]) for name in department.household]
    rows: list[list[str]] = []
    if department.person and d.persons:
        for p in d.persons:
            rows.append(
                [*ident, " ".join(p.procedures), *household, str(p.no)]
                + [str(p.values[name]) for name in department.person]
            )
    else:
        blank = [""] * (1 + len(department.person)) if department.person else []
        rows.append([*ident, " ".join(d.procedures), *household, *blank])
    header = csv_header(department)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        cells = [_for_encoding(cell, encoding) for cell in row]
        for column, cell in zip(header, cells, strict=True):
            try:
                cell.encode(encoding)
            except UnicodeEncodeError as exc:
                raise ValueError(
                    f"{cell[exc.start : exc.end]!r} in column {column} cannot be written in "
                    f"{encoding}"
                ) from None
        writer.writerow(cells)
    return buffer.getvalue().encode(encoding)
