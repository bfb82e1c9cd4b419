"""Rules a 住民異動届 must satisfy, per kind: errors (cannot be filed) and alerts (staff look).

:func:`check` runs every rule over a :class:`~forms.model.Notification` and returns a
:class:`CheckResult`. Each finding carries a stable ``code`` (listed in :data:`RULES`, safe to
store and to match in the UI), a message in Japanese and English, and the dotted path of the
field it is about (``persons.0.birth_date``) so a screen can put it next to the field.

Errors block filing; alerts never do — they tell staff to look (届出期間経過, a character outside
JIS X 0208, a card value changed by hand …). The rules are pure functions of the notification,
``today`` and the municipality's :class:`CheckContext` (its closed days, how far ahead it accepts
a 転出): the same draft always gives the same findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from forms.address import lookup_postal_code, municipality_code
from forms.charset import describe, non_jis_chars
from forms.codes import (
    code_list,
    default_reason_code,
    has_indefinite_period,
    items_of_kubun,
    judge_relationship,
    status_validity,
)
from forms.juminhyo_code import is_valid as juminhyo_code_is_valid
from forms.kana import is_katakana
from forms.lgcode import is_valid as lg_code_is_valid
from forms.model import (
    Address,
    FilerKubun,
    FlexDate,
    Kind,
    Notification,
    Origin,
    Person,
    ResidentType,
    SetaiHenkoKubun,
    StayPeriod,
    TenshutsuShomei,
    TsushoRecord,
)
from forms.office_days import OfficeCalendar

__all__ = [
    "LATE_DAYS",
    "RULES",
    "TENSHUTSU_ADVANCE_DAYS",
    "TOKUREI_DAYS",
    "CheckContext",
    "CheckResult",
    "Finding",
    "Rule",
    "check",
    "filing_deadline",
]

Severity = Literal["error", "alert"]


@dataclass(frozen=True)
class Rule:
    """One rule: its stable code, severity and a short description in both languages."""

    code: str
    severity: Severity
    title_ja: str
    title_en: str


@dataclass(frozen=True)
class Finding:
    """One finding of :func:`check` about one field."""

    code: str
    message_ja: str
    message_en: str
    field: str

    @property
    def severity(self) -> Severity:
        return RULES[self.code].severity

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "severity": self.severity,
            "field": self.field,
            "message_ja": self.message_ja,
            "message_en": self.message_en,
        }


@dataclass
class CheckResult:
    """All findings: ``errors`` stop filing, ``alerts`` are for staff to look at."""

    errors: list[Finding] = field(default_factory=list)
    alerts: list[Finding] = field(default_factory=list)

    @property
    def can_file(self) -> bool:
        """True when there is no error (alerts do not stop a filing)."""
        return not self.errors

    def codes(self) -> set[str]:
        return {f.code for f in (*self.errors, *self.alerts)}

    def for_field(self, path: str) -> list[Finding]:
        """Findings about ``path`` or anything under it."""
        return [
            f
            for f in (*self.errors, *self.alerts)
            if f.field == path or f.field.startswith(path + ".")
        ]

    def as_dict(self) -> dict[str, object]:
        return {
            "can_file": self.can_file,
            "errors": [f.as_dict() for f in self.errors],
            "alerts": [f.as_dict() for f in self.alerts],
        }


_RULE_LIST = [
    Rule("required", "error", "必須項目の未入力", "A required item is missing"),
    Rule("filed_on_future", "error", "届出日が未来", "The filing date is in the future"),
    Rule(
        "moved_on_after_filed",
        "error",
        "異動日が届出日より後",
        "The date of the move is after the filing date",
    ),
    Rule("moved_on_before_birth", "error", "異動日が生年月日より前", "Moved before being born"),
    Rule("birth_date_future", "error", "生年月日が未来", "The birth date is in the future"),
    Rule("head_count", "error", "世帯主の人数が不整合", "Not exactly one head of household"),
    Rule(
        "head_name_mismatch",
        "error",
        "世帯主氏名と続柄が不整合",
        "The head of household's name does not match the person marked 世帯主",
    ),
    Rule("relationship_not_allowed", "error", "使用できない続柄", "Relationship term not allowed"),
    Rule(
        "reason_code_mismatch",
        "error",
        "異動事由と異動の種類が不一致",
        "The reason code does not fit the kind of notification",
    ),
    Rule(
        "relationship_code_mismatch",
        "error",
        "続柄コードと続柄が不一致",
        "The relationship code does not match the relationship",
    ),
    Rule("lg_code_check_digit", "error", "地方公共団体コードの誤り", "Bad local government code"),
    Rule(
        "juminhyo_code_check_digit",
        "error",
        "住民票コードの検査数字の誤り",
        "The check digit of the resident record code is wrong",
    ),
    Rule("kana_not_katakana", "error", "フリガナがカタカナでない", "Furigana is not katakana"),
    Rule("code_unknown", "error", "コード表にないコード", "A code is not in its code list"),
    Rule("zairyu_card_format", "error", "在留カード等番号の形式誤り", "Bad residence card number"),
    Rule(
        "power_of_attorney_missing",
        "error",
        "任意代理人の委任状なし",
        "A proxy filer without a power of attorney",
    ),
    Rule(
        "tenshutsu_shomei_missing",
        "error",
        "転出証明書なし",
        "No moving-out certificate for a move from another municipality",
    ),
    Rule("tokurei_abroad", "error", "国外からの特例転入", "特例転入 cannot come from abroad"),
    Rule(
        "tokurei_period_over",
        "error",
        "特例転入の期間経過",
        "Too late for a 特例転入 (30 days from the planned move-out, 14 days from the move)",
    ),
    Rule(
        "zairyu_status_not_in_force",
        "error",
        "届出日に存在しない在留資格",
        "The status of residence does not exist on the filing date",
    ),
    Rule(
        "zairyu_status_not_for_kubun",
        "error",
        "中長期在留者以外の在留資格",
        "Only a mid- to long-term resident (中長期在留者) has a status of residence",
    ),
    Rule(
        "tsusho_history_mismatch",
        "error",
        "通称と通称の履歴が不整合",
        "The alias (通称) does not match its history",
    ),
    Rule("signature_missing", "error", "署名なし", "The filer has not signed"),
    Rule(
        "late_filing",
        "alert",
        "届出期間経過",
        "Filed after the 14-day period (moved past closed days) from the move",
    ),
    Rule(
        "tenshutsu_after_move",
        "alert",
        "転出後の届出",
        "Moving-out notification filed after the move",
    ),
    Rule(
        "tenshutsu_far_ahead",
        "alert",
        "転出予定日が先すぎる",
        "The planned move is further ahead than the municipality accepts",
    ),
    Rule("non_jis_char", "alert", "JIS X 0208外の文字", "Character outside JIS X 0208"),
    Rule("card_value_changed", "alert", "カードの値から変更", "Changed from the value on the card"),
    Rule("kana_missing", "alert", "フリガナ未入力", "Furigana is missing"),
    Rule("birth_date_unknown", "alert", "生年月日が不詳", "The birth date is not fully known"),
    Rule("zairyu_expired", "alert", "在留期間満了", "The period of stay has expired"),
    Rule(
        "zairyu_status_transitional",
        "alert",
        "経過措置中の在留資格",
        "A status of residence held only under transitional measures",
    ),
    Rule(
        "stay_period_ended",
        "alert",
        "上陸期間・仮滞在期間の経過",
        "The landing or provisional stay period has ended",
    ),
    Rule(
        "tokurei_without_card",
        "alert",
        "特例転入でカード未確認",
        "特例転入 without the card read at the counter",
    ),
    Rule(
        "honseki_missing_abroad",
        "alert",
        "国外転入で本籍なし",
        "Japanese resident from abroad without 本籍 (check 戸籍の附票)",
    ),
    Rule(
        "lg_code_mismatch", "alert", "地方公共団体コードと住所が不一致", "Code and address differ"
    ),
    Rule(
        "postal_code_mismatch",
        "alert",
        "郵便番号と住所が不一致",
        "The postal code belongs to another municipality",
    ),
    Rule("minor_filer", "alert", "15歳未満の届出人", "The filer is under 15"),
]
RULES: dict[str, Rule] = {r.code: r for r in _RULE_LIST}
"""Every rule by its stable code."""

LATE_DAYS = 14
"""転入・転居・世帯変更 are due within 14 days of the move (住民基本台帳法 22, 23, 25条)."""

TOKUREI_DAYS = 30
"""A 特例転入 must come within 30 days of the 転出予定日 in the 転出証明書情報 (住基法 24条の2 and
its 政令), besides the 14 days of every 転入."""

TENSHUTSU_ADVANCE_DAYS = 14
"""The default limit on how far ahead a 転出 may be filed. The law says only "あらかじめ"
(住基法 24条): the limit is municipal practice, set per municipality in :class:`CheckContext`."""


@dataclass(frozen=True)
class CheckContext:
    """What a municipality decides for itself, given to :func:`check` (the kiosk configuration
    fills it; the defaults need no configuration).

    ``calendar``: the office's closed days (:class:`~forms.office_days.OfficeCalendar`); a 届出期間
    ending on one moves to the next open day (地方自治法 4条の2第4項).
    ``tenshutsu_advance_days``: how many days before the planned move a 転出 is accepted without
    an alert (municipal practice; None: no limit).
    """

    calendar: OfficeCalendar = field(default_factory=OfficeCalendar)
    tenshutsu_advance_days: int | None = TENSHUTSU_ADVANCE_DAYS

    def __post_init__(self) -> None:
        days = self.tenshutsu_advance_days
        if days is not None and (isinstance(days, bool) or not 0 <= days <= 366):
            raise ValueError(f"tenshutsu_advance_days must be 0..366 days or None, not {days!r}")


def filing_deadline(moved_on: date, context: CheckContext | None = None) -> date:
    """The last day to file a 転入・転居・世帯変更 for a move on ``moved_on``: 14 days counted from
    the next day, moved past the office's closed days."""
    return (context or CheckContext()).calendar.deadline(moved_on, LATE_DAYS)


