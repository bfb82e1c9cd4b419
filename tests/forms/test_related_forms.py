"""Related-procedure forms, pre-filled from the notification: every shipped template rendered
from the examples and read back from the PDF's text, a family 転入's forms, continuation pages,
外字 and 禁則, a municipality's blank PDF printed over, and one-line template errors."""

from __future__ import annotations

import io
import re
import stat
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen.canvas import Canvas

from forms import Notification, PersonName
from forms.linebreak import NO_START
from forms.related import default_rules, derive
from forms.related_forms import combine, render_related_form, render_related_forms
from forms.related_templates import (
    TemplateError,
    default_templates,
    load_template,
    load_templates,
    unknown_procedures,
)
from forms.related_values import render_value
from forms.wareki import format_date
from kiosk.app.cli import main
from tests.forms.pdfcheck import fonts_of, page_texts, render_page, save, squash

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "notifications"
FILES = sorted(EXAMPLES.glob("*.json"))


def load(path: Path) -> Notification:
    return Notification.model_validate_json(path.read_bytes())


def _cases() -> list[tuple[Path, str]]:
    """Every (example, procedure) pair the shipped templates print."""
    templates = default_templates()
    out = []
    for path in FILES:
        for p in derive(load(path)):
            if templates.for_procedure(p.code) is not None:
                out.append((path, p.code))
    return out


CASES = _cases()


def test_every_shipped_template_is_exercised_by_the_examples() -> None:
    used = {default_templates().for_procedure(code).id for _, code in CASES}  # type: ignore[union-attr]
    assert used == {t.id for t in default_templates().templates}
    assert {t.id for t in default_templates().templates} == {
        "kokuho_idou",
        "jido_teate",
        "inkan_haishi",
    }


def test_shipped_templates_serve_procedures_of_the_shipped_rules() -> None:
    codes = [p.code for p in default_rules().procedures]
    assert unknown_procedures(default_templates(), codes) == []


@pytest.mark.parametrize(("path", "code"), CASES, ids=[f"{p.stem}-{c}" for p, c in CASES])
def test_each_template_prints_the_notifications_values(path: Path, code: str) -> None:
    n = load(path)
    procedure = next(p for p in derive(n) if p.code == code)
    template = default_templates().for_procedure(code)
    assert template is not None
    pdf = render_related_form(n, procedure, template)
    save(f"related-{path.stem}-{code}.pdf", pdf)
    text = squash("".join(page_texts(pdf)))
    # Every font is embedded (the same care as the main form).
    assert all(fonts_of(pdf).values()), fonts_of(pdf)
    # The household: the procedure, the filing date in 和暦, the address of the household,
    # the filer and the 受付番号 of the notification it came from.
    assert squash(procedure.name) in text
    assert squash(format_date(n.todoke.filed_on)) in text
    current = n.previous_address if n.kind.value == "tenshutsu" else n.new_address
    assert squash(current.one_line()) in text
    assert squash(n.filer.name.full()) in text
    assert squash(n.jimu.reception_number) in text
    # Each person the procedure covers — and nobody else.
    for i, person in enumerate(n.persons):
        name = squash(person.name.full() or (person.foreign.name_roman if person.foreign else ""))
        if i in procedure.persons:
            assert name in text
            born = render_value(
                person.birth_date,
                "date",
                foreign=person.resident_type.value == "foreign",
            )
            assert squash(born) in text
        elif name not in squash(n.filer.name.full()):
            assert name not in text, f"person {i} is not covered by {code}"
    assert "〓" not in text


