"""The data model of one 住民異動届 (notification of change of residence).

One :class:`Notification` carries everything a counter collects for one filing: the filing itself
(届出), the person filing (届出人), the addresses (新住所, 従前の住所, 転出先 …), the household
(世帯), every person moving (異動者), the related procedures (関連手続) and the clerks' box
(事務処理). The model is plain data: whether a notification *can be filed* is decided by
:func:`forms.rules.check`, not by validation, so a half-filled draft on a touch screen is always a
valid :class:`Notification`. Validation only rejects values that can never be right (a postal code
with letters, a month 13).

JSON round-trips losslessly (``Notification.model_validate_json(n.model_dump_json()) == n``).
Field names are English/romaji; each field's description gives the Japanese term printed on the
form, and that description is published in the JSON Schema (:func:`forms.json_schema`).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Address",
    "Filer",
    "FilerKubun",
    "FlexDate",
    "ForeignItems",
    "Household",
    "IdCheck",
    "Jimu",
    "Kind",
    "Notification",
    "Origin",
    "Person",
    "PersonName",
    "Provenance",
    "RelatedProcedure",
    "ResidentType",
    "SetaiHenkoKubun",
    "Signature",
    "Stroke",
    "TenshutsuShomei",
    "Todoke",
    "provenance_text",
]


class _Model(BaseModel):
    """Common configuration: no unknown keys (a typo must not silently drop data)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Kind(StrEnum):
    """異動の種類: the kind of notification (住民基本台帳法 22–25条)."""

    TENNYU = "tennyu"
    """転入 (22条): moving in from another municipality or from abroad."""
    TENKYO = "tenkyo"
    """転居 (23条): moving within the municipality."""
    TENSHUTSU = "tenshutsu"
    """転出 (24条): moving out to another municipality or abroad (filed in advance)."""
    SETAI_HENKO = "setai_henko"
    """世帯変更 (25条): 世帯分離, 世帯合併, 世帯主変更 …"""

    @property
    def label(self) -> str:
        """The Japanese name printed on the form (転入届, 転居届 …)."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.TENNYU: "転入",
    Kind.TENKYO: "転居",
    Kind.TENSHUTSU: "転出",
    Kind.SETAI_HENKO: "世帯変更",
}


class SetaiHenkoKubun(StrEnum):
    """世帯変更区分: which household change a 世帯変更届 reports."""

    BUNRI = "bunri"
    """世帯分離: persons leave a household to form their own at the same address."""
    GAPPEI = "gappei"
    """世帯合併: two households at the same address become one."""
    SETAINUSHI_HENKO = "setainushi_henko"
    """世帯主変更: the head of the household changes."""
    KOSEI_HENKO = "kosei_henko"
    """世帯変更 (構成変更): persons move from one household to another at the same address."""

    @property
    def label(self) -> str:
        return _SETAI_HENKO_LABELS[self]


_SETAI_HENKO_LABELS = {
    SetaiHenkoKubun.BUNRI: "世帯分離",
    SetaiHenkoKubun.GAPPEI: "世帯合併",
    SetaiHenkoKubun.SETAINUSHI_HENKO: "世帯主変更",
    SetaiHenkoKubun.KOSEI_HENKO: "世帯変更",
}


class Origin(StrEnum):
    """Where a 転入 comes from / a 転出 goes to: another municipality or abroad (国外)."""

    DOMESTIC = "domestic"
    ABROAD = "abroad"


class TenshutsuShomei(StrEnum):
    """転出証明書の種類: how the 転出 certificate reaches the new municipality on a 転入."""

    PAPER = "paper"
    """紙の転出証明書, presented at the counter."""
    TOKUREI = "tokurei"
    """特例転入: the certificate data arrives over 住基ネット (card holder, 24条の2)."""
    NONE = "none"
    """No certificate (国外転入, or not yet presented)."""


class FilerKubun(StrEnum):
    """届出人の区分: who files the notification."""

    HONNIN = "honnin"  # 本人
    SETAINUSHI = "setainushi"  # 世帯主
    SETAIIN = "setaiin"  # 世帯員
    NINI_DAIRININ = "nini_dairinin"  # 任意代理人 (needs a 委任状)
    HOTEI_DAIRININ = "hotei_dairinin"  # 法定代理人 (親権者, 成年後見人)

    @property
    def label(self) -> str:
        return _FILER_LABELS[self]


_FILER_LABELS = {
    FilerKubun.HONNIN: "本人",
    FilerKubun.SETAINUSHI: "世帯主",
    FilerKubun.SETAIIN: "世帯員",
    FilerKubun.NINI_DAIRININ: "任意代理人",
    FilerKubun.HOTEI_DAIRININ: "法定代理人",
}


class ResidentType(StrEnum):
    """住民種別: 日本人住民 or 外国人住民 (住民基本台帳法 30条の45)."""

    JAPANESE = "japanese"
    FOREIGN = "foreign"


EraName = Literal["明治", "大正", "昭和", "平成", "令和"]
"""元号 since the solar calendar (明治) — the eras a 和暦 date on a form can be in."""


class FlexDate(_Model):
    """A date as the 住民記録 standard allows it where 戸籍 may not know it (不詳日).

    Used for birth dates and 外国人住民となった年月日 only (標準仕様 1.1.8): any part may be
    missing (年月日不詳, 令和○年 月日不詳), a qualifier may be attached (頃, 推定, 上旬 …), and a
    day that is not on the calendar (2月29日 of a common year) is accepted because 戸籍 holds it.
    Ordinary dates are stored as plain ``date``; this type appears only when one is not enough.
    """

    year: int | None = Field(default=None, ge=1, le=9999, description="年 (西暦)")
    month: int | None = Field(default=None, ge=1, le=12, description="月")
    day: int | None = Field(default=None, ge=1, le=31, description="日")
    era: EraName | None = Field(
        default=None, description="元号 the date was written in (和暦), when known"
    )
    qualifier: str | None = Field(
        default=None,
        max_length=40,
        description="不詳の表記 (頃, 推定, 春, 上旬 …), printed after the known parts",
    )

    @model_validator(mode="after")
    def _parts_in_order(self) -> FlexDate:
        if self.day is not None and self.month is None:
            raise ValueError("a day without a month is not a date")
        if self.month is not None and self.year is None:
            raise ValueError("a month without a year is not a date")
        return self

    @property
    def is_unknown(self) -> bool:
        """True when some part is missing or qualified (a 不詳日)."""
        return self.day is None or self.qualifier is not None

    def as_date(self) -> date | None:
        """The calendar date when every part is known and it exists on the calendar."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


