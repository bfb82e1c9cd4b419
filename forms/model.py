"""The data model of one 住民異動届 (notification of change of residence).

One :class:`Notification` carries everything a counter collects for one filing: the filing itself
(届出), the person filing (届出人), the addresses (新住所, 従前の住所, 転出先 …), the household
(世帯), every person moving (異動者), the related procedures (関連手続) and the clerks' box
(事務処理). The model is plain data: whether a notification *can be filed* is decided by
:func:`forms.rules.check`, not by validation, so a half-filled draft on a touch screen is always a
valid :class:`Notification`. Validation only rejects values that can never be right (a postal code
with letters, a month 13) and values no counter should ever hold:

- every text field has a length limit that fits what it holds (a name part 100 characters, an
  address part 200, a note 1000 …) and holds printable text only: control characters (NUL, ESC,
  CR, LF, TAB, C1), format characters (bidi overrides, zero-width characters, BOM), line and
  paragraph separators, noncharacters and U+FFFD (text damaged on its way) are refused. No field
  keeps line breaks — the printed form has one line or one wrapped paragraph for each, 備考
  included — so a stray CR/LF is an error to fix, never something printed as a box;
- lists are bounded (:data:`MAX_PERSONS` persons, :data:`MAX_STROKES` strokes of at most
  :data:`MAX_POINTS_PER_STROKE` points, :data:`MAX_POINTS` in all …);
- numbers are finite: NaN and ±Infinity are refused, so the JSON the model emits is standard JSON.

JSON round-trips losslessly (``Notification.model_validate_json(n.model_dump_json()) == n``).
Field names are English/romaji; each field's description gives the Japanese term printed on the
form, and that description is published in the JSON Schema (:func:`forms.json_schema`).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from forms.codedata import codes_of
from forms.kinds import Kind

__all__ = [
    "MAX_PERSONS",
    "MAX_POINTS",
    "MAX_POINTS_PER_STROKE",
    "MAX_STROKES",
    "PRINTABLE_PATTERN",
    "Address",
    "Filer",
    "FilerKubun",
    "FlexDate",
    "ForeignItems",
    "Household",
    "IdCheck",
    "IntakeMode",
    "Jimu",
    "Kind",
    "Notification",
    "Origin",
    "PaperSignature",
    "Person",
    "PersonName",
    "Provenance",
    "RelatedProcedure",
    "ResidentType",
    "SectionConfirmation",
    "SetaiHenkoKubun",
    "Signature",
    "StayPeriod",
    "Stroke",
    "TenshutsuShomei",
    "Todoke",
    "TsushoRecord",
    "check_printable",
    "provenance_text",
]


class _Model(BaseModel):
    """Common configuration: no unknown keys (a typo must not silently drop data), no NaN or
    ±Infinity in any number (they are not JSON, and a signature point at NaN draws nothing), and
    validation errors that do not repeat the input (a resident's data stays out of messages and
    logs, and a 50-million-character value is not copied into one)."""

    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, allow_inf_nan=False, hide_input_in_errors=True
    )


# --- printable text ------------------------------------------------------------------------------

# Code points no text field may hold: C0 controls (TAB, LF, CR, ESC …), DEL and C1 controls, the
# format characters of Unicode 15 (soft hyphen, zero-width spaces and joiners, bidi embeddings,
# overrides and isolates, BOM, interlinear annotation, tags), U+2028/U+2029, the noncharacters of
# the BMP and U+FFF9..U+FFFD (annotation marks, object and replacement characters: a U+FFFD means
# the text was already damaged by a decoder).  Kept as explicit ranges, not looked up by category,
# so the JSON Schema's pattern and the model agree whatever Python's Unicode version.
_REFUSED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x001F),
    (0x007F, 0x009F),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFDD0, 0xFDEF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFF),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


PRINTABLE_PATTERN = f"^[^{_char_class(tuple(r for r in _REFUSED_RANGES if r[1] <= 0xFFFF))}]*$"
"""The JSON Schema ``pattern`` of every text field: the refused code points of the BMP as literal
ranges (astral ranges are left out of the schema: without the ``u`` flag an ECMA-262 engine would
read them as surrogate pairs)."""

# The model additionally refuses the astral format characters above, lone surrogates (JSON can
# smuggle them in as "\\ud800") and the noncharacters U+xFFFE/U+xFFFF of the other planes.
_REFUSED = re.compile(
    "["
    + _char_class(_REFUSED_RANGES)
    + _char_class(((0xD800, 0xDFFF),))
    + "".join(chr(p << 16 | 0xFFFE) + chr(p << 16 | 0xFFFF) for p in range(0x1, 0x11))
    + "]"
)
_CONTROL_NAMES = {
    0x00: "NUL",
    0x09: "TAB",
    0x0A: "LINE FEED",
    0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
}


def check_printable(value: str) -> str:
    """``value`` unchanged if it holds printable text only; else a ValueError naming the character.

    What is refused and why: see the module docstring. Nothing is ever removed or replaced: a
    text with such a character is wrong and must be corrected where it came from.
    """
    bad = _REFUSED.search(value)
    if bad is None:
        return value
    ch = bad.group()
    cp = ord(ch)
    name = _CONTROL_NAMES.get(cp) or unicodedata.name(ch, "")
    if not name:
        if 0xD800 <= cp <= 0xDFFF:
            name = "a lone surrogate"
        elif cp & 0xFFFE == 0xFFFE or 0xFDD0 <= cp <= 0xFDEF:
            name = "a noncharacter"
        else:
            name = "a control character"
    raise ValueError(
        f"character {bad.start() + 1} is U+{cp:04X} ({name}), which is not printable text: "
        "text fields hold no control, format or line-break characters"
    )


class _PrintableJsonSchema:
    """Publishes the printable-text rule in the JSON Schema as a ``pattern``."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        schema["pattern"] = PRINTABLE_PATTERN
        return schema


