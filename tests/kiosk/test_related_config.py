"""``kiosk config check`` loads the related-form templates as the counter will, one line a fault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forms.related_templates import default_templates
from kiosk.app.cli import main


@pytest.fixture(autouse=True)
def _clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_MUNICIPALITY_NAME", "清瀬市")
    monkeypatch.setenv("KIOSK_MUNICIPALITY_CODE", "132217")


def _config(tmp_path: Path, folder: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[forms]\nrelated_templates = "{folder}"\n', encoding="utf-8")
    return path


TEMPLATE = """
[template]
id = "city"
title = "市の様式"
procedures = ["{code}"]

[[field]]
value = "head.name"
x = 10
y = 20
w = 50
"""


def test_a_good_template_folder_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "city.toml").write_text(TEMPLATE.format(code="kokuho_join"), encoding="utf-8")
    assert main(["config", "check", str(_config(tmp_path, folder))]) == 0
    assert f"related forms: {folder}" in capsys.readouterr().out


def test_the_shipped_templates_are_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "check"]) == 0
    assert "related forms: the shipped generic templates" in capsys.readouterr().out
    assert len(default_templates().templates) == 3


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (TEMPLATE.format(code="kokuho_jion"), ["procedure 'kokuho_jion' is not in the"]),
        (TEMPLATE.format(code="kokuho_join").replace("x = 10", "x = 500"), ["'x'"]),
    ],
)
def test_a_faulty_template_is_one_line_naming_the_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, words: list[str]
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "city.toml").write_text(body, encoding="utf-8")
    assert main(["config", "check", str(_config(tmp_path, folder))]) == 78
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "[forms] related_templates:" in err and str(folder / "city.toml") in err
    for word in words:
        assert word in err


def test_a_missing_folder_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "check", str(_config(tmp_path, tmp_path / "nowhere"))]) == 78
    assert "no such folder of related-form templates" in capsys.readouterr().err
