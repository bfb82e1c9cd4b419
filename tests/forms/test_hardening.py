"""What an attacker at the counter tries: NaN and Infinity, control and bidi characters, huge
texts and lists, endless files, malformed rules files. Each is refused at once with one clear
line — by the model, the JSON Schema and the ``kiosk form`` commands."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from pydantic import ValidationError

from forms import (
    Notification,
    PersonName,
    Signature,
    Stroke,
    json_schema,
    prefill_from_card,
)
from forms.model import (
    MAX_PERSONS,
    MAX_POINTS,
    MAX_POINTS_PER_STROKE,
    MAX_STROKES,
    PRINTABLE_PATTERN,
    check_printable,
)
from forms.prefill import CardTextRefused
from kiosk.app.cli import main
from tests.forms import factory
from tests.forms.factory import TODAY

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "notifications"


def data() -> dict[str, Any]:
    return factory.tennyu_family().model_dump(mode="json")


def refused(doc: dict[str, Any] | str) -> str:
    """The validation message for ``doc`` (a dict or JSON text), which must be refused."""
    with pytest.raises(ValidationError) as info:
        if isinstance(doc, str):
            Notification.model_validate_json(doc)
        else:
            Notification.model_validate(doc)
    return str(info.value)


SCHEMA = jsonschema_rs.Draft202012Validator(json_schema())


# --- NaN and Infinity ------------------------------------------------------------------------


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_in_json_are_refused(literal: str) -> None:
    for where in ("point", "aspect"):
        text = json.dumps(data())
        if where == "point":
            text = text.replace("[0.1, 0.25]", f"[{literal}, 0.25]", 1)
        else:
            text = text.replace('"aspect": 4.0', f'"aspect": {literal}', 1)
        assert literal in text
        message = refused(text)
        assert "finite" in message or "greater than" in message


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused_when_built_or_assigned(bad: float) -> None:
    with pytest.raises(ValidationError, match="finite"):
        Stroke(points=[(bad, 0.5)])
    s = Signature()
    with pytest.raises(ValidationError):
        s.aspect = bad  # validate_assignment: an edit cannot smuggle it in either


def test_signature_points_stay_in_their_box() -> None:
    with pytest.raises(ValidationError, match="less than or equal to 1"):
        Stroke(points=[(0.5, 1.5)])
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Stroke(points=[(-0.1, 0.5)])
    with pytest.raises(ValidationError, match="2 times for 1 points"):
        Stroke(points=[(0.5, 0.5)], t_ms=[0, 16])


def test_emitted_json_is_standard_json() -> None:
    def no_constants(name: str) -> None:
        raise AssertionError(f"non-standard JSON constant {name}")

    for path in sorted(EXAMPLES.glob("*.json")):
        n = Notification.model_validate_json(path.read_bytes())
        json.loads(n.model_dump_json(), parse_constant=no_constants)
    for make in factory.ALL.values():
        json.loads(make().model_dump_json(), parse_constant=no_constants)


# --- control and invisible characters ----------------------------------------------------------

REFUSED_CHARS = {
    "NUL": "\x00",
    "ESC": "\x1b",
    "CR": "\r",
    "LF": "\n",
    "TAB": "\t",
    "DEL": "\x7f",
    "C1 NEL": "\x85",
    "RLO bidi override": "\u202e",
    "LRI bidi isolate": "\u2066",
    "zero-width space": "\u200b",
    "BOM": "\ufeff",
    "line separator": "\u2028",
    "replacement character": "\ufffd",
    "tag": "\U000e0041",
}

TEXT_FIELDS = [
    ("persons", 0, "name", "family"),
    ("persons", 0, "name", "given_kana"),
    ("persons", 0, "honseki"),
    ("persons", 0, "relationship"),
    ("new_address", "town"),
    ("new_address", "katagaki"),
    ("previous_address", "original"),
    ("household", "head_name"),
    ("filer", "name", "family"),
    ("todoke", "note"),
    ("todoke", "onestop_number"),
]


def put(doc: dict[str, Any], path: tuple[Any, ...], value: object) -> None:
    node: Any = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


@pytest.mark.parametrize("path", TEXT_FIELDS, ids=[".".join(map(str, p)) for p in TEXT_FIELDS])
@pytest.mark.parametrize("name", sorted(REFUSED_CHARS))
def test_non_printable_characters_are_refused_in_every_text_field(
    path: tuple[Any, ...], name: str
) -> None:
    ch = REFUSED_CHARS[name]
    doc = data()
    put(doc, path, f"山田{ch}太郎")
    message = refused(doc)
    assert f"U+{ord(ch):04X}" in message and "not printable" in message
    if ord(ch) <= 0xFFFF:  # the schema's pattern covers the BMP (see PRINTABLE_PATTERN)
        assert not SCHEMA.is_valid(doc)


def test_a_lone_surrogate_smuggled_in_by_json_is_refused() -> None:
    text = json.dumps(data()).replace('"\\u592a\\u90ce"', '"\\ud800"', 1)
    assert "\\ud800" in text
    assert "Invalid JSON" in refused(text)  # the model's JSON reader refuses it outright
    # Python's json module makes one; pydantic refuses it before any text rule runs.
    assert "unable to parse raw data as a unicode string" in refused(json.loads(text))


@pytest.mark.parametrize(
    "text",
    [
        "山田\u3000太郎",  # ideographic space between 氏 and 名
        "𠮷田",  # outside the BMP
        "葛\U000e0100城",  # an ideographic variation selector (IVS)
        "Nguyễn",  # precomposed Vietnamese
        "Nguye\u0302\u0303n",  # combining marks
        "O'Brien-Smith",
        "ｶﾀｶﾅ",
    ],
)
def test_printable_names_of_every_kind_are_kept(text: str) -> None:
    assert check_printable(text) == text
    assert PersonName(family=text).family == text
    doc = data()
    doc["persons"][0]["name"]["family"] = text
    assert SCHEMA.is_valid(doc)


def test_no_field_keeps_line_breaks_not_even_the_note() -> None:
    n = factory.tenkyo_single()
    with pytest.raises(ValidationError, match="LINE FEED"):
        n.todoke.note = "1行目\n2行目"
    n.todoke.note = "1行目　2行目"  # one paragraph: the form wraps it
    assert n.todoke.note == "1行目　2行目"


def test_the_schema_publishes_the_rule() -> None:
    family = json_schema()["$defs"]["PersonName"]["properties"]["family"]
    assert family["pattern"] == PRINTABLE_PATTERN and family["maxLength"] == 100


# --- lengths and sizes ---------------------------------------------------------------------------

LIMITS = [
    (("persons", 0, "name", "family"), 100),
    (("persons", 0, "name", "family_kana"), 200),
    (("persons", 0, "honseki"), 200),
    (("new_address", "prefecture"), 10),
    (("new_address", "municipality"), 50),
    (("new_address", "banchi"), 200),
    (("household", "head_name"), 200),
    (("todoke", "note"), 1000),
    (("filer", "phone"), 30),
]


@pytest.mark.parametrize(("path", "limit"), LIMITS, ids=[".".join(map(str, p)) for p, _ in LIMITS])
def test_each_text_field_has_a_length_fitting_its_meaning(
    path: tuple[Any, ...], limit: int
) -> None:
    fill = "1" if path[-1] == "phone" else "あ"
    doc = data()
    put(doc, path, fill * limit)
    Notification.model_validate(doc)
    assert SCHEMA.is_valid(doc)
    put(doc, path, fill * (limit + 1))
    assert f"at most {limit} characters" in refused(doc)
    assert not SCHEMA.is_valid(doc)


def test_a_fifty_million_character_name_is_refused_by_its_length() -> None:
    with pytest.raises(ValidationError) as info:
        PersonName(family="あ" * 50_000_000)
    (error,) = info.value.errors()
    assert error["type"] == "string_too_long" and error["loc"] == ("family",)
    assert len(str(info.value)) < 1000  # the message does not carry the text


def test_lists_are_bounded() -> None:
    doc = data()
    doc["persons"] = doc["persons"] * (MAX_PERSONS // 4 + 1)
    assert f"at most {MAX_PERSONS} items" in refused(doc)
    point = [0.5, 0.5]
    with pytest.raises(ValidationError, match=f"at most {MAX_STROKES} items"):
        Signature(strokes=[Stroke(points=[(0.5, 0.5)])] * (MAX_STROKES + 1))
    with pytest.raises(ValidationError, match=f"at most {MAX_POINTS_PER_STROKE} items"):
        Stroke.model_validate({"points": [point] * (MAX_POINTS_PER_STROKE + 1)})
    per = MAX_POINTS_PER_STROKE
    strokes = [{"points": [point] * per}] * (MAX_POINTS // per + 1)
    with pytest.raises(ValidationError, match=f"more than {MAX_POINTS}"):
        Signature.model_validate({"strokes": strokes})
    doc = data()
    doc["persons"][0]["answers"] = {f"q{i}": True for i in range(65)}
    assert "at most 64 items" in refused(doc)
    doc = data()
    doc["provenance"] = {"persons.0.name.family\n": {"source": "staff", "value": "x"}}
    assert "pattern" in refused(doc)


# --- the commands read files with a limit ------------------------------------------------------


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err.startswith("kiosk: ") and "\n" not in err and "Traceback" not in err
    return err


@pytest.mark.parametrize(
    "argv",
    [
        ["form", "check", "/dev/zero"],
        ["form", "pdf", "/dev/zero", "-o", "{tmp}/x.pdf"],
        ["form", "receipt", "/dev/zero", "-o", "{tmp}/x.pdf"],
        ["form", "csv", "/dev/zero", "-o", "{tmp}/x.csv"],
        ["form", "related", "/dev/zero"],
    ],
    ids=["check", "pdf", "receipt", "csv", "related"],
)
def test_an_endless_file_ends_at_once_with_one_line(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 2
    assert "too large" in one_line(capsys)
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_a_huge_name_in_a_file_is_stopped_by_the_file_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = data()
    doc["persons"][0]["name"]["family"] = "x" * 5_000_000
    big = tmp_path / "big.json"
    big.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["form", "check", str(big)]) == 2
    assert "too large" in one_line(capsys)
    doc["persons"][0]["name"]["family"] = "x" * 101
    big.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["form", "check", str(big)]) == 2
    err = one_line(capsys)
    assert "persons.0.name.family" in err and "at most 100 characters" in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "not a 住民異動届"),
        ('{"kind": "tennyu", "todoke": {"filed_on": "2026-04-10", "note": "a\\u0000b"}}', "U+0000"),
        (
            json.dumps(data()).replace('"aspect": 4.0', '"aspect": NaN'),
            "finite",
        ),
    ],
    ids=["deep-nesting", "nul", "nan"],
)
def test_malicious_notifications_are_one_line(
    content: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "n.json"
    src.write_text(content, encoding="utf-8")
    assert main(["form", "check", str(src)]) == 2
    assert expected in one_line(capsys)


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ("a = " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deeply"),
        ("a = " + "{b = " * 5_000 + "1" + "}" * 5_000 + "\n", "nested too deeply"),
        (
            '[[procedur]]\ncode = "gomi"\nname = "ごみ"\nreason = "r"\n',
            "procedur (did you mean procedure?)",
        ),
        (
            '[[procedure]]\ncode = "gomi"\nname = "ごみ"\nreason = "r"\nage_mni = 3\n',
            "age_mni (did you mean age_min?)",
        ),
        ('[[procedure]]\ncode = "x"\nname = "x"\nreason = "r"\nage_min = "ten"\n', "age_min"),
        ('[[procedure]]\ncode = "x"\nname = "x\\u0000"\nreason = "r"\n', "U+0000"),
        ('procedure = "everything"\n', "[[procedure]]"),
        ("\xff\xfe", "not UTF-8"),
    ],
    ids=[
        "deep-array",
        "deep-table",
        "misspelled-table",
        "misspelled-key",
        "type",
        "nul",
        "shape",
        "bytes",
    ],
)
def test_rules_file_mistakes_are_one_line(
    toml: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "city.toml"
    rules.write_bytes(toml.encode("latin-1") if toml == "\xff\xfe" else toml.encode("utf-8"))
    src = str(EXAMPLES / "tennyu_family_of_four.json")
    assert main(["form", "related", src, "--rules", str(rules)]) == 1
    err = one_line(capsys)
    assert "city.toml" in err and expected in err
    assert main(["form", "related", src, "--rules", "/dev/zero"]) == 1
    assert "too large" in one_line(capsys)


def test_card_text_with_a_control_character_is_refused_in_one_line() -> None:
    ident = factory.card_identity(name="黒桐\u3000幹也\x00")
    with pytest.raises(CardTextRefused) as info:
        prefill_from_card(ident, kind=factory.Kind.TENKYO, filed_on=TODAY)
    message = str(info.value)
    assert "U+0000" in message and "enter it by hand" in message and "\n" not in message
    assert "幹也" not in message  # the card's text is not repeated in the message