_CHECK = AfterValidator(check_printable)
_SCHEMA = _PrintableJsonSchema()


class _LengthFirst:
    """Refuses a text longer than ``limit`` with Python's O(1) ``len`` before pydantic looks at
    it: pydantic's own length check counts characters after converting the text to UTF-8, which
    for a 50-million-character name costs a copy of 150 MB. Same error type and message."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __call__(self, value: object) -> object:
        if isinstance(value, str) and len(value) > self.limit:
            raise PydanticCustomError(
                "string_too_long",
                "String should have at most {max_length} characters",
                {"max_length": self.limit},
            )
        return value


# Text types by what they hold. The length is checked first, so a 50-million-character name
# fails at once without being scanned or copied.
CodeText = Annotated[
    str,
    StringConstraints(max_length=20),
    _CHECK,
    _SCHEMA,
    BeforeValidator(_LengthFirst(20)),
]
"""A short code or number written as text (在留期間 ``3年``, 在留カード等番号 …): 20 characters."""
PrefectureText = Annotated[
    str,
    StringConstraints(max_length=10),
    _CHECK,
    _SCHEMA,
    BeforeValidator(_LengthFirst(10)),
]
"""都道府県: 10 characters (the longest is four)."""
MunicipalityText = Annotated[
    str,
    StringConstraints(max_length=50),
    _CHECK,
    _SCHEMA,
    BeforeValidator(_LengthFirst(50)),
]
"""市区郡町村名 (with 郡 and 区): 50 characters."""
NameText = Annotated[
    str,
    StringConstraints(max_length=100),
    _CHECK,
    _SCHEMA,
    BeforeValidator(_LengthFirst(100)),
]
"""One name part (氏, 名, 旧氏, 通称, 筆頭者, 漢字氏名) or a short label: 100 characters."""
FullNameText = Annotated[
    str,
    StringConstraints(max_length=200),
    _CHECK,
    _SCHEMA,
    BeforeValidator(_LengthFirst(200)),
]
"""A whole name (氏 + 名, ローマ字氏名, 世帯主氏名): 200 characters."""
KanaText = Annotated[
    str,
    StringConstraints(max_length=200),
    _CHECK,
    _SCHEMA,
    BeforeValidator(_LengthFirst(200)),
]
"""フリガナ of a name part (kana are longer than kanji): 200 characters."""
AddressText = Annotated[
    str,
    StringConstraints(max_length=200),
    _CHECK,
    _SCHEMA,
    BeforeValidator(_LengthFirst(200)),
]
"""An address part (町字, 番地・号, 方書, 本籍 …): 200 characters."""
LongText = Annotated[
    str,
    StringConstraints(max_length=1000),
    _CHECK,
    _SCHEMA,
    BeforeValidator(_LengthFirst(1000)),
]
"""Free text in one paragraph (備考, reasons, whole addresses, their フリガナ): 1000 characters."""
AnswerKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,63}$")]
"""The id of a related-procedure question (``kokuho``, ``dog`` …)."""
FieldPath = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,9}$")]
"""A dotted field path (``persons.0.name.family``)."""

MAX_PERSONS = 50
"""異動者 on one notification (a household larger than this files in parts)."""
MAX_STROKES = 200
"""Pen strokes of one signature."""
MAX_POINTS_PER_STROKE = 5000
"""Points of one stroke (a minute of drawing at 80 Hz)."""
MAX_POINTS = 20000
"""Points of one signature, all strokes together."""
MAX_ANSWERS = 64
"""Answers to related-procedure questions, per person or household."""
_MAX_PROVENANCE = 500
_MAX_RELATED = 100
_MAX_TSUSHO_HISTORY = 20


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


class IntakeMode(StrEnum):
    """受付の方法: how the counter took a notification (recorded in 事務処理)."""

    SELF_SERVICE = "self_service"
    """セルフ入力: the resident answered on the touch screen and signed there."""
    STAFF_LED = "staff_led"
    """対面入力: a clerk typed while interviewing the resident, who checked each section on the
    touch screen and signed there."""
    PAPER_SIGNED = "paper_signed"
    """紙に署名: the pre-filled form was printed and signed by hand; staff checked the
    signature."""

    @property
    def label(self) -> str:
        """The Japanese name printed on the form."""
        return _INTAKE_LABELS[self]


_INTAKE_LABELS = {
    IntakeMode.SELF_SERVICE: "セルフ入力（住民が画面で入力・署名）",
    IntakeMode.STAFF_LED: "対面入力（職員が入力・住民が画面で確認・署名）",
    IntakeMode.PAPER_SIGNED: "紙に署名（印刷した届書に手書き署名・職員確認）",
}


class ResidentType(StrEnum):
    """住民種別: 日本人住民 or 外国人住民 (住民基本台帳法 30条の45)."""

    JAPANESE = "japanese"
    FOREIGN = "foreign"


EraName = Literal["明治", "大正", "昭和", "平成", "令和"]
"""元号 since 明治 — the eras a 和暦 date on a form can be in."""

LUNISOLAR_LAST_DAY = (1872, 12, 2)
"""明治5年12月2日, the last day of the lunisolar calendar: the next day was 明治6年1月1日
(1873-01-01, the first day of the Gregorian calendar in Japan)."""

_LEAP_MONTHS = {(1868, 4), (1870, 10)}
"""The 閏月 of 明治1–5年: 明治元年閏4月 and 明治3年閏10月."""

_ERA_FIRST_YEAR = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}


class FlexDate(_Model):
    """A date as the 住民記録 standard allows it where 戸籍 may not know it (不詳日).

    Used for birth dates and 外国人住民となった年月日 only (標準仕様 1.1.8): any part may be
    missing (年月日不詳, 令和○年 月日不詳), a qualifier may be attached (頃, 推定, 上旬 …), and a
    day that is not on the calendar (2月29日 of a common year) is accepted because 戸籍 holds it.
    Ordinary dates are stored as plain ``date``; this type appears only when one is not enough.

    明治1–5年 (before 1873-01-01) Japan used the lunisolar calendar: such a date is kept exactly
    as 戸籍 writes it (``era="明治"``, the month and day of the old calendar, ``leap_month`` for a
    閏月) and is never converted to a Gregorian ``date`` (明治5年12月2日 was 1872-12-31, not
    1872-12-02). ``year`` is then the era year plus 1867, the same numbering as other eras.
    """

    year: int | None = Field(
        default=None,
        ge=1,
        le=9999,
        description="年 (西暦; a 明治1–5年 date: the era year + 1867, its month and day lunisolar)",
    )
    month: int | None = Field(default=None, ge=1, le=12, description="月")
    day: int | None = Field(default=None, ge=1, le=31, description="日")
    era: EraName | None = Field(
        default=None, description="元号 the date was written in (和暦), when known"
    )
    leap_month: bool = Field(
        default=False,
        description="閏月 (only in 明治1–5年, the lunisolar calendar: 閏4月 1868, 閏10月 1870)",
    )
    qualifier: NameText | None = Field(
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
        if self.era is not None and self.year is not None and self.year < _ERA_FIRST_YEAR[self.era]:
            raise ValueError(f"year {self.year} is before {self.era}元年")
        if self.is_lunisolar:
            if self.day is not None and self.day > 30:
                raise ValueError(
                    "a month of the lunisolar calendar (明治1–5年) has at most 30 days"
                )
            if (self.year or 0, self.month or 0, self.day or 0) > LUNISOLAR_LAST_DAY:
                raise ValueError(
                    "明治5年12月2日 was the last day of the lunisolar calendar; "
                    "the next day was 明治6年1月1日 (1873-01-01)"
                )
            if self.leap_month and (self.year, self.month) not in _LEAP_MONTHS:
                raise ValueError("明治1–5年 had only two 閏月: 明治元年閏4月 and 明治3年閏10月")
        elif self.leap_month:
            raise ValueError("a 閏月 exists only in 明治1–5年 dates (the lunisolar calendar)")
        return self

    @property
    def is_lunisolar(self) -> bool:
        """True for a 明治1–5年 date, written in the lunisolar calendar (before 1873-01-01)."""
        return self.era == "明治" and self.year is not None and self.year < 1873

    @property
    def is_unknown(self) -> bool:
        """True when some part is missing or qualified (a 不詳日)."""
        return self.day is None or self.qualifier is not None

    def as_date(self) -> date | None:
        """The Gregorian date when every part is known and it exists on the calendar.

        None for a 不詳日, a non-calendar day (2月29日 of a common year) and a 明治1–5年
        lunisolar date, which has no Gregorian spelling in the record.
        """
        if self.year is None or self.month is None or self.day is None or self.is_lunisolar:
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
    value: LongText = Field(description="the value as read from the source")
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
    prefecture: PrefectureText = Field(default="", description="都道府県")
    municipality: MunicipalityText = Field(default="", description="市区郡町村名")
    town: AddressText = Field(default="", description="町字")
    banchi: AddressText = Field(default="", description="番地・号")
    katagaki: AddressText = Field(default="", description="方書 (building, room)")
    kana: LongText = Field(default="", description="住所のフリガナ (町字以降)")
    katagaki_kana: LongText = Field(default="", description="方書のフリガナ")
    machiaza_code: str | None = Field(
        default=None, pattern=r"^\d{7}$", description="町字コード (where known)"
    )
    country: NameText | None = Field(default=None, description="国名 (国外の住所)")
    country_code: str | None = Field(
        default=None, pattern=r"^[A-Z]{3}$|^\d{3}$", description="国名コード (ISO 3166-1)"
    )
    foreign_address: LongText = Field(default="", description="国外住所 (free text, one paragraph)")
    original: LongText | None = Field(
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

    family: NameText = Field(default="", description="氏")
    given: NameText = Field(default="", description="名")
    family_kana: KanaText = Field(default="", description="氏のフリガナ (full-width katakana)")
    given_kana: KanaText = Field(default="", description="名のフリガナ (full-width katakana)")
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


class StayPeriod(_Model):
    """A period a foreign resident may stay, with its last day (住民基本台帳法 30条の45):
    the 上陸期間 of a 一時庇護許可者 (入管法 18条の2) or the 仮滞在期間 of a 仮滞在許可者
    (入管法 61条の2の4), as written on the permit."""

    start: date | None = Field(default=None, description="始期 (the first day, when written)")
    end: date | None = Field(default=None, description="終期 (the last day of the period)")

    @model_validator(mode="after")
    def _in_order(self) -> StayPeriod:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")
        return self


class TsushoRecord(_Model):
    """One 通称 in the history of a foreign resident (標準仕様 1.1.2): when and where it was
    recorded (通称の記載) and, once deleted, when and where (通称の削除)."""

    tsusho: NameText = Field(description="通称")
    tsusho_kana: KanaText = Field(default="", description="通称のフリガナ")
    recorded_on: date | None = Field(default=None, description="通称を記載した年月日")
    recorded_municipality: MunicipalityText = Field(
        default="", description="通称を記載した市区町村"
    )
    recorded_lg_code: str | None = Field(
        default=None, pattern=r"^\d{6}$", description="通称を記載した市区町村コード"
    )
    deleted_on: date | None = Field(default=None, description="通称を削除した年月日")
    deleted_municipality: MunicipalityText = Field(default="", description="通称を削除した市区町村")
    deleted_lg_code: str | None = Field(
        default=None, pattern=r"^\d{6}$", description="通称を削除した市区町村コード"
    )

    @model_validator(mode="after")
    def _in_order(self) -> TsushoRecord:
        if self.recorded_on and self.deleted_on and self.deleted_on < self.recorded_on:
            raise ValueError(
                f"the 通称 is deleted ({self.deleted_on}) before it was recorded "
                f"({self.recorded_on})"
            )
        return self

    @property
    def is_current(self) -> bool:
        """True while the 通称 has not been deleted."""
        return self.deleted_on is None and not self.deleted_municipality


class ForeignItems(_Model):
    """外国人住民の記載事項 (住民基本台帳法 30条の45).

    What each 30条45区分 records (``forms.codes.items_of_kubun``): 中長期在留者 (01) the
    在留資格, 在留期間, its 満了の日 and the 在留カード番号; 特別永住者 (02) the
    特別永住者証明書番号; 一時庇護許可者 (03) the 上陸期間; 仮滞在許可者 (04) the 仮滞在期間;
    出生・国籍喪失による経過滞在者 (05, 06) the category only.
    """

    name_roman: FullNameText = Field(default="", description="氏名 (ローマ字)")
    name_kanji: NameText = Field(default="", description="漢字氏名 (where the card holds one)")
    tsusho: NameText = Field(default="", description="通称 (the current one)")
    tsusho_kana: KanaText = Field(default="", description="通称のフリガナ")
    tsusho_history: list[TsushoRecord] = Field(
        default_factory=list,
        max_length=_MAX_TSUSHO_HISTORY,
        description="通称の記載・削除の履歴 (from the 転出証明書; "
        "the current 通称 is the one not deleted)",
    )
    nationality: NameText = Field(default="", description="国籍・地域")
    nationality_code: str | None = Field(
        default=None, pattern=r"^[A-Z]{3}$|^\d{3}$", description="国籍・地域コード"
    )
    kubun_30_45: str | None = Field(
        default=None,
        pattern=r"^0[1-6]$",
        description="30条45区分 ("
        + ", ".join(f"{c} {n}" for c, n in codes_of("kubun_30_45").items())
        + ")",
    )
    status_of_residence: str | None = Field(
        default=None,
        pattern=r"^[0-9A-Z]{1,8}$",
        description="在留資格コード (中長期在留者 only; the code list zairyu_shikaku)",
    )
    period_of_stay: CodeText = Field(default="", description="在留期間 (e.g. 3年, 6月, 無期限)")
    period_expires_on: date | None = Field(default=None, description="在留期間の満了の日")
    card_number: CodeText | None = Field(
        default=None, description="在留カード等番号 (在留カード / 特別永住者証明書)"
    )
    landing_period: StayPeriod | None = Field(
        default=None, description="上陸期間 (一時庇護許可者, 入管法 18条の2)"
    )
    provisional_stay_period: StayPeriod | None = Field(
        default=None, description="仮滞在期間 (仮滞在許可者, 入管法 61条の2の4)"
    )
    became_resident_on: DateOrFlex | None = Field(
        default=None, description="外国人住民となった年月日"
    )

    @model_validator(mode="after")
    def _not_lunisolar(self) -> ForeignItems:
        if isinstance(self.became_resident_on, FlexDate) and self.became_resident_on.is_lunisolar:
            raise ValueError("外国人住民となった年月日 cannot be a 明治1–5年 date")
        return self


_ZOKUGARA = ", ".join(f"{c} {n}" for c, n in codes_of("zokugara").items())


class Person(_Model):
    """異動者: one person who moves (or whose household changes)."""

    resident_type: ResidentType = Field(default=ResidentType.JAPANESE, description="住民種別")
    name: PersonName = Field(default_factory=PersonName, description="氏名")
    former_surname: NameText = Field(default="", description="旧氏")
    former_surname_kana: KanaText = Field(default="", description="旧氏のフリガナ")
    birth_date: DateOrFlex | None = Field(default=None, description="生年月日 (不詳 allowed)")
    sex: Literal["1", "2", "9", "0"] | None = Field(
        default=None, description="性別 (ISO 5218: 1 男, 2 女, 9 適用不能, 0 不明)"
    )
    relationship: NameText = Field(
        default="", description="続柄 (世帯主との続柄, e.g. 世帯主, 妻, 子, 妻の父)"
    )
    relationship_code: str | None = Field(
        default=None,
        pattern=r"^[0-9][0-9X]$",
        description=f"続柄コード ({_ZOKUGARA})",
    )
    honseki: AddressText = Field(default="", description="本籍 (Japanese; may be なし/不明)")
    hittosha: NameText = Field(default="", description="筆頭者")
    juminhyo_code: str | None = Field(
        default=None,
        pattern=r"^\d{11}$",
        description="転入前住民票コード (11 digits: 10 + a modulus-11 check digit)",
    )
    foreign: ForeignItems | None = Field(default=None, description="外国人住民の記載事項")
    answers: dict[AnswerKey, bool] = Field(
        default_factory=dict,
        max_length=MAX_ANSWERS,
        description="answers to the related-procedure questions about this person "
        "(kokuho 国民健康保険, inkan 印鑑登録, shogai_techo 障害者手帳, mynumber_card …)",
    )


class Household(_Model):
    """世帯: how the household is affected."""

    scope: Literal["all", "part"] = Field(
        default="all", description="異動する範囲 (全部 / 一部 of the household)"
    )
    head_name: FullNameText = Field(default="", description="世帯主氏名 (at the new address)")
    head_name_kana: LongText = Field(default="", description="世帯主氏名のフリガナ")
    new_head_name: FullNameText = Field(default="", description="新世帯主 (世帯主変更, 世帯分離)")
    former_head_name: FullNameText = Field(default="", description="従前の世帯主")
    joins_existing: bool = Field(
        default=False, description="an existing household at the new address takes them in"
    )
    answers: dict[AnswerKey, bool] = Field(
        default_factory=dict,
        max_length=MAX_ANSWERS,
        description="answers to the related-procedure questions about the household (dog 犬 …)",
    )


#: 本人確認書類 named for one identity check (two are the usual most: 健康保険証 + 年金手帳).
MAX_ID_DOCUMENTS = 5


class IdCheck(_Model):
    """本人確認: which document identified the filer, and how it was checked.

    ``method``: ``ic`` the card's chip was read at the counter; ``card_face`` the card's face
    (photo, name) was checked by eye; ``other_documents`` other documents, named in
    ``documents``; ``visual`` checked by eye (records from before the three were told apart).
    """

    document: NameText = Field(
        default="", description="本人確認書類 (マイナンバーカード, 在留カード …)"
    )
    method: Literal["ic", "visual", "card_face", "other_documents"] | None = Field(
        default=None,
        description="確認方法 (ic: IC chip read; card_face: the card's face checked; "
        "other_documents: the documents named; visual: checked by eye)",
    )
    documents: list[NameText] = Field(
        default_factory=list,
        max_length=MAX_ID_DOCUMENTS,
        description="確認した書類の名称 (other_documents: 運転免許証, 健康保険証 …)",
    )


UnitCoordinate = Annotated[float, Field(ge=0.0, le=1.0)]


class Stroke(_Model):
    """One pen stroke of a signature: points in a 0..1 box (x right, y down), with times."""

    points: list[tuple[UnitCoordinate, UnitCoordinate]] = Field(
        max_length=MAX_POINTS_PER_STROKE, description="(x, y) in the signature box, 0..1"
    )
    t_ms: list[Annotated[int, Field(ge=0, le=3_600_000)]] | None = Field(
        default=None,
        max_length=MAX_POINTS_PER_STROKE,
        description="milliseconds since pen-down, one per point",
    )

    @model_validator(mode="after")
    def _times_match_points(self) -> Stroke:
        if self.t_ms is not None and len(self.t_ms) != len(self.points):
            raise ValueError(f"{len(self.t_ms)} times for {len(self.points)} points")
        return self


class Signature(_Model):
    """署名: the filer's signature drawn on the touch screen."""

    strokes: list[Stroke] = Field(default_factory=list, max_length=MAX_STROKES)
    aspect: float = Field(
        default=4.0, gt=0, le=100, description="width / height of the box signed in"
    )
    signed_at: datetime | None = Field(default=None, description="署名日時")

    @model_validator(mode="after")
    def _bounded(self) -> Signature:
        total = sum(len(s.points) for s in self.strokes)
        if total > MAX_POINTS:
            raise ValueError(f"a signature of {total} points is more than {MAX_POINTS}")
        return self

    @property
    def is_empty(self) -> bool:
        return not any(len(s.points) > 0 for s in self.strokes)