DateOrFlex = date | FlexDate
"""A calendar date, or a :class:`FlexDate` where 不詳 or non-calendar dates are allowed."""


class Provenance(_Model):
    """Where a field's value came from; ``ic_chip`` fields are shown as "verified by card".

    ``value`` is the value as it came from its source, so a later edit is visible: a field is
    card-verified only while its current value still equals this one. ``preentry`` values were
    typed by the resident at home (事前入力, :mod:`forms.preentry`); ``tenshutsu_info`` values
    came from the 転出証明書情報 the back office handed over (特例転入, :mod:`forms.tenshutsu`).
    """

    source: Literal["ic_chip", "postal_lookup", "staff", "preentry", "tenshutsu_info"] = Field(
        description="入力元"
    )
    value: str = Field(description="the value as read from the source")
    recorded_at: datetime | None = Field(default=None, description="読取日時")


class Address(_Model):
    """A structured address block (住所): 都道府県 / 市区郡町村 / 町字 / 番地・号 / 方書.

    ``original`` keeps the address string exactly as read from a card or typed in one line, so
    splitting it never loses characters. Addresses abroad use ``country`` and ``foreign_address``.
    """

    postal_code: str | None = Field(
        default=None, pattern=r"^\d{3}-?\d{4}$", description="郵便番号 (7 digits)"
    )
    lg_code: str | None = Field(
        default=None,
        pattern=r"^\d{6}$",
        description="全国地方公共団体コード (6 digits incl. check digit)",
    )
    prefecture: str = Field(default="", description="都道府県")
    municipality: str = Field(default="", description="市区郡町村名")
    town: str = Field(default="", description="町字")
    banchi: str = Field(default="", description="番地・号")
    katagaki: str = Field(default="", description="方書 (building, room)")
    kana: str = Field(default="", description="住所のフリガナ (町字以降)")
    katagaki_kana: str = Field(default="", description="方書のフリガナ")
    machiaza_code: str | None = Field(
        default=None, pattern=r"^\d{7}$", description="町字コード (where known)"
    )
    country: str | None = Field(default=None, description="国名 (国外の住所)")
    country_code: str | None = Field(
        default=None, pattern=r"^[A-Z]{3}$|^\d{3}$", description="国名コード (ISO 3166-1)"
    )
    foreign_address: str = Field(default="", description="国外住所 (free text)")
    original: str | None = Field(
        default=None, description="the address as one string, as read from the card"
    )

    @property
    def is_abroad(self) -> bool:
        """True for an address outside Japan (国外)."""
        return bool(self.country) and self.country not in ("日本", "JPN")

    def one_line(self) -> str:
        """The address as one line, as printed (方書 separated by a full-width space)."""
        if self.is_abroad:
            return " ".join(p for p in (self.country or "", self.foreign_address) if p)
        main = f"{self.prefecture}{self.municipality}{self.town}{self.banchi}"
        if not main and self.original:
            main = self.original
        return f"{main}\u3000{self.katagaki}" if self.katagaki else main

    @property
    def is_empty(self) -> bool:
        return not (self.one_line().strip() or self.postal_code)