@dataclass(frozen=True)
class _Env:
    today: date
    ctx: CheckContext


_ZAIRYU_CARD = re.compile(r"^[A-Z]{2}\d{8}[A-Z]{2}$")


class _Collector:
    def __init__(self) -> None:
        self.result = CheckResult()

    def add(self, code: str, field_path: str, ja: str, en: str) -> None:
        finding = Finding(code=code, message_ja=ja, message_en=en, field=field_path)
        bucket = self.result.errors if RULES[code].severity == "error" else self.result.alerts
        if finding not in bucket:
            bucket.append(finding)

    def required(self, field_path: str, ja: str, en: str) -> None:
        self.add("required", field_path, f"{ja}を入力してください。", f"Enter the {en}.")


def check(
    notification: Notification,
    *,
    today: date | None = None,
    context: CheckContext | None = None,
) -> CheckResult:
    """Run every rule on ``notification``.

    ``today`` defaults to the current date; ``context`` to the law's defaults (the closed days
    every office has, a 転出 accepted up to 14 days ahead).
    """
    env = _Env(today=today or date.today(), ctx=context or CheckContext())
    c = _Collector()
    for rule in _CHECKS:
        rule(notification, env, c)
    return c.result


# --- helpers -----------------------------------------------------------------------------------


def _label(p: Person, i: int) -> tuple[str, str]:
    name = p.name.full() or f"{i + 1}人目"
    return f"異動者{i + 1}（{name}）", f"person {i + 1} ({name})"


def _known_birth(p: Person) -> date | None:
    if isinstance(p.birth_date, FlexDate):
        return p.birth_date.as_date()
    return p.birth_date


