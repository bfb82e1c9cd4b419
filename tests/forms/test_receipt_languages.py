"""The 受付票 in Japanese and the resident's language, with the counter's name.

Each receipt is rendered for each language the resident screens offer and read back: the
Japanese phrase comes first and the resident's phrase below it; each script is drawn by its own
shipped face, embedded as TrueType; Latin text is proportional; nothing falls back to 〓. The
pages are saved under ``test-artifacts/forms/`` for a person to look at.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from forms import Notification, fonts, render_receipt
from forms.receipt_text import LANGUAGES, receipt_text
from tests.forms.pdfcheck import fonts_of, render_page, save

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "notifications"
COUNTER = "清瀬市役所　市民課　1番窓口"
#: The face each language's own text must be drawn in.
FACE = {
    "en": "BIZUDPGothic",
    "pt": "BIZUDPGothic",
    "es": "BIZUDPGothic",
    "fil": "BIZUDPGothic",
    "vi": "NotoSans",
    "zh": "NotoSansSC",
    "ko": "NotoSansKR",
    "ne": "NotoSansDevanagari",
    "ja-easy": "BIZUDGothic",
}


def family() -> Notification:
    return Notification.model_validate_json((EXAMPLE / "tennyu_family_of_four.json").read_bytes())


def layout_text(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.splitlines()


def line_of(lines: list[str], phrase: str) -> int:
    return next(k for k, line in enumerate(lines) if phrase in line.replace(" ", ""))


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"ja"}))
def test_receipt_in_japanese_and_the_residents_language(lang: str) -> None:
    data = render_receipt(family(), language=lang, counter_name=COUNTER)
    path = save(f"receipt_{lang}.pdf", data)
    render_page(path, 1)
    used = fonts_of(data)
    assert all(used.values()), used  # every face embedded
    assert any(FACE[lang] in name for name in used), (lang, sorted(used))
    lines = layout_text(path)
    page = "\n".join(lines)
    assert "〓" not in page
    assert "清瀬市役所市民課1番窓口" in page.replace(" ", "").replace("\u3000", "")
    ja, other = receipt_text("ja"), receipt_text(lang)
    if lang == "ne":
        return  # shaped Devanagari does not extract as text; its face and the picture show it
    # Japanese first, the resident's language below it.
    for jp, theirs in (
        (ja.reception_number, other.reception_number),
        (ja.todo, other.todo),
        (ja.show_slip[:10], other.show_slip[:12]),
    ):
        k_ja = line_of(lines, jp)
        k_other = line_of(lines, theirs.replace(" ", ""))
        assert k_ja < k_other, (lang, jp, theirs)


def test_japanese_only_when_the_resident_used_japanese() -> None:
    data = render_receipt(family(), counter_name=COUNTER)
    path = save("receipt_ja.pdf", data)
    render_page(path, 1)
    page = "".join(layout_text(path)).replace(" ", "")
    assert "受付番号" in page and "Receptionnumber" not in page
    assert all("NotoSans" not in name for name in fonts_of(data))


def test_latin_text_is_proportional() -> None:
    # BIZ UDGothic's letters are all one width; the receipt's Latin face is not.
    narrow, wide = "iiiiiiii", "MMMMMMMM"
    assert fonts.string_width(narrow, fonts.GOTHIC, 10) < 0.6 * fonts.string_width(
        wide, fonts.GOTHIC, 10
    )
    assert {f for f, _ in fonts.runs("Reception number", fonts.GOTHIC)} == {"BIZUDPGothic"}
    assert {f for f, _ in fonts.runs("Tiếng Việt", fonts.GOTHIC, "vi")} == {"NotoSans"}
