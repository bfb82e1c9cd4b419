"""How the review pane lays a notification out: groups, labels, values in Japanese, source marks.

Plain Python (no Qt), so it is tested without a screen and reused by any staff screen that shows
a notification field by field. The facts — the data, the findings, where each value came from —
come from :class:`kiosk.review.Review`; this module only decides how a clerk reads them:

- fields in form order, grouped (届出, 届出人・氏名, 新住所, 異動者1 …), empty ones left out
  unless staff must fill them;
- coded values in words (性別 2 → 女, 転出証明書 paper → 紙の転出証明書), dates in 和暦 with the
  ISO date beside;
- each value marked with its source (◎ ICチップ, 〒 郵便番号, ◇ 自動算出, ◆ 職員訂正, 住民入力);
- times in the counter's time zone, never UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import Enum
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from forms.fields import field_label, field_title
from forms.model import FlexDate, Notification
from forms.wareki import format_date
from kiosk.review import FindingRow, Review, Source

__all__ = [
    "SOURCE_LABELS",
    "SOURCE_MARKS",
    "FieldRow",
    "FindingGroup",
    "clock",
    "display",
    "finding_groups",
    "lay_out",
    "stamp",
]

#: What the pane writes beside each value; never colour alone.
SOURCE_MARKS: dict[str, str] = {
    "ic_chip": "◎ ICチップ",
    "postal_lookup": "〒 郵便番号",
    "derived": "◇ 自動算出",
    "staff": "◆ 職員訂正",
    "resident": "住民入力",
}

#: The same, in words (dialogs, accessible text).
SOURCE_LABELS: dict[str, str] = {
    "ic_chip": "ICチップ",
    "postal_lookup": "郵便番号検索",
    "derived": "自動算出（ほかの項目から）",
    "staff": "職員訂正",
    "resident": "住民入力",
}

#: Values shown in Japanese (codes stay in the data).
VALUES: dict[str, dict[str, str]] = {
    "sex": {"1": "男", "2": "女", "9": "適用不能", "0": "不明"},
    "origin": {"domestic": "国内", "abroad": "国外"},
    "tenshutsu_shomei": {"paper": "紙の転出証明書", "tokurei": "特例転入", "none": "なし"},
    "resident_type": {"japanese": "日本人", "foreign": "外国人"},
    "scope": {"all": "世帯全部", "part": "世帯の一部"},
    "method": {
        "ic": "ICチップ読取",
        "card_face": "券面確認",
        "other_documents": "他の書類",
        "visual": "目視",
    },
    # Whether the resident chose the reading (振り仮名) themselves on the screens.
    "kana_confirmed": {"True": "本人確認済", "False": "未確認"},
}

#: The previous-address block's name depends on the kind (転入: 従前の住所, 転居: 転居前の住所 …).
PREVIOUS_BLOCK = {
    "tennyu": "従前の住所",
    "tenkyo": "転居前の住所",
    "tenshutsu": "現住所（転出元）",
    "setai_henko": "住所",
}

#: Parts of the notification the field table does not show (they have panes of their own).
_SKIP = {"provenance", "jimu", "related", "answers", "signature", "schema_version", "id"}

#: Fields shown even when empty: what staff enter for a person who came without a card, and
#: the items only staff can fill (転出証明書, 転入前住民票コード).
_ALWAYS_SHOWN = re.compile(
    r"^persons\.\d+\.(name\.(family|given|family_kana|given_kana)|birth_date|sex|relationship"
    r"|juminhyo_code)$|^todoke\.tenshutsu_shomei$"
)


@dataclass(frozen=True)
class FieldRow:
    """One field of the form as the reviewer sees it, in form order."""

    path: str
    section: str
    label: str
    value: str
    source: Source
    findings: tuple[FindingRow, ...] = ()
    #: (code, label) pairs when the field takes one of a few coded values (性別, 転出証明書 …).
    choices: tuple[tuple[str, str], ...] = ()

    @property
    def source_mark(self) -> str:
        return SOURCE_MARKS[self.source]

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS[self.source]

    @property
    def editable_text(self) -> str:
        """The value as a person would type it again (the 和暦 without the ISO date beside)."""
        return self.value.split("（")[0] if "（" in self.value else self.value


#: The zone times are shown in when a screen does not say (the counter's default).
DEFAULT_TZ = ZoneInfo("Asia/Tokyo")


def display(value: object, tz: tzinfo | None = None) -> str:
    """A stored value as a clerk reads it (a time in the counter's zone ``tz``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, datetime):
        return stamp(value, tz or DEFAULT_TZ)
    if isinstance(value, date | FlexDate):
        try:
            text = format_date(value)
        except (ValueError, KeyError):
            text = ""
        iso = value.isoformat() if isinstance(value, date) else ""
        return f"{text}（{iso}）" if iso and text and text != iso else (text or iso)
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return str(label) if label else str(value.value)
    return str(value)


def _walk(model: BaseModel, prefix: str, section: str, out: list[tuple[str, str, object]]) -> None:
    for name in type(model).model_fields:
        if name in _SKIP:
            continue
        value = getattr(model, name)
        path = f"{prefix}{name}"
        label = field_label(path)
        if isinstance(value, BaseModel) and not isinstance(value, FlexDate):
            _walk(value, f"{path}.", f"{section}・{label}" if section else label, out)
        elif isinstance(value, list):
            if name == "persons":
                for i, person in enumerate(value):
                    _walk(person, f"{path}.{i}.", f"異動者{i + 1}", out)
        elif not isinstance(value, dict):
            out.append((path, section or "届出", value))


def lay_out(review: Review, tz: tzinfo | None = None) -> list[FieldRow]:
    """The rows of the field table for ``review``, in form order (times shown in ``tz``)."""
    n: Notification = review.notification
    walked: list[tuple[str, str, object]] = []
    _walk(n, "", "", walked)
    previous = PREVIOUS_BLOCK.get(n.kind.value, "従前の住所")
    by_field: dict[str, list[FindingRow]] = {}
    for f in review.findings:
        by_field.setdefault(f.field, []).append(f)
    rows: list[FieldRow] = []
    for path, section, value in walked:
        if path == "todoke.tenshutsu_shomei" and n.kind.value != "tennyu":
            continue
        attached = tuple(by_field.get(path, ()))
        name = path.rsplit(".", 1)[-1]
        coded = VALUES.get(name, {})
        raw = str(getattr(value, "value", value))
        text = coded.get(raw) or display(value, tz)
        if not text and not attached and not _ALWAYS_SHOWN.match(path):
            continue  # empty and nothing to fix: not on the reviewer's screen
        choices: tuple[tuple[str, str], ...] = tuple(coded.items())
        if not choices and isinstance(value, bool):
            choices = (("true", "はい"), ("false", "いいえ"))
        rows.append(
            FieldRow(
                path,
                section.replace("従前の住所", previous, 1),
                field_label(path),
                text,
                review.source(path),
                attached,
                choices,
            )
        )
    return rows


@dataclass(frozen=True)
class FindingGroup:
    """Findings with one message, and the fields (by their names on screen) they concern."""

    severity: str
    tag: str
    message: str
    where: tuple[str, ...]


def finding_groups(review: Review, rows: list[FieldRow]) -> list[FindingGroup]:
    """The findings box: errors first, one entry per message with every field it concerns."""
    names = {row.path: f"{row.section}　{row.label}" for row in rows}
    groups: dict[tuple[str, str, str], list[str]] = {}
    for f in review.findings:
        tag = "エラー" if f.severity == "error" else f"注意・{f.headline or f.title}"
        where = groups.setdefault((f.severity, tag, f.message), [])
        name = names.get(f.field) or _title(f.field)
        if name not in where:
            where.append(name)
    return [FindingGroup(s, t, m, tuple(w)) for (s, t, m), w in groups.items()]


def _title(path: str) -> str:
    try:
        return field_title(path)
    except KeyError:
        return path


def clock(moment: datetime | None, tz: tzinfo, *, today: date | None = None) -> str:
    """A time as the counter reads it: ``08:30`` today, ``4月9日 17:05`` on another day."""
    if moment is None:
        return "—"
    local = moment.astimezone(tz)
    if today is not None and local.date() != today:
        return f"{local.month}月{local.day}日 {local:%H:%M}"
    return f"{local:%H:%M}"


def stamp(moment: datetime | None, tz: tzinfo) -> str:
    """A full local date and time (``2026年4月10日 08:30``) for the record."""
    if moment is None:
        return "—"
    local = moment.astimezone(tz)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
