"""Whether the counter says which municipality (市区町村) it belongs to, and says it right.

A counter that starts with no municipality, or with a sample one, would address its forms to
「サンプル市長 様」 and send another town's 全国地方公共団体コード to the back office.
``kiosk config check`` and ``kiosk doctor`` therefore refuse to call a counter ready until
``[municipality] name`` and ``code`` are set, the name is a municipality's name, and — where
Japan Post's data (shipped offline) knows the code — the two belong together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from forms.address import municipality_names
from kiosk.config import Municipality

#: Names that only ever appeared in examples: a counter configured with one is not set up.
SAMPLE_NAMES = frozenset({"サンプル市", "サンプル町", "サンプル村"})
#: Every municipality's name ends in one of these (市, 特別区, 町, 村).
SUFFIXES = ("市", "区", "町", "村")
EXAMPLE = 'name = "清瀬市" and code = "132217"'
#: What to do about any problem :func:`check` finds.
HOW = f"run `kiosk config set-municipality`, or set {EXAMPLE} under [municipality]"


@dataclass(frozen=True)
class Finding:
    """What is wrong with ``[municipality]`` (empty when all is well), and what is known."""

    problems: list[str] = field(default_factory=list)
    #: ``(prefecture, names)`` Japan Post's data gives for the configured code, if any.
    known_as: tuple[str, tuple[str, ...]] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self, m: Municipality) -> str:
        """One line about a configured municipality, e.g. ``清瀬市 (132217, 東京都)``."""
        where = f", {self.known_as[0]}" if self.known_as else ""
        return f"{m.name} ({m.code}{where})"


def suggested_name(code: str) -> str | None:
    """The name Japan Post's data gives a code (without its 郡), or None when it has none."""
    known = municipality_names(code)
    return known[1][-1] if known else None


def check(m: Municipality) -> Finding:
    """Every problem of ``m``, each saying exactly what to set."""
    known = municipality_names(m.code) if m.code else None
    if not m.name and not m.code:
        return Finding(["[municipality] name and code are not set (a fresh installation)"], known)
    problems = []
    if not m.name:
        hint = (
            f' (code {m.code} is {known[0]}{known[1][0]}: name = "{known[1][-1]}")' if known else ""
        )
        problems.append(f"[municipality] name is not set{hint}")
    elif m.name in SAMPLE_NAMES:
        problems.append(f"[municipality] name is still the sample 「{m.name}」")
    elif not m.name.endswith(SUFFIXES):
        problems.append(
            f"[municipality] name 「{m.name}」 is not a municipality's name (one ending in 市, 区, "
            "町 or 村, as printed in 「…長 様」 on the forms)"
        )
    if not m.code:
        problems.append(
            f"[municipality] code is not set: the 6-digit 全国地方公共団体コード of "
            f"{m.name or 'the municipality'} (e.g. 132217 for 清瀬市)"
        )
    elif known and m.name and m.name not in known[1] and not problems:
        problems.append(
            f"[municipality] code {m.code} is {known[0]}{known[1][0]} in Japan Post's data, "
            f"not 「{m.name}」: correct the code or the name"
        )
    return Finding(problems, known)
