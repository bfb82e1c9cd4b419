"""関連手続 (related procedures): what else the household must do, derived from a rules file.

One 住民異動届 triggers many other procedures (国民健康保険, 児童手当, 就学 …). Which ones, for
whom and why depends on the kind of move, each person's age and a few answers — and on the
municipality. So the conditions live in a TOML file per municipality
(``forms/data/related_default.toml`` is the shipped default, documented inside); this module only
evaluates it. Every derived procedure carries the reason it applies, in words a resident reads.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from forms.files import FileTooLarge, read_bounded
from forms.model import (
    FlexDate,
    Kind,
    Notification,
    Origin,
    Person,
    RelatedProcedure,
    ResidentType,
    SetaiHenkoKubun,
    check_printable,
)

__all__ = [
    "MAX_RULES_BYTES",
    "ProcedureRule",
    "RelatedRules",
    "RulesFileError",
    "default_rules",
    "derive",
    "load_rules",
]


class RulesFileError(ValueError):
    """A related-procedure rules file that cannot be used (named key, named procedure)."""


_CONDITIONS = {
    "kinds",
    "origin",
    "setai_henko",
    "scope",
    "age_min",
    "age_max",
    "until_march_after_age",
    "school_age",
    "answer",
    "household_answer",
    "resident_type",
}
_KEYS = _CONDITIONS | {"code", "name", "department", "reason"}
_TOP_LEVEL = {"meta", "procedure"}
_META_KEYS = {"name", "version", "sources"}
_TEXT_LIMITS = {"code": 64, "name": 200, "department": 100, "reason": 1000}
_MAX_PROCEDURES = 200
_MAX_AGE = 150

MAX_RULES_BYTES = 1024 * 1024
"""The largest rules file :func:`load_rules` reads (the shipped one is under 10 kB)."""


@dataclass(frozen=True)
class ProcedureRule:
    """One [[procedure]] of the rules file."""

    code: str
    name: str
    reason: str
    department: str = ""
    kinds: frozenset[Kind] = frozenset(Kind)
    origin: Origin | None = None
    setai_henko: frozenset[SetaiHenkoKubun] | None = None
    scope: Literal["person", "household"] = "person"
    age_min: int | None = None
    age_max: int | None = None
    until_march_after_age: int | None = None
    school_age: bool = False
    answer: str | None = None
    household_answer: str | None = None
    resident_type: ResidentType | None = None

    def applies_to_notification(self, n: Notification) -> bool:
        if n.kind not in self.kinds:
            return False
        if self.origin is not None and n.todoke.origin is not self.origin:
            return False
        if self.setai_henko is not None and n.todoke.setai_henko not in self.setai_henko:
            return False
        return not (
            self.household_answer is not None
            and not n.household.answers.get(self.household_answer, False)
        )

    def applies_to_person(self, p: Person, on: date) -> bool:
        if self.resident_type is not None and p.resident_type is not self.resident_type:
            return False
        if self.answer is not None and not p.answers.get(self.answer, False):
            return False
        needs_age = (
            self.age_min is not None
            or self.age_max is not None
            or self.until_march_after_age is not None
            or self.school_age
        )
        if not needs_age:
            return True
        birth = _birth(p)
        if birth is None:
            return False  # unknown birth date: staff decide; never guess an age
        age = _age_on(birth, on)
        if self.age_min is not None and age < self.age_min:
            return False
        if self.age_max is not None and age > self.age_max:
            return False
        if self.until_march_after_age is not None and on > _first_march_31_after(
            birth, self.until_march_after_age
        ):
            return False
        return not (self.school_age and not _is_school_age(birth, on))


@dataclass(frozen=True)
class RelatedRules:
    """A whole rules file: its description and its procedures, in order."""

    name: str
    version: str
    procedures: tuple[ProcedureRule, ...]
    sources: tuple[str, ...] = field(default=())


def _birth(p: Person) -> date | None:
    if isinstance(p.birth_date, FlexDate):
        return p.birth_date.as_date()
    return p.birth_date


def _age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _birthday(birth: date, years: int) -> date:
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:  # 29 February in a common year: the age is reached on 1 March
        return date(birth.year + years, 3, 1)


def _first_march_31_after(birth: date, age: int) -> date:
    """The first 31 March on or after the day ``age`` is reached (the day before the birthday,
    年齢計算ニ関スル法律)."""
    reached = _birthday(date.fromordinal(birth.toordinal() - 1), age)
    march = date(reached.year, 3, 31)
    return march if reached <= march else date(reached.year + 1, 3, 31)


def _is_school_age(birth: date, on: date) -> bool:
    """学齢: from the 1 April after the 6th birthday until the 31 March after the 15th.

    (学校教育法 17条; a child born on 1 April belongs to the earlier school year, because the age
    is legally reached the day before the birthday.)
    """
    legal_birth = date.fromordinal(birth.toordinal() - 1)
    sixth = _birthday(legal_birth, 6)
    start = date(sixth.year if sixth.month < 4 else sixth.year + 1, 4, 1)
    fifteenth = _birthday(legal_birth, 15)
    end = date(fifteenth.year if fifteenth.month < 4 else fifteenth.year + 1, 3, 31)
    return start <= on <= end


def _text(where: str, key: str, value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise RulesFileError(f"{where}: '{key}' must be text")
    if len(value) > limit:
        raise RulesFileError(f"{where}: '{key}' is longer than {limit} characters")
    try:
        return check_printable(value)
    except ValueError as exc:
        raise RulesFileError(f"{where}: '{key}': {exc}") from None


def _texts(where: str, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulesFileError(f"{where}: '{key}' must be a list of text")
    return list(value)


def _age(where: str, key: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_AGE:
        raise RulesFileError(f"{where}: '{key}' must be a whole number of years, 0 to {_MAX_AGE}")
    return value


def _unknown(where: str, unknown: set[str], known: set[str]) -> RulesFileError:
    names = []
    for key in sorted(unknown):
        near = difflib.get_close_matches(key, sorted(known), n=1)
        names.append(f"{key} (did you mean {near[0]}?)" if near else key)
    return RulesFileError(f"{where}: unknown key(s) {', '.join(names)}")


def _parse(data: dict[str, Any], origin: str) -> RelatedRules:
    unknown_top = set(data) - _TOP_LEVEL
    if unknown_top:
        raise _unknown(f"{origin}: top level", unknown_top, _TOP_LEVEL | {"procedure"})
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise RulesFileError(f"{origin}: [meta] must be a table")
    if set(meta) - _META_KEYS:
        raise _unknown(f"{origin}: [meta]", set(meta) - _META_KEYS, _META_KEYS)
    procedures = data.get("procedure", [])
    if not isinstance(procedures, list) or not all(isinstance(r, dict) for r in procedures):
        raise RulesFileError(f"{origin}: procedures must be written as [[procedure]] tables")
    if len(procedures) > _MAX_PROCEDURES:
        raise RulesFileError(f"{origin}: more than {_MAX_PROCEDURES} procedures")
    out: list[ProcedureRule] = []
    for i, raw in enumerate(procedures):
        shown = raw.get("code", "?")
        where = f"{origin}: procedure {i + 1} ({shown if isinstance(shown, str) else '?'})"
        unknown = set(raw) - _KEYS
        if unknown:
            raise _unknown(where, unknown, _KEYS)
        for key in ("code", "name", "reason"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise RulesFileError(f"{where}: '{key}' is required")
        texts = {
            key: _text(where, key, raw.get(key, ""), limit) for key, limit in _TEXT_LIMITS.items()
        }
        for key in ("answer", "household_answer", "origin", "scope", "resident_type"):
            if key in raw and not isinstance(raw[key], str):
                raise RulesFileError(f"{where}: '{key}' must be text")
        if "school_age" in raw and not isinstance(raw["school_age"], bool):
            raise RulesFileError(f"{where}: 'school_age' must be true or false")
        try:
            rule = ProcedureRule(
                code=texts["code"],
                name=texts["name"],
                reason=texts["reason"],
                department=texts["department"],
                kinds=frozenset(
                    Kind(k)
                    for k in _texts(where, "kinds", raw.get("kinds", [k.value for k in Kind]))
                ),
                origin=Origin(raw["origin"]) if "origin" in raw else None,
                setai_henko=(
                    frozenset(
                        SetaiHenkoKubun(s) for s in _texts(where, "setai_henko", raw["setai_henko"])
                    )
                    if "setai_henko" in raw
                    else None
                ),
                scope=raw.get("scope", "person"),
                age_min=_age(where, "age_min", raw.get("age_min")),
                age_max=_age(where, "age_max", raw.get("age_max")),
                until_march_after_age=_age(
                    where, "until_march_after_age", raw.get("until_march_after_age")
                ),
                school_age=bool(raw.get("school_age", False)),
                answer=raw.get("answer"),
                household_answer=raw.get("household_answer"),
                resident_type=(
                    ResidentType(raw["resident_type"]) if "resident_type" in raw else None
                ),
            )
        except ValueError as exc:
            if isinstance(exc, RulesFileError):
                raise
            raise RulesFileError(f"{where}: {exc}") from exc
        if rule.scope not in ("person", "household"):
            raise RulesFileError(f"{where}: scope must be 'person' or 'household'")
        try:
            rule.reason.format(names="", kind="")
        except (KeyError, IndexError, ValueError) as exc:
            raise RulesFileError(f"{where}: reason uses an unknown placeholder {exc}") from exc
        out.append(rule)
    codes = [r.code for r in out]
    dupes = {c for c in codes if codes.count(c) > 1}
    if dupes:
        raise RulesFileError(f"{origin}: duplicate procedure code(s) {', '.join(sorted(dupes))}")
    sources = meta.get("sources", ())
    return RelatedRules(
        name=str(meta.get("name", origin)),
        version=str(meta.get("version", "")),
        procedures=tuple(out),
        sources=tuple(_texts(f"{origin}: [meta]", "sources", list(sources))),
    )


def load_rules(path: str | Path) -> RelatedRules:
    """Load a municipality's rules file (TOML); every mistake is one :class:`RulesFileError`
    line naming the file (and the procedure and key, where there is one).

    OSError (missing, unreadable file) passes through for the caller to word.
    """
    p = Path(path)
    try:
        raw = read_bounded(p, MAX_RULES_BYTES, what="rules file")
    except FileTooLarge as exc:
        raise RulesFileError(str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RulesFileError(f"{p}: not UTF-8 text") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesFileError(f"{p}: not valid TOML: {exc}") from None
    except RecursionError:
        raise RulesFileError(f"{p}: not valid TOML: nested too deeply") from None
    return _parse(data, str(p))


@cache
def default_rules() -> RelatedRules:
    """The shipped default rules (``forms/data/related_default.toml``)."""
    text = resources.files("forms").joinpath("data/related_default.toml").read_text("utf-8")
    return _parse(tomllib.loads(text), "related_default.toml")


def derive(notification: Notification, rules: RelatedRules | None = None) -> list[RelatedProcedure]:
    """The related procedures ``notification`` brings, each with its reason and persons.

    Ages are taken on the date of the move (異動日; the filing date when it is not known yet).
    Procedures already marked done in ``notification.related`` stay done.
    """
    rules = rules or default_rules()
    n = notification
    on = n.todoke.moved_on or n.todoke.filed_on
    done = {r.code for r in n.related if r.done}
    kind_label = n.kind.label
    out: list[RelatedProcedure] = []
    for rule in rules.procedures:
        if not rule.applies_to_notification(n):
            continue
        if rule.scope == "household":
            persons: list[int] = []
            names = "世帯"
        else:
            persons = [i for i, p in enumerate(n.persons) if rule.applies_to_person(p, on)]
            if not persons:
                continue
            names = "、".join(f"{_display(n.persons[i])}さん" for i in persons)
        out.append(
            RelatedProcedure(
                code=rule.code,
                name=rule.name,
                department=rule.department,
                reason=rule.reason.format(names=names, kind=kind_label),
                persons=persons,
                done=rule.code in done,
            )
        )
    return out


def _display(p: Person) -> str:
    return p.name.full() or (p.foreign.name_roman if p.foreign else "") or "（氏名未入力）"
