"""振り仮名 candidates from SudachiDict: common and tricky names, best first, katakana only.

The readings come from the real dictionary (sudachidict-core), as at the counter; the command
line is run as a script runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import furigana
from forms.furigana import candidates, candidates_for, part_candidates
from forms.kana import is_katakana


@pytest.fixture(scope="module", autouse=True)
def _dictionary() -> None:
    furigana.warm_up()


@pytest.mark.parametrize(
    ("surname", "best"),
    [
        ("佐藤", "サトウ"),
        ("鈴木", "スズキ"),
        ("高橋", "タカハシ"),
        ("田中", "タナカ"),
        ("渡辺", "ワタナベ"),
        ("渡邊", "ワタナベ"),  # the old form is a name of its own in the dictionary
        ("東海林", "ショウジ"),
        ("小鳥遊", "タカナシ"),
        ("佐々木", "ササキ"),
        ("長谷川", "ハセガワ"),
    ],
)
def test_common_and_tricky_surnames_come_first(surname: str, best: str) -> None:
    assert part_candidates(surname, "family")[0] == best


@pytest.mark.parametrize(
    ("given_name", "best"),
    [
        ("幹也", "ミキヤ"),  # the test card's given name
        ("太郎", "タロウ"),
        ("大翔", "ヒロト"),
        ("陽菜", "ハルナ"),
        ("結菜", "ユイナ"),
        ("翔", "ショウ"),
        ("湊", "ミナト"),
    ],
)
def test_common_given_names_come_first(given_name: str, best: str) -> None:
    assert part_candidates(given_name, "given")[0] == best


@pytest.mark.parametrize(
    ("text", "part", "readings"),
    [
        # several readings of one name, all offered, the usual one first
        ("中島", "family", ["ナカジマ", "ナカシマ"]),
        ("河野", "family", ["コウノ", "カワノ"]),
        ("上村", "family", ["ウエムラ", "カミムラ"]),
        ("和子", "given", ["カズコ", "マサコ"]),
        # a verb's reading as a given name (名乗り)
        ("翔", "given", ["ショウ", "カケル"]),
        ("進", "given", ["ススム"]),
        # put together from its pieces, because other given names are read so (陽奈, 日菜 …)
        ("陽菜", "given", ["ハルナ", "ヒナ"]),
    ],
)
def test_alternative_readings_follow_the_usual_one(
    text: str, part: str, readings: list[str]
) -> None:
    found = part_candidates(text, part)  # type: ignore[arg-type]
    assert found[: len(readings)] == readings


def test_the_role_decides_the_order() -> None:
    """林 is ハヤシ as a family name and リン as a given name."""
    assert part_candidates("林", "family")[:2] == ["ハヤシ", "リン"]
    assert part_candidates("林", "given")[0] == "リン"


def test_gaiji_are_looked_up_as_their_common_form() -> None:
    """𠮷 (U+20BB7, outside JIS X 0208) and はしごだか: the reading of 吉田, 高橋."""
    assert part_candidates("\U00020bb7田", "family")[0] == "ヨシダ"
    assert part_candidates("髙橋", "family")[0] == "タカハシ"
    assert part_candidates("﨑山", "family")[0] == part_candidates("崎山", "family")[0]


def test_a_surname_the_dictionary_lacks_gets_the_characters_reading() -> None:
    """黒桐 (the test card's surname) is no dictionary name: the analyser's reading of its
    characters is offered, and nothing else — the right one (コクトウ) is typed."""
    assert part_candidates("黒桐", "family") == ["クロキリ"]
    assert candidates("黒桐\u3000幹也").to_dict() == {
        "family": ["クロキリ"],
        "given": ["ミキヤ", "ミキナリ"],
    }


def test_names_in_kana_are_their_own_reading() -> None:
    assert part_candidates("さくら", "given") == ["サクラ"]
    assert part_candidates("ｻﾄｳ", "family") == ["サトウ"]
    assert part_candidates("エミリー", "given") == ["エミリー"]


def test_romaji_names_get_no_candidates() -> None:
    """A foreign resident's ローマ字 name: its katakana is typed (or left for staff)."""
    assert candidates("SMITH JOHN").to_dict() == {"family": [], "given": []}
    assert candidates_for("NGUYEN VAN AN", "") == furigana.Readings((), ())


NAMES = [
    "佐藤\u3000太郎",
    "鈴木\u3000一郎",
    "高橋\u3000翔",
    "渡辺\u3000陽菜",
    "東海林\u3000大翔",
    "\U00020bb7田\u3000真",
    "黒桐\u3000幹也",
    "小林\u3000結愛",
    "新田\u3000和子",
    "長谷部\u3000一",
    "王\u3000小明",
]


@pytest.mark.parametrize("name", NAMES)
def test_candidates_are_katakana_without_repeats_and_capped(name: str) -> None:
    found = candidates(name)
    for part in (found.family, found.given):
        assert part, f"{name}: a part without a candidate"
        assert all(is_katakana(r) and r for r in part)
        assert len(set(part)) == len(part)
        assert len(part) <= furigana.LIMIT
    one = candidates(name, limit=1)
    assert one.family == found.family[:1] and one.given == found.given[:1]


#: Kanji of names, kana of both widths, marks, spaces of both widths, Latin, digits, 外字.
SAMPLE_CHARACTERS = "佐藤鈴木高橋翔陽菜大東海林黒桐幹也さくらアイｱ々ー・ AZaz1\u3000\U00020bb7髙"


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            "佐藤鈴木高橋翔陽菜大東海林黒桐幹也さくらアイｱ々ー・ AZaz1　\U00020bb7髙"
        ),
        max_size=12,
    )
)
def test_any_text_gives_katakana_or_nothing(text: str) -> None:
    found = candidates(text)
    for part in (found.family, found.given):
        assert len(part) <= furigana.LIMIT
        assert all(r and is_katakana(r) for r in part)


