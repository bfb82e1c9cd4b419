"""Line breaking for the printed documents, with 禁則処理 (kinsoku: where a line may not break).

One wrapping function serves the form and the receipt. Break opportunities come from the
Unicode line breaking algorithm (UAX #14, the ``uniseg`` library), which already keeps the
rules of JIS X 4051 that matter on a form: no line starts with closing brackets or stops
(、。，．）」』】〕), middle dots (・), the prolonged sound mark (ー), small kana (ぁ ッ ャ …) or
?!, and none ends with an opening bracket (（「『【〔); Latin words break at spaces only.

On top of that, as a clerk writing by hand would:

- a label of :data:`KEEP_WHOLE` characters or fewer (氏名, 住所, 電話) is never split — the caller
  shrinks it instead;
- a number is never split, full-width or not (２２３, ９－１０, R8-000042);
- the last line is not left with a single character when a unit can come down with it.

A unit wider than a whole line (a very long Latin word, a URL) is cut where it must be, still
never putting a forbidden character at the start or the end of a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from uniseg.linebreak import line_break_units

__all__ = ["KEEP_WHOLE", "NO_END", "NO_START", "units", "violations", "wrap"]

KEEP_WHOLE = 2
"""Texts this short (labels such as 氏名) are never split."""

NO_START = frozenset(
    "、。，．,.:;：；）)］]｝}〕〉》」』】〙〗〟’”»"
    "・ー〜～ゝゞヽヾ々〻"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "?!？！‼⁇⁈⁉%％°℃"
)
"""Characters that must not begin a line (行頭禁則)."""

NO_END = frozenset("（(［[｛{〔〈《「『【〘〖〝‘“«")
"""Characters that must not end a line (行末禁則)."""

HANG = frozenset("、。，．,.")
"""Stops and commas that may hang past the line end rather than start the next (ぶら下げ)."""

_NUMBER = re.compile(r"[0-9０-９]+(?:[-－.．,，:：/／][0-9０-９]+)*")

_DIGIT = re.compile(r"[0-9０-９]")

Measure = Callable[[str], float]


@lru_cache(maxsize=4096)
def units(text: str) -> tuple[str, ...]:
    """``text`` cut at its allowed break points: joining the units gives ``text`` back."""
    if len(text.strip()) <= KEEP_WHOLE:
        return (text,) if text else ()
    out = list(line_break_units(text))
    # Numbers stay whole: join units that cut inside one.
    spans = [m.span() for m in _NUMBER.finditer(text)]
    if spans:
        merged: list[str] = []
        pos = 0
        for u in out:
            start, end = pos, pos + len(u)
            inside = any(s < start < e for s, e in spans)
            if merged and inside:
                merged[-1] += u
            else:
                merged.append(u)
            pos = end
        out = merged
    return tuple(out)


def _in_number(before: str, after: str) -> bool:
    return bool(_DIGIT.match(before) and _DIGIT.match(after))


def _cut(unit: str, width: float, measure: Measure) -> list[str]:
    """Cut one unit that is wider than a line, by characters.

    At each cut, in this order of preference: a point that breaks neither 禁則 nor a number
    (with what follows still fitting the next line); hanging a stop or comma past the line end
    (ぶら下げ, as JIS X 4051 allows for 、。); a point that keeps 禁則 (a number longer than a
    line has to be cut somewhere); and where nothing else works, hanging the character.
    """
    pieces: list[str] = []
    cur = ""
    for ch in unit:
        if not cur or measure(cur + ch) <= width:
            cur += ch
            continue
        text = cur + ch

        def forbidden(k: int, text: str = text) -> bool:
            return text[k] in NO_START or text[k - 1] in NO_END

        def clean(k: int, text: str = text) -> bool:
            return not forbidden(k) and not _in_number(text[k - 1], text[k])

        cut = len(cur)
        while cut > 1 and not clean(cut) and measure(text[cut - 1 :]) <= width:
            cut -= 1
        if not clean(cut):
            if ch in HANG:
                cur = text
                continue
            cut = len(cur)
            while cut > 1 and forbidden(cut):
                cut -= 1
            if forbidden(cut):
                cur = text
                continue
        pieces.append(text[:cut])
        cur = text[cut:]
    if cur:
        pieces.append(cur)
    return pieces


def wrap(text: str, width: float, measure: Measure) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (as ``measure`` gives widths).

    Explicit line ends are kept. Spaces at a break are dropped. A label of
    :data:`KEEP_WHOLE` characters or fewer comes back as one line even when it is wider:
    shrinking it is the caller's business, splitting it never is.
    """
    lines: list[str] = []
    for para in text.split("\n"):
        lines += _wrap_paragraph(para, width, measure)
    return lines


def _wrap_paragraph(text: str, width: float, measure: Measure) -> list[str]:
    if not text:
        return []
    if len(text.strip()) <= KEEP_WHOLE or measure(text) <= width:
        return [text]
    lines: list[str] = []
    cur = ""
    for unit in units(text):
        if cur.strip() and measure((cur + unit).rstrip()) > width:
            lines.append(cur.rstrip())
            cur = unit.lstrip()
        else:
            cur += unit
        if measure(cur.rstrip()) > width:  # one unit wider than a whole line
            pieces = _cut(cur.rstrip(), width, measure)
            lines += pieces[:-1]
            cur = pieces[-1] + cur[len(cur.rstrip()) :]
    if cur.strip():
        lines.append(cur.rstrip())
    # No single character left alone on the last line when a unit can come down with it.
    if len(lines) > 1 and len(lines[-1]) == 1:
        prev = units(lines[-2])
        moved = prev[-1] if len(prev) > 1 else ""
        if moved and measure(moved + lines[-1]) <= width:
            lines[-2] = "".join(prev[:-1]).rstrip()
            lines[-1] = moved + lines[-1]
    return [line for line in lines if line]


def violations(lines: list[str]) -> list[str]:
    """What breaks 禁則 in ``lines`` (empty when none): for tests and checks."""
    found = []
    for i, line in enumerate(lines):
        if i > 0 and line and line[0] in NO_START:
            found.append(f"line {i + 1} starts with {line[0]!r}: {line!r}")
        if i < len(lines) - 1 and line and line[-1] in NO_END:
            found.append(f"line {i + 1} ends with {line[-1]!r}: {line!r}")
    return found
