"""The 受付票 lists what remains to do at other desks and, below it, what the counter did."""

from __future__ import annotations

import subprocess
from pathlib import Path

from forms import Notification
from forms.receipt import render_receipt
from forms.receipt_text import LANGUAGES, receipt_text
from tests.forms.pdfcheck import save, squash

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "notifications"


def lines(pdf: bytes) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [squash(line) for line in out.splitlines() if line.strip()]


def family() -> Notification:
    return Notification.model_validate_json((EXAMPLE / "tennyu_family_of_four.json").read_bytes())


def test_done_procedures_move_below_what_remains() -> None:
    n = family()
    pdf = render_receipt(n, done={"kokuho_join", "jido_teate"})
    save("receipt-done-two.pdf", pdf)
    text = lines(pdf)
    todo = next(i for i, t in enumerate(text) if t.startswith("このあと必要な手続き"))
    done = next(i for i, t in enumerate(text) if t.startswith("窓口で済んだ手続き"))
    assert text[todo].endswith("3件") and text[done].endswith("2件")
    remaining = "".join(text[todo:done])
    finished = "".join(text[done:])
    for name in ("マイナンバーカードの住所変更", "子ども医療費助成", "就学・転校"):
        assert name in remaining and name not in finished
    for name in ("国民健康保険加入", "児童手当認定請求"):
        assert name in finished and name not in remaining


def test_without_marks_nothing_is_listed_as_done() -> None:
    n = family()
    text = "".join(lines(render_receipt(n)))
    assert "5件" in text and "窓口で済んだ手続き" not in text
    # The procedures' own flags count when no marks are given.
    n.related[1].done = True
    text = "".join(lines(render_receipt(n)))
    assert "窓口で済んだ手続き1件" in text


def test_everything_done_says_none_remain_and_lists_them_all() -> None:
    n = family()
    pdf = render_receipt(n, done={r.code for r in n.related})
    text = "".join(lines(pdf))
    assert "ありません" in text and "窓口で済んだ手続き5件" in text


def test_every_language_names_the_done_section() -> None:
    n = family()
    for language in LANGUAGES:
        phrase = receipt_text(language).done
        assert phrase
        pdf = render_receipt(n, language=language, done={"kokuho_join"})
        if language == "ne":
            continue  # Devanagari is shaped: poppler does not give it back letter for letter
        assert squash(phrase) in "".join(lines(pdf)), language