def layout_lines(pdf: bytes) -> list[str]:
    """The page as a person reads it, line by line (poppler's layout mode), spaces removed."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [squash(line) for line in out.splitlines() if line.strip()]


def test_a_family_moving_in_gets_its_forms_pre_filled() -> None:
    n = load(EXAMPLES / "tennyu_family_of_four.json")
    made = render_related_forms(n)
    assert [f.code for f in made] == ["kokuho_join", "jido_teate"]
    kokuho, jido = ("\n".join(layout_lines(f.pdf)) for f in made)
    for name in ("山田太郎", "山田花子", "山田一郎", "山田桜"):
        assert name in kokuho  # all four join 国民健康保険
    assert "山田一郎" in jido and "山田桜" in jido
    assert "山田花子" not in jido  # the children only (the filer is the 請求者)
    # The template's formats: ふりがな in hiragana, the children's ages, the ticked box.
    assert "やまだいちろう" in jido
    assert "1平成26年5月5日11歳子同居" in jido and "2令和6年3月3日2歳子同居" in jido
    assert "✓認定請求" in jido
    assert "✓加入" in kokuho and "✓喪失" not in kokuho
    assert "ヤマダタロウ" in kokuho  # フリガナ as stored (katakana)
    for form in made:
        assert form.filename == f"{form.code}.pdf"  # no personal data in the name
        save(f"related-family-{form.filename}", form.pdf)
    one = combine([f.pdf for f in made])
    assert len(PdfReader(io.BytesIO(one)).pages) == 2


def test_more_persons_than_lines_continue_on_another_page() -> None:
    n = load(EXAMPLES / "tennyu_family_of_four.json")
    base = n.persons[0]
    n.persons = [
        base.model_copy(update={"name": PersonName(family="山田", given=f"{i}号")})
        for i in range(1, 11)
    ]
    n.related = derive(n)
    procedure = next(p for p in n.related if p.code == "kokuho_join")
    assert procedure.persons == list(range(10))
    template = default_templates().for_procedure("kokuho_join")
    assert template is not None and template.rows is not None and template.rows.count == 8
    pdf = render_related_form(n, procedure, template)
    pages = [squash(t) for t in page_texts(pdf)]
    assert len(pages) == 2
    # Line numbers run on: 8 on the first page, 9 and 10 on the second.
    assert "8山田8号" in pages[0] and "9山田9号" not in pages[0]
    assert "9山田9号" in pages[1] and "10山田10号" in pages[1]
    assert "2/2" in pages[1]  # numbered in the footer


def test_rare_kanji_are_printed_and_read_back_not_replaced() -> None:
    n = load(EXAMPLES / "tennyu_family_of_four.json")
    n.persons[2] = n.persons[2].model_copy(
        update={"name": PersonName(family="𠮷田", given="一郎", family_kana="ヨシダ")}
    )
    n.related = derive(n)
    procedure = next(p for p in n.related if p.code == "jido_teate")
    template = default_templates().for_procedure("jido_teate")
    assert template is not None
    pdf = render_related_form(n, procedure, template)
    text = squash(page_texts(pdf)[0])
    assert "𠮷田一郎" in text and "〓" not in text


def test_a_long_reason_wraps_without_a_forbidden_line_start() -> None:
    n = load(EXAMPLES / "tennyu_family_of_four.json")
    n.related = derive(n)
    procedure = next(p for p in n.related if p.code == "kokuho_join")
    procedure = procedure.model_copy(
        update={"reason": "国民健康保険に加入する予定の方は、" * 8 + "届出が必要です。"}
    )
    template = default_templates().for_procedure("kokuho_join")
    assert template is not None
    pdf = render_related_form(n, procedure, template)
    path = save("related-long-reason.pdf", pdf)
    lines = [ln.strip() for ln in page_texts(pdf)[0].splitlines() if "加入する予定" in ln]
    assert len(lines) >= 2, "the reason wraps onto a second line"
    assert all(ln[0] not in NO_START for ln in lines if ln)
    render_page(path)  # poppler renders it (no broken content stream)


def _blank_pdf(path: Path) -> None:
    """A municipality's blank A5 form: ruled boxes and printed captions, no values."""
    c = Canvas(str(path), pagesize=A5)
    c.setFont("Helvetica", 10)
    c.drawString(40, 560, "BLANK-FORM-CAPTION")
    c.rect(30, 440, 360, 60)
    c.showPage()
    c.save()


def test_values_are_printed_over_a_municipalitys_blank_pdf(tmp_path: Path) -> None:
    _blank_pdf(tmp_path / "blank.pdf")
    (tmp_path / "kokuho.toml").write_text(
        """
[template]
id = "city_kokuho"
title = "国民健康保険 異動届（市の様式）"
procedures = ["kokuho_join"]
base = "blank.pdf"

[[field]]
value = "head.name"
x = 15
y = 80
w = 100
size = 12

[[field]]
value = "moved_on"
format = "western"
x = 15
y = 95
w = 100

[rows]
y = 110
h = 10
count = 3

[[rows.field]]
value = "person.name"
x = 15
y = 7
w = 80
""",
        encoding="utf-8",
    )
    templates = load_templates(tmp_path)
    n = load(EXAMPLES / "tennyu_family_of_four.json")
    made = render_related_forms(n, templates)
    assert [f.code for f in made] == ["kokuho_join"]  # jido_teate has no template here
    pdf = made[0].pdf
    save("related-over-blank.pdf", pdf)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # four persons on three lines a page
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A5[0]), round(A5[1]))
    first = squash(page_texts(pdf)[0])
    assert "BLANK-FORM-CAPTION" in first  # the municipality's page is under the values
    assert "山田太郎" in first and "2026年4月1日" in first
    assert "山田桜" in squash(page_texts(pdf)[1])
    ours = {name: embedded for name, embedded in fonts_of(pdf).items() if "BIZUD" in name}
    assert ours and all(ours.values())  # the values' fonts are embedded; the blank's are its own


