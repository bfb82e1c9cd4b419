"""The printed form, read back: every value is in the text, fonts are embedded, the QR decodes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from forms import Kind, Notification, Signature, check, prefill_from_card
from forms.pdf import qr_payload, render_pdf
from forms.related import derive
from forms.schema import content_hash
from forms.wareki import format_wareki
from tests.forms import factory
from tests.forms.pdfcheck import (
    fonts_of,
    page_texts,
    pen_pixels,
    qr_texts,
    render_page,
    save,
    squash,
)


def expected_values(n: Notification) -> list[str]:
    """The values a reader must find on the form."""
    values: list[str] = [format_wareki(n.todoke.filed_on), n.kind.label]
    if n.todoke.moved_on:
        values.append(format_wareki(n.todoke.moved_on))
    for a in (n.new_address, n.previous_address, n.destination):
        values += [
            a.postal_code or "",
            a.lg_code or "",
            a.prefecture + a.municipality + a.town + a.banchi,
            a.katagaki,
            a.kana,
            a.country or "",
            a.foreign_address,
        ]
    values += [n.household.head_name, n.household.new_head_name, n.household.former_head_name]
    values += [n.filer.name.full(), n.filer.phone, n.filer.id_check.document]
    for p in n.persons:
        values += [p.name.full(), p.name.full_kana(), p.relationship, p.honseki, p.hittosha]
        values.append(p.juminhyo_code or "")
        if p.foreign is not None:
            f = p.foreign
            values += [f.nationality, f.card_number or "", f.period_of_stay]
        if isinstance(p.birth_date, date) and p.resident_type.value == "japanese":
            values.append(format_wareki(p.birth_date))
    for r in n.related:
        values.append(r.name)
    values += [n.jimu.reception_number, n.jimu.received_by, n.jimu.status]
    return [v for v in values if v]


@pytest.mark.parametrize("name", sorted(factory.ALL))
def test_every_value_can_be_read_back(name: str) -> None:
    n = factory.ALL[name]()
    n.related = derive(n)
    n.jimu.reception_number = "R8-000042"
    n.jimu.received_by = "窓口　一郎"
    n.jimu.status = "仮登録"
    data = render_pdf(n)
    save(f"{name}.pdf", data)
    text = squash("".join(page_texts(data)))
    missing = [v for v in expected_values(n) if squash(v) not in text]
    assert missing == []


def test_fonts_are_embedded_truetype_only() -> None:
    data = render_pdf(factory.tennyu_family())
    used = fonts_of(data)
    assert used, "no fonts found"
    assert all(used.values()), used
    assert any("BIZUDMincho" in f for f in used)
    assert any("BIZUDGothic" in f for f in used)


def test_rare_kanji_is_drawn_in_the_shipped_gaiji_face_and_is_readable() -> None:
    n = factory.tenkyo_single()
    n.persons[0].name.family = "𠮷田"
    data = render_pdf(n)
    save("rare_kanji.pdf", data)
    used = fonts_of(data)
    # 𠮷 comes from the shipped Noto Serif JP subset (matching BIZ UD Mincho's weight), not
    # from a font the machine may or may not have.
    assert any("NotoSerifJP" in f for f in used)
    assert not any("IPAmj" in f for f in used)
    assert all(used.values())
    assert "𠮷田" in squash(page_texts(data)[0])


def test_qr_code_decodes_to_id_and_content_hash() -> None:
    n = factory.tennyu_family()
    path = save("qr_check.pdf", render_pdf(n))
    texts = qr_texts(render_page(path, 1, dpi=150))
    assert texts == [qr_payload(n)]
    payload = json.loads(texts[0])
    assert payload["id"] == str(n.id)
    assert payload["sha256"] == content_hash(n)


def test_changed_content_changes_the_qr_hash() -> None:
    n = factory.tennyu_family()
    before = json.loads(qr_payload(n))["sha256"]
    n.persons[1].name.given = "華子"
    assert json.loads(qr_payload(n))["sha256"] != before


def test_many_persons_continue_on_more_pages_each_with_a_qr() -> None:
    n = factory.tennyu_family()
    for k in range(5):
        extra = factory.person(
            "山田", f"子{k + 1}", "ヤマダ", "コ", date(2015 + k, 1, 1), "1", "子", None
        )
        extra.name.given = ["次郎", "三郎", "四郎", "五郎", "六郎"][k]
        n.persons.append(extra)
    data = render_pdf(n)
    path = save("nine_persons.pdf", data)
    pages = page_texts(data)
    assert len(pages) == 2
    assert "山田一郎" in squash(pages[0])
    assert "山田六郎" in squash(pages[1]) and "山田六郎" not in squash(pages[0])
    assert "住民異動届（続き）" in squash(pages[1])
    assert qr_texts(render_page(path, 2)) == [qr_payload(n)]


def test_card_verified_fields_carry_the_ic_mark_until_changed() -> None:
    n = prefill_from_card(factory.card_identity(), kind=Kind.TENSHUTSU, filed_on=factory.TODAY)
    verified_pdf = render_pdf(n)
    save("prefilled_tenshutsu.pdf", verified_pdf)
    marks_verified = squash(page_texts(verified_pdf)[0]).count("IC")
    n.provenance.clear()
    marks_none = squash(page_texts(render_pdf(n))[0]).count("IC")
    # Name, birth date, sex, filer name, filer address and the current address block.
    assert marks_verified - marks_none >= 6
    n2 = prefill_from_card(factory.card_identity(), kind=Kind.TENSHUTSU, filed_on=factory.TODAY)
    n2.persons[0].birth_date = date(1980, 2, 18)
    assert squash(page_texts(render_pdf(n2))[0]).count("IC") == marks_verified - 1


def test_signature_is_drawn_from_its_strokes() -> None:
    signed = factory.tenkyo_single()
    unsigned = factory.tenkyo_single()
    unsigned.filer.signature = Signature()
    p1 = save("signed.pdf", render_pdf(signed))
    p2 = save("unsigned.pdf", render_pdf(unsigned))
    dpi = 100
    # The signature box: right 64 mm of the content, below the persons table.
    box = (
        int(134 / 25.4 * dpi),
        int(170 / 25.4 * dpi),
        int(198 / 25.4 * dpi),
        int(215 / 25.4 * dpi),
    )
    assert pen_pixels(render_page(p1, 1, dpi), box) > 150
    assert pen_pixels(render_page(p2, 1, dpi), box) == 0
    assert "署名なし" in squash(page_texts(render_pdf(unsigned))[0])


def test_pdf_is_deterministic() -> None:
    n = factory.tennyu_family()
    assert render_pdf(n) == render_pdf(n)


def test_optional_fields_are_printed_too() -> None:
    from datetime import datetime, timedelta, timezone

    from forms import ForeignItems, Person, PersonName, ResidentType

    jst = timezone(timedelta(hours=9))
    n = factory.tennyu_family()
    n.todoke.note = "転出証明書の記載を確認済み"
    n.todoke.onestop_number = "OS-2026-0401-000777"
    n.todoke.visit_planned_on = date(2026, 4, 10)
    n.new_address.machiaza_code = "0012345"
    n.persons[1].former_surname = "佐々木"
    n.persons[1].former_surname_kana = "ササキ"
    n.persons[1].relationship_code = "12"
    n.household.new_head_name = "山田　太郎"
    n.household.former_head_name = "山田　一夫"
    n.persons[3] = Person(
        resident_type=ResidentType.FOREIGN,
        name=PersonName(family="LI", given="MEI", family_kana="リ", given_kana="メイ"),
        birth_date=date(2024, 3, 3),
        sex="2",
        relationship="子",
        foreign=ForeignItems(
            name_roman="LI MEI",
            name_kanji="李　梅",
            tsusho="山田　梅",
            tsusho_kana="ヤマダ　ウメ",
            nationality="中国",
            nationality_code="CHN",
            kubun_30_45="05",
        ),
    )
    n.jimu.terminal = "1番窓口"
    n.jimu.reviewed_by = "審査　次郎"
    n.jimu.entered_at = datetime(2026, 4, 10, 10, 14, tzinfo=jst)
    n.jimu.reviewed_at = datetime(2026, 4, 10, 11, 2, tzinfo=jst)
    n.jimu.note = "戸籍の附票を照会"
    n.jimu.alerts = ["届出期間経過（確認済み）"]
    data = render_pdf(n)
    save("all_fields.pdf", data)
    text = squash("".join(page_texts(data)))
    for value in [
        "転出証明書の記載を確認済み",
        "OS-2026-0401-000777",
        "0012345",
        "旧氏佐々木",
        "ササキ",
        "コード12",
        "山田一夫",
        "李梅",
        "通称山田梅",
        "ヤマダウメ",
        "中国（CHN）",
        "出生による経過滞在者",
        "1番窓口",
        "審査次郎",
        "令和8年4月10日11:02",
        "戸籍の附票を照会",
        "届出期間経過（確認済み）",
        "2024年3月3日",
    ]:
        assert value in text, value


def test_jimu_box_lists_what_the_rules_flag() -> None:
    n = factory.tenkyo_single()
    n.todoke.moved_on = date(2026, 3, 1)  # late: 届出期間経過
    n.persons[0].name.family = "𠮷田"
    text = squash(page_texts(render_pdf(n))[0])
    assert "要確認:届出期間経過" in text
    assert "要確認:JISX0208外の文字" in text
    clean = squash(page_texts(render_pdf(factory.tenkyo_single()))[0])
    assert "要確認" not in clean and "要修正" not in clean


def test_concurrent_renders_are_identical() -> None:
    from concurrent.futures import ThreadPoolExecutor

    ns = [f() for f in factory.ALL.values()]
    serial = [render_pdf(n) for n in ns]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(render_pdf, ns * 2)) == serial * 2


def test_twenty_persons_and_many_procedures_span_three_pages() -> None:
    from forms import RelatedProcedure

    n = factory.tennyu_family()
    given = "一二三四五六七八九十"
    while len(n.persons) < 20:
        k = len(n.persons)
        p = factory.person(
            "山田",
            f"{given[k % 10]}{'郎' if k < 10 else '美'}",
            "ヤマダ",
            "コ",
            date(2010, 1, 1),
            "1",
            "子",
            None,
        )
        n.persons.append(p)
    n.related = [
        RelatedProcedure(
            code=f"p{k}", name=f"手続その{k + 1}", department="市民課", reason=f"理由{k + 1}"
        )
        for k in range(9)
    ]
    data = render_pdf(n)
    save("twenty_persons.pdf", data)
    pages = page_texts(data)
    assert len(pages) == 3
    text = squash("".join(pages))
    for p in n.persons:
        assert squash(p.name.full()) in text
    for r in n.related:
        assert r.name in text
    assert "ほか5件（次ページ）" in squash(pages[0])
    assert "手続その9" in squash(pages[2]) and "手続その9" not in squash(pages[0])
    assert squash(pages[2]).endswith("3/3")


def test_a_character_no_font_has_prints_as_geta_not_nothing() -> None:
    n = factory.tenkyo_single()
    n.persons[0].name.given = "美🙂咲"
    text = squash(page_texts(render_pdf(n))[0])
    assert "美〓咲" in text
    assert "non_jis_char" in check(n, today=factory.TODAY).codes()