class PaperSignature(_Model):
    """署名（紙）: the filer signed the printed form by hand; who at the counter checked it."""

    checked_by: NameText = Field(min_length=1, description="署名を確認した職員 (staff login id)")
    checked_at: AwareDatetime = Field(description="署名の確認日時 (UTC)")


class Filer(_Model):
    """届出人: the person filing, who may not be moving themselves.

    A filer other than the mover (世帯主・世帯員 filing for others, 任意代理人 with a 委任状,
    法定代理人) says how they are related to the persons moving (``relationship``); the 委任状
    staff saw is recorded with who saw it and when. Values read from the filer's own card have
    provenance paths under ``filer.``, kept apart from the movers' (``persons.N.``).
    """

    kubun: FilerKubun = Field(default=FilerKubun.HONNIN, description="届出人の区分")
    name: PersonName = Field(default_factory=PersonName, description="氏名")
    address: Address = Field(default_factory=Address, description="住所")
    phone: str = Field(default="", max_length=30, pattern=r"^[0-9+\-() ]*$", description="電話番号")
    id_check: IdCheck = Field(default_factory=IdCheck, description="本人確認")
    power_of_attorney: bool = Field(default=False, description="委任状あり")
    signature: Signature = Field(default_factory=Signature, description="署名")
    relationship: NameText = Field(
        default="",
        description="異動者との関係 (続柄 as written: 本人, 父, 妻, 子の配偶者, 知人 …)",
    )
    relationship_code: str | None = Field(
        default=None,
        pattern=r"^[0-9][0-9X]$",
        description="異動者との関係の続柄コード (where the relation is a 続柄)",
    )
    power_of_attorney_seen_by: NameText = Field(
        default="", description="委任状を確認した職員 (staff login id)"
    )
    power_of_attorney_seen_at: AwareDatetime | None = Field(
        default=None, description="委任状の確認日時 (UTC)"
    )
    paper_signature: PaperSignature | None = Field(
        default=None,
        description="紙への署名 (the printed form signed by hand, and who checked it)",
    )

    @property
    def is_paper_signed(self) -> bool:
        """True when the filer signed the printed form (and staff checked it)."""
        return self.paper_signature is not None


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
    tenshutsu_planned_on: date | None = Field(
        default=None,
        description="転出の予定年月日 from the 転出証明書情報 (特例転入, 住基法 24条の2: "
        "the 転入 is due within 30 days of it)",
    )
    setai_henko: SetaiHenkoKubun | None = Field(default=None, description="世帯変更区分")
    onestop_number: CodeText = Field(default="", description="引越しワンストップ申請番号")
    visit_planned_on: date | None = Field(default=None, description="来庁予定日")
    note: LongText = Field(default="", description="備考 (one paragraph, no line breaks)")

    @property
    def tokurei(self) -> bool:
        """特例転入: the 転出証明書 arrives as data over 住基ネット."""
        return self.tenshutsu_shomei is TenshutsuShomei.TOKUREI