def _age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _deadline_ja(moved: date, deadline: date, env: _Env) -> str:
    """The deadline in words, saying why it moved when the 14th day was a closed day."""
    fourteenth = moved + timedelta(days=LATE_DAYS)
    if fourteenth == deadline:
        return f"{deadline}"
    reason = env.ctx.calendar.closed_reason(fourteenth) or "閉庁日"
    return f"14日目の{fourteenth}が{reason}のため{deadline}"


def _address_required(c: _Collector, a: Address, path: str, ja: str, en: str) -> None:
    if a.is_abroad:
        if not a.foreign_address.strip():
            c.required(f"{path}.foreign_address", f"{ja}（国外住所）", f"{en} (address abroad)")
        return
    if not a.prefecture.strip() and not (a.original or "").strip():
        c.required(f"{path}.prefecture", f"{ja}の都道府県", f"prefecture of the {en}")
    if not a.municipality.strip() and not (a.original or "").strip():
        c.required(f"{path}.municipality", f"{ja}の市区町村", f"municipality of the {en}")
    if not (a.town.strip() or a.banchi.strip() or (a.original or "").strip()):
        c.required(f"{path}.banchi", f"{ja}の町字・番地", f"street and number of the {en}")


# --- the rules ---------------------------------------------------------------------------------


def _r_basics(n: Notification, env: _Env, c: _Collector) -> None:
    t = n.todoke
    if t.filed_on > env.today:
        c.add(
            "filed_on_future",
            "todoke.filed_on",
            f"届出日（{t.filed_on}）が今日より後です。",
            f"The filing date ({t.filed_on}) is after today.",
        )
    if n.filer.name.is_empty:
        c.required("filer.name.family", "届出人の氏名", "filer's name")
    if not n.persons:
        c.required("persons", "異動者", "persons moving")
    if t.moved_on is None:
        what = {
            Kind.TENNYU: ("転入年月日", "date of moving in"),
            Kind.TENKYO: ("転居年月日", "date of the move"),
            Kind.TENSHUTSU: ("転出予定年月日", "planned date of moving out"),
            Kind.SETAI_HENKO: ("世帯変更年月日", "date of the household change"),
        }[n.kind]
        c.required("todoke.moved_on", *what)
    if n.filer.signature.is_empty and not n.filer.is_paper_signed:
        c.add(
            "signature_missing",
            "filer.signature",
            "届出人の署名がありません。画面に署名してください。",
            "The filer has not signed. Please sign on the screen.",
        )
    if n.filer.kubun is FilerKubun.NINI_DAIRININ and not n.filer.power_of_attorney:
        c.add(
            "power_of_attorney_missing",
            "filer.power_of_attorney",
            "任意代理人による届出には委任状が必要です。",
            "A proxy needs a power of attorney (委任状).",
        )


def _r_dates(n: Notification, env: _Env, c: _Collector) -> None:
    t = n.todoke
    moved = t.moved_on
    if moved is not None and n.kind is not Kind.TENSHUTSU and moved > t.filed_on:
        c.add(
            "moved_on_after_filed",
            "todoke.moved_on",
            f"異動日（{moved}）が届出日（{t.filed_on}）より後です。転入・転居は引っ越した後に届け出ます。",
            f"The move ({moved}) is after the filing date ({t.filed_on}); "
            "moving in is notified after the move.",
        )
    if moved is not None and n.kind in (Kind.TENNYU, Kind.TENKYO, Kind.SETAI_HENKO):
        deadline = filing_deadline(moved, env.ctx)
        if t.filed_on > deadline:
            late = (t.filed_on - moved).days
            c.add(
                "late_filing",
                "todoke.moved_on",
                f"届出期間経過: 異動日（{moved}）から{late}日後の届出です"
                f"（期間は14日以内、期限は{_deadline_ja(moved, deadline, env)}）。",
                f"Late filing: {late} days after the move on {moved} "
                f"(14 days; the deadline was {deadline}).",
            )
    if moved is not None and n.kind is Kind.TENSHUTSU:
        ahead = (moved - t.filed_on).days
        limit = env.ctx.tenshutsu_advance_days
        if moved < t.filed_on:
            c.add(
                "tenshutsu_after_move",
                "todoke.moved_on",
                f"転出日（{moved}）より後の届出です。転出の事実を確認してください。",
                f"Filed after the move-out date ({moved}); confirm the move.",
            )
        elif limit is not None and ahead > limit:
            c.add(
                "tenshutsu_far_ahead",
                "todoke.moved_on",
                f"転出予定日（{moved}）が届出日の{ahead}日後です"
                f"（この市区町村では{limit}日前から受け付けます）。",
                f"The planned move ({moved}) is {ahead} days away "
                f"(this municipality accepts a 転出 up to {limit} days ahead).",
            )
    for i, p in enumerate(n.persons):
        ja, en = _label(p, i)
        birth = _known_birth(p)
        if birth is not None and birth > env.today:
            c.add(
                "birth_date_future",
                f"persons.{i}.birth_date",
                f"{ja}の生年月日が未来の日付です。",
                f"The birth date of {en} is in the future.",
            )
        if birth is not None and moved is not None and moved < birth:
            c.add(
                "moved_on_before_birth",
                f"persons.{i}.birth_date",
                f"{ja}の生年月日が異動日より後です。",
                f"{en} was born after the date of the move.",
            )
        if isinstance(p.birth_date, FlexDate) and p.birth_date.is_unknown:
            c.add(
                "birth_date_unknown",
                f"persons.{i}.birth_date",
                f"{ja}の生年月日は不詳を含みます。戸籍・旅券で確認してください。",
                f"The birth date of {en} is partly unknown; check 戸籍 or the passport.",
            )


