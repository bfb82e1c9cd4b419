"""Pre-entry codes (事前入力): the answers a resident gives at home, carried to the counter in a QR.

A resident answers the counter's questions on a phone (``kiosk preentry serve`` serves the page);
the page ends with a QR code holding the answers, which the counter reads with its camera or a
2D scanner. Nothing is sent to a server on the way: the code *is* the data. The format is
specified in ``docs/preentry-format.md``; in short::

    KM1:<base45( zlib( compact JSON ) )>

- ``KM1:`` names the format and its version (KM = 書かない窓口, "kakanai madoguchi"). A counter
  refuses any other version with one line that says so, rather than guessing.
- The JSON (UTF-8, short keys, see :class:`PreEntry`) is compressed with zlib (RFC 1950: deflate
  plus an Adler-32 checksum, so a damaged code is detected) and written in base45 (RFC 9285),
  whose 45 characters are exactly QR's alphanumeric mode: 5.5 bits per character instead of 8,
  the scheme of the EU Digital COVID Certificate. A family of four fits in about 600
  characters, a QR a phone screen shows and a tablet camera reads.
- It never holds a 個人番号 (refused if any text looks like one) nor a PIN.

:func:`decode` is strict: sizes are limited before anything is inflated or parsed, the JSON may
not hold NaN, Infinity or duplicate keys, unknown keys are refused, and every failure is a
:class:`PreEntryError` with a one-line message (English ``str``, Japanese ``message_ja``) and a
stable :attr:`~PreEntryError.code` screens can translate. Text typed by a 2D scanner acting as a
keyboard is accepted as it arrives (surrounding spaces, full-width characters from a Japanese
input method, lower case from Caps Lock).

:func:`apply_preentry` writes a decoded pre-entry into a draft :class:`~forms.model.Notification`,
recording each value's origin in :attr:`Notification.provenance` (source ``preentry``), so staff
see what the resident typed at home. The card's four items take precedence: a value still
verified by the IC chip is never overwritten, and a pre-entered value that differs from it is
reported to staff instead.
"""

from __future__ import annotations

import json
import re
import unicodedata
import zlib
from datetime import date, datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from forms.address import lookup_postal_code
from forms.kana import to_katakana
from forms.model import (
    Address,
    Kind,
    Notification,
    Origin,
    Person,
    Provenance,
    provenance_text,
)
from forms.my_number import looks_like_my_number

__all__ = [
    "LANGUAGES",
    "MAX_PERSONS",
    "MAX_TEXT",
    "PREFIX",
    "RELATIONSHIPS",
    "SOURCE",
    "VERSION",
    "PreEntry",
    "PreEntryAbroad",
    "PreEntryAddress",
    "PreEntryError",
    "PreEntryPerson",
    "apply_preentry",
    "b45decode",
    "b45encode",
    "decode",
    "encode",
    "from_document",
    "from_preentry",
    "looks_like_preentry",
]

VERSION = 1
"""The format version this counter writes and reads."""
PREFIX = f"KM{VERSION}:"
"""What every code of this version starts with."""
MAX_TEXT = 3000
"""Characters of a whole code (a version 40 QR holds 4,296; a phone-sized one far fewer)."""
MAX_JSON = 16 * 1024
"""Bytes of the JSON once inflated: a zip bomb stops here, long before memory matters."""
MAX_PERSONS = 10
"""Persons in one pre-entry: a larger household is entered at the counter."""

Language = Literal["ja", "ja-easy", "en", "zh", "ko", "vi", "pt", "es", "fil", "ne"]
LANGUAGES: tuple[str, ...] = get_args(Language)
"""Languages the page offers (the resident screens' languages); the counter may switch to it."""

Relationship = Literal["妻", "夫", "子", "父", "母", "兄", "弟", "姉", "妹", "同居人"]
RELATIONSHIPS: tuple[str, ...] = get_args(Relationship)
"""続柄 a resident can choose by button, as on the tablet; ``?`` means "ask staff"."""

RelatedQuestion = Literal["kokuho", "shogai_techo", "dog", "inkan"]
"""Related-procedure questions (関連手続) of the tablet, answered yes / no."""


