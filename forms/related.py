"""関連手続 (related procedures): what else the household must do, derived from a rules file.

One 住民異動届 triggers many other procedures (国民健康保険, 児童手当, 就学 …). Which ones, for
whom and why depends on the kind of move, each person's age and a few answers — and on the
municipality. So the conditions live in a TOML file per municipality
(``forms/data/related_default.toml`` is the shipped default, documented inside); this module only
evaluates it. Every derived procedure carries the reason it applies, in words a resident reads.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from forms.model import (
    FlexDate,
    Kind,
    Notification,
    Origin,
    Person,
    RelatedProcedure,
    ResidentType,
    SetaiHenkoKubun,
)

__all__ = [
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


def _parse(data: dict[str, Any], origin: str) -> RelatedRules:
    meta = data.get("meta", {})
    out: list[ProcedureRule] = []
    for i, raw in enumerate(data.get("procedure", [])):
        where = f"{origin}: procedure {i + 1} ({raw.get('code', '?')})"
        unknown = set(raw) - _KEYS
        if unknown:
            raise RulesFileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("code", "name", "reason"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise RulesFileError(f"{where}: '{key}' is required")
        try:
            rule = ProcedureRule(
                code=raw["code"],
                name=raw["name"],
                reason=raw["reason"],
                department=raw.get("department", ""),
                kinds=frozenset(Kind(k) for k in raw.get("kinds", [k.value for k in Kind])),
                origin=Origin(raw["origin"]) if "origin" in raw else None,
                setai_henko=(
                    frozenset(SetaiHenkoKubun(s) for s in raw["setai_henko"])
                    if "setai_henko" in raw
                    else None
                ),
                scope=raw.get("scope", "person"),
                age_min=raw.get("age_min"),
                age_max=raw.get("age_max"),
                until_march_after_age=raw.get("until_march_after_age"),
                school_age=bool(raw.get("school_age", False)),
                answer=raw.get("answer"),
                household_answer=raw.get("household_answer"),
                resident_type=(
                    ResidentType(raw["resident_type"]) if "resident_type" in raw else None
                ),
            )
        except ValueError as exc:
            raise RulesFileError(f"{where}: {exc}") from exc
        if rule.scope not in ("person", "household"):
            raise RulesFileError(f"{where}: scope must be 'person' or 'household'")
        try:
            rule.reason.format(names="", kind="")
        except (KeyError, IndexError) as exc:
            raise RulesFileError(f"{where}: reason uses an unknown placeholder {exc}") from exc
        out.append(rule)
    codes = [r.code for r in out]
    dupes = {c for c in codes if codes.count(c) > 1}
    if dupes:
        raise RulesFileError(f"{origin}: duplicate procedure code(s) {', '.join(sorted(dupes))}")
    return RelatedRules(
        name=str(meta.get("name", origin)),
        version=str(meta.get("version", "")),
        procedures=tuple(out),
        sources=tuple(meta.get("sources", ())),
    )


def load_rules(path: str | Path) -> RelatedRules:
    """Load a municipality's rules file (TOML); errors name the file and the procedure."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RulesFileError(f"{p}: not valid TOML: {exc}") from exc
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
