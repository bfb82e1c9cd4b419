"""``kiosk preentry``: check, import, token and list, each ending in one line."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from forms.preentry import encode, from_document
from kiosk.app.cli import main
from kiosk.config import Config
from kiosk.errors import ExitCode
from tests.preentry.samples import FAMILY, TENSHUTSU_CSV


@pytest.fixture
def env(config: Config, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(config.data_dir))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", config.database.url)
    return config


def test_check_says_whether_a_code_is_readable_without_its_answers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = encode(from_document(FAMILY))
    assert main(["preentry", "check", code]) == 0
    out = capsys.readouterr().out
    assert out.strip() == "readable: tennyu, 4 person(s), made on 2026-11-19, language ja"
    assert "黒桐" not in out
    assert main(["preentry", "check", "KM2:" + code[4:]]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "version 2" in err and "Traceback" not in err


def test_import_list_and_refusals(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(TENSHUTSU_CSV.replace("住民票コード", "個人番号"), encoding="utf-8")
    assert main(["preentry", "import", str(bad)]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "個人番号" in err
    assert main(["preentry", "import", str(tmp_path / "missing.csv")]) == 1
    assert "cannot read" in capsys.readouterr().err

    good = tmp_path / "tenshutsu.csv"
    good.write_text(TENSHUTSU_CSV, encoding="utf-8")
    assert main(["preentry", "import", str(good)]) == 0
    capsys.readouterr()
    assert main(["preentry", "list"]) == 0
    out = capsys.readouterr().out
    assert "************0042" in out and "1 record(s)" in out
    assert "黒桐" not in out and "ON-2026" not in out


def test_token_is_written_private(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "receive.token"
    assert main(["preentry", "token", str(path)]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert main(["preentry", "token", str(path)]) == ExitCode.CONFIG
    assert "already exists" in capsys.readouterr().err
