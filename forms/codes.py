"""Code lists of the 住民異動届 (異動事由, 続柄, 30条45区分, 在留資格, 性別), loaded from data.

The lists live in ``forms/data/codes.json`` together with the public sources they were checked
against, so a change in the standard is a data change. This module adds the one rule that is not
a plain lookup: 続柄 (relationship to the head of household) terms chain with 「の」 up to four
generations (住民記録システム標準仕様書 1.1.11).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from forms.model import Kind, Origin, SetaiHenkoKubun

__all__ = [
    "CodeList",
    "RelationshipVerdict",
    "code_list",
    "default_reason_code",
    "judge_relationship",
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


@cache
def _raw() -> dict[str, Any]:
    text = resources.files("forms").joinpath("data/codes.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


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