def _template(tmp_path: Path, body: str, name: str = "t.toml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


HEAD = """
[template]
id = "t"
title = "テスト"
procedures = ["kokuho_join"]
"""
FIELD = """
[[field]]
value = "head.name"
x = 10
y = 20
w = 50
"""


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (HEAD + FIELD.replace("value =", "valeu ="), ["[[field]] 1", "'valeu'", "'value'"]),
        (
            HEAD + FIELD.replace("head.name", "head.nmae"),
            ["unknown value 'head.nmae'", "head.name"],
        ),
        (HEAD + FIELD.replace("head.name", "person.name"), ["person value", "[[rows.field]]"]),
        (HEAD + FIELD + 'format = "hiragana"\n', ["'format'", "text value"]),
        (HEAD + FIELD.replace("head.name", "procedure.code") + 'format = "check"\n', ["equals"]),
        (HEAD + FIELD.replace("x = 10", "x = 200"), ["'w'", "from 1 to"]),
        (HEAD + FIELD.replace("y = 20", "y = nan"), ["'y'", "number"]),
        (HEAD + FIELD.replace("w = 50", 'w = "50"'), ["'w'", "number"]),
        (HEAD + 'paper = "B4"\n' + FIELD, ["'paper'", "A4, A5"]),
        (HEAD, ["prints no value"]),
        (HEAD + "[rows]\ny = 250\nh = 20\ncount = 4\n" + FIELD, ["run off the page"]),
        (HEAD + 'base = "missing.pdf"\n' + FIELD, ["base", "cannot read"]),
        (HEAD + 'base = "bad.pdf"\n' + FIELD, ["base", "not a readable PDF"]),
        (HEAD.replace('["kokuho_join"]', "[]") + FIELD, ["'procedures'"]),
        ("[template\n", ["not valid TOML"]),
    ],
)
def test_template_mistakes_are_one_line_naming_file_and_key(
    tmp_path: Path, body: str, words: list[str]
) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    path = _template(tmp_path, body)
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    for word in words:
        assert word in message


def test_two_templates_for_one_procedure_are_refused(tmp_path: Path) -> None:
    _template(tmp_path, HEAD + FIELD, "a.toml")
    _template(tmp_path, HEAD.replace('id = "t"', 'id = "u"') + FIELD, "b.toml")
    with pytest.raises(TemplateError, match="'kokuho_join' is already served by"):
        load_templates(tmp_path)


def test_kiosk_form_related_writes_one_private_pdf_per_procedure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "forms"
    path = EXAMPLES / "tenshutsu_domestic.json"
    assert main(["form", "related", str(path), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["inkan_haishi.pdf", "kokuho_leave.pdf"]
    assert "kaigo_hoken: no template" in err
    for p in out.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    text = "\n".join(layout_lines((out / "inkan_haishi.pdf").read_bytes()))
    assert "中村誠" in text and "中村和子" in text and "転出による廃止" in text


def test_kiosk_form_related_refuses_a_broken_template_folder_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _template(tmp_path, HEAD + FIELD.replace("x = 10", "x = -1"))
    out = tmp_path / "forms"
    code = main(
        [
            "form",
            "related",
            str(EXAMPLES / "tennyu_family_of_four.json"),
            "--out",
            str(out),
            "--templates",
            str(tmp_path),
        ]
    )
    err = capsys.readouterr().err.strip()
    assert code != 0
    assert len(err.splitlines()) == 1 and "'x'" in err
    assert not out.exists()  # nothing half-written


def test_values_are_formatted_as_the_main_form_prints_them() -> None:
    from datetime import date

    assert render_value(None, "date") == ""
    assert render_value(date(1989, 1, 7), "date") == "昭和64年1月7日"
    assert render_value(date(1989, 1, 7), "date", foreign=True) == "1989年1月7日"
    assert render_value(date(1989, 1, 7), "date", "iso") == "1989-01-07"
    assert render_value("2040011", "postal") == "〒204-0011"
    assert render_value("ヤマダ", "kana", "hiragana") == "やまだ"
    assert render_value("2", "sex") == "女"
    assert render_value("kokuho_join", "text", "check", equals="kokuho_join") == "✓"
    assert render_value("kokuho_leave", "text", "check", equals="kokuho_join") == ""


def test_the_guide_lists_every_value_a_template_may_name() -> None:
    from forms.related_values import HOUSEHOLD, PERSON

    guide = (EXAMPLES.parents[1] / "docs" / "related-forms.md").read_text(encoding="utf-8")
    types = "text|kana|date|postal|sex|number"
    listed = set(re.findall(rf"^\| `([a-z_.]+)` \| (?:{types}) \|", guide, re.MULTILINE))
    assert listed == set(HOUSEHOLD) | set(PERSON)
