"""転出証明書情報 (moving-out certificate data) for a 特例転入, as the back office hands it over.

A card holder who moved out through マイナポータル's 引越しワンストップサービス (or at the old
municipality's counter) needs no paper 転出証明書: the old municipality sends the certificate's
data ahead over 住基ネット (住民基本台帳法 24条の2, 特例転入). The new municipality's 住民記録
system holds it; this module is the counter's side of handing it over, so that the resident's
form starts from it instead of from nothing:

- :class:`TenshutsuInfo`: one 転出証明書情報 (one 申請番号, the household moving on it), with a
  strict model: unknown keys, bad dates, a 12-digit 個人番号 and oversized files are refused.
- :func:`read_csv` / :func:`read_json`: the two documented import layouts
  (``docs/tenshutsu-info.md``): CSV with Japanese headers, one row per person, UTF-8 or CP932;
  JSON with English keys. There is no column for the 個人番号, which the certificate data
  carries but this counter never takes.
- :func:`apply_tenshutsu_info`: writes it into a 転入 draft as a 特例転入 (provenance
  ``tenshutsu_info``); the card's four items take precedence, as for a pre-entry.

The 転出予定年月日 it carries bounds the 特例転入: the 転入 must come within 30 days of it.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from forms.address import split_address
from forms.kana import to_katakana
from forms.model import (
    ForeignItems,
    Kind,
    Notification,
    Origin,
    Person,
    ResidentType,
    TenshutsuShomei,
)
from forms.my_number import looks_like_my_number
from forms.preentry import _name_key, _Writer

__all__ = [
    "CSV_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_RECORDS",
    "SOURCE",
    "TenshutsuInfo",
    "TenshutsuInfoError",
    "TenshutsuPerson",
    "apply_tenshutsu_info",
    "matches",
    "read_csv",
    "read_file",
    "read_json",
]

SOURCE: Literal["tenshutsu_info"] = "tenshutsu_info"
"""The :class:`~forms.model.Provenance` source of values taken from 転出証明書情報."""
MAX_FILE_BYTES = 5 * 1024 * 1024
"""An import file (or HTTP body) larger than this is refused before it is parsed."""
MAX_RECORDS = 5000
"""Records (申請番号) in one import."""
MAX_PERSONS = 50
"""Persons on one 申請番号 (as on one notification)."""


class TenshutsuInfoError(ValueError):
    """An import that cannot be used; one line naming the row, column or key (never a value)."""


def _printable(value: str) -> str:
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            raise ValueError(f"U+{ord(ch):04X} is not printable text")
    if looks_like_my_number(value):
        raise ValueError("holds a 12-digit number that looks like a 個人番号, which is never taken")
    return value


_PRINTABLE = AfterValidator(_printable)
Text20 = Annotated[str, Field(max_length=20), _PRINTABLE]
Text100 = Annotated[str, Field(max_length=100), _PRINTABLE]
Text200 = Annotated[str, Field(max_length=200), _PRINTABLE]
Text1000 = Annotated[str, Field(max_length=1000), _PRINTABLE]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class TenshutsuPerson(_Model):
    """One person on the 転出証明書情報 (住民票の記載事項 as the old municipality holds them)."""

    family: Text100 = Field(description="氏")
    given: Text100 = Field(default="", description="名")
    family_kana: Text200 = Field(default="", description="氏のフリガナ")
    given_kana: Text200 = Field(default="", description="名のフリガナ")
    birth_date: date = Field(description="生年月日")
    sex: Literal["1", "2", "9", "0"] = Field(description="性別 (ISO 5218)")
    relationship: Text100 = Field(default="", description="世帯主との続柄 (世帯主, 妻, 子 …)")
    juminhyo_code: str | None = Field(
        default=None, pattern=r"^\d{11}$", description="住民票コード (11 digits)"
    )
    honseki: Text200 = Field(default="", description="本籍 (日本人住民)")
    hittosha: Text100 = Field(default="", description="筆頭者 (日本人住民)")
    resident_type: ResidentType = Field(default=ResidentType.JAPANESE, description="住民種別")
    name_roman: Text200 = Field(default="", description="氏名 (ローマ字, 外国人住民)")
    nationality: Text100 = Field(default="", description="国籍・地域")
    kubun_30_45: str | None = Field(default=None, pattern=r"^0[1-6]$", description="30条45区分")
    status_of_residence: str | None = Field(
        default=None, pattern=r"^[0-9A-Z]{1,8}$", description="在留資格コード"
    )
    period_of_stay: Text20 = Field(default="", description="在留期間")
    period_expires_on: date | None = Field(default=None, description="在留期間の満了の日")
    card_number: str | None = Field(
        default=None, pattern=r"^[A-Z0-9]{1,20}$", description="在留カード等番号"
    )


class TenshutsuInfo(_Model):
    """One 転出証明書情報: a 申請番号 and the household that moves out on it."""

    onestop_number: str = Field(
        pattern=r"^[0-9A-Za-z-]{1,20}$", description="引越しワンストップ申請番号 (or the 転出届's)"
    )
    planned_on: date = Field(description="転出予定年月日")
    visit_planned_on: date | None = Field(default=None, description="来庁予定日")
    from_lg_code: str | None = Field(
        default=None, pattern=r"^\d{6}$", description="転出元の全国地方公共団体コード"
    )
    previous_address: Text1000 = Field(description="転出元の住所 (as one line)")
    destination: Text1000 = Field(default="", description="転出先 (予定) の住所")
    head_name: Text200 = Field(default="", description="転出元の世帯主氏名")
    persons: list[TenshutsuPerson] = Field(min_length=1, max_length=MAX_PERSONS)


# --- CSV layout ---------------------------------------------------------------------------------

#: (header, key, where) — ``where`` is ``record`` for the household's columns (the same on every
#: row of one 申請番号) or ``person``. The single definition of the CSV layout.
CSV_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("申請番号", "onestop_number", "record"),
    ("転出予定年月日", "planned_on", "record"),
    ("来庁予定日", "visit_planned_on", "record"),
    ("転出元地方公共団体コード", "from_lg_code", "record"),
    ("転出元住所", "previous_address", "record"),
    ("転出先住所", "destination", "record"),
    ("世帯主氏名", "head_name", "record"),
    ("氏", "family", "person"),
    ("名", "given", "person"),
    ("氏フリガナ", "family_kana", "person"),
    ("名フリガナ", "given_kana", "person"),
    ("生年月日", "birth_date", "person"),
    ("性別", "sex", "person"),
    ("続柄", "relationship", "person"),
    ("住民票コード", "juminhyo_code", "person"),
    ("本籍", "honseki", "person"),
    ("筆頭者", "hittosha", "person"),
    ("住民種別", "resident_type", "person"),
    ("氏名ローマ字", "name_roman", "person"),
    ("国籍・地域", "nationality", "person"),
    ("30条45区分", "kubun_30_45", "person"),
    ("在留資格", "status_of_residence", "person"),
    ("在留期間", "period_of_stay", "person"),
    ("在留期間満了日", "period_expires_on", "person"),
    ("在留カード等番号", "card_number", "person"),
)
_REQUIRED = {"申請番号", "転出予定年月日", "転出元住所", "氏", "生年月日", "性別"}
_BY_HEADER = {h: (key, where) for h, key, where in CSV_COLUMNS}
_NEVER = ("個人番号", "マイナンバー")


def _decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM) or CP932, whichever the bytes are; never a guess that
    replaces characters."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp932")
    except UnicodeDecodeError as exc:
        raise TenshutsuInfoError(
            f"the file is neither UTF-8 nor CP932 text (byte {exc.start})"
        ) from None


def _size_check(data: bytes) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise TenshutsuInfoError(
            f"the import is {len(data)} bytes, more than the {MAX_FILE_BYTES} this counter takes"
        )


def read_csv(data: bytes) -> list[TenshutsuInfo]:
    """Records from the CSV layout (see the module docstring); one line error for any problem."""
    _size_check(data)
    text = _decode_bytes(data)
    rows = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(rows)
    except StopIteration:
        raise TenshutsuInfoError("the CSV file is empty") from None
    except csv.Error as exc:
        raise TenshutsuInfoError(f"not a CSV file: {exc}") from None
    header = [h.strip() for h in header]
    for h in header:
        if any(word in h for word in _NEVER):
            raise TenshutsuInfoError(
                f"column {h!r}: this counter never takes the 個人番号; remove the column"
            )
    unknown = [h for h in header if h not in _BY_HEADER]
    if unknown:
        raise TenshutsuInfoError(
            f"unknown column(s) {', '.join(unknown[:5])}: not the 転出証明書情報 layout"
        )
    missing = sorted(_REQUIRED - set(header))
    if missing:
        raise TenshutsuInfoError(f"required column(s) missing: {', '.join(missing)}")
    if len(set(header)) != len(header):
        raise TenshutsuInfoError("a column appears twice in the header")
    grouped: dict[str, dict[str, Any]] = {}
    record_of_row: dict[str, int] = {}
    person_rows: dict[str, list[int]] = {}
    try:
        for line_no, row in enumerate(rows, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise TenshutsuInfoError(
                    f"row {line_no}: {len(row)} cells, the header has {len(header)}"
                )
            record: dict[str, Any] = {}
            person: dict[str, Any] = {}
            for h, cell in zip(header, row, strict=True):
                key, where = _BY_HEADER[h]
                value = cell.strip()
                if value == "":
                    continue
                (record if where == "record" else person)[key] = value
            number = record.get("onestop_number", "")
            if number not in grouped:
                if len(grouped) >= MAX_RECORDS:
                    raise TenshutsuInfoError(f"more than {MAX_RECORDS} records in one import")
                grouped[number] = {**record, "persons": []}
                record_of_row[number] = line_no
                person_rows[number] = []
            else:
                first = {k: v for k, v in grouped[number].items() if k != "persons"}
                if first != record:
                    differing = sorted(set(first.items()) ^ set(record.items()))
                    column = next(h for h, k, _ in CSV_COLUMNS if k == differing[0][0])
                    raise TenshutsuInfoError(
                        f"row {line_no}: column {column} differs from row "
                        f"{record_of_row[number]} of the same 申請番号"
                    )
            grouped[number]["persons"].append(person)
            person_rows[number].append(line_no)
    except csv.Error as exc:
        raise TenshutsuInfoError(f"not a well-formed CSV file: {exc}") from None
    if not grouped:
        raise TenshutsuInfoError("the CSV file has no records")
    out = []
    for number, doc in grouped.items():
        try:
            out.append(TenshutsuInfo.model_validate(doc))
        except ValidationError as exc:
            error = exc.errors()[0]
            loc = [str(p) for p in error["loc"]]
            at_row = record_of_row[number]
            if loc[0] == "persons" and len(loc) > 1 and loc[1].isdigit():
                at_row = person_rows[number][int(loc[1])]
                loc = loc[2:]
            column = next((h for h, k, _ in CSV_COLUMNS if loc and k == loc[0]), ".".join(loc))
            raise TenshutsuInfoError(f"row {at_row}: column {column}: {_message(error)}") from None
    return out


def read_json(data: bytes) -> list[TenshutsuInfo]:
    """Records from the JSON layout: ``{"format": "tenshutsu-info", "version": 1,
    "records": [ … ]}``; one line error for any problem."""
    _size_check(data)

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise ValueError(f"duplicate key {key!r}")
            out[key] = value
        return out

    try:
        body = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")  # JSON is UTF-8 (RFC 8259)
    except UnicodeDecodeError as exc:
        raise TenshutsuInfoError(f"the JSON is not UTF-8 text (byte {exc.start})") from None
    try:
        doc = json.loads(body, parse_constant=constant, object_pairs_hook=pairs)
    except (ValueError, RecursionError) as exc:
        raise TenshutsuInfoError(f"not valid JSON: {' '.join(str(exc).split())[:160]}") from None
    if not isinstance(doc, dict) or doc.get("format") != "tenshutsu-info":
        raise TenshutsuInfoError('not the 転出証明書情報 layout ("format": "tenshutsu-info")')
    if doc.get("version") != 1:
        raise TenshutsuInfoError(
            f"転出証明書情報 layout version {doc.get('version')!r} is not supported (this counter "
            "reads version 1)"
        )
    extra = sorted(set(doc) - {"format", "version", "records"})
    if extra:
        raise TenshutsuInfoError(f"unknown key(s) {', '.join(extra)}")
    records = doc.get("records")
    if not isinstance(records, list) or not records:
        raise TenshutsuInfoError('"records" must be a non-empty list')
    if len(records) > MAX_RECORDS:
        raise TenshutsuInfoError(f"more than {MAX_RECORDS} records in one import")
    out = []
    for i, r in enumerate(records):
        if isinstance(r, dict) and any(w in k for k in r for w in ("my_number", *_NEVER)):
            raise TenshutsuInfoError(f"records.{i}: this counter never takes the 個人番号")
        out.append(_validate(r, f"records.{i}"))
    return out


def read_file(data: bytes, *, name: str = "") -> list[TenshutsuInfo]:
    """CSV or JSON, by the name's extension or, without one, by the first character."""
    lower = name.lower()
    if lower.endswith(".json") or (
        not lower.endswith(".csv") and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")
    ):
        return read_json(data)
    return read_csv(data)