def _r_required_by_kind(n: Notification, env: _Env, c: _Collector) -> None:
    t = n.todoke
    abroad = t.origin is Origin.ABROAD
    if n.kind is Kind.TENNYU:
        _address_required(c, n.new_address, "new_address", "新住所", "new address")
        if abroad:
            if not (n.previous_address.country or "").strip():
                c.required("previous_address.country", "転入前の国名", "country moved from")
        else:
            _address_required(c, n.previous_address, "previous_address", "従前の住所", "address")
            if t.tenshutsu_shomei in (None, TenshutsuShomei.NONE):
                c.add(
                    "tenshutsu_shomei_missing",
                    "todoke.tenshutsu_shomei",
                    "国内からの転入には転出証明書（または特例転入）が必要です。",
                    "A move from another municipality needs the moving-out certificate "
                    "(or 特例転入 with the card).",
                )
        if t.tokurei and abroad:
            c.add(
                "tokurei_abroad",
                "todoke.tenshutsu_shomei",
                "国外からの転入は特例転入になりません。",
                "A move from abroad cannot be a 特例転入.",
            )
        if t.tokurei and n.filer.id_check.method != "ic":
            c.add(
                "tokurei_without_card",
                "filer.id_check.method",
                "特例転入です。マイナンバーカードをICで確認してください。",
                "特例転入: read the My Number Card's chip at the counter.",
            )
        if t.tokurei and not abroad:
            _tokurei_period(n, env, c)
    elif n.kind is Kind.TENKYO:
        _address_required(c, n.new_address, "new_address", "新住所", "new address")
        _address_required(c, n.previous_address, "previous_address", "転居前の住所", "old address")
    elif n.kind is Kind.TENSHUTSU:
        _address_required(c, n.previous_address, "previous_address", "現住所", "current address")
        if abroad:
            if not (n.destination.country or "").strip():
                c.required("destination.country", "転出先の国名", "country of destination")
        else:
            d = n.destination
            if not d.prefecture.strip() and not (d.original or "").strip():
                c.required("destination.prefecture", "転出先の都道府県", "destination prefecture")
            if not d.municipality.strip() and not (d.original or "").strip():
                c.required(
                    "destination.municipality", "転出先の市区町村", "destination municipality"
                )
    elif n.kind is Kind.SETAI_HENKO:
        if t.setai_henko is None:
            c.required("todoke.setai_henko", "世帯変更の区分", "kind of household change")
        elif t.setai_henko in (SetaiHenkoKubun.SETAINUSHI_HENKO, SetaiHenkoKubun.BUNRI):
            if not n.household.new_head_name.strip():
                c.required("household.new_head_name", "新しい世帯主の氏名", "new head's name")
        elif t.setai_henko is SetaiHenkoKubun.GAPPEI and not n.household.head_name.strip():
            c.required("household.head_name", "合併後の世帯主の氏名", "head after the merger")

    for i, p in enumerate(n.persons):
        ja, en = _label(p, i)
        if p.name.is_empty:
            c.required(f"persons.{i}.name.family", f"{ja}の氏名", f"name of {en}")
        registers = n.kind in (Kind.TENNYU, Kind.TENKYO, Kind.SETAI_HENKO)
        if registers and not p.relationship.strip():
            c.required(f"persons.{i}.relationship", f"{ja}の続柄", f"relationship of {en}")
        if n.kind is Kind.TENNYU:
            if p.birth_date is None:
                c.required(f"persons.{i}.birth_date", f"{ja}の生年月日", f"birth date of {en}")
            if p.sex is None:
                c.required(f"persons.{i}.sex", f"{ja}の性別", f"sex of {en}")
            if not abroad and p.juminhyo_code is None:
                c.required(
                    f"persons.{i}.juminhyo_code",
                    f"{ja}の転入前住民票コード",
                    f"resident record code of {en} (from the moving-out certificate)",
                )
            if abroad and p.resident_type is ResidentType.JAPANESE and not p.honseki.strip():
                c.add(
                    "honseki_missing_abroad",
                    f"persons.{i}.honseki",
                    f"{ja}の本籍がありません。国外転入は戸籍の附票で確認します。",
                    f"No 本籍 for {en}; a return from abroad is checked against 戸籍の附票.",
                )
        if p.juminhyo_code is not None and not juminhyo_code_is_valid(p.juminhyo_code):
            c.add(
                "juminhyo_code_check_digit",
                f"persons.{i}.juminhyo_code",
                f"{ja}の転入前住民票コード「{p.juminhyo_code}」は検査数字（11桁目）が合いません。"
                "転出証明書と照らして入力し直してください。",
                f"The resident record code {p.juminhyo_code} of {en} fails its check digit "
                "(the 11th digit); compare it with the moving-out certificate.",
            )
        if p.resident_type is ResidentType.FOREIGN and n.kind is Kind.TENNYU:
            _foreign_required(c, p, i, ja, en, from_abroad=abroad)


def _tokurei_period(n: Notification, env: _Env, c: _Collector) -> None:
    """特例転入 (住基法 24条の2): within 30 days of the 転出予定日 carried in the 転出証明書情報
    and within the 14 days of every 転入, both moved past closed days; later, the 転出証明書情報
    is no longer usable and the 転入 needs a paper 転出証明書."""
    t = n.todoke
    planned = t.tenshutsu_planned_on
    if planned is None:
        c.required(
            "todoke.tenshutsu_planned_on",
            "特例転入の転出予定年月日（転出証明書情報）",
            "planned move-out date of the 特例転入 (from the moving-out certificate data)",
        )
        return
    limit = env.ctx.calendar.deadline(planned, TOKUREI_DAYS)
    if t.filed_on > limit:
        c.add(
            "tokurei_period_over",
            "todoke.tenshutsu_planned_on",
            f"転出予定日（{planned}）から30日の期限（{limit}）を過ぎているため、特例転入はできません。"
            "前住所地で転出証明書の交付を受けて届け出てください。",
            f"Filed after {limit}, 30 days from the planned move-out on {planned}: a 特例転入 "
            "is no longer possible; the resident needs a paper moving-out certificate.",
        )
    if t.moved_on is not None:
        deadline = filing_deadline(t.moved_on, env.ctx)
        if t.filed_on > deadline:
            c.add(
                "tokurei_period_over",
                "todoke.moved_on",
                f"転入日（{t.moved_on}）から14日の期限（{deadline}）を過ぎているため、"
                "特例転入はできません。前住所地で転出証明書の交付を受けて届け出てください。",
                f"Filed after {deadline}, 14 days from the move on {t.moved_on}: a 特例転入 is "
                "no longer possible; the resident needs a paper moving-out certificate.",
            )


