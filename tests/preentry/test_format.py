"""The pre-entry code (``KM1:`` base45 of zlib of compact JSON): round trips, sizes, and the
strict parser's one-line refusals."""

from __future__ import annotations

import json
import zlib
from typing import Any

import pytest
import qrcode
from qrcode.util import MODE_ALPHA_NUM, QRData

from forms import preentry
from forms.preentry import PreEntryError, b45decode, b45encode, decode, encode, from_document
from tests.preentry.samples import FAMILY


def _code(document: Any, *, raw: bytes | None = None) -> str:
    data = raw if raw is not None else json.dumps(document, ensure_ascii=False).encode()
    return "KM1:" + b45encode(zlib.compress(data))


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"AB", "BB8"),
        (b"Hello!!", "%69 VD92EX0"),
        (b"base-45", "UJCLQE7W581"),
        (b"ietf!", "QED8WEX0"),
        (b"", ""),
    ],
)
def test_base45_is_rfc_9285(data: bytes, text: str) -> None:
    assert b45encode(data) == text
    assert b45decode(text) == data


@pytest.mark.parametrize("text", ["GGW", "ZZZZ", "AB", "abc"])
def test_base45_refuses_what_it_cannot_be(text: str) -> None:
    with pytest.raises(ValueError):
        b45decode(text)


def test_a_family_of_four_round_trips_in_a_phone_sized_qr() -> None:
    entry = from_document(FAMILY)
    text = encode(entry)
    assert text.startswith("KM1:")
    assert decode(text) == entry
    raw_json = len(entry.to_json().encode("utf-8"))
    # The whole code is QR alphanumeric text: 5.5 bits a character.
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(QRData(text, mode=MODE_ALPHA_NUM))
    qr.make(fit=True)
    plain = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    plain.add_data(entry.to_json().encode("utf-8"))
    plain.make(fit=True)
    print(
        f"family of four: JSON {raw_json} B, code {len(text)} chars "
        f"({len(text) / raw_json:.2f} chars per JSON byte), QR version {qr.version}-M "
        f"({qr.modules_count} modules) vs {plain.version}-M for the JSON as bytes"
    )
    assert len(text) < 1000
    assert qr.version <= plain.version


@pytest.mark.parametrize(
    "typed",
    [
        lambda t: t + "\r\n",  # a scanner's Enter
        lambda t: "  " + t.lower(),  # Caps Lock, leading spaces
        lambda t: t.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),  # full width (IME)
    ],
    ids=["enter", "lower-case", "full-width"],
)
def test_what_a_2d_scanner_types_decodes(typed: Any) -> None:
    entry = from_document(FAMILY)
    assert decode(typed(encode(entry))) == entry


def _refusal(text: str) -> PreEntryError:
    with pytest.raises(PreEntryError) as info:
        decode(text)
    err = info.value
    assert "\n" not in str(err) and "\n" not in err.message_ja
    assert len(str(err)) < 240
    return err


def test_an_unknown_version_is_one_line_naming_it() -> None:
    err = _refusal("KM2:" + encode(from_document(FAMILY))[4:])
    assert err.code == "version"
    assert "version 2" in str(err) and "version 1" in str(err)


@pytest.mark.parametrize("text", ["", "hello", "https://example.jp/", "KM:ABC", "HC1:NCFOXN"])
def test_other_codes_are_not_preentry(text: str) -> None:
    assert _refusal(text).code == "not_preentry"
    assert not preentry.looks_like_preentry(text)


def test_every_damaged_or_cut_code_is_refused() -> None:
    text = encode(from_document(FAMILY))
    body = text[4:]
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    for i in range(0, len(body), 7):
        flipped = alphabet[(alphabet.index(body[i]) + 1) % 45]
        assert _refusal("KM1:" + body[:i] + flipped + body[i + 1 :]).code in ("damaged", "invalid")
    for cut in (3, len(body) // 2, len(body) - 3):
        assert _refusal("KM1:" + body[:cut]).code == "damaged"


def test_sizes_are_limited_before_inflating() -> None:
    bomb = json.dumps({**FAMILY, "pad": " " * 2_000_000}).encode()
    assert _refusal(_code(None, raw=bomb)).code == "too_large"
    assert _refusal("KM1:" + "A" * 4000).code == "too_large"
    assert _refusal("KM1:" + "A" * 100_000).code == "too_large"


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b'{"c": NaN}', "NaN"),
        (b'{"c": Infinity}', "Infinity"),
        (b'{"k": "tennyu", "k": "tenkyo"}', "duplicate"),
        (b"[1, 2]", "object"),
        (b"\xff\xfe", "JSON"),
    ],
)
def test_not_json_objects_are_refused(raw: bytes, where: str) -> None:
    err = _refusal(_code(None, raw=raw))
    assert err.code == "invalid"
    assert where in str(err)


def _with(**changes: Any) -> dict[str, Any]:
    doc = json.loads(json.dumps(FAMILY))
    for key, value in changes.items():
        doc[key] = value
    return doc


@pytest.mark.parametrize(
    ("document", "where"),
    [
        (_with(kind="tennyu"), "kind"),  # the long names are not the format's keys
        (_with(x="true"), "x"),  # no coercion
        (_with(h=4), "h"),  # head out of range
        (_with(p=[]), "p"),
        (_with(p=[FAMILY["p"][0]] * 11), "p"),
        (_with(d="2026-02-30"), "d"),
        (_with(l="xx"), "l"),
        (_with(a={**FAMILY["a"], "b": "1-2-3号"}), "a.b"),
        (_with(a={**FAMILY["a"], "h": "ハイツ\n201"}), "a.h"),
        (_with(a={**FAMILY["a"], "h": "x" * 61}), "a.h"),
        (_with(k="tenkyo", x=True), "(top level)"),
        (_with(q={"kokuho": 1}), "q.kokuho"),
        (_with(o="12 34"), "o"),
    ],
)
def test_the_content_must_follow_the_format(document: dict[str, Any], where: str) -> None:
    err = _refusal(_code(document))
    assert err.code == "invalid"
    assert where in str(err)


def test_a_my_number_is_never_taken() -> None:
    # 123456789018 has a valid 個人番号 check digit; typed where a building name goes.
    document = _with(a={**FAMILY["a"], "h": "１２３４５６７８９０１８"})
    err = _refusal(_code(document))
    assert err.code == "my_number"
    assert "123456789018" not in str(err) and "１２３４５６７８９０１８" not in err.message_ja
    # Written in kanji numerals and groups, as at the counter, it is refused just the same.
    spelled = _with(a={**FAMILY["a"], "h": "一二三四 五六七八 九〇一八"})
    assert _refusal(_code(spelled)).code == "my_number"
    # Twelve digits that are not a 個人番号 (the check digit fails) are just text.
    ok = _with(a={**FAMILY["a"], "h": "123456789010"})
    assert decode(_code(ok)).address is not None
