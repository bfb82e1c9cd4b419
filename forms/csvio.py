"""CSV for the back office's 住民異動届 import (標準仕様 10.8, j1430): one row per person moving.

Every standard-compliant 住民記録 system imports 住民異動届 data as CSV, "in any layout that
becomes CSV", so the layout is ours and is documented: :data:`COLUMNS` is the single definition,
``forms/CSV_LAYOUT.md`` is generated from it (:func:`layout_markdown`), and the header row carries
the Japanese column names.

Rules of the file:

- RFC 4180: comma separated, fields quoted when needed, CRLF line ends, one header row.
- One row per person moving (異動者); the notification's own columns repeat on each row, and
  rows of one notification are adjacent, in person order.
- Dates are ISO 8601 (``2026-04-01``); a 不詳 birth date is written as far as it is known
  (``1950``, ``1950-03``) with its 和暦 spelling in the next column. A 明治1–5年 birth date
  (lunisolar, before 1873) has no ISO form: its ISO cell is empty and the 和暦 column holds it as
  戸籍 writes it (``明治5年12月2日``) — it is never converted to a Gregorian date.
- The 通称 history is one cell of compact JSON (a list of the records of
  :class:`~forms.model.TsushoRecord`), empty when there is none.
- Encoding per municipality: UTF-8 (default) or CP932 (Shift_JIS as Windows writes it). A
  character the encoding cannot hold is an error naming the character, the column and the
  person — never a silent ``?``. For CP932 the JIS-mapped code points of JIS X 0208 symbols
  (U+2212 MINUS SIGN, U+301C WAVE DASH …) are written as their CP932 equivalents (U+FF0D,
  U+FF5E …), which is the same JIS character.

:func:`read_csv` reads such a file back into notifications (the columns' content only: no
signature, provenance or related procedures), so ``write → read → write`` gives the same cells
in every column but 内容ハッシュ, which is the SHA-256 of the whole notification (signature
included) — the same value the PDF's QR code carries, so a row can be matched to its form.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, cast

from pydantic import BaseModel

from forms.codes import code_list, default_reason_code
from forms.files import read_bounded
from forms.model import FlexDate, Notification
from forms.schema import content_hash
from forms.wareki import WarekiError, format_date, parse

__all__ = [
    "COLUMNS",
    "Column",
    "CsvEncodingError",
    "CsvFormatError",
    "layout_markdown",
    "read_csv",
    "write_csv",
]


class CsvEncodingError(ValueError):
    """A character the chosen encoding cannot hold; says which, where and for whom."""

    def __init__(self, char: str, column: str, row: int, encoding: str, who: str) -> None:
        self.char, self.column, self.row, self.encoding = char, column, row, encoding
        points = "+".join(f"U+{ord(c):04X}" for c in char)
        super().__init__(
            f"「{char}」({points}) in column {column} of row {row} ({who}) cannot be written in "
            f"{encoding}; correct the character or deliver this notification as UTF-8"
        )


class CsvFormatError(ValueError):
    """A CSV file that is not in this layout."""


@dataclass(frozen=True)
class Column:
    """One CSV column: header, the model path it holds, and what it means."""

    header: str
    path: str
    description: str
    kind: str = (
        "text"  # text | date | optional | enum | birth | birth_wareki | derived | bool | json
    )


def _addr_columns(prefix_ja: str, path: str, abroad: bool) -> list[Column]:
    cols = [
        Column(f"{prefix_ja}_郵便番号", f"{path}.postal_code", "郵便番号 (NNN-NNNN)", "optional"),
        Column(
            f"{prefix_ja}_地方公共団体コード",
            f"{path}.lg_code",
            "全国地方公共団体コード (6 digits)",
            "optional",
        ),
        Column(f"{prefix_ja}_都道府県", f"{path}.prefecture", "都道府県"),
        Column(f"{prefix_ja}_市区郡町村", f"{path}.municipality", "市区郡町村名"),
        Column(f"{prefix_ja}_町字", f"{path}.town", "町字"),
        Column(f"{prefix_ja}_番地", f"{path}.banchi", "番地・号"),
        Column(f"{prefix_ja}_方書", f"{path}.katagaki", "方書 (building, room)"),
        Column(f"{prefix_ja}_フリガナ", f"{path}.kana", "住所のフリガナ"),
        Column(f"{prefix_ja}_方書フリガナ", f"{path}.katagaki_kana", "方書のフリガナ"),
        Column(f"{prefix_ja}_町字コード", f"{path}.machiaza_code", "町字コード", "optional"),
    ]
    if abroad:
        cols += [
            Column(f"{prefix_ja}_国名", f"{path}.country", "国名 (abroad)", "optional"),
            Column(f"{prefix_ja}_国名コード", f"{path}.country_code", "国名コード", "optional"),
            Column(f"{prefix_ja}_国外住所", f"{path}.foreign_address", "国外住所"),
        ]
    return cols


COLUMNS: tuple[Column, ...] = (
    Column("通知ID", "id", "notification id (UUID); rows with the same id are one notification"),
    Column("様式版", "schema_version", "JSON/CSV layout version"),
    Column("受付番号", "jimu.reception_number", "受付番号"),
    Column("状態", "jimu.status", "状態 (本登録 …)"),
    Column(
        "異動の種類",
        "kind",
        "tennyu 転入 / tenkyo 転居 / tenshutsu 転出 / setai_henko 世帯変更",
        "enum",
    ),
    Column("異動事由コード", "todoke.reason_code", "異動事由コード (01 国内転入 …)", "reason"),
    Column("異動事由", "todoke.reason_code", "異動事由 (name of the code)", "derived"),
    Column("届出日", "todoke.filed_on", "届出日 (ISO 8601)", "date"),
    Column("異動日", "todoke.moved_on", "異動日; 転出: 転出予定日 (ISO 8601)", "date"),
    Column("国内国外", "todoke.origin", "domestic 国内 / abroad 国外", "enum"),
    Column("転出証明書", "todoke.tenshutsu_shomei", "paper 紙 / tokurei 特例転入 / none", "enum"),
    Column("世帯変更区分", "todoke.setai_henko", "bunri 分離 / gappei 合併 / …", "enum"),
    Column("ワンストップ申請番号", "todoke.onestop_number", "引越しワンストップ申請番号"),
    Column("来庁予定日", "todoke.visit_planned_on", "来庁予定日", "date"),
    Column("備考", "todoke.note", "備考"),
    Column("届出人区分", "filer.kubun", "honnin 本人 / setainushi 世帯主 / …", "enum"),
    Column("届出人氏", "filer.name.family", "届出人の氏"),
    Column("届出人名", "filer.name.given", "届出人の名"),
    Column("届出人電話", "filer.phone", "届出人の電話番号"),
    Column("本人確認書類", "filer.id_check.document", "本人確認書類"),
    Column(
        "本人確認方法",
        "filer.id_check.method",
        "ic / card_face 券面確認 / other_documents 他の書類 / visual",
        "optional",
    ),
    Column("委任状", "filer.power_of_attorney", "1 = 委任状あり", "bool"),
    *_addr_columns("新住所", "new_address", abroad=False),
    *_addr_columns("従前住所", "previous_address", abroad=True),
    Column("従前世帯主氏名", "previous_head_name", "従前の住所の世帯主氏名"),
    *_addr_columns("転出先", "destination", abroad=True),
    Column("異動範囲", "household.scope", "all 全部 / part 一部", "enum"),
    Column("世帯主氏名", "household.head_name", "世帯主氏名"),
    Column("世帯主フリガナ", "household.head_name_kana", "世帯主氏名のフリガナ"),
    Column("新世帯主氏名", "household.new_head_name", "新世帯主"),
    Column("従前世帯主", "household.former_head_name", "従前の世帯主"),
    Column("既存世帯へ", "household.joins_existing", "1 = 既存の世帯に入る", "bool"),
    Column("異動者番号", "persons.*", "1, 2, … within the notification", "index"),
    Column("住民種別", "persons.*.resident_type", "japanese 日本人 / foreign 外国人", "enum"),
    Column("氏", "persons.*.name.family", "氏"),
    Column("名", "persons.*.name.given", "名"),
    Column("氏フリガナ", "persons.*.name.family_kana", "氏のフリガナ"),
    Column("名フリガナ", "persons.*.name.given_kana", "名のフリガナ"),
    Column("フリガナ確認", "persons.*.name.kana_confirmed", "1 = 確認済み", "bool"),
    Column("旧氏", "persons.*.former_surname", "旧氏"),
    Column("旧氏フリガナ", "persons.*.former_surname_kana", "旧氏のフリガナ"),
    Column(
        "生年月日", "persons.*.birth_date", "ISO 8601, partial when 不詳 (1950, 1950-03)", "birth"
    ),
    Column(
        "生年月日表記",
        "persons.*.birth_date",
        "生年月日 as printed (和暦; 不詳 wording)",
        "birth_wareki",
    ),
    Column("性別", "persons.*.sex", "ISO 5218: 1 男, 2 女, 9, 0", "optional"),
    Column("続柄", "persons.*.relationship", "世帯主との続柄"),
    Column("続柄コード", "persons.*.relationship_code", "続柄コード", "optional"),
    Column("本籍", "persons.*.honseki", "本籍"),
    Column("筆頭者", "persons.*.hittosha", "筆頭者"),
    Column("転入前住民票コード", "persons.*.juminhyo_code", "11 digits", "optional"),
    Column("氏名ローマ字", "persons.*.foreign.name_roman", "外国人: 氏名 (ローマ字)"),
    Column("漢字氏名", "persons.*.foreign.name_kanji", "外国人: 漢字氏名"),
    Column("通称", "persons.*.foreign.tsusho", "外国人: 通称"),
    Column("通称フリガナ", "persons.*.foreign.tsusho_kana", "外国人: 通称のフリガナ"),
    Column("国籍", "persons.*.foreign.nationality", "外国人: 国籍・地域"),
    Column("国籍コード", "persons.*.foreign.nationality_code", "国籍・地域コード", "optional"),
    Column("30条45区分", "persons.*.foreign.kubun_30_45", "01 中長期在留者 … 06", "optional"),
    Column("在留資格", "persons.*.foreign.status_of_residence", "在留資格コード", "optional"),
    Column("在留期間", "persons.*.foreign.period_of_stay", "在留期間"),
    Column("在留期間満了日", "persons.*.foreign.period_expires_on", "満了の日", "date"),
    Column("在留カード等番号", "persons.*.foreign.card_number", "在留カード等番号", "optional"),
    Column(
        "外国人住民となった日",
        "persons.*.foreign.became_resident_on",
        "外国人住民となった年月日 (ISO 8601, partial when 不詳)",
        "birth",
    ),
    # Added in layout 1 after its first release: kept at the end (before the hash) so that every
    # earlier column keeps its position for importers that read by position.
    Column(
        "特例転入_転出予定日",
        "todoke.tenshutsu_planned_on",
        "特例転入: 転出の予定年月日 from the 転出証明書情報 (ISO 8601)",
        "date",
    ),
    Column(
        "上陸期間_始期",
        "persons.*.foreign.landing_period.start",
        "一時庇護許可者: 上陸期間",
        "date",
    ),
    Column(
        "上陸期間_終期", "persons.*.foreign.landing_period.end", "一時庇護許可者: 上陸期間", "date"
    ),
    Column(
        "仮滞在期間_始期",
        "persons.*.foreign.provisional_stay_period.start",
        "仮滞在許可者: 仮滞在期間",
        "date",
    ),
    Column(
        "仮滞在期間_終期",
        "persons.*.foreign.provisional_stay_period.end",
        "仮滞在許可者: 仮滞在期間",
        "date",
    ),
    Column(
        "通称履歴",
        "persons.*.foreign.tsusho_history",
        "通称の記載・削除の履歴 (JSON list; empty when none)",
        "json",
    ),
    Column(
        "受付方法",
        "jimu.intake_mode",
        "self_service セルフ入力 / staff_led 対面入力 / paper_signed 紙に署名",
        "optional",
    ),
    Column("届出人続柄", "filer.relationship", "届出人の異動者との関係 (父, 知人 …)"),
    Column("届出人続柄コード", "filer.relationship_code", "その続柄コード", "optional"),
    Column(
        "本人確認書類名",
        "filer.id_check.documents",
        "確認した書類の名称 (JSON list; empty when none)",
        "json",
    ),
    Column("委任状確認者", "filer.power_of_attorney_seen_by", "委任状を確認した職員"),
    Column(
        "委任状確認日時",
        "filer.power_of_attorney_seen_at",
        "委任状の確認日時 (ISO 8601, UTC)",
        "optional",
    ),
    Column(
        "紙署名確認者",
        "filer.paper_signature.checked_by",
        "紙の届書への署名を確認した職員 (paper_signed)",
        "optional",
    ),
    Column(
        "紙署名確認日時",
        "filer.paper_signature.checked_at",
        "その確認日時 (ISO 8601, UTC)",
        "optional",
    ),
    Column(
        "住民確認",
        "jimu.confirmations",
        "住民が画面で確認した欄・確認者・日時 (JSON list; empty when none)",
        "json",
    ),
    Column(
        "内容ハッシュ",
        "",
        "SHA-256 of the notification's canonical JSON (as in the PDF QR)",
        "hash",
    ),
)


# --- writing -----------------------------------------------------------------------------------


def _get(obj: Any, path: str) -> Any:
    node = obj
    for part in path.split("."):
        if node is None:
            return None
        node = node[int(part)] if isinstance(node, list) else getattr(node, part)
    return node


def _partial_iso(value: date | FlexDate | None) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if value.is_lunisolar:
        return ""  # no Gregorian date is held: the 和暦 column carries it as written
    parts = [f"{value.year:04d}" if value.year else ""]
    if value.month:
        parts.append(f"{value.month:02d}")
        if value.day:
            parts.append(f"{value.day:02d}")
    return "-".join(parts)


def _cell(n: Notification, person: int, col: Column) -> str:
    path = col.path.replace("*", str(person))
    if col.kind == "hash":
        return content_hash(n)
    if col.kind == "index":
        return str(person + 1)
    value = _get(n, path)
    if col.kind == "reason":
        return value or default_reason_code(n.kind, n.todoke.origin, n.todoke.setai_henko)
    if col.kind == "derived":
        code = value or default_reason_code(n.kind, n.todoke.origin, n.todoke.setai_henko)
        return code_list("ido_jiyu").name(code)
    if col.kind == "birth":
        return _partial_iso(value)
    if col.kind == "birth_wareki":
        foreign = n.persons[person].resident_type.value == "foreign"
        return format_date(value, western=isinstance(value, date) and foreign)
    if col.kind == "json":
        if not value:
            return ""
        items = [
            item.model_dump(mode="json") if isinstance(item, BaseModel) else item for item in value
        ]
        return json.dumps(items, ensure_ascii=False, separators=(",", ":"))
    if col.kind == "bool":
        return "1" if value else "0"
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_CP932_EQUIVALENTS = str.maketrans(
    {
        "\u2212": "\uff0d",  # MINUS SIGN → FULLWIDTH HYPHEN-MINUS
        "\u301c": "\uff5e",  # WAVE DASH → FULLWIDTH TILDE
        "\u2016": "\u2225",  # DOUBLE VERTICAL LINE → PARALLEL TO
        "\u00a2": "\uffe0",
        "\u00a3": "\uffe1",
        "\u00ac": "\uffe2",
        "\u2014": "\u2015",  # EM DASH (JIS X 0213's 1-29) → HORIZONTAL BAR (CP932's 1-29)
    }
)


def _prepare(text: str, encoding: str) -> str:
    if encoding.replace("_", "").replace("-", "").lower() in ("cp932", "windows31j", "mskanji"):
        return text.translate(_CP932_EQUIVALENTS)
    return text


def rows(notifications: Iterable[Notification]) -> list[list[str]]:
    """The CSV as rows of cells (header first), before encoding."""
    out = [[c.header for c in COLUMNS]]
    for n in notifications:
        if not n.persons:
            # One row per person: a notification without persons would vanish from the file.
            raise CsvFormatError(f"notification {n.id} has no persons moving; nothing to import")
        for i in range(len(n.persons)):
            out.append([_cell(n, i, c) for c in COLUMNS])
    return out


def write_csv(
    notifications: Iterable[Notification],
    stream_or_path: IO[str] | IO[bytes] | str | Path,
    *,
    encoding: str = "utf-8",
) -> int:
    """Write ``notifications`` as CSV; returns the number of data rows (persons).

    ``stream_or_path`` is a path, a binary stream (bytes in ``encoding``) or a text stream
    (characters, checked against ``encoding`` all the same). Nothing is written when a character
    cannot be encoded: :class:`CsvEncodingError` names it first.
    """
    table = rows(notifications)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    header = table[0]
    for r, row in enumerate(table):
        cells = [_prepare(cell, encoding) for cell in row]
        for col, cell in zip(header, cells, strict=True):
            try:
                cell.encode(encoding)
            except UnicodeEncodeError as exc:
                bad = cell[exc.start : exc.end]
                who = f"{row[header.index('氏')]}\u3000{row[header.index('名')]}".strip()
                raise CsvEncodingError(bad, col, r, encoding, who or "?") from None
        writer.writerow(cells)
    text = buf.getvalue()
    if isinstance(stream_or_path, str | Path):
        Path(stream_or_path).write_bytes(text.encode(encoding))
    elif isinstance(stream_or_path, io.TextIOBase) or hasattr(stream_or_path, "encoding"):
        cast("IO[str]", stream_or_path).write(text)
    else:
        cast("IO[bytes]", stream_or_path).write(text.encode(encoding))
    return len(table) - 1


# --- reading -----------------------------------------------------------------------------------


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    node: Any = data
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    node[parts[-1]] = value


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _read_birth(iso: str, printed: str) -> Any:
    if not iso:
        if not printed:
            return None
        try:
            as_written = parse(printed)
        except WarekiError:
            return None
        if isinstance(as_written, FlexDate):  # 年月日不詳, or a 明治1–5年 date as written
            return as_written.model_dump(mode="json")
        return None
    m = _PARTIAL.match(iso)
    if not m:
        raise CsvFormatError(f"not an ISO date: {iso!r}")
    year, month, day = (int(g) if g else None for g in m.groups())
    flex: dict[str, Any] = {"year": year, "month": month, "day": day}
    if printed:
        parsed: date | FlexDate | None
        try:
            parsed = parse(printed)
        except WarekiError:
            parsed = None
        if isinstance(parsed, date) and parsed.isoformat() == iso:
            return iso
        if isinstance(parsed, FlexDate):
            flex["era"] = parsed.era
            flex["qualifier"] = parsed.qualifier
            return flex
    if year and month and day:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return flex
    return flex


MAX_CSV_BYTES = 64 * 1024 * 1024
"""The largest CSV file :func:`read_csv` reads from a path (a day's counter is a few MB)."""


def read_csv(
    source: IO[str] | IO[bytes] | str | Path, *, encoding: str = "utf-8"
) -> list[Notification]:
    """Read a CSV written by :func:`write_csv` back into notifications (its columns only).

    A path is read up to :data:`MAX_CSV_BYTES` (:class:`~forms.files.FileTooLarge` beyond).
    """
    if isinstance(source, str | Path):
        text = read_bounded(source, MAX_CSV_BYTES, what="CSV file").decode(encoding)
    else:
        raw = source.read()
        text = raw.decode(encoding) if isinstance(raw, bytes) else raw
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return []
    expected = [c.header for c in COLUMNS]
    if header != expected:
        missing = [h for h in expected if h not in header]
        raise CsvFormatError(f"not the 住民異動届 CSV layout (missing: {', '.join(missing[:5])})")
    docs: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for line_no, row in enumerate(reader, start=2):
        if len(row) != len(COLUMNS):
            raise CsvFormatError(f"row {line_no}: {len(row)} cells, expected {len(COLUMNS)}")
        cells = dict(zip(expected, row, strict=True))
        nid = cells["通知ID"]
        if nid not in docs:
            docs[nid] = {"persons": []}
            order.append(nid)
            first = True
        else:
            first = False
        data = docs[nid]
        index = int(cells["異動者番号"]) - 1
        if index != len(data["persons"]):
            raise CsvFormatError(f"row {line_no}: persons of one notification must be in order")
        data["persons"].append({})
        for col in COLUMNS:
            if col.kind in ("hash", "derived", "index", "birth_wareki"):
                continue
            if not col.path.startswith("persons.") and not first:
                continue
            value: Any = cells[col.header]
            path = col.path.replace("*", str(index))
            if col.kind == "birth":
                printed = cells["生年月日表記"] if col.header == "生年月日" else ""
                value = _read_birth(value, printed)
                if value is None:
                    continue
            elif col.kind == "bool":
                value = value == "1"
            elif col.kind == "json":
                if value == "":
                    continue
                try:
                    value = json.loads(value)
                except ValueError:
                    raise CsvFormatError(
                        f"row {line_no}: column {col.header} is not JSON"
                    ) from None
            elif col.kind in ("optional", "enum", "date", "reason") and value == "":
                continue
            if ".foreign." in path and value in ("", None):
                continue
            _set(data, path, value)
    out: list[Notification] = []
    for nid in order:
        try:
            out.append(Notification.model_validate(docs[nid]))
        except ValueError as exc:
            raise CsvFormatError(f"notification {nid}: {exc}") from exc
    return out


def layout_markdown() -> str:
    """The column layout as a Markdown table (``forms/CSV_LAYOUT.md`` is this text)."""
    lines = [
        "# 住民異動届 CSV — column layout",
        "",
        "Generated from `forms.csvio.COLUMNS` (do not edit by hand). The import file for the",
        "住民記録 system (標準仕様 10.8 CSV形式のデータの取込):",
        "",
        "- RFC 4180: comma separated, quoted when needed, CRLF line ends, one header row with the",
        "  Japanese column names below.",
        "- One row per person moving (異動者); the notification's columns repeat on each of its",
        "  rows, which are adjacent and in person order (異動者番号 1, 2, …).",
        "- Dates ISO 8601 (`2026-04-01`); a 不詳 birth date as far as known (`1950`, `1950-03`),",
        "  with its printed 和暦 form in 生年月日表記. A 明治1–5年 (lunisolar) birth date has no",
        "  ISO form: 生年月日 is empty and 生年月日表記 holds it as written (`明治5年12月2日`).",
        "- 通称履歴: the 通称 history as one cell of compact JSON (empty when there is none).",
        "- Codes: 異動の種類 and other enumerations as their ASCII values (`tennyu` …), 性別 ISO",
        "  5218, 続柄・異動事由・30条45区分・在留資格 as in `forms/data/codes.json`.",
        "- Encoding: UTF-8 (default) or CP932 per municipality. A character CP932 cannot hold",
        "  stops the export with an error naming it; nothing is ever replaced by `?`.",
        "- 内容ハッシュ: SHA-256 of the notification's canonical JSON, the value in the PDF's QR.",
        "",
        "| # | header | model path | content |",
        "|---|---|---|---|",
    ]
    for i, c in enumerate(COLUMNS, start=1):
        lines.append(f"| {i} | {c.header} | `{c.path or '-'}` | {c.description} |")
    return "\n".join(lines) + "\n"