def _validate(doc: object, where: str) -> TenshutsuInfo:
    try:
        return TenshutsuInfo.model_validate(doc)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise TenshutsuInfoError(f"{where}: {loc}: {_message(first)}") from None


def _message(error: Any) -> str:
    """The validation message without the value (which may be personal data)."""
    return " ".join(str(error["msg"]).removeprefix("Value error, ").split())[:160]


# --- matching and applying ----------------------------------------------------------------------


def matches(person: TenshutsuPerson, *, name: str, birth_date: date) -> bool:
    """Whether ``person`` is the card holder with this name (氏 U+3000 名, as on the card) and
    birth date: the same birth date and the same name once spaces and widths are ignored."""
    if person.birth_date != birth_date:
        return False
    full = _name_key(person.family + person.given)
    return full == _name_key(name) or (
        bool(person.name_roman) and _name_key(person.name_roman) == _name_key(name)
    )


def apply_tenshutsu_info(
    notification: Notification,
    info: TenshutsuInfo,
    *,
    card_facts_take_precedence: bool = True,
    recorded_at: datetime | None = None,
) -> Notification:
    """A copy of a 転入 draft made a 特例転入 from ``info`` (provenance ``tenshutsu_info``).

    Sets 転出証明書 = 特例, the 申請番号, 来庁予定日 and 転出予定年月日, the address being left
    and its 世帯主, and for each person on the certificate data (matched to the draft by birth
    date and name, else added) the フリガナ, 住民票コード, 本籍・筆頭者 and, for foreign residents,
    the 30条45 items. Values still verified by the card are kept (a difference is reported to
    staff); the 続柄 is filled only where the draft has none (the new household may differ).
    """
    if notification.kind is not Kind.TENNYU or notification.todoke.origin is Origin.ABROAD:
        raise TenshutsuInfoError("転出証明書情報 applies to a 転入 from within Japan only")
    n = notification.model_copy(deep=True)
    w = _Writer(n, card_first=card_facts_take_precedence, at=recorded_at, source=SOURCE)
    w.set("todoke.tenshutsu_shomei", TenshutsuShomei.TOKUREI)
    w.set("todoke.onestop_number", info.onestop_number)
    if info.visit_planned_on is not None:
        w.set("todoke.visit_planned_on", info.visit_planned_on)
    w.set("todoke.tenshutsu_planned_on", info.planned_on)  # the 30-day limit runs from it
    previous = split_address(info.previous_address)
    if info.from_lg_code and not previous.lg_code:
        previous.lg_code = info.from_lg_code
    for part in ("original", "prefecture", "municipality", "town", "banchi", "katagaki", "lg_code"):
        w.set(f"previous_address.{part}", getattr(previous, part), label="転出元住所")
    if info.head_name:
        w.set("previous_head_name", info.head_name)

    added = 0
    for p in info.persons:
        index = next(
            (
                i
                for i, q in enumerate(n.persons)
                if q.birth_date == p.birth_date
                and _name_key(q.name.family + q.name.given) == _name_key(p.family + p.given)
            ),
            None,
        )
        if index is None:
            n.persons.append(Person())
            index = len(n.persons) - 1
            added += 1
        _write_person(w, n, index, p)
    if w.mismatches:
        n.jimu.alerts.append(
            "転出証明書情報の内容がカードと異なるため、カードの内容を使いました："
            + "、".join(dict.fromkeys(w.mismatches))
        )
    if added:
        n.jimu.alerts.append(
            f"転出証明書情報から異動者を{added}人追加しました：来庁した人か確認してください"
        )
    from forms import related as related_rules

    n.related = related_rules.derive(n)
    return n


