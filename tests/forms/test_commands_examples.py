"""``kiosk form …`` as a script calls it, on the shipped example notifications."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from forms import Kind, Notification, Origin, SetaiHenkoKubun, TenshutsuShomei, check
from forms.csvio import COLUMNS
from forms.pdf import qr_payload
from kiosk.app.cli import main
from tests.forms.pdfcheck import ARTIFACTS, page_texts, qr_texts, render_page, squash

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "notifications"
FILES = sorted(EXAMPLES.glob("*.json"))


def load(path: Path) -> Notification:
    return Notification.model_validate_json(path.read_bytes())


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_examples_are_fileable_on_their_filing_day(path: Path) -> None:
    n = load(path)
    result = check(n, today=n.todoke.filed_on)
    assert result.errors == []
    assert n.related, "examples carry their related procedures"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_examples_carry_what_the_default_rules_derive(path: Path) -> None:
    from forms.related import derive

    n = load(path)
    assert n.related == derive(n)


def test_examples_cover_every_kind_the_issue_lists() -> None:
    ns = [load(p) for p in FILES]

    def has(pred: object) -> bool:
        return any(pred(n) for n in ns)  # type: ignore[operator]

    assert has(lambda n: n.kind is Kind.TENNYU and len(n.persons) == 4)
    assert has(
        lambda n: n.kind is Kind.TENNYU and n.todoke.tenshutsu_shomei is TenshutsuShomei.TOKUREI
    )
    assert has(
        lambda n: (
            n.kind is Kind.TENNYU
            and n.todoke.origin is Origin.ABROAD
            and any(p.foreign and p.foreign.card_number for p in n.persons)
        )
    )
    assert has(
        lambda n: (
            n.kind is Kind.TENNYU
            and n.todoke.origin is Origin.ABROAD
            and n.persons[0].foreign is None
        )
    )
    assert has(lambda n: n.kind is Kind.TENKYO and len(n.persons) == 1)
    assert has(lambda n: n.kind is Kind.TENSHUTSU and n.todoke.origin is Origin.ABROAD)
    assert has(lambda n: n.kind is Kind.TENSHUTSU and n.todoke.origin is Origin.DOMESTIC)
    for kubun in (SetaiHenkoKubun.BUNRI, SetaiHenkoKubun.GAPPEI, SetaiHenkoKubun.SETAINUSHI_HENKO):
        assert has(lambda n, k=kubun: n.todoke.setai_henko is k)
    assert has(lambda n: bool(n.card_verified_paths()))


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["form", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$id"].startswith("urn:kakanai-madoguchi:schema:notification:")


def test_check_command_exit_status_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = EXAMPLES / "tenkyo_single.json"
    assert main(["form", "check", str(good), "--today", "2026-04-10"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["can_file"] is True and out["errors"] == []

    n = load(good)
    n.todoke.moved_on = None
    n.persons[0].relationship = "孫"
    bad = tmp_path / "bad.json"
    bad.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["form", "check", str(bad), "--today", "2026-04-10"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["can_file"] is False
    codes = {(e["code"], e["field"]) for e in out["errors"]}
    assert ("required", "todoke.moved_on") in codes
    assert ("relationship_not_allowed", "persons.0.relationship") in codes
    assert all(
        e["message_ja"] and e["message_en"] and e["severity"] == "error" for e in out["errors"]
    )


def test_check_late_filing_is_an_alert_and_still_fileable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = load(EXAMPLES / "tenkyo_single.json")
    n.todoke.moved_on = date(2026, 3, 1)
    late = tmp_path / "late.json"
    late.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["form", "check", str(late), "--today", "2026-04-10"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [a["code"] for a in out["alerts"]] == ["late_filing"]
    assert out["alerts"][0]["severity"] == "alert"
    assert "届出期間経過" in out["alerts"][0]["message_ja"]


def test_not_a_notification_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.json"
    junk.write_text('{"kind": "moving"}', encoding="utf-8")
    assert main(["form", "check", str(junk)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("kiosk: ") and "junk.json" in err and "\n" not in err
    assert main(["form", "pdf", str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.pdf")]) == 2


def test_pdf_and_receipt_commands(tmp_path: Path) -> None:
    src = EXAMPLES / "tennyu_family_of_four.json"
    out = ARTIFACTS / "cli_tennyu_family_of_four.pdf"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert main(["form", "pdf", str(src), "-o", str(out)]) == 0
    text = squash(page_texts(out.read_bytes())[0])
    assert "山田花子" in text and "北海道札幌市中央区北一条西２丁目１番地" in text
    assert qr_texts(render_page(out)) == [qr_payload(load(src))]
    receipt = ARTIFACTS / "cli_receipt.pdf"
    assert main(["form", "receipt", str(src), "-o", str(receipt)]) == 0
    assert "R8-000001" in squash(page_texts(receipt.read_bytes())[0])


def test_csv_command_writes_all_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "import.csv"
    assert main(["form", "csv", *map(str, FILES), "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8"), newline="")))
    assert rows[0] == [c.header for c in COLUMNS]
    assert len(rows) - 1 == sum(len(load(p).persons) for p in FILES)
    assert "row(s) written" in capsys.readouterr().err


def test_csv_command_refuses_unencodable_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = load(EXAMPLES / "tenkyo_single.json")
    n.persons[0].name.family = "𠮷川"
    src = tmp_path / "rare.json"
    src.write_text(n.model_dump_json(), encoding="utf-8")
    out = tmp_path / "import.csv"
    assert main(["form", "csv", str(src), "-o", str(out), "--encoding", "cp932"]) == 1
    err = capsys.readouterr().err
    assert "𠮷" in err and "U+20BB7" in err and "cp932" in err
    assert not out.exists() and not list(tmp_path.glob("*.tmp"))
    assert main(["form", "csv", str(src), "-o", str(out)]) == 0
    assert "𠮷川" in out.read_text(encoding="utf-8")


def test_kiosk_entry_point_runs_form_check() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.app",
            "form",
            "check",
            str(EXAMPLES / "setai_bunri.json"),
            "--today",
            "2026-04-10",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["can_file"] is True


def test_related_command_tries_a_municipality_rules_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = str(EXAMPLES / "tennyu_family_of_four.json")
    assert main(["form", "related", src]) == 0
    default = json.loads(capsys.readouterr().out)
    assert "jido_teate" in {p["code"] for p in default}
    city = tmp_path / "city.toml"
    city.write_text(
        '[[procedure]]\ncode = "gomi"\nname = "ごみ収集カレンダー"\nkinds = ["tennyu"]\n'
        'scope = "household"\nreason = "{kind}された世帯にお渡しします。"\n',
        encoding="utf-8",
    )
    assert main(["form", "related", src, "--rules", str(city)]) == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only["code"] == "gomi" and only["reason"] == "転入された世帯にお渡しします。"
    city.write_text('[[procedure]]\ncode = "x"\nname = "x"\n', encoding="utf-8")
    assert main(["form", "related", src, "--rules", str(city)]) == 1
    err = capsys.readouterr().err
    assert "city.toml" in err and "reason" in err
