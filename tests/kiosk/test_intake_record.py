"""How a notification was taken, and who filed it, as the record keeps and prints it.

``jimu.intake_mode``, the sections the resident confirmed, a filer other than the mover (their
relation, how their identity was checked, the 委任状 staff saw) and a signature on paper: in
the model's JSON, the JSON Schema, the printed form and the back-office CSV.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema_rs
import pytest
from pydantic import ValidationError

import forms
from forms.csvio import read_csv, write_csv
from forms.model import (
    FilerKubun,
    IntakeMode,
    PaperSignature,
    SectionConfirmation,
)
from tests.forms import factory
from tests.forms.pdfcheck import page_texts, save, squash

SCHEMA = Path(__file__).resolve().parents[2] / "forms" / "data" / "notification.schema.v1.json"


def by_agent() -> forms.Notification:
    """A 転居 filed by a 任意代理人 whose own card was read, with the 委任状 seen."""
    n = factory.tenkyo_single()
    f = n.filer
    f.kubun = FilerKubun.NINI_DAIRININ
    f.name = forms.PersonName(family="吉田", given="隆", family_kana="ヨシダ", given_kana="タカシ")
    f.relationship = "知人"
    f.id_check = forms.IdCheck(document="マイナンバーカード", method="ic")
    f.power_of_attorney = True
    f.power_of_attorney_seen_by = "sato"
    f.power_of_attorney_seen_at = datetime(2026, 4, 10, 0, 58, tzinfo=UTC)
    n.provenance["filer.name.family"] = forms.Provenance(source="ic_chip", value="吉田")
    n.jimu.intake_mode = IntakeMode.STAFF_LED
    n.jimu.confirmations = [
        SectionConfirmation(section=s, by="resident:x", at=datetime(2026, 4, 10, 1, m, tzinfo=UTC))
        for m, s in enumerate(("todoke", "newAddress", "persons", "household"), start=2)
    ]
    return n


def test_the_agents_record_round_trips_and_fits_the_published_schema() -> None:
    n = by_agent()
    again = forms.Notification.model_validate_json(n.model_dump_json())
    assert again == n
    assert again.filer.relationship == "知人" and again.jimu.intake_mode is IntakeMode.STAFF_LED
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema_rs.Draft202012Validator(schema)
    validator.validate(json.loads(n.model_dump_json()))
    # Additions only: a notification written before them is still valid, without them.
    old = json.loads(factory.tenkyo_single().model_dump_json())
    del old["jimu"]["intake_mode"], old["jimu"]["confirmations"]
    validator.validate(old)
    assert forms.Notification.model_validate(old).jimu.intake_mode is None
    assert schema["x-schema-version"] == "1"


def test_identity_check_methods_and_documents_are_bounded() -> None:
    check = forms.IdCheck(method="other_documents", documents=["運転免許証", "健康保険証"])
    assert check.documents == ["運転免許証", "健康保険証"]
    with pytest.raises(ValidationError):
        forms.IdCheck(method="fingerprint")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        forms.IdCheck(documents=["書類"] * 6)
    with pytest.raises(ValidationError):
        PaperSignature(checked_by="", checked_at=datetime(2026, 4, 10, tzinfo=UTC))
    with pytest.raises(ValidationError):
        SectionConfirmation(section="todoke", by="x", at=datetime(2026, 4, 10))  # naive


def test_paper_signature_counts_as_signed_for_the_rules() -> None:
    n = factory.tenkyo_single()
    n.filer.signature = forms.Signature()
    assert "signature_missing" in {f.code for f in forms.check(n, today=factory.TODAY).errors}
    n.filer.paper_signature = PaperSignature(
        checked_by="sato", checked_at=datetime(2026, 4, 10, 1, 20, tzinfo=UTC)
    )
    n.jimu.intake_mode = IntakeMode.PAPER_SIGNED
    assert forms.is_signed(n)
    assert "signature_missing" not in {f.code for f in forms.check(n, today=factory.TODAY).errors}


def test_the_printed_form_names_the_agent_and_how_it_was_taken() -> None:
    pdf = forms.render_pdf(by_agent())
    save("intake-staff-led-agent.pdf", pdf)
    text = squash(page_texts(pdf)[0])
    assert "任意代理人" in text and "関係知人" in text
    assert "委任状確認sato" in text and "令和8年4月10日09:58" in text  # UTC 00:58 in Tokyo
    assert "受付方法対面入力" in text
    assert "住民確認:届出・新住所・異動者・世帯" in text


def test_a_form_printed_for_signing_by_hand_leaves_the_box_empty_then_says_who_checked() -> None:
    n = factory.tenkyo_single()
    n.filer.signature = forms.Signature()
    n.jimu.intake_mode = IntakeMode.PAPER_SIGNED
    blank = squash(page_texts(forms.render_pdf(n))[0])
    assert "この欄に届出人が手書きで署名してください" in blank and "署名なし" not in blank
    n.filer.paper_signature = PaperSignature(
        checked_by="sato", checked_at=datetime(2026, 4, 10, 1, 20, tzinfo=UTC)
    )
    pdf = forms.render_pdf(n)
    save("intake-paper-signed.pdf", pdf)
    signed = squash(page_texts(pdf)[0])
    assert "紙の届書に署名済" in signed and "確認sato令和8年4月10日10:20" in signed
    assert "受付方法紙に署名" in signed


def test_the_csv_carries_the_intake_and_filer_columns_and_reads_them_back() -> None:
    n = by_agent()
    n.filer.id_check = forms.IdCheck(method="other_documents", documents=["運転免許証"])
    buf = io.StringIO()
    write_csv([n], buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    cells = dict(zip(rows[0], rows[1], strict=True))
    assert cells["受付方法"] == "staff_led"
    assert cells["届出人区分"] == "nini_dairinin" and cells["届出人続柄"] == "知人"
    assert cells["本人確認方法"] == "other_documents"
    assert json.loads(cells["本人確認書類名"]) == ["運転免許証"]
    assert cells["委任状確認者"] == "sato"
    assert cells["委任状確認日時"].startswith("2026-04-10T00:58")
    assert [c["section"] for c in json.loads(cells["住民確認"])] == [
        "todoke",
        "newAddress",
        "persons",
        "household",
    ]
    assert rows[0][-1] == "内容ハッシュ"  # additions keep every earlier column's position
    [back] = read_csv(io.StringIO(buf.getvalue()))
    assert back.jimu.intake_mode is IntakeMode.STAFF_LED
    assert back.filer.power_of_attorney_seen_at == n.filer.power_of_attorney_seen_at
    assert back.jimu.confirmations == n.jimu.confirmations