def _write_person(w: _Writer, n: Notification, index: int, p: TenshutsuPerson) -> None:
    base = f"persons.{index}"
    person = n.persons[index]
    w.set(f"{base}.resident_type", p.resident_type)
    w.set(f"{base}.name.family", p.family, label="氏名")
    w.set(f"{base}.name.given", p.given, label="氏名")
    w.set(f"{base}.name.family_kana", to_katakana(p.family_kana))
    w.set(f"{base}.name.given_kana", to_katakana(p.given_kana))
    w.set(f"{base}.birth_date", p.birth_date, label="生年月日")
    w.set(f"{base}.sex", p.sex, label="性別")
    if not person.relationship and p.relationship:
        w.set(f"{base}.relationship", p.relationship)
    if p.juminhyo_code:
        w.set(f"{base}.juminhyo_code", p.juminhyo_code)
    if p.resident_type is ResidentType.JAPANESE:
        w.set(f"{base}.honseki", p.honseki)
        w.set(f"{base}.hittosha", p.hittosha)
        return
    if person.foreign is None:
        person.foreign = ForeignItems()
    for attr in (
        "name_roman",
        "nationality",
        "kubun_30_45",
        "status_of_residence",
        "period_of_stay",
        "period_expires_on",
        "card_number",
    ):
        value = getattr(p, attr)
        if value not in (None, ""):
            w.set(f"{base}.foreign.{attr}", value)