class PersonName(_Model):
    """氏名: family name (氏) and given name (名), with フリガナ.

    A name that cannot be split (some foreign names) is held in ``family`` with an empty
    ``given``.
    """

    family: str = Field(default="", description="氏")
    given: str = Field(default="", description="名")
    family_kana: str = Field(default="", description="氏のフリガナ (full-width katakana)")
    given_kana: str = Field(default="", description="名のフリガナ (full-width katakana)")
    kana_confirmed: bool = Field(default=False, description="フリガナ確認済み (本人確認)")

    def full(self) -> str:
        """The name as written on the register: 氏 U+3000 名."""
        return f"{self.family}\u3000{self.given}" if self.given else self.family

    def full_kana(self) -> str:
        if self.given_kana:
            return f"{self.family_kana}\u3000{self.given_kana}"
        return self.family_kana

    @property
    def is_empty(self) -> bool:
        return not (self.family.strip() or self.given.strip())


class ForeignItems(_Model):
    """外国人住民の記載事項 (住民基本台帳法 30条の45)."""

    name_roman: str = Field(default="", description="氏名 (ローマ字)")
    name_kanji: str = Field(default="", description="漢字氏名 (where the card holds one)")
    tsusho: str = Field(default="", description="通称")
    tsusho_kana: str = Field(default="", description="通称のフリガナ")
    nationality: str = Field(default="", description="国籍・地域")
    nationality_code: str | None = Field(
        default=None, pattern=r"^[A-Z]{3}$|^\d{3}$", description="国籍・地域コード"
    )
    kubun_30_45: str | None = Field(
        default=None, pattern=r"^0[1-6]$", description="30条45区分 (01 中長期在留者 …)"
    )
    status_of_residence: str | None = Field(default=None, description="在留資格コード")
    period_of_stay: str = Field(default="", description="在留期間 (e.g. 3年, 6月)")
    period_expires_on: date | None = Field(default=None, description="在留期間の満了の日")
    card_number: str | None = Field(
        default=None, description="在留カード等番号 (在留カード / 特別永住者証明書)"
    )
    became_resident_on: DateOrFlex | None = Field(
        default=None, description="外国人住民となった年月日"
    )