_ITEM_WORDS = {
    "status_of_residence": ("在留資格", "status of residence"),
    "period_of_stay": ("在留期間", "period of stay"),
    "period_expires_on": ("在留期間の満了の日", "expiry of the period of stay"),
    "landing_period": ("上陸期間", "landing period"),
    "provisional_stay_period": ("仮滞在期間", "provisional stay period"),
}


def _foreign_required(
    c: _Collector, p: Person, i: int, ja: str, en: str, *, from_abroad: bool
) -> None:
    """住基法 30条の45: the items every foreign resident needs, and those of their 区分."""
    f = p.foreign
    base = f"persons.{i}.foreign"
    if f is None:
        c.required(base, f"{ja}の外国人住民の記載事項", f"foreign resident items of {en}")
        return
    if not (f.name_roman.strip() or p.name.family.strip()):
        c.required(f"{base}.name_roman", f"{ja}の氏名（ローマ字）", f"Roman-letter name of {en}")
    if not f.nationality.strip():
        c.required(f"{base}.nationality", f"{ja}の国籍・地域", f"nationality of {en}")
    if from_abroad and f.became_resident_on is None:
        c.required(
            f"{base}.became_resident_on",
            f"{ja}の外国人住民となった年月日",
            f"date {en} became a foreign resident",
        )
    if f.kubun_30_45 is None:
        c.required(f"{base}.kubun_30_45", f"{ja}の30条45区分", f"category (30条の45) of {en}")
        return
    for item in items_of_kubun(f.kubun_30_45):
        if item == "card_number":
            if not f.card_number:
                doc = "在留カード番号" if f.kubun_30_45 == "01" else "特別永住者証明書番号"
                c.required(f"{base}.card_number", f"{ja}の{doc}", f"card number of {en}")
            continue
        if item == "period_expires_on" and has_indefinite_period(f.status_of_residence):
            continue  # 永住者, 高度専門職2号: 在留期間 無期限, no 満了の日
        value = getattr(f, item)
        if isinstance(value, StayPeriod):
            value = value.end
        if value is None or (isinstance(value, str) and not value.strip()):
            words_ja, words_en = _ITEM_WORDS[item]
            path = f"{base}.{item}" + (".end" if item in _PERIODS else "")
            suffix_ja, suffix_en = ("（終期）", " (its last day)") if item in _PERIODS else ("", "")
            c.required(path, f"{ja}の{words_ja}{suffix_ja}", f"{words_en}{suffix_en} of {en}")


_PERIODS = ("landing_period", "provisional_stay_period")


def _r_foreign_values(n: Notification, env: _Env, c: _Collector) -> None:
    kubun = code_list("kubun_30_45")
    status = code_list("zairyu_shikaku")
    for i, p in enumerate(n.persons):
        f = p.foreign
        if f is None:
            continue
        ja, en = _label(p, i)
        base = f"persons.{i}.foreign"
        if f.kubun_30_45 is not None and f.kubun_30_45 not in kubun:
            c.add(
                "code_unknown",
                f"{base}.kubun_30_45",
                f"{ja}の30条45区分「{f.kubun_30_45}」はコード表にありません。",
                f"Category {f.kubun_30_45!r} of {en} is not in the code list.",
            )
        if f.status_of_residence and f.status_of_residence not in status:
            c.add(
                "code_unknown",
                f"{base}.status_of_residence",
                f"{ja}の在留資格コード「{f.status_of_residence}」はコード表にありません。",
                f"Status code {f.status_of_residence!r} of {en} is not in the code list.",
            )
        elif f.status_of_residence:
            _status_of_residence(n, f.status_of_residence, f.kubun_30_45, base, ja, en, c)
        if f.card_number and not _ZAIRYU_CARD.match(f.card_number):
            c.add(
                "zairyu_card_format",
                f"{base}.card_number",
                f"{ja}の在留カード等番号は英字2桁・数字8桁・英字2桁です（例: AB12345678CD）。",
                f"The card number of {en} is 2 letters, 8 digits, 2 letters (AB12345678CD).",
            )
        on = n.todoke.moved_on or n.todoke.filed_on
        if f.period_expires_on is not None and f.period_expires_on < on:
            c.add(
                "zairyu_expired",
                f"{base}.period_expires_on",
                f"{ja}の在留期間（満了日 {f.period_expires_on}）が異動日より前に満了しています。"
                "在留期間更新の申請中か確認してください。",
                f"The period of stay of {en} expired on {f.period_expires_on}; "
                "check for a pending renewal.",
            )
        for item, (word_ja, word_en) in (
            ("landing_period", ("上陸期間", "landing period")),
            ("provisional_stay_period", ("仮滞在期間", "provisional stay period")),
        ):
            period: StayPeriod | None = getattr(f, item)
            if period is not None and period.end is not None and period.end < on:
                c.add(
                    "stay_period_ended",
                    f"{base}.{item}.end",
                    f"{ja}の{word_ja}（{period.end}まで）が異動日より前に終わっています。"
                    "許可書を確認してください。",
                    f"The {word_en} of {en} ended on {period.end}; check the permit.",
                )
        _tsusho_history(f.tsusho, f.tsusho_history, base, ja, en, c)


