"""書かない: the characters the paper 住民異動届 would have needed, and how many the resident typed.

Municipalities measure a no-handwriting counter by what residents no longer write (千葉市: a
family of four wrote name, address and birth date 35 times, then 6). This module counts, for one
notification, every character a resident writes by hand on the paper form of the same filing
(:func:`paper_characters`) and how many of those the resident still typed on the screens
(:func:`typed_characters`); the difference is what the counter spared them.

What is counted on paper: the kind and the dates, each address block written in full with its
郵便番号, the filer's name and address, and per person 氏名, フリガナ, 生年月日, 性別 and 続柄, and
the 世帯主. Fields staff fill (転入前住民票コード, the 事務処理 box) are not counted. A name staff
will complete still counts 6 characters on paper, a missing フリガナ 8, a missing birth date 10:
the resident would have written them.

What the resident typed is read from where each value came from (:class:`forms.model.Provenance`):
a value still as read from the IC chip, picked from a postal-code lookup, handed over as
転出証明書情報 or entered by staff is not typed; a value typed on the pre-entry page at home is
(the resident typed it, if not at the counter); anything else in a free-text field was typed on
the tablet. Choices made by a tap (the kind, dates, 性別, 続柄, who is 世帯主) are never typing.
In a staff-led interview (対面) the clerk types and the resident types nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Literal

from forms.model import Address, Notification
from forms.wareki import format_date

__all__ = [
    "PaperField",
    "characters_not_written",
    "paper_characters",
    "paper_fields",
    "typed_characters",
]

#: Characters a missing value still takes on paper (the resident would have written it).
_NAME_ON_PAPER = 6
_KANA_ON_PAPER = 8
_BIRTH_ON_PAPER = 10

#: Sources whose values the resident did not type (read, looked up, handed over, staff's).
_NOT_TYPED = frozenset({"ic_chip", "postal_lookup", "tenshutsu_info", "staff"})


@dataclass(frozen=True)
class PaperField:
    """One entry of the paper form: the field paths it prints, its characters on paper, and
    how a resident enters it on the screens (``text``: typed; ``choice``: tapped)."""

    paths: tuple[str, ...]
    chars: int
    entry: Literal["text", "choice"]
    #: Characters of the value as it stands (what typing it would take); 0 when empty.
    value_chars: int = 0


def _count(text: str | None) -> int:
    return len((text or "").replace("\u3000", "").replace(" ", ""))


def _address(block: Address, path: str) -> Iterator[PaperField]:
    """An address block written in full, part by part (so each part's source counts)."""
    if block.is_abroad:
        for name in ("country", "foreign_address"):
            n = _count(getattr(block, name))
            yield PaperField((f"{path}.{name}",), n, "text", n)
    elif f"{block.prefecture}{block.municipality}{block.town}{block.banchi}":
        for name in ("prefecture", "municipality", "town", "banchi", "katagaki"):
            n = _count(getattr(block, name))
            yield PaperField((f"{path}.{name}",), n, "text", n)
    elif block.original:
        n = _count(block.original) + (_count(block.katagaki) if block.katagaki else 0)
        yield PaperField((f"{path}.original", f"{path}.katagaki"), n, "text", n)
    else:
        n = _count(block.katagaki)
        yield PaperField((f"{path}.katagaki",), n, "text", n)
    n = _count(block.postal_code)
    yield PaperField((f"{path}.postal_code",), n, "text", n)


def paper_fields(n: Notification) -> list[PaperField]:
    """Every entry a resident writes by hand on the paper form of ``n`` (see the module)."""
    out: list[PaperField] = [
        PaperField(("kind",), _count(n.kind.label), "choice"),
        PaperField(("todoke.moved_on",), _count(format_date(n.todoke.moved_on)), "choice"),
        PaperField(("todoke.filed_on",), _count(format_date(n.todoke.filed_on)), "choice"),
    ]
    for path in ("new_address", "previous_address", "destination"):
        out += _address(getattr(n, path), path)
    filer = n.filer
    for part in ("family", "given"):
        k = _count(getattr(filer.name, part))
        out.append(PaperField((f"filer.name.{part}",), k, "text", k))
    a = filer.address
    if a.one_line():
        out += [f for f in _address(a, "filer.address") if not f.paths[0].endswith("postal_code")]
    elif a.original:
        k = _count(a.original)
        out.append(PaperField(("filer.address.original",), k, "text", k))
    for i, p in enumerate(n.persons):
        base = f"persons.{i}"
        name = _count(p.name.full())
        if name:
            for part in ("family", "given"):
                k = _count(getattr(p.name, part))
                out.append(PaperField((f"{base}.name.{part}",), k, "text", k))
        else:
            out.append(PaperField((f"{base}.name.family",), _NAME_ON_PAPER, "text"))
        kana = _count(p.name.full_kana())
        if kana:
            for part in ("family_kana", "given_kana"):
                k = _count(getattr(p.name, part))
                out.append(PaperField((f"{base}.name.{part}",), k, "text", k))
        else:
            out.append(PaperField((f"{base}.name.family_kana",), _KANA_ON_PAPER, "text"))
        born = _count(format_date(p.birth_date))
        out.append(PaperField((f"{base}.birth_date",), born or _BIRTH_ON_PAPER, "choice"))
        out.append(PaperField((f"{base}.sex",), 1, "choice"))  # a circle round 男 or 女
        out.append(PaperField((f"{base}.relationship",), _count(p.relationship), "choice"))
    out.append(PaperField(("household.head_name",), _count(n.household.head_name), "choice"))
    return out


def paper_characters(n: Notification) -> int:
    """Characters a resident writes by hand on the paper form of the same notification."""
    return sum(f.chars for f in paper_fields(n))


def _typed_path(n: Notification, path: str, staff_paths: Collection[str]) -> bool:
    if path in staff_paths:
        return False
    prov = n.provenance.get(path)
    if prov is None:
        return True
    if prov.source == "ic_chip":
        return not n.is_card_verified(path)  # read, then changed on the screens
    return prov.source not in _NOT_TYPED


def typed_characters(
    n: Notification,
    *,
    intake_mode: str = "self_service",
    staff_paths: Collection[str] = (),
) -> int:
    """Characters of the paper form's entries the resident typed on the screens.

    ``staff_paths`` are the field paths staff entered or corrected (from the audit log; the
    notification's own 訂正 list counts too). In a staff-led interview (``intake_mode``
    ``staff_led``) the resident types nothing.
    """
    if intake_mode == "staff_led":
        return 0
    by_staff = set(staff_paths) | {c.path for c in n.jimu.corrections}
    return sum(
        f.value_chars
        for f in paper_fields(n)
        if f.entry == "text" and any(_typed_path(n, p, by_staff) for p in f.paths)
    )


def characters_not_written(
    n: Notification,
    *,
    intake_mode: str = "self_service",
    staff_paths: Collection[str] = (),
) -> int:
    """What the counter spared the resident: paper characters minus those they typed."""
    return paper_characters(n) - typed_characters(
        n, intake_mode=intake_mode, staff_paths=staff_paths
    )