class Person(_Model):
    """異動者: one person who moves (or whose household changes)."""

    resident_type: ResidentType = Field(default=ResidentType.JAPANESE, description="住民種別")
    name: PersonName = Field(default_factory=PersonName, description="氏名")
    former_surname: str = Field(default="", description="旧氏")
    former_surname_kana: str = Field(default="", description="旧氏のフリガナ")
    birth_date: DateOrFlex | None = Field(default=None, description="生年月日 (不詳 allowed)")
    sex: Literal["1", "2", "9", "0"] | None = Field(
        default=None, description="性別 (ISO 5218: 1 男, 2 女, 9 適用不能, 0 不明)"
    )
    relationship: str = Field(
        default="", description="続柄 (世帯主との続柄, e.g. 世帯主, 妻, 子, 妻の父)"
    )
    relationship_code: str | None = Field(default=None, description="続柄コード (01 世帯主 …)")
    honseki: str = Field(default="", description="本籍 (Japanese; may be なし/不明)")
    hittosha: str = Field(default="", description="筆頭者")
    juminhyo_code: str | None = Field(
        default=None, pattern=r"^\d{11}$", description="転入前住民票コード (11 digits)"
    )
    foreign: ForeignItems | None = Field(default=None, description="外国人住民の記載事項")
    answers: dict[str, bool] = Field(
        default_factory=dict,
        description="answers to the related-procedure questions about this person "
        "(kokuho 国民健康保険, inkan 印鑑登録, shogai_techo 障害者手帳, mynumber_card …)",
    )


class Household(_Model):
    """世帯: how the household is affected."""

    scope: Literal["all", "part"] = Field(
        default="all", description="異動する範囲 (全部 / 一部 of the household)"
    )
    head_name: str = Field(default="", description="世帯主氏名 (at the new address)")
    head_name_kana: str = Field(default="", description="世帯主氏名のフリガナ")
    new_head_name: str = Field(default="", description="新世帯主 (世帯主変更, 世帯分離)")
    former_head_name: str = Field(default="", description="従前の世帯主")
    joins_existing: bool = Field(
        default=False, description="an existing household at the new address takes them in"
    )
    answers: dict[str, bool] = Field(
        default_factory=dict,
        description="answers to the related-procedure questions about the household (dog 犬 …)",
    )


class IdCheck(_Model):
    """本人確認: which document identified the filer, and how it was checked."""

    document: str = Field(default="", description="本人確認書類 (マイナンバーカード, 在留カード …)")
    method: Literal["ic", "visual"] | None = Field(
        default=None, description="IC chip read, or visual check"
    )


class Stroke(_Model):
    """One pen stroke of a signature: points in a 0..1 box (x right, y down), with times."""

    points: list[tuple[float, float]] = Field(description="(x, y) in the signature box, 0..1")
    t_ms: list[int] | None = Field(default=None, description="milliseconds since pen-down")


class Signature(_Model):
    """署名: the filer's signature drawn on the touch screen."""

    strokes: list[Stroke] = Field(default_factory=list)
    aspect: float = Field(default=4.0, gt=0, description="width / height of the box signed in")
    signed_at: datetime | None = Field(default=None, description="署名日時")

    @property
    def is_empty(self) -> bool:
        return not any(len(s.points) > 0 for s in self.strokes)


class Filer(_Model):
    """届出人: the person filing, who may not be moving themselves."""

    kubun: FilerKubun = Field(default=FilerKubun.HONNIN, description="届出人の区分")
    name: PersonName = Field(default_factory=PersonName, description="氏名")
    address: Address = Field(default_factory=Address, description="住所")
    phone: str = Field(default="", pattern=r"^[0-9+\-() ]*$", description="電話番号")
    id_check: IdCheck = Field(default_factory=IdCheck, description="本人確認")
    power_of_attorney: bool = Field(default=False, description="委任状あり")
    signature: Signature = Field(default_factory=Signature, description="署名")


class Todoke(_Model):
    """届出: the filing itself."""

    reason_code: str | None = Field(
        default=None, pattern=r"^\d{2}$", description="異動事由コード (derived from kind if empty)"
    )
    filed_on: date = Field(description="届出日")
    moved_on: date | None = Field(default=None, description="異動日 (転出: 転出予定日)")
    origin: Origin = Field(default=Origin.DOMESTIC, description="国内 / 国外 (転入 from, 転出 to)")
    tenshutsu_shomei: TenshutsuShomei | None = Field(
        default=None, description="転出証明書 (転入: 紙 / 特例 / なし)"
    )
    setai_henko: SetaiHenkoKubun | None = Field(default=None, description="世帯変更区分")
    onestop_number: str = Field(default="", description="引越しワンストップ申請番号")
    visit_planned_on: date | None = Field(default=None, description="来庁予定日")
    note: str = Field(default="", description="備考")

    @property
    def tokurei(self) -> bool:
        """特例転入: the 転出証明書 arrives as data over 住基ネット."""
        return self.tenshutsu_shomei is TenshutsuShomei.TOKUREI