def _status_of_residence(
    n: Notification, code: str, kubun: str | None, base: str, ja: str, en: str, c: _Collector
) -> None:
    """Only 中長期在留者 hold a 在留資格, and only one that exists on the filing date."""
    name = code_list("zairyu_shikaku").name(code)
    if kubun is not None and kubun != "01":
        what = code_list("kubun_30_45").name(kubun)
        c.add(
            "zairyu_status_not_for_kubun",
            f"{base}.status_of_residence",
            f"{ja}は{what}です。在留資格（{name}）は中長期在留者だけが持ちます。",
            f"{en} is a {what} (30条の45); only a 中長期在留者 has a status of residence ({name}).",
        )
    validity = status_validity(code)
    filed = n.todoke.filed_on
    state = validity.on(filed)
    if state == "not_yet":
        c.add(
            "zairyu_status_not_in_force",
            f"{base}.status_of_residence",
            f"在留資格「{name}」は{validity.valid_from}からの在留資格です（届出日 {filed}）。",
            f"The status {name} exists from {validity.valid_from} (filed on {filed}).",
        )
    elif state == "ended":
        c.add(
            "zairyu_status_not_in_force",
            f"{base}.status_of_residence",
            f"在留資格「{name}」は{validity.until}で終わった在留資格です（届出日 {filed}）。"
            "在留カードを確認してください。",
            f"The status {name} ended on {validity.until} (filed on {filed}); check the card.",
        )
    elif state == "transitional":
        c.add(
            "zairyu_status_transitional",
            f"{base}.status_of_residence",
            f"在留資格「{name}」の新規の許可は{validity.until}で終わり、経過措置によってのみ"
            "在留できます。在留カードと在留期間を確認してください。",
            f"New grants of {name} ended on {validity.until}; it is held only under "
            "transitional measures — check the residence card and its period.",
        )


def _tsusho_history(
    current: str, history: list[TsushoRecord], base: str, ja: str, en: str, c: _Collector
) -> None:
    """通称の記載・削除 (標準仕様 1.1.2): each entry dated and placed; one 通称 at a time, the
    current one being the entry not deleted."""
    for k, rec in enumerate(history):
        path = f"{base}.tsusho_history.{k}"
        if rec.recorded_on is None:
            c.required(
                f"{path}.recorded_on", f"{ja}の通称を記載した年月日", "date the alias was recorded"
            )
        if not rec.recorded_municipality.strip():
            c.required(
                f"{path}.recorded_municipality",
                f"{ja}の通称を記載した市区町村",
                "municipality that recorded the alias",
            )
        if rec.deleted_on is not None and not rec.deleted_municipality.strip():
            c.required(
                f"{path}.deleted_municipality",
                f"{ja}の通称を削除した市区町村",
                "municipality that deleted the alias",
            )
        if rec.deleted_municipality.strip() and rec.deleted_on is None:
            c.required(
                f"{path}.deleted_on", f"{ja}の通称を削除した年月日", "date the alias was deleted"
            )
        for which in ("recorded_lg_code", "deleted_lg_code"):
            code = getattr(rec, which)
            if code is not None and not lg_code_is_valid(code):
                c.add(
                    "lg_code_check_digit",
                    f"{path}.{which}",
                    f"{ja}の通称の履歴の市区町村コード「{code}」の検査数字が誤っています。",
                    f"The check digit of municipality code {code} in the alias history is wrong.",
                )
    if not history:
        return
    open_ = [k for k, rec in enumerate(history) if rec.is_current]
    if len(open_) > 1:
        c.add(
            "tsusho_history_mismatch",
            f"{base}.tsusho_history.{open_[1]}",
            f"{ja}の通称の履歴に削除されていない通称が{len(open_)}つあります（通称は1つだけです）。",
            f"The alias history of {en} has {len(open_)} aliases not deleted; there is one alias "
            "at a time.",
        )
    elif open_ and history[open_[0]].tsusho != current:
        kept = history[open_[0]].tsusho
        c.add(
            "tsusho_history_mismatch",
            f"{base}.tsusho",
            f"{ja}の通称「{current}」が、履歴の現在の通称「{kept}」と一致しません。"
            if current
            else f"{ja}の通称が空欄ですが、履歴の通称「{kept}」は削除されていません。",
            f"The alias {current!r} of {en} is not the current one in its history ({kept!r})."
            if current
            else f"{en} has no alias, yet {kept!r} is not deleted in the history.",
        )
    elif not open_ and current:
        c.add(
            "tsusho_history_mismatch",
            f"{base}.tsusho",
            f"{ja}の通称「{current}」は履歴では削除されています。通称の記載の申出か確認してください。",
            f"The alias {current!r} of {en} is deleted in its history; check for a new request.",
        )


_REASONS_BY_KIND = {
    (Kind.TENNYU, Origin.DOMESTIC): {"01"},
    (Kind.TENNYU, Origin.ABROAD): {"02"},
    (Kind.TENSHUTSU, Origin.DOMESTIC): {"21"},
    (Kind.TENSHUTSU, Origin.ABROAD): {"22"},
    (Kind.TENKYO, Origin.DOMESTIC): {"41"},
    (Kind.TENKYO, Origin.ABROAD): {"41"},
    (Kind.SETAI_HENKO, Origin.DOMESTIC): {"50", "51", "52", "53"},
    (Kind.SETAI_HENKO, Origin.ABROAD): {"50", "51", "52", "53"},
}


