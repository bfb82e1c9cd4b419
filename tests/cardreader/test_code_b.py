"""照合番号B checked locally: how the 14 digits are built from a card face, and which inputs are
refused before anything is sent (nothing here touches a card)."""

from __future__ import annotations

import pickle
import re
from datetime import date

import pytest

from cardreader import validate_code_b
from cardreader.code_b import birth_yymmdd, code_b_from_card_face
from cardreader.errors import InvalidCodeBFormat, InvalidSecretFormat
from cardreader.layout import CODE_B
from cardreader.secret import Secret


def test_the_published_example_card_face() -> None:
    # Born 1980-02-17 (昭和55年), card valid until 2035, security code 2285.
    assert code_b_from_card_face(date(1980, 2, 17), 2035, "2285") == "55021720352285"


@pytest.mark.parametrize(
    ("born", "digits"),
    [
        (date(1926, 12, 24), "151224"),  # 大正15年
        (date(1926, 12, 25), "011225"),  # 昭和元年
        (date(1989, 1, 7), "640107"),  # 昭和64年
        (date(1989, 1, 8), "010108"),  # 平成元年
        (date(2019, 4, 30), "310430"),  # 平成31年
        (date(2019, 5, 1), "010501"),  # 令和元年
        (date(2020, 2, 24), "020224"),  # 令和2年
    ],
)
def test_birth_date_is_the_era_year_as_printed(born: date, digits: str) -> None:
    assert birth_yymmdd(born) == digits


def test_a_gregorian_card_face_uses_the_last_two_digits() -> None:
    assert birth_yymmdd(date(1998, 7, 9), "seireki") == "980709"


@pytest.mark.parametrize(
    "typed",
    [
        "55021720352285",
        "550217 2035 2285",
        " 5502 1720 3522 85 ",
        "550217\u30002035\u30002285",  # ideographic spaces between ASCII digits
        "550229 2035 2285",  # 昭和55年 = 1980, a leap year
    ],
)
def test_fourteen_ascii_digits_with_spaces_are_accepted(typed: str) -> None:
    secret = Secret(typed, CODE_B)
    assert secret.as_bytes() == typed.replace(" ", "").replace("\u3000", "").encode()


def test_full_width_digits_are_refused_with_a_message_that_says_so() -> None:
    with pytest.raises(InvalidCodeBFormat) as refused:
        Secret("５５０２１７２０３５２２８５", CODE_B)
    assert "全角" in refused.value.message_ja
    assert "14" in refused.value.message_ja
    assert isinstance(refused.value, InvalidSecretFormat) and isinstance(refused.value, ValueError)


@pytest.mark.parametrize(
    ("typed", "part"),
    [
        ("5502172035228", "数字14桁"),  # 13 digits
        ("550217203522851", "数字14桁"),  # 15 digits
        ("55021720352a85", "数字14桁"),
        ("5502-1720-3522-85", "数字14桁"),
        ("", "数字14桁"),
        ("20352285550217", "生年月日"),  # expiry and security code typed first: month 35
        ("22855502172035", "生年月日"),  # security code first: month 55
        ("55130120352285", "生年月日"),  # month 13
        ("55023020352285", "生年月日"),  # 30 February
        ("55000020352285", "生年月日"),  # month and day 00
        ("55021719992285", "有効期限"),  # no card expires in 1999
        ("55021722852035", "有効期限"),  # security code where the year belongs
    ],
)
def test_impossible_codes_are_refused_naming_the_part(typed: str, part: str) -> None:
    with pytest.raises(InvalidCodeBFormat) as refused:
        Secret(typed, CODE_B)
    assert part in refused.value.message_ja
    # The message repeats none of the input: no run of 4+ of its digits appears in it.
    text = str(refused.value) + refused.value.message_ja
    for run in re.findall(r"\d{4,}", typed):
        for i in range(len(run) - 3):
            assert run[i : i + 4] not in text


def test_the_code_never_shows_itself_and_cannot_be_pickled() -> None:
    secret = Secret("550217 2035 2285", CODE_B)
    for text in (repr(secret), str(secret), f"{secret}"):
        assert "55021720352285" not in text and "2285" not in text
    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_validate_code_b_without_a_card() -> None:
    validate_code_b("550217 2035 2285")
    with pytest.raises(InvalidCodeBFormat) as refused:
        validate_code_b("550217 2035 228")
    assert "14" in refused.value.message_ja