class RelatedProcedure(_Model):
    """関連手続: one procedure the household must also do, and why (ワンストップ)."""

    code: NameText = Field(description="stable id of the procedure (kokuho, kaigo …)")
    name: FullNameText = Field(description="手続名")
    department: NameText = Field(default="", description="担当課")
    reason: LongText = Field(description="why it applies (shown to the resident and staff)")
    persons: list[Annotated[int, Field(ge=0, lt=MAX_PERSONS)]] = Field(
        default_factory=list, max_length=MAX_PERSONS, description="indexes into persons[]"
    )
    done: bool = Field(default=False, description="済")


class Correction(_Model):
    """訂正: one value staff changed after the resident signed, as a paper form's 訂正 records it.

    ``before`` and ``after`` are the field's text (:func:`provenance_text`); ``reason`` is a
    code of :data:`forms.correction.CORRECTION_REASONS`, printed with its Japanese label.
    """

    path: FieldPath = Field(description="訂正した項目 (field path, persons.0.name.family)")
    before: LongText = Field(description="訂正前 (as the resident signed it)")
    after: LongText = Field(description="訂正後")
    staff_id: NameText = Field(min_length=1, description="訂正者 (staff login id)")
    at: AwareDatetime = Field(description="訂正日時 (UTC)")
    reason: str = Field(pattern=r"^[a-z_]{1,40}$", description="訂正理由コード")