def test_very_long_text_is_not_looked_up() -> None:
    assert part_candidates("佐" * (furigana.MAX_NAME_LENGTH + 1), "family") == []


def test_threads_share_one_dictionary() -> None:
    """The counter looks names up from its screen thread while a warm-up may run: same results."""
    expected = [candidates(n) for n in NAMES]
    results: list[list[furigana.Readings]] = []

    def work() -> None:
        results.append([candidates(n) for n in NAMES])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4
    assert furigana.is_loaded()


def kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.app", "form", "furigana", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def test_the_command_prints_json_best_first() -> None:
    done = kiosk("渡辺\u3000陽菜", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"family": ["ワタナベ"], "given": ["ハルナ", "ヒナ"]}

    done = kiosk("黒桐\u3000幹也", "--json", "--limit", "1")
    assert json.loads(done.stdout) == {"family": ["クロキリ"], "given": ["ミキヤ"]}


def test_the_command_says_it_in_lines_and_refuses_a_bad_limit() -> None:
    done = kiosk("高橋 翔")  # an ASCII space separates too
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["氏 高橋: タカハシ", "名 翔: ショウ、カケル"]

    done = kiosk("佐藤", "--limit", "0")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "1 to 10" in done.stderr.splitlines()[-1]


def test_a_missing_dictionary_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    """A counter without the reading dictionary's data pack (not installed, or a damaged one)
    says so in one line."""
    packs = tmp_path / "data"
    packs.mkdir()
    env = {**os.environ, "KIOSK_DATA_PACKS": str(packs)}
    done = kiosk("佐藤\u3000太郎", "--json", env=env)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"kiosk: no readings: SudachiDict is not installed (looked in {packs})"
    ]

    pack = packs / "furigana"
    pack.mkdir()
    (pack / "system.dic").write_bytes(b"not a dictionary" * 64)
    manifest = {"name": "furigana", "version": "20261015", "file": "system.dic"}
    (pack / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    done = kiosk("佐藤\u3000太郎", "--json", env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "kiosk: no readings: SudachiDict cannot be loaded"
    )