class RelatedProcedure(_Model):
    """関連手続: one procedure the household must also do, and why (ワンストップ)."""

    code: str = Field(description="stable id of the procedure (kokuho, kaigo …)")
    name: str = Field(description="手続名")
    department: str = Field(default="", description="担当課")
    reason: str = Field(description="why it applies (shown to the resident and staff)")
    persons: list[int] = Field(default_factory=list, description="indexes into persons[]")
    done: bool = Field(default=False, description="済")


class Jimu(_Model):
    """事務処理: the clerks' box, filled by the system and staff only."""

    reception_number: str = Field(default="", description="受付番号")
    terminal: str = Field(default="", description="端末")
    received_by: str = Field(default="", description="受付者")
    reviewed_by: str = Field(default="", description="審査者")
    status: str = Field(default="", description="状態 (仮登録, 本登録, 送信済 …)")
    entered_at: datetime | None = Field(default=None, description="入力日時")
    reviewed_at: datetime | None = Field(default=None, description="審査日時")
    alerts: list[str] = Field(
        default_factory=list, description="notes for staff (card reader notes, acknowledged alerts)"
    )
    note: str = Field(default="", description="事務処理欄の備考")


class Notification(_Model):
    """住民異動届: one notification, as collected at the counter.

    ``addresses`` hold the blocks the kind needs:

    - 転入: ``new`` (新住所) and ``previous`` (従前の住所 / 転入前; abroad: country + address);
    - 転居: ``new`` and ``previous`` (転居前);
    - 転出: ``previous`` (現住所, being left) and ``destination`` (転出先 (予定));
    - 世帯変更: ``new`` (the address, unchanged).
    """

    schema_version: Literal["1"] = Field(default="1", description="JSON format version")
    id: uuid.UUID = Field(default_factory=uuid.uuid4, description="notification id")
    kind: Kind = Field(description="異動の種類")
    todoke: Todoke = Field(description="届出")
    filer: Filer = Field(default_factory=Filer, description="届出人")
    new_address: Address = Field(default_factory=Address, description="新住所")
    previous_address: Address = Field(
        default_factory=Address, description="従前の住所 / 転居前 / 転出元"
    )
    previous_head_name: str = Field(default="", description="従前の住所の世帯主氏名")
    destination: Address = Field(default_factory=Address, description="転出先 (予定)")
    household: Household = Field(default_factory=Household, description="世帯")
    persons: list[Person] = Field(default_factory=list, description="異動者")
    related: list[RelatedProcedure] = Field(default_factory=list, description="関連手続")
    jimu: Jimu = Field(default_factory=Jimu, description="事務処理")
    provenance: dict[str, Provenance] = Field(
        default_factory=dict,
        description="where values came from, keyed by field path (persons.0.name.family)",
    )

    def value_at(self, path: str) -> object:
        """The current value at a dotted field path (``persons.0.name.family``), or None."""
        node: object = self
        for part in path.split("."):
            if isinstance(node, list):
                try:
                    node = node[int(part)]
                except (ValueError, IndexError):
                    return None
            elif isinstance(node, BaseModel):
                if part not in type(node).model_fields:
                    return None
                node = getattr(node, part)
            else:
                return None
        return node

    def is_card_verified(self, path: str) -> bool:
        """True when the field was read from the IC chip and has not been changed since."""
        prov = self.provenance.get(path)
        if prov is None or prov.source != "ic_chip":
            return False
        return provenance_text(self.value_at(path)) == prov.value

    def card_verified_paths(self) -> list[str]:
        """Every field path still holding the value read from the IC chip."""
        return [p for p in self.provenance if self.is_card_verified(p)]


def provenance_text(value: object) -> str:
    """The canonical text of a field value, as recorded in :class:`Provenance`."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, FlexDate):
        return value.model_dump_json()
    return str(value)