#: 訂正 on one notification (a form corrected more often is re-filed, not corrected again).
MAX_CORRECTIONS = 200
#: Notes for staff on one notification (card reader notes, acknowledged alerts).
MAX_JIMU_ALERTS = 100


#: Sections of one notification the resident can confirm on the screen.
MAX_CONFIRMATIONS = 40


class SectionConfirmation(_Model):
    """住民確認: one section of the form the resident confirmed on the touch screen.

    ``section`` is the confirm screen's section key (``todoke``, ``newAddress``, ``persons`` …);
    ``by`` the audit id of who confirmed it (``resident:<session>``).
    """

    section: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,31}$", description="確認した欄")
    by: NameText = Field(min_length=1, description="確認した人 (audit id)")
    at: AwareDatetime = Field(description="確認日時 (UTC)")


class Jimu(_Model):
    """事務処理: the clerks' box, filled by the system and staff only."""

    reception_number: CodeText = Field(default="", description="受付番号")
    terminal: NameText = Field(default="", description="端末")
    received_by: NameText = Field(default="", description="受付者")
    reviewed_by: NameText = Field(default="", description="審査者")
    status: CodeText = Field(default="", description="状態 (仮登録, 本登録, 送信済 …)")
    entered_at: datetime | None = Field(default=None, description="入力日時")
    reviewed_at: datetime | None = Field(default=None, description="審査日時")
    alerts: list[LongText] = Field(
        default_factory=list,
        max_length=MAX_JIMU_ALERTS,
        description="notes for staff (card reader notes, acknowledged alerts)",
    )
    note: LongText = Field(default="", description="事務処理欄の備考")
    signed_digest: str = Field(
        default="",
        pattern=r"^([0-9a-f]{64})?$",
        description="署名時の内容のSHA-256: what the resident saw and signed "
        "(forms.signed_digest, 事務処理 excluded)",
    )
    corrections: list[Correction] = Field(
        default_factory=list,
        max_length=MAX_CORRECTIONS,
        description="訂正: values staff changed after the resident signed",
    )
    intake_mode: IntakeMode | None = Field(
        default=None,
        description="受付の方法 (self_service セルフ入力, staff_led 対面入力, "
        "paper_signed 紙に署名; empty for notifications from other systems)",
    )
    confirmations: list[SectionConfirmation] = Field(
        default_factory=list,
        max_length=MAX_CONFIRMATIONS,
        description="住民確認: the sections the resident confirmed on the screen, by whom, when",
    )


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
    previous_head_name: FullNameText = Field(default="", description="従前の住所の世帯主氏名")
    destination: Address = Field(default_factory=Address, description="転出先 (予定)")
    household: Household = Field(default_factory=Household, description="世帯")
    persons: list[Person] = Field(
        default_factory=list, max_length=MAX_PERSONS, description="異動者"
    )
    related: list[RelatedProcedure] = Field(
        default_factory=list, max_length=_MAX_RELATED, description="関連手続"
    )
    jimu: Jimu = Field(default_factory=Jimu, description="事務処理")
    provenance: dict[FieldPath, Provenance] = Field(
        default_factory=dict,
        max_length=_MAX_PROVENANCE,
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
