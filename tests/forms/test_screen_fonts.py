"""The resident screens draw every language with the shipped fonts, not with the machine's.

The screens' font family is BIZ UDGothic (``Theme.qml``); :func:`ui.resident.app.load_fonts`
registers the files of ``forms/fonts`` and makes the Noto faces its substitutes. Every
translated string is laid out by Qt exactly as a ``Text`` item would lay it out, and every glyph
run must come from a shipped face, with no missing-glyph boxes. A picture of one line per
language is saved for a person to look at.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextLayout

from tests.forms.pdfcheck import ARTIFACTS

TRANSLATIONS = Path(__file__).resolve().parents[2] / "ui" / "resident" / "translations"
SHIPPED = {
    "biz udgothic",
    "biz udpgothic",
    "biz udmincho",
    "noto sans",
    "noto sans jp",
    "noto serif jp",
    "noto sans kr",
    "noto sans sc",
    "noto sans devanagari",
}
RUBY = re.compile(r"\{([^|}]*)\|([^}]*)\}")


def strings(code: str) -> list[str]:
    root = ET.parse(TRANSLATIONS / f"resident_{code}.ts").getroot()
    out = []
    for m in root.iter("message"):
        text = m.findtext("translation") or ""
        out.append(RUBY.sub(r"\1\2", text))  # base text and reading are both drawn
    return [t for t in out if t.strip()]


def layout(text: str, font: QFont) -> QTextLayout:
    lay = QTextLayout(text, font)
    lay.beginLayout()
    line = lay.createLine()
    line.setLineWidth(100000)
    lay.endLayout()
    return lay


@pytest.fixture(scope="module")
def screen_fonts(qapp: Any) -> list[str]:
    from ui.resident.app import load_fonts

    return load_fonts()


@pytest.mark.parametrize(
    "code", sorted(p.stem.removeprefix("resident_") for p in TRANSLATIONS.glob("*.ts"))
)
@pytest.mark.parametrize("family", ["BIZ UDGothic", "BIZ UDPGothic"])
def test_every_string_is_drawn_with_shipped_faces(
    screen_fonts: list[str], code: str, family: str
) -> None:
    font = QFont(family, 24)
    foreign: dict[str, set[str]] = {}
    boxes: list[str] = []
    for text in [*strings(code), "𠮷田　髙橋"]:
        for run in layout(text, font).glyphRuns():
            family = run.rawFont().familyName()
            if family.lower() not in SHIPPED:
                foreign.setdefault(family, set()).add(text[:30])
            if 0 in run.glyphIndexes():
                boxes.append(text[:30])
    assert not foreign, f"{code}: drawn with fonts the project does not ship: {foreign}"
    assert not boxes, f"{code}: glyphs missing in {boxes}"


def test_one_line_per_language_as_a_picture(screen_fonts: list[str]) -> None:
    samples = [
        "日本語　𠮷田　髙橋　（外字）",
        *(strings(code)[1] for code in ("ko", "zh", "vi", "ne", "en", "pt", "es", "fil")),
    ]
    image = QImage(1400, 60 * len(samples) + 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont("BIZ UDGothic", 22)
    for k, text in enumerate(samples):
        layout(text, font).draw(painter, QPointF(20, 15 + 60 * k))
    painter.end()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(ARTIFACTS / "screen-fonts.png"))
