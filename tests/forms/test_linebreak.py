"""禁則 (kinsoku) in every line the form and the receipt print.

Every string the documents print — the labels written in the renderers, the related
procedures' names and reasons from the shipped rules, every value of the example notifications,
the receipt's phrases in every language — is wrapped at several widths, in the faces and sizes
the documents use; no line may start with a character that must not start one (、。）」ー ッ ？ …),
none may end with an opening bracket, a label of two characters is never split, a number is
never cut, and nothing is lost. Then the real documents are read back: no printed line starts
with such a character.
"""

from __future__ import annotations

import ast
import re
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from forms import Notification, fonts, render_pdf, render_receipt
from forms.linebreak import KEEP_WHOLE, NO_END, NO_START, violations, wrap
from forms.receipt_text import LANGUAGES, receipt_text
from tests.forms.pdfcheck import save

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples" / "notifications").glob("*.json"))
MM = 72 / 25.4
WIDTHS_MM = (6, 11, 18, 30, 47, 75, 120)
FACES = ((fonts.GOTHIC, 6.2), (fonts.MINCHO, 9.0), (fonts.GOTHIC_BOLD, 10.0))


def literals(module: Path) -> Iterator[str]:
    """String constants written in a renderer's source (labels, captions, phrases)."""
    tree = ast.parse(module.read_text("utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and re.search(r"[^\x00-\x7f]", node.value)
        ):
            yield node.value


def values(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from values(v)
    elif isinstance(data, list):
        for v in data:
            yield from values(v)


def printed_strings() -> list[tuple[str, str | None]]:
    """(text, language) of everything the documents print."""
    out: list[tuple[str, str | None]] = []
    for module in ("pdf.py", "receipt.py", "correction.py"):
        out += [(s, None) for s in literals(ROOT / "forms" / module)]
    rules = tomllib.loads((ROOT / "forms" / "data" / "related_default.toml").read_text("utf-8"))
    names = "山田　太郎さん、山田　花子さん、山田　一郎さん"
    for proc in rules["procedure"]:
        out.append((proc["name"], None))
        out.append((proc.get("department", ""), None))
        out.append((proc["reason"].replace("{names}", names).replace("{kind}", "転入"), None))
    for path in EXAMPLES:
        n = Notification.model_validate_json(path.read_bytes())
        out += [(s, None) for s in values(n.model_dump(mode="json")) if s]
    for lang in LANGUAGES:
        out += [(s, lang) for s in receipt_text(lang).strings()]
    out.append(("（旧住所の鑑札を持参）。", None))  # a break found on the form before
    return [(s, lang) for s, lang in dict.fromkeys(out) if s.strip()]


STRINGS = printed_strings()


def test_the_strings_checked_include_labels_reasons_and_examples() -> None:
    texts = {s for s, _ in STRINGS}
    assert {
        "氏名",
        "住所",
        "届出人",
        "事務処理欄（職員記入欄・届出人は記入しないでください）",
    } <= texts
    assert any("鑑札" in s for s in texts)
    assert any("清瀬ハイツ" in s for s in texts)
    assert len(STRINGS) > 400


@pytest.mark.parametrize(("face", "size"), FACES)
def test_no_line_breaks_kinsoku_at_any_width(face: str, size: float) -> None:
    problems: list[str] = []
    for text, lang in STRINGS:
        for width_mm in WIDTHS_MM:
            width = width_mm * MM
            lines = wrap(text, width, lambda s: fonts.string_width(s, face, size, lang))  # noqa: B023
            where = f"{text!r} at {width_mm} mm"
            problems += [f"{where}: {v}" for v in violations(lines)]
            if re.sub(r"\s", "", "".join(lines)) != re.sub(r"\s", "", text):
                problems.append(f"{where}: characters lost: {lines}")
            if len(text.strip()) <= KEEP_WHOLE and len(lines) > 1:
                problems.append(f"{where}: a label split: {lines}")
            # A number that fits on a line is never cut.
            for number in re.findall(r"[0-9０-９]{2,}", text):
                fits = fonts.string_width(number, face, size, lang) <= width
                if fits and not any(number in line for line in lines):
                    problems.append(f"{where}: {number} cut: {lines}")
    assert not problems, "\n".join(problems[:30])


def test_the_breaks_found_before_are_gone() -> None:
    def m(s: str) -> float:
        return fonts.string_width(s, fonts.GOTHIC, 6.2)

    text = "山田　一郎さんは犬を飼っているため、登録事項の変更届が必要です（旧住所の鑑札を持参）。"
    for width in range(20, 260, 3):
        lines = wrap(text, width, m)
        assert violations(lines) == [], lines
        assert not any(line.startswith(("）", "。")) for line in lines[1:])
    assert wrap("氏名", 1.0, m) == ["氏名"]


def test_wrapping_keeps_within_the_width_where_it_can() -> None:
    def m(s: str) -> float:
        return fonts.string_width(s, fonts.MINCHO, 9)

    for text, _ in STRINGS[:200]:
        for line in wrap(text, 30 * MM, m):
            # Only a unit wider than the whole line, or punctuation hung past its end (ぶら下げ),
            # may overflow, and then by one character at most.
            assert m(line) <= 30 * MM + m("。") + 0.01, (text, line)


def pdftotext(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.splitlines()


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_printed_documents_start_no_line_with_a_forbidden_character(path: Path) -> None:
    n = Notification.model_validate_json(path.read_bytes())
    form = save(f"kinsoku_{path.stem}.pdf", render_pdf(n))
    receipt = save(f"kinsoku_{path.stem}_receipt.pdf", render_receipt(n, language="en"))
    for pdf in (form, receipt):
        for line in pdftotext(pdf):
            for cell in re.split(r"\s{2,}", line.strip()):
                assert not cell or cell[0] not in NO_START, (pdf.name, line)
                assert not cell or cell[-1] not in NO_END or len(cell) == 1, (pdf.name, line)