class PreEntryError(ValueError):
    """A text that is not a usable pre-entry code; one line, in English and in Japanese.

    ``code`` is stable for screens: ``not_preentry`` (not our code at all), ``version`` (a
    later or earlier format), ``too_large``, ``damaged`` (base45, checksum or inflating
    failed), ``invalid`` (the content breaks the format's rules), ``my_number`` (a text looks
    like a 個人番号), ``kind_mismatch`` (applied to a draft of another kind).
    """

    def __init__(self, code: str, message_en: str, message_ja: str) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_ja = message_ja


# --- base45 (RFC 9285) ---------------------------------------------------------------------------

_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B45_VALUE = {c: i for i, c in enumerate(_B45)}


def b45encode(data: bytes) -> str:
    """RFC 9285 base45: two bytes become three characters (one trailing byte, two)."""
    out: list[str] = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        n, c = divmod(n, 45)
        e, d = divmod(n, 45)
        out += (_B45[c], _B45[d], _B45[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += (_B45[c], _B45[d])
    return "".join(out)


def b45decode(text: str) -> bytes:
    """Inverse of :func:`b45encode`; ValueError on a character or group that cannot be."""
    try:
        values = [_B45_VALUE[c] for c in text]
    except KeyError as exc:
        raise ValueError(f"{exc.args[0]!r} is not a base45 character") from None
    if len(values) % 3 == 1:
        raise ValueError("base45 text cannot have a length of 3n+1")
    out = bytearray()
    for i in range(0, len(values), 3):
        group = values[i : i + 3]
        n = sum(v * 45**k for k, v in enumerate(group))
        if len(group) == 3:
            if n > 0xFFFF:
                raise ValueError("a base45 group is out of range")
            out += n.to_bytes(2, "big")
        else:
            if n > 0xFF:
                raise ValueError("a base45 group is out of range")
            out.append(n)
    return bytes(out)


# --- the payload ---------------------------------------------------------------------------------


def _printable(value: str) -> str:
    """Text fields hold printable text only: no control, format or line-break characters."""
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            raise ValueError(f"U+{ord(ch):04X} is not printable text")
    if looks_like_my_number(value):
        raise ValueError("個人番号")
    return value


Text = Annotated[str, AfterValidator(_printable)]


class _Strict(BaseModel):
    """No unknown keys, no coercion (``"1"`` is not 1, 1 is not true), immutable."""

    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, populate_by_name=True, allow_inf_nan=False
    )


class PreEntryAddress(_Strict):
    """The address chosen from the postal code's candidates, with what was typed after it."""

    postal_code: str = Field(alias="z", pattern=r"^\d{7}$", description="郵便番号, 7 digits")
    prefecture: Text = Field(alias="p", min_length=1, max_length=10, description="都道府県")
    municipality: Text = Field(alias="m", min_length=1, max_length=50, description="市区郡町村")
    town: Text = Field(default="", alias="t", max_length=100, description="町字")
    town_kana: Text = Field(default="", alias="tk", max_length=200, description="町字のフリガナ")
    lg_code: str | None = Field(
        default=None, alias="g", pattern=r"^\d{6}$", description="全国地方公共団体コード"
    )
    banchi: str = Field(
        default="", alias="b", max_length=24, pattern=r"^[0-9-]*$", description="番地・号 (1-2-3)"
    )
    katagaki: Text = Field(default="", alias="h", max_length=60, description="方書")


class PreEntryAbroad(_Strict):
    """A country (and, when known, the address there): where a resident comes from or goes."""

    country: Text = Field(alias="n", min_length=1, max_length=40, description="国名")
    address: Text = Field(default="", alias="a", max_length=120, description="国外の住所")


class PreEntryPerson(_Strict):
    """One person moving, as typed on the phone. The first one is the resident who files."""

    family: Text = Field(default="", alias="f", max_length=50, description="氏")
    given: Text = Field(default="", alias="g", max_length=50, description="名")
    family_kana: Text = Field(default="", alias="fk", max_length=100, description="氏のフリガナ")
    given_kana: Text = Field(default="", alias="gk", max_length=100, description="名のフリガナ")
    birth_date: date | None = Field(default=None, alias="b", description="生年月日")
    sex: Literal["1", "2"] | None = Field(default=None, alias="s", description="性別 (ISO 5218)")
    relationship: Relationship | Literal["世帯主", "?", ""] = Field(
        default="", alias="r", description="世帯主との続柄 (as on the tablet's buttons)"
    )


class PreEntry(_Strict):
    """The answers of one pre-entry (the JSON inside a ``KM1:`` code; keys are the aliases)."""

    language: Language = Field(
        default="ja", alias="l", description="the language the resident answered in"
    )
    created_on: date = Field(alias="c", description="the day the code was made (on the phone)")
    kind: Literal["tennyu", "tenkyo", "tenshutsu"] = Field(alias="k", description="異動の種類")
    abroad: bool = Field(default=False, alias="x", description="from abroad (転入) / to abroad")
    moved_on: date | None = Field(default=None, alias="d", description="異動日 (転出: 予定日)")
    address: PreEntryAddress | None = Field(
        default=None, alias="a", description="新住所 (転入・転居) or 転出先 (転出 in Japan)"
    )
    abroad_place: PreEntryAbroad | None = Field(
        default=None, alias="f", description="the country of a 転入 from / 転出 to abroad"
    )
    persons: list[PreEntryPerson] = Field(
        alias="p", min_length=1, max_length=MAX_PERSONS, description="異動者, the filer first"
    )
    head: int | None = Field(
        default=None,
        alias="h",
        ge=-1,
        lt=MAX_PERSONS,
        description="index of the 世帯主 in persons; -1: someone who is not moving",
    )
    related: dict[RelatedQuestion, bool] = Field(
        default_factory=dict, alias="q", description="answers to the related-procedure questions"
    )
    onestop_number: str = Field(
        default="",
        alias="o",
        max_length=20,
        pattern=r"^[0-9A-Za-z-]*$",
        description="引越しワンストップ申請番号 (転入 in Japan)",
    )

    @model_validator(mode="after")
    def _consistent(self) -> PreEntry:
        if self.kind == "tenkyo" and self.abroad:
            raise ValueError("a 転居 is within the municipality, never abroad")
        if self.abroad and self.kind == "tenshutsu" and self.address is not None:
            raise ValueError("a 転出 abroad has no Japanese destination address")
        if self.abroad_place is not None and not self.abroad:
            raise ValueError("a country is given but the move is not from or to abroad")
        if self.head is not None and self.head >= len(self.persons):
            raise ValueError(f"head {self.head} is not one of the {len(self.persons)} persons")
        if self.onestop_number and (self.kind != "tennyu" or self.abroad):
            raise ValueError("a 引越しワンストップ申請番号 belongs to a 転入 from within Japan")
        if "inkan" in self.related and self.kind != "tenshutsu":
            raise ValueError("the 印鑑登録 question is asked on a 転出 only")
        return self

    def to_json(self) -> str:
        """The compact JSON of the code (aliases, defaults left out)."""
        return self.model_dump_json(by_alias=True, exclude_defaults=True)


# --- encoding and decoding -----------------------------------------------------------------------


def encode(entry: PreEntry) -> str:
    """The text of a QR code for ``entry`` (what the phone page makes in the browser)."""
    raw = entry.to_json().encode("utf-8")
    return PREFIX + b45encode(zlib.compress(raw, 9))


_VERSION_PREFIX = re.compile(r"^KM(\d{1,3}):")


def looks_like_preentry(text: str) -> bool:
    """Whether ``text`` (a camera read, or what a scanner typed) is meant to be a pre-entry code
    of any version — so a screen can say "this code is from a newer page" rather than ignore it.
    """
    return _VERSION_PREFIX.match(_clean(text)) is not None


def _clean(text: str) -> str:
    # A scanner acting as a keyboard types through the input method: full-width characters
    # (ＫＭ１：…), lower case under Caps Lock, a trailing Enter. base45 has no lower-case letters,
    # so upper-casing cannot change a valid code.
    return unicodedata.normalize("NFKC", text).strip().upper()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def decode(text: str) -> PreEntry:
    """The pre-entry in a code's text; :class:`PreEntryError` (one line) for anything else."""
    if len(text) > MAX_TEXT * 2:
        raise PreEntryError(
            "too_large",
            f"a pre-entry code is at most {MAX_TEXT} characters; this text is far longer",
            f"事前入力のコードが長すぎます（{MAX_TEXT}文字まで）",
        )
    s = _clean(text)
    m = _VERSION_PREFIX.match(s)
    if m is None:
        raise PreEntryError(
            "not_preentry",
            f"not a pre-entry code (it does not start with {PREFIX})",
            "事前入力のコードではありません",
        )
    version = int(m.group(1))
    if version != VERSION:
        raise PreEntryError(
            "version",
            f"pre-entry code version {version} is not supported: this counter reads "
            f"version {VERSION} (update the counter, or make the code again on its page)",
            f"事前入力のコードの版（{version}）に対応していません（この窓口は版{VERSION}）",
        )
    body = s[m.end() :]
    if len(body) > MAX_TEXT:
        raise PreEntryError(
            "too_large",
            f"a pre-entry code is at most {MAX_TEXT} characters, this one has {len(s)}",
            f"事前入力のコードが長すぎます（{MAX_TEXT}文字まで）",
        )
    damaged = PreEntryError(
        "damaged",
        "the pre-entry code is damaged or incomplete: read it again",
        "事前入力のコードが読み取れません。もう一度読み取ってください",
    )
    try:
        packed = b45decode(body)
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_JSON + 1)
    except (ValueError, zlib.error) as exc:
        raise damaged from exc
    if len(raw) > MAX_JSON or inflater.unconsumed_tail:
        raise PreEntryError(
            "too_large",
            f"the pre-entry code holds more than {MAX_JSON} bytes of answers",
            "事前入力のコードの内容が大きすぎます",
        )
    if not inflater.eof or inflater.unused_data:
        raise damaged
    try:
        document = json.loads(
            raw.decode("utf-8"),
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicates,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PreEntryError(
            "invalid",
            f"the pre-entry code does not hold valid JSON: {_one_line(exc)}",
            "事前入力のコードの内容が正しくありません",
        ) from exc
    if not isinstance(document, dict):
        raise PreEntryError(
            "invalid",
            "the pre-entry code does not hold a JSON object",
            "事前入力のコードの内容が正しくありません",
        )
    return from_document(document)


def from_document(document: dict[str, Any]) -> PreEntry:
    """Validate a pre-entry given as parsed JSON (the aliases as keys), strictly; one-line
    :class:`PreEntryError` on any problem."""
    try:
        # JSON mode: dates are ISO strings there; strict still refuses "1" for 1 or 1 for true.
        return PreEntry.model_validate_json(
            json.dumps(document), strict=True, by_alias=True, by_name=False
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        if "個人番号" in str(first.get("msg", "")):
            raise PreEntryError(
                "my_number",
                f"{where}: a text looks like a 12-digit individual number (個人番号), "
                "which a pre-entry code must never hold",
                "事前入力のコードに個人番号と思われる番号があるため、読み取りません",
            ) from None
        raise PreEntryError(
            "invalid",
            f"the pre-entry code breaks the format at {where}: {first['msg']}",
            f"事前入力のコードの内容が正しくありません（{where}）",
        ) from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


# --- applying a pre-entry to a draft -------------------------------------------------------------

SOURCE: Literal["preentry"] = "preentry"
"""The :class:`~forms.model.Provenance` source of values typed at home."""


def _fullwidth_banchi(text: str) -> str:
    """番地 as the register writes them: ``1-2-3`` → ``１－２－３`` (as the tablet does)."""
    digits = str.maketrans("0123456789-", "０１２３４５６７８９－")
    return text.translate(digits).strip("－")


def _name_key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _to_address(a: PreEntryAddress) -> Address:
    return Address(
        postal_code=f"{a.postal_code[:3]}-{a.postal_code[3:]}",
        lg_code=a.lg_code,
        prefecture=a.prefecture,
        municipality=a.municipality,
        town=a.town,
        kana=to_katakana(a.town_kana),
        banchi=_fullwidth_banchi(a.banchi),
        katagaki=a.katagaki.strip(),
    )


def _among_candidates(a: PreEntryAddress) -> bool:
    """Whether the chosen address is one the postal code really stands for (offline data)."""
    return any(
        (c.prefecture, c.municipality, c.town) == (a.prefecture, a.municipality, a.town)
        for c in lookup_postal_code(a.postal_code)
    )


class _Writer:
    """Sets values on a draft, recording their provenance, yielding to the card's values."""

    def __init__(
        self,
        n: Notification,
        *,
        card_first: bool,
        at: datetime | None,
        source: Literal["preentry", "tenshutsu_info"] = "preentry",
    ) -> None:
        self.n = n
        self.card_first = card_first
        self.at = at
        self.source: Literal["preentry", "tenshutsu_info"] = source
        self.mismatches: list[str] = []

    def set(self, path: str, value: object, *, label: str = "") -> None:
        n = self.n
        if self.card_first and n.is_card_verified(path):
            current = n.value_at(path)
            if value not in (None, "") and not _same(current, value):
                self.mismatches.append(label or path)
            return
        parent_path, _, attr = path.rpartition(".")
        parent = n.value_at(parent_path) if parent_path else n
        setattr(parent, attr, value)
        if value in (None, ""):
            n.provenance.pop(path, None)
            return
        n.provenance[path] = Provenance(
            source=self.source, value=provenance_text(value), recorded_at=self.at
        )


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return _name_key(a) == _name_key(b)
    return a == b


def _person_index(n: Notification, p: PreEntryPerson, start: int) -> int | None:
    """The draft person (from ``start`` on) this pre-entered person is: same birth date and
    name (ignoring spaces and widths). None when nobody matches."""
    typed = _name_key(p.family + p.given)
    for i in range(start, len(n.persons)):
        q = n.persons[i]
        same_birth = p.birth_date is not None and q.birth_date == p.birth_date
        if same_birth and (not typed or _name_key(q.name.family + q.name.given) == typed):
            return i
    return None


def apply_preentry(
    notification: Notification,
    payload: PreEntry,
    *,
    card_facts_take_precedence: bool = True,
    recorded_at: datetime | None = None,
) -> Notification:
    """A copy of ``notification`` with the pre-entered answers written in.

    Apply it to a fresh draft (the card's, from :func:`forms.prefill_from_card`): every field
    the pre-entry covers gets the pre-entered value and a ``preentry`` provenance, except those
    still verified by the IC chip when ``card_facts_take_precedence`` (the default) — a
    pre-entered value differing from the card's is then listed in ``jimu.alerts`` for staff.
    What the resident changes at the counter afterwards is applied after this.

    The first pre-entered person is the resident filing (the card holder, ``persons[0]``);
    the others are matched to persons already on the draft (read from their own cards) by
    birth date and name, and added when nobody matches. Related procedures are derived again.
    """
    if payload.kind != notification.kind.value:
        raise PreEntryError(
            "kind_mismatch",
            f"the pre-entry is for a {payload.kind}, the draft is a {notification.kind.value}",
            f"事前入力は{Kind(payload.kind).label}届ですが、この届出は{notification.kind.label}届です",
        )
    n = notification.model_copy(deep=True)
    w = _Writer(n, card_first=card_facts_take_precedence, at=recorded_at)
    kind = n.kind
    n.todoke.origin = Origin.ABROAD if payload.abroad else Origin.DOMESTIC
    if payload.moved_on is not None:
        w.set("todoke.moved_on", payload.moved_on)

    if payload.address is not None:
        block = "destination" if kind is Kind.TENSHUTSU else "new_address"
        address = _to_address(payload.address)
        for part in ("postal_code", "lg_code", "prefecture", "municipality", "town", "kana"):
            w.set(f"{block}.{part}", getattr(address, part))
        w.set(f"{block}.banchi", address.banchi)
        w.set(f"{block}.katagaki", address.katagaki)
        if not _among_candidates(payload.address):
            n.jimu.alerts.append(
                "事前入力の住所が郵便番号の候補にありません（郵便番号データの更新の違い？）：確認してください"
            )
    if payload.abroad_place is not None:
        block = "destination" if kind is Kind.TENSHUTSU else "previous_address"
        w.set(f"{block}.country", payload.abroad_place.country)
        w.set(f"{block}.foreign_address", payload.abroad_place.address)

    # Persons: the first is the filer (the card holder); the others are matched or added.
    for i, p in enumerate(payload.persons):
        if i == 0:
            if not n.persons:
                n.persons.append(Person())
            index = 0
        else:
            found = _person_index(n, p, 1)
            if found is None:
                n.persons.append(Person())
                index = len(n.persons) - 1
            else:
                index = found
        _write_person(w, index, p, filer=(i == 0))
    if w.mismatches:
        n.jimu.alerts.append(
            "事前入力の内容がカードと異なるため、カードの内容を使いました："
            + "、".join(dict.fromkeys(w.mismatches))
            + "（本人の事前入力か確認してください）"
        )

    if kind is not Kind.TENSHUTSU:
        _write_household(w, payload)
    _write_answers(n, payload)
    if payload.onestop_number:
        w.set("todoke.onestop_number", payload.onestop_number)
    n.jimu.alerts.append(
        f"事前入力（{PREFIX.rstrip(':')}、{payload.created_on.isoformat()} 作成、"
        f"言語 {payload.language}）の内容を含みます"
    )

    from forms import related as related_rules

    n.related = related_rules.derive(n)
    return n


def _write_person(w: _Writer, index: int, p: PreEntryPerson, *, filer: bool) -> None:
    base = f"persons.{index}"
    kana_f, kana_g = to_katakana(p.family_kana), to_katakana(p.given_kana)
    w.set(f"{base}.name.family", p.family.strip(), label="氏名")
    w.set(f"{base}.name.given", p.given.strip(), label="氏名")
    w.set(f"{base}.name.family_kana", kana_f)
    w.set(f"{base}.name.given_kana", kana_g)
    if p.birth_date is not None:
        w.set(f"{base}.birth_date", p.birth_date, label="生年月日")
    if p.sex is not None:
        w.set(f"{base}.sex", p.sex, label="性別")
    if p.relationship and p.relationship != "?":
        w.set(f"{base}.relationship", p.relationship)
    if filer:
        w.set("filer.name.family", p.family.strip(), label="氏名")
        w.set("filer.name.given", p.given.strip(), label="氏名")
        w.set("filer.name.family_kana", kana_f)
        w.set("filer.name.given_kana", kana_g)


def _write_household(w: _Writer, payload: PreEntry) -> None:
    n = w.n
    if payload.head is None:
        return
    if payload.head < 0:
        n.household.scope = "part"
        return
    n.household.scope = "all"
    index = _index_of(n, payload, payload.head)
    if index is None:
        return
    w.set(f"persons.{index}.relationship", "世帯主")
    w.set("household.head_name", n.persons[index].name.full())


def _index_of(n: Notification, payload: PreEntry, i: int) -> int | None:
    if i == 0:
        return 0
    return _person_index(n, payload.persons[i], 1)


def _write_answers(n: Notification, payload: PreEntry) -> None:
    """The related-procedure answers, where the tablet puts them: 国民健康保険 and 障害者手帳 for
    everyone moving, 印鑑登録 for the filer, the dog for the household."""
    for i, person in enumerate(n.persons):
        answers: dict[str, bool] = {
            k: v for k, v in payload.related.items() if k in ("kokuho", "shogai_techo")
        }
        if i == 0 and "inkan" in payload.related:
            answers["inkan"] = payload.related["inkan"]
        person.answers = {**person.answers, **answers}
    if "dog" in payload.related:
        n.household.answers = {**n.household.answers, "dog": payload.related["dog"]}


def from_preentry(n: Notification) -> list[str]:
    """Field paths still holding the value the resident pre-entered at home (for staff)."""
    return [
        path
        for path, prov in n.provenance.items()
        if prov.source == SOURCE and provenance_text(n.value_at(path)) == prov.value
    ]
