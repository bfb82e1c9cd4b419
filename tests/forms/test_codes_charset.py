"""One source of truth for the code lists, the 住民票コード check digit, and JIS X 0208 (外字)."""

from __future__ import annotations

import io

import pytest

from forms import Notification, check, json_schema, write_csv
from forms.charset import VENDOR_TO_JIS, is_jis_x0208, non_jis_chars
from forms.codes import code_list, judge_relationship
from forms.juminhyo_code import check_digit, is_valid
from tests.forms import factory
from tests.forms.factory import TODAY

# --- 続柄: 世帯主 is 02, and the model describes the codes from the code list --------------------


def test_head_of_household_code_is_02_everywhere() -> None:
    zokugara = code_list("zokugara")
    assert zokugara.name("02") == "世帯主" and "01" not in zokugara
    assert judge_relationship("世帯主").code == "02"
    described = json_schema()["$defs"]["Person"]["properties"]["relationship_code"]["description"]
    # The published description is generated from codes.json, so it cannot drift from it.
    assert "02 世帯主" in described and "01 世帯主" not in described
    for code, name in zokugara.codes.items():
        assert f"{code} {name}" in described


def test_a_relationship_code_outside_the_list_is_refused_with_the_right_one_named() -> None:
    n = factory.tennyu_family()
    n.persons[0].relationship_code = "01"
    errors = [f for f in check(n, today=TODAY).errors if f.code == "code_unknown"]
    assert [e.field for e in errors] == ["persons.0.relationship_code"]
    assert "02" in errors[0].message_ja
    n.persons[0].relationship_code = "02"
    assert check(n, today=TODAY).errors == []


# --- 住民票コード -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ten", "digit"),
    [
        # weights 2,3,4,5,6,7,2,3,4,5 from the right; 11 - (sum mod 11), 0 for remainders 0 and 1
        ("1234567890", "3"),  # 0·2+9·3+8·4+7·5+6·6+5·7+4·2+3·3+2·4+1·5 = 195; 195 mod 11 = 8
        ("1000000001", "4"),  # 1·2+1·5 = 7 → 4
        ("1000000003", "0"),  # 3·2+1·5 = 11 → remainder 0 → 0
        ("0000000006", "0"),  # 6·2 = 12 → remainder 1 → 0 as well
        ("0000000005", "1"),  # 5·2 = 10 → 11 - 10 = 1
        ("0000000001", "9"),  # 2 → 9
        ("2048173659", "6"),
    ],
)
def test_check_digit_of_hand_computed_codes(ten: str, digit: str) -> None:
    assert check_digit(ten) == digit
    assert is_valid(ten + digit)
    for other in "0123456789".replace(digit, ""):
        assert not is_valid(ten + other)


@pytest.mark.parametrize(
    "bad", ["1234567890", "123456789033", "１２３４５６７８９０３", "12345a78903"]
)
def test_only_eleven_ascii_digits_are_valid(bad: str) -> None:
    assert not is_valid(bad)


def test_a_mistyped_code_is_a_rule_error_with_a_clear_message() -> None:
    n = factory.tennyu_family()
    n.persons[2].juminhyo_code = "12345678902"  # the last digit of 12345678920 swapped
    r = check(n, today=TODAY)
    (error,) = [e for e in r.errors if e.code == "juminhyo_code_check_digit"]
    assert error.field == "persons.2.juminhyo_code"
    assert "12345678902" in error.message_ja and "検査数字" in error.message_ja
    assert "check digit" in error.message_en
    assert not r.can_file


def test_examples_and_factory_codes_pass_the_check_digit() -> None:
    from tests.forms.test_commands_examples import FILES

    codes = [
        p.juminhyo_code
        for path in FILES
        for p in Notification.model_validate_json(path.read_bytes()).persons
        if p.juminhyo_code
    ]
    codes += [p.juminhyo_code for p in factory.tennyu_family().persons if p.juminhyo_code]
    assert codes and all(is_valid(c) for c in codes)


# --- JIS X 0208: which characters staff are alerted to (外字) ------------------------------------


@pytest.mark.parametrize("char", ["𠮷", "髙", "﨑", "ｱ", "é", "①"])
def test_characters_outside_jis_x0208(char: str) -> None:
    assert not is_jis_x0208(char)


@pytest.mark.parametrize(
    "char", ["黒", "　", "１", "－", "−", "～", "〜", "Ａ", "A", " ", "ー", "々"]
)
def test_characters_inside_jis_x0208(char: str) -> None:
    assert is_jis_x0208(char)


def test_each_character_outside_is_named_where_it_stands() -> None:
    found = non_jis_chars("𠮷田　髙志")
    assert [(c.char, c.index, c.codepoint) for c in found] == [
        ("𠮷", 0, "U+20BB7"),
        ("髙", 3, "U+9AD9"),
    ]
    # A kanji with its ideographic variation selector is one character, selector included.
    [ivs] = non_jis_chars("葛\U000e0100城")
    assert (ivs.char, ivs.index, ivs.codepoint) == ("葛\U000e0100", 0, "U+845B+U+E0100")


# --- JIS X 0208 1-29 -------------------------------------------------------------------------


def test_kuten_1_29_is_u2015_in_the_jis_mapping_and_u2014_in_others() -> None:
    # The Unicode Consortium's JIS0208.TXT, which Python's JIS codecs implement: 0x213D (1-29)
    # is U+2015 HORIZONTAL BAR; CP932 agrees (0x815C).
    assert b"\x1b$B!=\x1b(B".decode("iso2022_jp") == "\u2015"
    assert bytes([0x21 + 0x80, 0x3D + 0x80]).decode("euc_jp") == "\u2015"
    assert b"\x81\x5c".decode("cp932") == "\u2015"
    # JIS X 0213:2004 (and Apple) map the same 1-1-29 to U+2014 EM DASH: the same character.
    assert VENDOR_TO_JIS["\u2014"] == "\u2015"
    assert is_jis_x0208("\u2015") and is_jis_x0208("\u2014")
    assert non_jis_chars("山田―太郎") == non_jis_chars("山田—太郎") == []


def test_vendor_forms_of_other_jis_characters_are_jis_too() -> None:
    for vendor, jis in VENDOR_TO_JIS.items():
        assert is_jis_x0208(vendor) and is_jis_x0208(jis)
        assert jis.encode("iso2022_jp").startswith(b"\x1b$B")


def test_jis_x0201_roman_only_characters_are_outside_jis_x0208() -> None:
    # ¥ U+00A5 and ‾ U+203E encode only as JIS X 0201 Roman (ESC ( J); JIS X 0208 has ￥ ￣.
    assert [c.char for c in non_jis_chars("¥100‾")] == ["¥", "‾"]
    assert non_jis_chars("￥100￣") == []
    n = factory.tenkyo_single()
    n.new_address.katagaki = "¥ハイツ"
    assert "non_jis_char" in check(n, today=TODAY).codes()


def test_em_dash_reaches_a_cp932_back_office_as_its_1_29() -> None:
    n = factory.tenkyo_single()
    n.new_address.katagaki = "サンハイツ—２０２"
    assert "non_jis_char" not in check(n, today=TODAY).codes()
    buf = io.BytesIO()
    write_csv([n], buf, encoding="cp932")  # no CsvEncodingError for a JIS X 0208 character
    assert "サンハイツ―２０２".encode("cp932") in buf.getvalue()
