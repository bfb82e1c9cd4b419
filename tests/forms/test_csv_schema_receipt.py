"""CSV for the back office (round trip, encodings), the JSON Schema, and the receipt slip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from forms import FlexDate, Notification, json_schema, render_receipt, write_csv
from forms.csvio import COLUMNS, CsvEncodingError, CsvFormatError, layout_markdown, read_csv
from forms.receipt import receipt_payload
from forms.related import derive
from forms.schema import SCHEMA_VERSION, canonical_json, content_hash
from tests.forms import factory
from tests.forms.pdfcheck import page_texts, qr_texts, render_page, save, squash

HASH = [c.header for c in COLUMNS].index("内容ハッシュ")


def all_examples() -> list[Notification]:
    return [f() for f in factory.ALL.values()]


def csv_rows(data: bytes, encoding: str = "utf-8") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


def without_hash(rows: list[list[str]]) -> list[list[str]]:
    return [r[:HASH] + r[HASH + 1 :] for r in rows]


def test_one_row_per_person_with_header() -> None:
    buf = io.BytesIO()
    count = write_csv(all_examples(), buf)
    rows = csv_rows(buf.getvalue())
    assert count == 4 + 1 + 1 + 1 + 1
    assert rows[0] == [c.header for c in COLUMNS]
    assert len(rows) == count + 1
    assert buf.getvalue().count(b"\r\n") == count + 1
    family = [r for r in rows[1:] if r[0] == str(factory.FIXED_ID)]
    header = rows[0]
    assert [r[header.index("名")] for r in family] == ["太郎", "花子", "一郎", "桜"]
    assert [r[header.index("異動者番号")] for r in family] == ["1", "2", "3", "4"]
    assert {r[header.index("異動事由")] for r in family} == {"国内転入"}
    assert family[0][header.index("生年月日表記")] == "昭和60年6月1日"
    assert family[0][HASH] == content_hash(factory.tennyu_family())


def test_round_trip_gives_the_same_columns() -> None:
    original = all_examples()
    original[1].persons[0].birth_date = FlexDate(year=1989, era="昭和")
    original[2].persons[0].birth_date = FlexDate(year=1975, month=2, day=29, era="昭和")
    buf = io.BytesIO()
    write_csv(original, buf)
    back = read_csv(io.BytesIO(buf.getvalue()))
    assert [n.id for n in back] == [n.id for n in original]
    assert back[0].persons[3].name.given == "桜"
    assert back[1].persons[0].birth_date == FlexDate(year=1989, era="昭和")
    assert back[2].persons[0].birth_date == FlexDate(year=1975, month=2, day=29, era="昭和")
    f = back[4].persons[0].foreign
    assert f is not None and f.card_number == "AB12345678CD"
    again = io.BytesIO()
    write_csv(back, again)
    # Everything but the content hash, which also covers what CSV does not carry (signature).
    assert without_hash(csv_rows(again.getvalue())) == without_hash(csv_rows(buf.getvalue()))


def test_cp932_file_for_back_offices_that_need_it(tmp_path: Path) -> None:
    n = factory.tennyu_family()
    n.new_address.banchi = "１２－７－２０２"  # card-style full-width hyphen-minus
    n.persons[0].name.family = "髙田"  # NEC extension: in CP932, not in JIS X 0208
    path = tmp_path / "out.csv"
    write_csv([n], path, encoding="cp932")
    rows = csv_rows(path.read_bytes(), "cp932")
    header = rows[0]
    assert rows[1][header.index("新住所_番地")] == "１２－７－２０２"
    assert rows[1][header.index("氏")] == "髙田"
    back = read_csv(path, encoding="cp932")
    assert back[0].persons[0].name.family == "髙田"


def test_jis_minus_sign_is_written_as_its_cp932_form() -> None:
    n = factory.tenkyo_single()
    n.new_address.banchi = "１２\u2212７"  # MINUS SIGN: JIS X 0208 1-29 under the JIS mapping
    buf = io.BytesIO()
    write_csv([n], buf, encoding="cp932")
    assert "１２－７" in buf.getvalue().decode("cp932")


def test_unencodable_character_is_an_error_naming_it_never_a_question_mark(
    tmp_path: Path,
) -> None:
    n = factory.tennyu_family()
    n.persons[1].name.family = "𠮷田"
    path = tmp_path / "out.csv"
    with pytest.raises(CsvEncodingError) as info:
        write_csv([n], path, encoding="cp932")
    message = str(info.value)
    assert "𠮷" in message and "U+20BB7" in message
    assert "氏" in message and "𠮷田" in message
    assert info.value.char == "𠮷" and info.value.column == "氏" and info.value.row == 2
    assert not path.exists()  # nothing half-written
    buf = io.BytesIO()
    write_csv([n], buf)  # UTF-8 holds it
    assert "𠮷田" in buf.getvalue().decode("utf-8")


def test_text_stream_is_checked_against_the_encoding_too() -> None:
    n = factory.tenkyo_single()
    n.persons[0].name.given = "🙂"
    with pytest.raises(CsvEncodingError):
        write_csv([n], io.StringIO(), encoding="cp932")
    out = io.StringIO()
    write_csv([n], out)
    assert "🙂" in out.getvalue()


def test_foreign_csv_is_refused_with_a_reason() -> None:
    with pytest.raises(CsvFormatError, match="layout"):
        read_csv(io.BytesIO(b"a,b,c\r\n1,2,3\r\n"))


def test_layout_document_matches_the_columns() -> None:
    doc = (Path(__file__).resolve().parents[2] / "forms" / "CSV_LAYOUT.md").read_text("utf-8")
    assert doc == layout_markdown()


def test_json_schema_is_versioned_and_validates_examples() -> None:
    schema = json_schema()
    assert schema["$id"].endswith(f":{SCHEMA_VERSION}")
    assert schema["x-schema-version"] == SCHEMA_VERSION
    props = schema["properties"]
    assert {"id", "kind", "todoke", "filer", "persons", "related", "jimu"} <= set(props)
    assert props["schema_version"]["const"] == SCHEMA_VERSION
    json.dumps(schema, ensure_ascii=False)  # serialisable as published


def test_published_schema_file_is_current() -> None:
    """The schema shipped for integrators is the model's; a model change must regenerate it
    (and bump SCHEMA_VERSION when old documents would no longer validate)."""
    path = Path(__file__).resolve().parents[2] / "forms" / "data"
    published = json.loads(
        (path / f"notification.schema.v{SCHEMA_VERSION}.json").read_text("utf-8")
    )
    assert published == json_schema()


def test_json_schema_accepts_and_rejects_like_the_model() -> None:
    # jsonschema_rs comes with the test tools (schemathesis validates with it).
    import jsonschema_rs

    validator = jsonschema_rs.Draft202012Validator(json_schema())
    for n in all_examples():
        validator.validate(n.model_dump(mode="json"))
    bad = factory.tenkyo_single().model_dump(mode="json")
    bad["kind"] = "moving"
    assert not validator.is_valid(bad)


def test_canonical_json_is_stable_and_key_order_free() -> None:
    n = factory.tennyu_family()
    reparsed = Notification.model_validate_json(json.dumps(json.loads(n.model_dump_json())))
    assert canonical_json(n) == canonical_json(reparsed)
    data = canonical_json(n)
    assert data == json.dumps(
        json.loads(data), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")
    assert "山田".encode() in data  # UTF-8, not \u escapes


def test_receipt_shows_number_and_remaining_procedures_and_qr() -> None:
    n = factory.tennyu_family()
    for p in n.persons:
        p.answers = {"kokuho": True}
    n.related = derive(n)
    done = n.related[0]
    done.done = True
    n.jimu.reception_number = "R8-000123"
    data = render_receipt(n)
    path = save("receipt.pdf", data)
    text = squash("".join(page_texts(data)))
    assert "受付票" in text and "R8-000123" in text
    for r in n.related[1:]:
        assert squash(r.name) in text
    remaining, finished = text.split("窓口で済んだ手続き")
    assert squash(done.name) not in remaining  # done: listed below, as done
    assert squash(done.name) in finished
    (qr,) = qr_texts(render_page(path, 1, dpi=150))
    assert qr == receipt_payload(n)
    payload = json.loads(qr)
    assert payload["id"] == str(n.id) and payload["reception"] == "R8-000123"
    assert payload["sha256"] == content_hash(n)


def test_receipt_with_nothing_left_to_do() -> None:
    n = factory.tenkyo_single()
    n.related = []
    text = squash(page_texts(render_receipt(n))[0])
    assert "ありません" in text


def test_receipt_with_many_procedures_continues_on_a_second_page() -> None:
    from forms import RelatedProcedure

    n = factory.tennyu_family()
    n.jimu.reception_number = "R8-000999"
    n.related = [
        RelatedProcedure(
            code=f"p{k}",
            name=f"手続その{k + 1}",
            department="市民課",
            reason="この手続きの理由を説明する長めの文章です。" * 3,
        )
        for k in range(14)
    ]
    data = render_receipt(n)
    save("receipt_many.pdf", data)
    pages = page_texts(data)
    assert len(pages) >= 2
    text = squash("".join(pages))
    assert all(r.name in text for r in n.related)
    assert all("受付票" in squash(p) for p in pages)


def test_notification_without_persons_is_refused_not_dropped() -> None:
    n = factory.tenkyo_single()
    n.persons = []
    with pytest.raises(CsvFormatError, match="no persons"):
        write_csv([factory.tennyu_family(), n], io.BytesIO())


@pytest.mark.parametrize("kind", ["tennyu", "tenkyo", "tenshutsu", "setai_henko"])
def test_empty_drafts_still_print_for_confirmation(kind: str) -> None:
    from forms import Kind, Todoke, render_pdf

    draft = Notification(kind=Kind(kind), todoke=Todoke(filed_on=factory.TODAY))
    pdf = render_pdf(draft)
    text = squash(page_texts(pdf)[0])
    assert "住民異動届" in text and "要修正" in text  # the 事務処理 box says what is missing
    assert "受付票" in squash(page_texts(render_receipt(draft))[0])
