"""Code lists of the 住民異動届 (異動事由, 続柄, 30条45区分, 在留資格, 性別), loaded from data.

The lists live in ``forms/data/codes.json`` together with the public sources they were checked
against, so a change in the standard is a data change. This module adds what is not a plain
lookup: 続柄 (relationship to the head of household) terms chain with 「の」 up to four
generations (住民記録システム標準仕様書 1.1.11), a 在留資格 exists only between dates (育成就労
from 2027-04-01; 技能実習 ends, with transitional measures), and each 30条45区分 has its own
items (住民基本台帳法 30条の45).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal

from forms.codedata import raw_code_data
from forms.model import Kind, Origin, SetaiHenkoKubun

__all__ = [
    "CodeList",
    "RelationshipVerdict",
    "StatusValidity",
    "code_list",
    "default_reason_code",
    "has_indefinite_period",
    "items_of_kubun",
    "judge_relationship",
    "status_validity",
]


@dataclass(frozen=True)
class CodeList:
    """One code list: code → name, with the sources it was checked against."""

    key: str
    title: str
    codes: dict[str, str]
    sources: tuple[str, ...]

    def name(self, code: str | None) -> str:
        """The name of ``code``, or an empty string for an unknown or empty code."""
        return self.codes.get(code or "", "")

    def __contains__(self, code: object) -> bool:
        return code in self.codes


def _raw() -> dict[str, Any]:
    return raw_code_data()


@cache
def code_list(key: str) -> CodeList:
    """A code list by key: ``ido_jiyu``, ``zokugara``, ``kubun_30_45``, ``zairyu_shikaku``,
    ``seibetsu``, ``filer_kubun``."""
    entry = _raw()[key]
    return CodeList(
        key=key,
        title=entry["title"],
        codes=dict(entry["codes"]),
        sources=tuple(entry["sources"]),
    )


@dataclass(frozen=True)
class StatusValidity:
    """When a 在留資格 exists: ``valid_from`` … ``until`` it is granted; after ``until`` holders
    may still show it until ``transitional_until`` (None with ``transitional`` set: open-ended
    transitional measures, as for 技能実習 after 育成就労 begins)."""

    code: str
    valid_from: date | None = None
    until: date | None = None
    transitional: bool = False
    transitional_until: date | None = None

    def on(self, day: date) -> Literal["in_force", "not_yet", "transitional", "ended"]:
        """Whether the status can be held on ``day`` (the filing date decides)."""
        if self.valid_from is not None and day < self.valid_from:
            return "not_yet"
        if self.until is None or day <= self.until:
            return "in_force"
        if self.transitional and (
            self.transitional_until is None or day <= self.transitional_until
        ):
            return "transitional"
        return "ended"


def _iso(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


@cache
def status_validity(code: str) -> StatusValidity:
    """The dates between which the 在留資格 ``code`` exists (open-ended when none are listed)."""
    entry = _raw()["zairyu_shikaku"].get("validity", {}).get(code)
    if not isinstance(entry, dict):
        return StatusValidity(code)
    return StatusValidity(
        code=code,
        valid_from=_iso(entry.get("from")),
        until=_iso(entry.get("until")),
        transitional="transitional_until" in entry,
        transitional_until=_iso(entry.get("transitional_until")),
    )


def has_indefinite_period(code: str | None) -> bool:
    """True for a 在留資格 whose 在留期間 is 無期限 (永住者, 高度専門職2号): no 満了の日."""
    return code in _raw()["zairyu_shikaku"].get("indefinite_period", [])


def items_of_kubun(kubun: str) -> tuple[str, ...]:
    """The :class:`~forms.model.ForeignItems` fields the 30条45区分 ``kubun`` records."""
    return tuple(_raw()["kubun_30_45"].get("items", {}).get(kubun, ()))


def default_reason_code(
    kind: Kind, origin: Origin, setai_henko: SetaiHenkoKubun | None = None
) -> str:
    """The 異動事由コード a notification of ``kind`` records when none was chosen."""
    if kind is Kind.TENNYU:
        return "02" if origin is Origin.ABROAD else "01"
    if kind is Kind.TENSHUTSU:
        return "22" if origin is Origin.ABROAD else "21"
    if kind is Kind.TENKYO:
        return "41"
    return {
        SetaiHenkoKubun.BUNRI: "50",
        SetaiHenkoKubun.GAPPEI: "51",
        SetaiHenkoKubun.KOSEI_HENKO: "52",
        SetaiHenkoKubun.SETAINUSHI_HENKO: "53",
    }.get(setai_henko or SetaiHenkoKubun.KOSEI_HENKO, "52")


@dataclass(frozen=True)
class RelationshipVerdict:
    """The judgement on one 続柄 text.

    ``ok`` is True for an allowed term or chain; ``code`` is its 続柄コード when it is a single
    coded term; ``suggestion`` is what to write instead (縁故者 for chains of five or more);
    ``bad_term`` names the first term that is not allowed.
    """

    ok: bool
    normalized: str
    code: str | None = None
    generations: int = 0
    bad_term: str | None = None
    suggestion: str | None = None


_PAREN = str.maketrans({"(": "（", ")": "）", " ": "", "\u3000": ""})


def judge_relationship(text: str) -> RelationshipVerdict:
    """Judge a 続柄 text against the standard's allowed terms and 「の」 chaining.

    Allowed: 世帯主, 縁故者, 同居人 on their own; 夫, 妻, 夫（未届）, 妻（未届）, 子, 子の夫,
    子の妻, 父, 母, 兄, 姉, 弟, 妹 and chains of them with 「の」 up to four terms (妻の父,
    子の子の子の子). Five or more terms must be written 縁故者. 祖父, 孫, 甥 … are not terms.
    """
    raw = _raw()["zokugara"]
    normalized = text.translate(_PAREN)
    codes: dict[str, str] = raw["codes"]
    by_name = {name: code for code, name in codes.items()}
    if not normalized:
        return RelationshipVerdict(ok=False, normalized=normalized)
    if normalized in raw["standalone_terms"]:
        return RelationshipVerdict(
            ok=True, normalized=normalized, code=by_name.get(normalized), generations=1
        )
    chainable: list[str] = raw["chainable_terms"]
    terms = _split_chain(normalized, chainable)
    if terms is None:
        bad = _first_unknown(normalized, chainable)
        return RelationshipVerdict(ok=False, normalized=normalized, bad_term=bad)
    generations = len(terms)
    if generations > int(raw["max_generations"]):
        return RelationshipVerdict(
            ok=False, normalized=normalized, generations=generations, suggestion="縁故者"
        )
    code = None
    if generations == 1:
        code = by_name.get(normalized)
        if normalized in ("子の夫", "子の妻"):
            code = "2X"
    return RelationshipVerdict(ok=True, normalized=normalized, code=code, generations=generations)


def _split_chain(text: str, chainable: list[str]) -> list[str] | None:
    """Split ``妻の父`` into ``[妻, 父]``; ``子の夫`` counts as one term. None if impossible."""
    # Longest terms first so that 子の夫 is taken whole rather than as 子 + 夫.
    ordered = sorted(chainable, key=len, reverse=True)

    def walk(rest: str) -> list[str] | None:
        for term in ordered:
            if rest == term:
                return [term]
            if rest.startswith(term + "の"):
                tail = walk(rest[len(term) + 1 :])
                if tail is not None:
                    return [term, *tail]
        return None

    return walk(text)


def _first_unknown(text: str, chainable: list[str]) -> str:
    for part in text.split("の"):
        if part and part not in chainable and part not in ("夫", "妻"):
            return part
    return text
