"""Decoding (and, for the emulator, encoding) of EF 0002 基本4情報 and EF 0001 個人番号.

The basic-4 file is ``FF20 <len> { DF21 08 <4 offsets> DF22 name DF23 address DF24 birth
DF25 sex }`` then 00/FF filler. The outer length appears in short form (``FF 20 65`` on the
published test card) and long form (``FF 20 82 HH LL``): lengths are parsed generically and no
offset is hard-coded. Text is UTF-8 and is returned as it is (characters outside JIS X 0208
included). Any malformation raises :class:`~cardreader.errors.CardDataError`.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Literal

from stdnum.jp import in_ as jp_in

from cardreader import tlv
from cardreader.errors import CardDataError
from cardreader.identity import CardIdentity
from cardreader.layout import BASIC4_TAGS, KENHOJO_AP, MY_NUMBER_LENGTH

log = logging.getLogger(__name__)

SEX_CODES = frozenset({"0", "1", "2", "9"})  # ISO 5218
Layout = Literal["short", "long"]


def _text(value: bytes, what: str) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise CardDataError(f"{what} is not valid UTF-8") from None


def _birth_date(value: bytes) -> date:
    if len(value) != 8 or not all(0x30 <= b <= 0x39 for b in value):
        raise CardDataError("the birth date is not 8 ASCII digits")
    text = value.decode("ascii")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise CardDataError("the birth date is not a calendar date") from None


def _sex(value: bytes) -> str:
    text = value.decode("ascii", errors="replace")
    if text not in SEX_CODES:
        raise CardDataError("the sex code is not one of 1, 2, 9, 0")
    return text


def decode_basic4(data: bytes) -> CardIdentity:
    """Decode the 基本4情報 file (filler after the object is allowed and ignored)."""
    tags = BASIC4_TAGS
    outer = tlv.read_tlv(data, 0)
    if outer.tag != tags.outer:
        raise CardDataError(f"expected tag {tags.outer:X}, found {outer.tag:X}")
    fields: dict[int, tlv.Tlv] = {}
    for item in tlv.iter_tlv(data, outer.header.value_offset, outer.header.end):
        fields.setdefault(item.tag, item)
    missing = [t for t in (tags.name, tags.address, tags.birth_date, tags.sex) if t not in fields]
    if missing:
        raise CardDataError("missing field(s) " + ", ".join(f"{t:X}" for t in missing))
    offsets = fields.get(tags.offsets)
    if offsets is not None:
        # The table is informational: we parse by TLV. A mismatch is worth a note for IT (no
        # personal data in it), not a refusal that would turn a resident away.
        want = [
            fields[t].header.offset for t in (tags.name, tags.address, tags.birth_date, tags.sex)
        ]
        got = [
            int.from_bytes(offsets.value[i : i + 2], "big") for i in range(0, len(offsets.value), 2)
        ]
        if got != want:
            log.warning("basic-4 offset table %s does not match the objects at %s", got, want)
    return CardIdentity(
        name=_text(fields[tags.name].value, "the name"),
        address=_text(fields[tags.address].value, "the address"),
        birth_date=_birth_date(fields[tags.birth_date].value),
        sex=_sex(fields[tags.sex].value),
    )


def encode_basic4(
    basic4: CardIdentity, *, layout: Layout = "short", filler: bytes = b"\xff" * 16
) -> bytes:
    """The file content a card holds (used by the emulator and tests).

    ``layout="short"`` uses the minimal BER length (``FF 20 65`` like the published test card;
    ``81 xx``/``82 HH LL`` once the content needs it); ``"long"`` always writes ``82 HH LL``.
    The offset table gives each field's offset from the start of the file.
    """
    tags = BASIC4_TAGS
    parts = [
        tlv.encode(tags.name, basic4.name.encode("utf-8")),
        tlv.encode(tags.address, basic4.address.encode("utf-8")),
        tlv.encode(tags.birth_date, basic4.birth_date.strftime("%Y%m%d").encode("ascii")),
        tlv.encode(tags.sex, basic4.sex.encode("ascii")),
    ]
    table_len = 3 + 8
    body_len = table_len + sum(len(p) for p in parts)
    outer_header = tlv.encode_tag(tags.outer) + tlv.encode_length(
        body_len, long_form=(layout == "long")
    )
    pos = len(outer_header) + table_len
    offsets = b""
    for p in parts:
        offsets += pos.to_bytes(2, "big")
        pos += len(p)
    body = tlv.encode(tags.offsets, offsets) + b"".join(parts)
    return outer_header + body + filler


def is_valid_my_number(number: str) -> bool:
    """Twelve ASCII digits whose last is the 個人番号 check digit (python-stdnum's
    ``stdnum.jp.in_``, 番号法施行令 8条)."""
    return (
        len(number) == MY_NUMBER_LENGTH
        and number.isascii()
        and number.isdigit()
        and jp_in.is_valid(number)
    )


def decode_my_number(data: bytes) -> str:
    """Decode EF 0001 (``FF 10 0C`` + 12 ASCII digits + filler) and check the check digit."""
    tag = KENHOJO_AP.file("my_number").tag
    obj = tlv.read_tlv(data, 0)
    if obj.tag != tag:
        raise CardDataError(f"expected tag {tag:X}, found {obj.tag:X}")
    text = obj.value.decode("ascii", errors="replace")
    if not is_valid_my_number(text):
        raise CardDataError("the individual number is not 12 digits with a valid check digit")
    return text


def encode_my_number(number: str) -> bytes:
    tag = KENHOJO_AP.file("my_number").tag
    assert tag is not None
    return tlv.encode(tag, number.encode("ascii")) + b"\xff\xff"
