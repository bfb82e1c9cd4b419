"""Every character a resident or a clerk can be shown is drawn by a font the project ships.

The translations of the resident screens and the receipt's phrases are checked against the
character maps of the files in ``forms/fonts`` (read with fontTools, independently of the
renderer), and against :func:`forms.fonts.missing_glyphs`, which the doctor calls. A failure
names the language and the characters no shipped font draws.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from forms import fonts
from forms.receipt_text import LANGUAGES, receipt_text

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "forms" / "fonts"
TRANSLATIONS = ROOT / "ui" / "resident" / "translations"


def translated(code: str) -> str:
    """Every translation of the resident screens in one language (ruby marks kept: drawn too)."""
    if code == "ja":
        return ""
    root = ET.parse(TRANSLATIONS / f"resident_{code.replace('-', '_')}.ts").getroot()
    return "".join(m.findtext("translation") or "" for m in root.iter("message"))


@cache
def shipped_cmap() -> frozenset[int]:
    chars: set[int] = set()
    for path in FONTS.glob("*.ttf"):
        with TTFont(path, lazy=True) as font:
            chars |= set(font.getBestCmap())
    return frozenset(chars)


def needs_glyph(ch: str) -> bool:
    return not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc")


SCREEN_LANGUAGES = sorted(p.stem.removeprefix("resident_") for p in TRANSLATIONS.glob("*.ts"))


def test_the_receipt_speaks_every_language_the_screens_offer() -> None:
    screen = {code.replace("_", "-") for code in SCREEN_LANGUAGES} | {"ja"}
    assert set(LANGUAGES) == screen


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_character_of_a_language_is_in_a_shipped_font(code: str) -> None:
    text = translated(code) + "".join(receipt_text(code).strings())
    missing = sorted({ch for ch in text if needs_glyph(ch) and ord(ch) not in shipped_cmap()})
    assert not missing, f"{code}: no shipped font draws {''.join(missing)!r}"
    # The renderer's own check, as the doctor runs it, agrees.
    assert fonts.missing_glyphs(text, code) == set(), code


def test_missing_glyphs_names_what_no_font_draws() -> None:
    # Thai and Arabic are not offered: nothing ships for them, and the check says so.
    assert fonts.missing_glyphs("ภาษาไทย مرحبا 日本", None) == set("ภาษาไทยمرحبا")


def test_gaiji_and_every_script_are_drawn_by_shipped_faces() -> None:
    assert fonts.missing_glyphs("𠮷田　髙橋　한국어　中文简体　Tiếng Việt　नेपाली") == set()
    faces = {f for f, _ in fonts.runs("𠮷田", fonts.MINCHO)}
    assert faces == {"NotoSerifJP-Gaiji", fonts.MINCHO}


def test_the_fonts_readme_names_every_file_and_its_licence() -> None:
    readme = (FONTS / "README.md").read_text("utf-8")
    for path in FONTS.glob("*.ttf"):
        assert f"`{path.name}`" in readme, path.name
    for licence in ("OFL.txt", "OFL-Noto.txt", "OFL-NotoSansCJK.txt", "OFL-NotoSerifJP.txt"):
        assert (FONTS / licence).is_file()
        assert licence in readme
    # Every font is a TrueType-outline file: reportlab embeds those (never a CFF OpenType).
    for path in FONTS.glob("*.ttf"):
        with TTFont(path, lazy=True) as font:
            assert "glyf" in font, path.name
