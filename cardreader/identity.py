"""``CardIdentity``: the basic four facts read from a card, with 外字 alerts for staff."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cardreader.basic4 import Basic4
from cardreader.jis import outside_jis_x0208

FIELD_NAMES_JA = {"name": "氏名", "address": "住所"}


@dataclass(frozen=True)
class CardIdentity:
    """Name, address, birth date and sex (基本4情報) of the card holder.

    ``sex`` is the ISO 5218 code as on the card ("1" male, "2" female, "9" not applicable,
    "0" unknown). ``alerts`` lists, for staff, each character outside JIS X 0208 (e.g. 𠮷, 髙):
    the text itself keeps them unchanged. Personal data is left out of ``repr`` so a stray log
    line cannot leak it.
    """

    name: str = field(repr=False)
    address: str = field(repr=False)
    birth_date: date = field(repr=False)
    sex: str = field(repr=False)
    alerts: tuple[str, ...] = field(default=(), repr=False)

    @classmethod
    def from_basic4(cls, basic4: Basic4) -> CardIdentity:
        return cls(
            name=basic4.name,
            address=basic4.address,
            birth_date=basic4.birth_date,
            sex=basic4.sex,
            alerts=tuple(jis_alerts(name=basic4.name, address=basic4.address)),
        )

    def to_json_dict(self) -> dict[str, object]:
        """The shape ``kiosk card read --json`` prints."""
        return {
            "name": self.name,
            "address": self.address,
            "birth_date": self.birth_date.isoformat(),
            "sex": self.sex,
            "alerts": list(self.alerts),
        }


def jis_alerts(**texts: str) -> list[str]:
    """One human-readable line per character outside JIS X 0208, per field.

    >>> jis_alerts(name="𠮷田　太郎")
    ['氏名に JIS X 0208 外の文字 「𠮷」(U+20BB7) があります']
    """
    alerts: list[str] = []
    for key, text in texts.items():
        label = FIELD_NAMES_JA.get(key, key)
        seen: set[str] = set()
        for oc in outside_jis_x0208(text):
            if oc.char in seen:
                continue
            seen.add(oc.char)
            alerts.append(f"{label}に JIS X 0208 外の文字 「{oc.char}」({oc.codepoint}) があります")
    return alerts
