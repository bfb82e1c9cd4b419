"""Every string a resident can read is translated into every offered language.

The screens' strings are written once in Japanese (``qsTr`` in the QML). These checks fail when a
string is added or changed without its translations, when a translation drops a placeholder
(``%1``, ``%n``), when furigana marks are malformed, or when a compiled ``.qm`` no longer matches
its ``.ts``. The runtime side (no untranslated Japanese on any screen a scenario passes in
another language) is checked by the scenarios' screenshots (``Screen.check``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from ui.resident.i18n import BY_CODE, LANGUAGES, Language

UI = Path(__file__).resolve().parents[2] / "ui" / "resident"
TOOLS = Path(sys.executable).parent
TRANSLATED = [lang for lang in LANGUAGES if lang.code != "ja"]

Message = tuple[str, str]  # (context, source)


def messages(ts: Path) -> dict[Message, ElementTree.Element]:
    tree = ElementTree.parse(ts)
    out: dict[Message, ElementTree.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            out[(name, m.findtext("source") or "")] = m
    return out


def translations_of(m: ElementTree.Element) -> list[str]:
    tr = m.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ElementTree.Element]:
    """What lupdate finds in the QML today (the strings the screens actually show)."""
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    qml = sorted(str(p) for p in (UI / "qml").rglob("*.qml"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *qml, "-source-language", "ja", "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    found = messages(out)
    assert len(found) > 100, "lupdate found too few strings: the QML moved?"
    return found


@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_every_screen_string_has_a_translation(
    lang: Language, extracted: dict[Message, ElementTree.Element]
) -> None:
    assert lang.ts_path is not None and lang.ts_path.exists(), f"{lang.code}: no .ts file"
    have = messages(lang.ts_path)
    missing = sorted(src for key, src in ((k, k[1]) for k in extracted) if key not in have)
    assert not missing, f"{lang.code}: {len(missing)} strings without translation: {missing[:5]}"
    for key in extracted:
        m = have[key]
        tr = m.find("translation")
        assert tr is not None
        assert tr.get("type") not in ("unfinished", "obsolete", "vanished"), (
            f"{lang.code}: {key[1]!r} is marked {tr.get('type')}"
        )
        for text in translations_of(m):
            assert text.strip(), f"{lang.code}: empty translation of {key[1]!r}"


@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_translations_keep_their_placeholders(lang: Language) -> None:
    assert lang.ts_path is not None
    for (_, source), m in messages(lang.ts_path).items():
        wanted = sorted(re.findall(r"%[0-9n]", source))
        for text in translations_of(m):
            assert sorted(re.findall(r"%[0-9n]", text)) == wanted, (
                f"{lang.code}: {text!r} lost a placeholder of {source!r}"
            )


def test_easy_japanese_furigana_marks_are_well_formed() -> None:
    """やさしい日本語: every ``{漢字|よみ}`` has kanji as its base and hiragana as its reading."""
    lang = BY_CODE["ja-easy"]
    assert lang.ts_path is not None
    marks = 0
    for (_, source), m in messages(lang.ts_path).items():
        for text in translations_of(m):
            assert text.count("{") == text.count("}"), f"unbalanced marks in {text!r}"
            for base, reading in re.findall(r"\{([^|}]*)\|([^}]*)\}", text):
                marks += 1
                assert re.fullmatch(r"[\u4e00-\u9fff\u3005々0-9]+", base), (base, source)
                assert re.fullmatch(r"[\u3041-\u309fー]+", reading), (reading, source)
            bare = re.sub(r"\{[^}]*\}", "", text)
            assert not re.search(r"[\u4e00-\u9fff]", bare), f"kanji without furigana: {text!r}"
    assert marks > 100


@pytest.mark.parametrize("lang", TRANSLATED, ids=lambda lang: lang.code)
def test_compiled_translations_match_their_sources(lang: Language, tmp_path: Path) -> None:
    """The committed .qm is what lrelease makes of the committed .ts (nobody forgot to run it)."""
    assert lang.ts_path is not None and lang.qm_path is not None
    fresh = tmp_path / lang.qm_path.name
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(lang.ts_path), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == lang.qm_path.read_bytes(), f"run lrelease for {lang.code}"


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_every_string_and_date_has_glyphs_in_the_shipped_fonts(lang: Language) -> None:
    """No resident ever meets a missing glyph (a blank box): every translated string, every
    month and era name the dates use, and the card-face drawing's words are drawn by the fonts
    the project ships (``forms.fonts.missing_glyphs``)."""
    from datetime import date

    from forms import fonts
    from kiosk.flow.dates import format_date

    missing_glyphs = getattr(fonts, "missing_glyphs", None)
    if missing_glyphs is None:
        pytest.skip("forms.fonts.missing_glyphs (the shipped faces of every language) is not here")
    texts: list[str] = []
    if lang.ts_path is not None:
        for m in messages(lang.ts_path).values():
            texts += [re.sub(r"\{([^|}]*)\|([^}]*)\}", r"\1\2", t) for t in translations_of(m)]
    else:
        for key in messages(BY_CODE["en"].ts_path or Path()):
            texts.append(key[1])
    days = [date(1990 + m, m, 1 + m) for m in range(1, 13)] + [date(1920, 5, 5), date(1950, 5, 5)]
    texts += [format_date(d, c, lang.code) for d in days for c in ("wareki", "seireki")]
    # the card-face drawing, the counter's names, the marks and kana rows the screens draw
    texts += ["○○年 ○月○日生", "□□□□年 ○月○日まで有効", "□□□□", "清瀬市", "1番窓口"]
    texts += ["✓！▼◀▶＿−｜●〒›－", "アカサタナハマヤラワ"]
    missing = missing_glyphs("".join(texts), lang.code)
    assert not missing, f"{lang.code}: no shipped glyph for {sorted(missing)}"