def _r_reason_code(n: Notification, env: _Env, c: _Collector) -> None:
    code = n.todoke.reason_code
    if code is None:
        return
    names = code_list("ido_jiyu")
    if code not in names:
        c.add(
            "code_unknown",
            "todoke.reason_code",
            f"異動事由コード「{code}」はコード表にありません。",
            f"Reason code {code!r} is not in the code list.",
        )
        return
    allowed = _REASONS_BY_KIND[(n.kind, n.todoke.origin)]
    if n.kind is Kind.SETAI_HENKO and n.todoke.setai_henko is not None:
        allowed = {default_reason_code(n.kind, n.todoke.origin, n.todoke.setai_henko)}
    if code not in allowed:
        expected = "・".join(f"{a} {names.name(a)}" for a in sorted(allowed))
        c.add(
            "reason_code_mismatch",
            "todoke.reason_code",
            f"異動事由「{code} {names.name(code)}」は{n.kind.label}届に合いません（{expected}）。",
            f"Reason {code} ({names.name(code)}) does not fit a {n.kind.value} "
            f"notification (expected {', '.join(sorted(allowed))}).",
        )


def _r_household(n: Notification, env: _Env, c: _Collector) -> None:
    if n.kind is Kind.TENSHUTSU or not n.persons:
        return
    heads = [i for i, p in enumerate(n.persons) if p.relationship.strip() == "世帯主"]
    h = n.household
    if len(heads) > 1:
        for i in heads[1:]:
            c.add(
                "head_count",
                f"persons.{i}.relationship",
                "世帯主は1世帯に1人です。続柄を確認してください。",
                "A household has exactly one head; check the relationships.",
            )
        return
    forms_new_household = not h.joins_existing and (
        n.kind in (Kind.TENNYU, Kind.TENKYO)
        or n.todoke.setai_henko in (SetaiHenkoKubun.BUNRI, SetaiHenkoKubun.SETAINUSHI_HENKO)
    )
    if not heads:
        if forms_new_household and not h.head_name.strip():
            c.add(
                "head_count",
                "household.head_name",
                "新しい世帯の世帯主がいません。世帯主の続柄を「世帯主」にするか、"
                "既存の世帯に入る場合は世帯主氏名を入力してください。",
                "The new household has no head: mark one person 世帯主, or give the name of "
                "the head of the household they join.",
            )
        elif not forms_new_household and not h.head_name.strip():
            c.required("household.head_name", "世帯主の氏名", "head of household's name")
        return
    (i,) = heads
    head = n.persons[i]
    names = {_squash(head.name.full())}
    if h.head_name.strip() and _squash(h.head_name) not in names:
        c.add(
            "head_name_mismatch",
            "household.head_name",
            f"世帯主氏名「{h.head_name}」が、続柄「世帯主」の{head.name.full()}と一致しません。",
            f"Head of household {h.head_name!r} is not {head.name.full()!r}, who is marked 世帯主.",
        )
    if h.joins_existing:
        c.add(
            "head_count",
            f"persons.{i}.relationship",
            "既存の世帯に入る届出で、異動者が世帯主になっています。",
            "Joining an existing household, yet a person moving is marked 世帯主.",
        )


def _squash(name: str) -> str:
    return re.sub(r"[\s\u3000]+", "", name)


def _r_relationships(n: Notification, env: _Env, c: _Collector) -> None:
    for i, p in enumerate(n.persons):
        if p.relationship_code is not None and p.relationship_code not in code_list("zokugara"):
            c.add(
                "code_unknown",
                f"persons.{i}.relationship_code",
                f"続柄コード「{p.relationship_code}」はコード表にありません（世帯主は02）。",
                f"Relationship code {p.relationship_code!r} is not in the code list "
                "(世帯主 is 02).",
            )
        if not p.relationship.strip():
            continue
        ja, en = _label(p, i)
        v = judge_relationship(p.relationship)
        if v.ok:
            if p.relationship_code and v.code and p.relationship_code != v.code:
                c.add(
                    "relationship_code_mismatch",
                    f"persons.{i}.relationship_code",
                    f"{ja}の続柄コード{p.relationship_code}は「{p.relationship}」（{v.code}）と"
                    "一致しません。",
                    f"Relationship code {p.relationship_code} of {en} is not that of "
                    f"{p.relationship} ({v.code}).",
                )
            continue
        if v.suggestion:
            ja_msg = (
                f"{ja}の続柄「{p.relationship}」は{v.generations}世代です。"
                f"4世代を超える続柄は「{v.suggestion}」と記載します。"
            )
            en_msg = (
                f"The relationship of {en} chains {v.generations} terms; more than 4 is "
                f"written {v.suggestion}."
            )
        else:
            bad = v.bad_term or p.relationship
            ja_msg = (
                f"{ja}の続柄「{p.relationship}」は使えません（「{bad}」は続柄の用語ではありません）。"
                "妻の父・子の子のように「の」でつなぎます。"
            )
            en_msg = (
                f"The relationship {p.relationship!r} of {en} is not allowed ({bad!r} is not a "
                "term); chain allowed terms with の, e.g. 妻の父, 子の子."
            )
        c.add("relationship_not_allowed", f"persons.{i}.relationship", ja_msg, en_msg)


def _addresses(n: Notification) -> Iterator[tuple[str, Address, str]]:
    yield "new_address", n.new_address, "新住所"
    yield "previous_address", n.previous_address, "従前の住所"
    yield "destination", n.destination, "転出先"
    yield "filer.address", n.filer.address, "届出人の住所"


def _r_lg_codes(n: Notification, env: _Env, c: _Collector) -> None:
    for path, a, ja in _addresses(n):
        if a.lg_code is None:
            continue
        if not lg_code_is_valid(a.lg_code):
            c.add(
                "lg_code_check_digit",
                f"{path}.lg_code",
                f"{ja}の地方公共団体コード「{a.lg_code}」の検査数字が誤っています。",
                f"The check digit of local government code {a.lg_code} is wrong.",
            )
        elif a.prefecture and a.municipality:
            expected = municipality_code(a.prefecture, a.municipality)
            if expected is not None and expected != a.lg_code:
                c.add(
                    "lg_code_mismatch",
                    f"{path}.lg_code",
                    f"{ja}の地方公共団体コード{a.lg_code}は{a.prefecture}{a.municipality}"
                    f"（{expected}）と一致しません。",
                    f"Code {a.lg_code} is not that of {a.prefecture}{a.municipality} ({expected}).",
                )


