"""The values a related-procedure form or a department's data may carry, by name.

A municipality's template (:mod:`forms.related_templates`) says *which* value goes *where*, and
a department route says which values a department receives; both name values from this one
vocabulary, so neither reaches into the notification's structure and a department can be given
exactly the fields it needs (データ最小化) and nothing else.

Two scopes:

- household values (``household``): one per notification and procedure — dates, addresses, the
  世帯主, the filer, the procedure itself (``procedure.code`` …);
- person values (``person``): one per person the procedure covers — 氏名, フリガナ, 生年月日 …

Each value has a *type* that decides how it may be formatted: ``text``, ``kana`` (full-width
katakana as stored; ``hiragana`` turns it into ふりがな), ``date`` (和暦 by default, 西暦 for a
foreign resident's birth date, as on the main form), ``postal`` (〒 with a hyphen) and ``sex``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

import jaconv

from forms.codes import code_list
from forms.model import (
    Address,
    FlexDate,
    Kind,
    Notification,
    Person,
    RelatedProcedure,
    ResidentType,
)
from forms.wareki import WarekiError, format_date

__all__ = [
    "FORMATS",
    "HOUSEHOLD",
    "PERSON",
    "Context",
    "Value",
    "ValueType",
    "formats_for",
    "household_value",
    "is_foreign",
    "person_value",
    "raw_value",
    "render_value",
]

ValueType = Literal["text", "kana", "date", "postal", "sex", "number"]
Raw = str | date | FlexDate | int | None


@dataclass(frozen=True)
class Context:
    """What household values are read from: the notification and the procedure at hand."""

    notification: Notification
    procedure: RelatedProcedure
    #: The persons the form covers (indexes into ``notification.persons``).
    persons: tuple[int, ...] = ()


@dataclass(frozen=True)
class Value:
    """One named value: its Japanese label (documentation, error messages) and type."""

    name: str
    label: str
    type: ValueType


# --- household values --------------------------------------------------------------------------


def _current(n: Notification) -> Address:
    """The address the household lives at when the procedure is done: 転出 the one being left
    (the form goes to this municipality's department), else the new one."""
    return n.previous_address if n.kind is Kind.TENSHUTSU else n.new_address


def _postal(a: Address) -> str:
    return a.postal_code or ""


def _moving_from(n: Notification) -> str:
    if n.kind in (Kind.TENNYU, Kind.TENKYO):
        return n.previous_address.one_line()
    return ""


def _filer_address(n: Notification) -> str:
    a = n.filer.address
    return a.one_line() or (a.original or "") or _current(n).one_line()


_H: dict[str, tuple[str, ValueType, Callable[[Context], Raw]]] = {
    "kind": ("異動の種類（転入・転居…）", "text", lambda c: c.notification.kind.label),
    "filed_on": ("届出日", "date", lambda c: c.notification.todoke.filed_on),
    "moved_on": ("異動日（転出予定日）", "date", lambda c: c.notification.todoke.moved_on),
    "address": ("住所（手続の時点の住所）", "text", lambda c: _current(c.notification).one_line()),
    "address.postal_code": (
        "住所の郵便番号",
        "postal",
        lambda c: _postal(_current(c.notification)),
    ),
    "address.kana": ("住所のフリガナ", "kana", lambda c: _current(c.notification).kana),
    "address.katagaki": ("方書", "text", lambda c: _current(c.notification).katagaki),
    "address.municipality": (
        "市区町村名",
        "text",
        lambda c: _current(c.notification).municipality,
    ),
    "new_address": ("新住所", "text", lambda c: c.notification.new_address.one_line()),
    "new_address.postal_code": (
        "新住所の郵便番号",
        "postal",
        lambda c: _postal(c.notification.new_address),
    ),
    "previous_address": (
        "従前の住所",
        "text",
        lambda c: c.notification.previous_address.one_line(),
    ),
    "previous_address.postal_code": (
        "従前の住所の郵便番号",
        "postal",
        lambda c: _postal(c.notification.previous_address),
    ),
    "destination": ("転出先", "text", lambda c: c.notification.destination.one_line()),
    "moving_from": (
        "前の住所（転入・転居のとき。ほかは空欄）",
        "text",
        lambda c: _moving_from(c.notification),
    ),
    "moving_to": (
        "転出先（転出のとき。ほかは空欄）",
        "text",
        lambda c: (
            c.notification.destination.one_line() if c.notification.kind is Kind.TENSHUTSU else ""
        ),
    ),
    "destination.postal_code": (
        "転出先の郵便番号",
        "postal",
        lambda c: _postal(c.notification.destination),
    ),
    "head.name": ("世帯主氏名", "text", lambda c: c.notification.household.head_name),
    "head.name_kana": (
        "世帯主氏名のフリガナ",
        "kana",
        lambda c: c.notification.household.head_name_kana,
    ),
    "filer.name": ("届出人氏名", "text", lambda c: c.notification.filer.name.full()),
    "filer.name_kana": (
        "届出人氏名のフリガナ",
        "kana",
        lambda c: c.notification.filer.name.full_kana(),
    ),
    "filer.kubun": (
        "届出人の区分（本人・世帯主…）",
        "text",
        lambda c: c.notification.filer.kubun.label,
    ),
    "filer.address": ("届出人の住所", "text", lambda c: _filer_address(c.notification)),
    "filer.phone": ("届出人の電話番号", "text", lambda c: c.notification.filer.phone),
    "reception_number": (
        "住民異動届の受付番号",
        "text",
        lambda c: c.notification.jimu.reception_number,
    ),
    "procedure.code": ("関連手続のコード", "text", lambda c: c.procedure.code),
    "procedure.name": ("関連手続の名前", "text", lambda c: c.procedure.name),
    "procedure.department": ("担当課", "text", lambda c: c.procedure.department),
    "procedure.reason": ("手続が必要な理由", "text", lambda c: c.procedure.reason),
    "persons.count": ("この書類の対象者の人数", "number", lambda c: len(c.persons)),
}

# --- person values -----------------------------------------------------------------------------


def _age(p: Person, n: Notification) -> int | None:
    born = p.birth_date.as_date() if isinstance(p.birth_date, FlexDate) else p.birth_date
    if born is None:
        return None
    on = n.todoke.moved_on or n.todoke.filed_on
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _name(p: Person) -> str:
    return p.name.full() or (p.foreign.name_roman if p.foreign else "")


_P: dict[str, tuple[str, ValueType, Callable[[Person, Notification], Raw]]] = {
    "person.name": ("氏名", "text", lambda p, n: _name(p)),
    "person.name_kana": ("氏名のフリガナ", "kana", lambda p, n: p.name.full_kana()),
    "person.family": ("氏", "text", lambda p, n: p.name.family),
    "person.given": ("名", "text", lambda p, n: p.name.given),
    "person.family_kana": ("氏のフリガナ", "kana", lambda p, n: p.name.family_kana),
    "person.given_kana": ("名のフリガナ", "kana", lambda p, n: p.name.given_kana),
    "person.birth_date": ("生年月日", "date", lambda p, n: p.birth_date),
    "person.age": ("異動日の年齢", "number", _age),
    "person.sex": ("性別", "sex", lambda p, n: p.sex),
    "person.relationship": ("続柄", "text", lambda p, n: p.relationship),
    "person.nationality": (
        "国籍・地域",
        "text",
        lambda p, n: p.foreign.nationality if p.foreign else "",
    ),
}
#: ``person.no`` (the person's line number on the form, 1, 2 …) is filled by the form itself.
_PERSON_NO = "person.no"

HOUSEHOLD: dict[str, Value] = {k: Value(k, label, t) for k, (label, t, _) in _H.items()}
"""Household values by name."""
PERSON: dict[str, Value] = {k: Value(k, label, t) for k, (label, t, _) in _P.items()} | {
    _PERSON_NO: Value(_PERSON_NO, "行番号（1, 2 …）", "number")
}
"""Person values by name."""

FORMATS: dict[str, frozenset[ValueType]] = {
    "": frozenset({"text", "kana", "date", "postal", "sex", "number"}),
    "wareki": frozenset({"date"}),
    "western": frozenset({"date"}),
    "iso": frozenset({"date"}),
    "hiragana": frozenset({"kana"}),
    "katakana": frozenset({"kana"}),
    "check": frozenset({"text", "sex", "number"}),
}
"""Each format and the value types it applies to. ``""`` is the type's own printing; ``check``
draws a tick when the value equals the field's ``equals``."""


def formats_for(value_type: ValueType) -> list[str]:
    """The formats a value of this type accepts (for error messages)."""
    return [f or "(none)" for f, types in FORMATS.items() if value_type in types]


def household_value(name: str, context: Context) -> Raw:
    """The raw value of a household value name (KeyError for an unknown name)."""
    return _H[name][2](context)


def person_value(name: str, person: Person, n: Notification, number: int = 0) -> Raw:
    """The raw value of a person value name for ``person`` (``number``: its line on the form)."""
    if name == _PERSON_NO:
        return number
    return _P[name][2](person, n)


def raw_value(name: str, context: Context, person: int | None = None, number: int = 0) -> Raw:
    """The raw value of any name: a person value needs ``person`` (an index into persons)."""
    if name in PERSON:
        if person is None:
            raise KeyError(name)
        return person_value(
            name, context.notification.persons[person], context.notification, number
        )
    return household_value(name, context)


def _date_text(value: date | FlexDate, fmt: str, foreign: bool) -> str:
    if fmt == "iso":
        if isinstance(value, date):
            return value.isoformat()
        exact = value.as_date()
        return exact.isoformat() if exact is not None else format_date(value, western=True)
    western = fmt == "western" or (fmt == "" and foreign)
    try:
        return format_date(value, western=western)
    except WarekiError:
        return format_date(value, western=True)


def render_value(
    value: Raw,
    value_type: ValueType,
    fmt: str = "",
    *,
    equals: str = "",
    foreign: bool = False,
) -> str:
    """A raw value as text. ``foreign``: the person is a 外国人住民 (dates default to 西暦).

    A ``check`` format gives ``"✓"`` when the value equals ``equals``, else ``""``.
    """
    if fmt == "check":
        return "✓" if value is not None and str(value) == equals else ""
    if value is None or value == "":
        return ""
    if isinstance(value, date | FlexDate):
        return _date_text(value, fmt, foreign)
    text = str(value)
    if value_type == "sex":
        return code_list("seibetsu").name(text) if text else ""
    if value_type == "postal":
        digits = text.replace("-", "")
        return f"〒{digits[:3]}-{digits[3:]}" if len(digits) == 7 else text
    if fmt == "hiragana":
        return str(jaconv.kata2hira(text))
    return text


def is_foreign(person: Person) -> bool:
    """Whether dates of this person print in 西暦 by default (外国人住民, as the main form)."""
    return person.resident_type is ResidentType.FOREIGN