def _r_postal_codes(n: Notification, env: _Env, c: _Collector) -> None:
    for path, a, ja in _addresses(n):
        if not a.postal_code or a.is_abroad or not a.municipality:
            continue
        candidates = lookup_postal_code(a.postal_code)
        if not candidates:
            continue  # unknown codes (new buildings, 事業所) are not the resident's mistake
        if all(
            (cand.prefecture, cand.municipality) != (a.prefecture, a.municipality)
            for cand in candidates
        ):
            where = "・".join(sorted({f"{x.prefecture}{x.municipality}" for x in candidates}))
            c.add(
                "postal_code_mismatch",
                f"{path}.postal_code",
                f"{ja}の郵便番号{a.postal_code}は{where}の番号です。住所を確認してください。",
                f"Postal code {a.postal_code} belongs to {where}; check the address.",
            )


def _text_fields(n: Notification) -> Iterator[tuple[str, str]]:
    """Every free-text field whose characters reach the register, with its path."""
    yield "filer.name.family", n.filer.name.family
    yield "filer.name.given", n.filer.name.given
    for path, a, _ in _addresses(n):
        for part in ("prefecture", "municipality", "town", "banchi", "katagaki"):
            yield f"{path}.{part}", getattr(a, part)
    yield "household.head_name", n.household.head_name
    yield "household.new_head_name", n.household.new_head_name
    yield "previous_head_name", n.previous_head_name
    for i, p in enumerate(n.persons):
        yield f"persons.{i}.name.family", p.name.family
        yield f"persons.{i}.name.given", p.name.given
        yield f"persons.{i}.former_surname", p.former_surname
        yield f"persons.{i}.honseki", p.honseki
        yield f"persons.{i}.hittosha", p.hittosha
        if p.foreign is not None:
            yield f"persons.{i}.foreign.name_kanji", p.foreign.name_kanji
            yield f"persons.{i}.foreign.tsusho", p.foreign.tsusho


def _r_characters(n: Notification, env: _Env, c: _Collector) -> None:
    for path, text in _text_fields(n):
        for ch in non_jis_chars(text):
            c.add(
                "non_jis_char",
                path,
                f"{describe(ch.char)}はJIS X 0208にない文字です。"
                "住民記録の文字（文字情報基盤）を確認してください。",
                f"{describe(ch.char)} is outside JIS X 0208; confirm the register character.",
            )


def _kana_fields(n: Notification) -> Iterator[tuple[str, str, str]]:
    yield "filer.name.family_kana", n.filer.name.family_kana, "届出人の氏のフリガナ"
    yield "filer.name.given_kana", n.filer.name.given_kana, "届出人の名のフリガナ"
    yield "new_address.kana", n.new_address.kana, "新住所のフリガナ"
    yield "new_address.katagaki_kana", n.new_address.katagaki_kana, "方書のフリガナ"
    yield "household.head_name_kana", n.household.head_name_kana, "世帯主のフリガナ"
    for i, p in enumerate(n.persons):
        ja, _ = _label(p, i)
        yield f"persons.{i}.name.family_kana", p.name.family_kana, f"{ja}の氏のフリガナ"
        yield f"persons.{i}.name.given_kana", p.name.given_kana, f"{ja}の名のフリガナ"
        yield f"persons.{i}.former_surname_kana", p.former_surname_kana, f"{ja}の旧氏のフリガナ"
        if p.foreign is not None:
            yield f"persons.{i}.foreign.tsusho_kana", p.foreign.tsusho_kana, f"{ja}の通称のフリガナ"


def _r_kana(n: Notification, env: _Env, c: _Collector) -> None:
    for path, text, ja in _kana_fields(n):
        if text and not is_katakana(text, address=path.startswith("new_address.")):
            c.add(
                "kana_not_katakana",
                path,
                f"{ja}「{text}」は全角カタカナで入力してください。",
                f"Furigana {text!r} must be full-width katakana.",
            )
    for i, p in enumerate(n.persons):
        if p.name.is_empty:
            continue
        ja, en = _label(p, i)
        if not p.name.family_kana.strip() or (p.name.given and not p.name.given_kana.strip()):
            c.add(
                "kana_missing",
                f"persons.{i}.name.family_kana",
                f"{ja}のフリガナがありません（振り仮名は住民票の記載事項です）。",
                f"No furigana for {en} (it is an item of the resident record).",
            )


def _r_card_values(n: Notification, env: _Env, c: _Collector) -> None:
    for path, prov in n.provenance.items():
        if prov.source != "ic_chip" or n.is_card_verified(path):
            continue
        c.add(
            "card_value_changed",
            path,
            f"ICチップから読み取った値「{prov.value}」が変更されています。",
            f"The value read from the card's chip ({prov.value!r}) was changed.",
        )


def _r_filer_age(n: Notification, env: _Env, c: _Collector) -> None:
    filer = _squash(n.filer.name.full())
    if not filer:
        return
    for p in n.persons:
        birth = _known_birth(p)
        if _squash(p.name.full()) == filer and birth is not None:
            if _age_on(birth, n.todoke.filed_on) < 15:
                c.add(
                    "minor_filer",
                    "filer.kubun",
                    "届出人が15歳未満です。法定代理人による届出か確認してください。",
                    "The filer is under 15; check whether a legal representative should file.",
                )
            return


_CHECKS: list[Callable[[Notification, _Env, _Collector], None]] = [
    _r_basics,
    _r_dates,
    _r_required_by_kind,
    _r_foreign_values,
    _r_reason_code,
    _r_household,
    _r_relationships,
    _r_lg_codes,
    _r_postal_codes,
    _r_characters,
    _r_kana,
    _r_card_values,
    _r_filer_age,
]
