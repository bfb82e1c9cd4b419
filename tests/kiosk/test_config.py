"""Configuration: defaults with no file, KIOSK_* overrides, and one clear line per error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.app.cli import main
from kiosk.config import (
    RESIDENT_LANGUAGES,
    ConfigError,
    example_toml,
    load_config,
    local_government_code_ok,
)

PYTHON = sys.executable


def test_defaults_need_no_file(tmp_path: Path) -> None:
    config = load_config(env={})
    assert config.source is None
    assert config.database_url.startswith("sqlite:///")
    assert config.database_url.endswith("kiosk.sqlite3")
    assert config.backoffice.adapter == "csv"
    assert "kakanai-madoguchi" in str(config.data_dir)
    assert config.counter.id == "1"


def test_file_values_and_environment_overrides(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[municipality]\nname = "清瀬市"\ncode = "132217"\n'
        '[database]\nurl = "postgresql://kiosk@db.example/kiosk"\n'
        '[forms]\nkinds = ["tenkyo"]\n',
        encoding="utf-8",
    )
    config = load_config(
        path,
        env={
            "KIOSK_BACKOFFICE_URL": "https://juki.example/intake",
            "KIOSK_TIMEOUTS_IDLE_SECONDS": "240",
            "KIOSK_FORMS_LANGUAGES": "ja,en,vi",
            "KIOSK_DATABASE_ECHO": "true",
            "KIOSK_MUNICIPALITY_NAME": "清瀬市役所",
        },
    )
    assert config.municipality.code == "132217"
    assert config.municipality.name == "清瀬市役所"  # the environment wins over the file
    assert config.database_url == "postgresql+psycopg://kiosk@db.example/kiosk"
    assert config.backoffice.adapter == "http"
    assert config.timeouts.idle_seconds == 240
    assert config.forms.languages == ["ja", "en", "vi"]
    assert config.forms.kinds == ["tenkyo"]
    assert config.database.echo is True


def test_kiosk_config_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.toml"
    path.write_text('[counter]\nid = "B2"\n', encoding="utf-8")
    assert load_config(env={"KIOSK_CONFIG": str(path)}).counter.id == "B2"


@pytest.mark.parametrize(
    ("toml", "env", "message"),
    [
        ("[database\nurl = 1", {}, "not valid TOML"),
        ("[database]\nulr = 'x'", {}, "[database] ulr: unknown key"),
        ("[timeouts]\nidle_seconds = 'soon'", {}, "[timeouts] idle_seconds: Input should be"),
        ("[timeouts]\nidle_seconds = 3", {}, "[timeouts] idle_seconds: Input should be greater"),
        ("[municipality]\ncode = '131017'", {}, "check digit"),
        ("[forms]\nkinds = ['tennyu', 'marriage']", {}, "unknown kind"),
        ("[backoffice]\nurl = 'ftp://x'", {}, "must start with https://"),
        ("[counter]\ntimezone = 'Mars/Olympus'", {}, "unknown time zone"),
        ("[privacy]\nkey_store = 'vault'", {}, "[privacy] key_store"),
        ("[sideways]\nx = 1", {}, "sideways: unknown key"),
        (
            "",
            {"KIOSK_TIMEOUTS_IDLE_SECONDS": "many"},
            "(got 'many') (from KIOSK_TIMEOUTS_IDLE_SECONDS)",
        ),
    ],
)
def test_errors_name_file_section_and_key(
    tmp_path: Path, toml: str, env: dict[str, str], message: str
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path, env=env)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "nope.toml", env={})


def test_local_government_codes() -> None:
    assert local_government_code_ok("131016")  # 千代田区
    assert local_government_code_ok("131041")  # 新宿区: remainder 0 gives check digit 1
    assert local_government_code_ok("011002")  # 札幌市
    assert not local_government_code_ok("131015")
    assert not local_government_code_ok("13101")


def test_example_is_complete_and_checks_clean(tmp_path: Path) -> None:
    text = example_toml()
    for section in ("municipality", "counter", "database", "backoffice", "retention", "timeouts"):
        assert f"[{section}]" in text
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    assert load_config(path, env={}).model_dump() == load_config(env={}).model_dump()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "kiosk.app", *args],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **(env or {})},
        check=False,
    )


def test_config_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [n for n in os.environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    assert main(["config", "example"]) == 0
    path = tmp_path / "kiosk.toml"
    path.write_text(capsys.readouterr().out, encoding="utf-8")
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABSE_URL", "typo")
    assert main(["config", "check", str(path)]) == 78  # the defaults name no municipality
    assert "[municipality] name and code are not set" in capsys.readouterr().err
    monkeypatch.setenv("KIOSK_MUNICIPALITY_NAME", "清瀬市")
    monkeypatch.setenv("KIOSK_MUNICIPALITY_CODE", "132217")
    assert main(["config", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"ok: {path}" in out
    assert "KIOSK_DATABSE_URL matches no configuration key" in out
    assert f"data key: key file {tmp_path / 'data' / 'data.key'}" in out
    path.write_text("[retention]\ndelivered_days = -1\n", encoding="utf-8")
    assert main(["config", "check", str(path)]) == 78
    err = capsys.readouterr().err
    assert err.startswith(f"kiosk: {path}: [retention] delivered_days")
    assert len(err.strip().splitlines()) == 1


def test_config_check_finds_missing_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[backoffice]\nca_cert = "{tmp_path / "ca.pem"}"\n', encoding="utf-8")
    assert main(["--config", str(path), "config", "check"]) == 78
    assert "[backoffice] ca_cert: no such file" in capsys.readouterr().err


def test_no_tracebacks_unless_debug(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[[", encoding="utf-8")
    plain = run_cli("--config", str(bad), "config", "check")
    assert plain.returncode == 78 and "Traceback" not in plain.stderr
    assert plain.stderr.startswith(f"kiosk: {bad}: not valid TOML")
    with pytest.raises(ConfigError):  # --debug lets the exception (and its traceback) out
        main(["--debug", "--config", str(bad), "config", "check"])


def test_main_in_process_returns_the_exit_status(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[counter]\nid = 'has space'\n", encoding="utf-8")
    assert main(["--config", str(bad), "config", "check"]) == 78


def test_every_offered_language_has_resident_screens() -> None:
    """The default offers every language the resident screens are translated into, no more."""
    translations = Path(__file__).parents[2] / "ui" / "resident" / "translations"
    shipped = {"ja"} | {
        p.stem.removeprefix("resident_").replace("_", "-") for p in translations.glob("*.qm")
    }
    assert set(RESIDENT_LANGUAGES) == shipped
    assert load_config(env={}).forms.languages == list(RESIDENT_LANGUAGES)
    with pytest.raises(ConfigError, match="no resident screens in \\['xx'\\]"):
        load_config(env={"KIOSK_FORMS_LANGUAGES": "ja,xx"})


def test_new_counter_settings_and_the_kinds_offered_to_residents() -> None:
    """The touch monitor's size, read-aloud and the kinds the resident screens offer (in the
    screens' order whatever the file's); a fresh configuration names no municipality."""
    from forms.model import Kind

    config = load_config(
        env={
            "KIOSK_COUNTER_SCREEN_INCHES": "15.6",
            "KIOSK_COUNTER_READ_ALOUD": "false",
            "KIOSK_FORMS_KINDS": "tenshutsu,tennyu",
        }
    )
    assert config.counter.screen_inches == 15.6
    assert config.counter.read_aloud is False
    assert config.forms.offered_kinds == (Kind.TENNYU, Kind.TENSHUTSU)
    assert load_config(env={}).counter.screen_inches is None
    assert (load_config(env={}).municipality.name, load_config(env={}).municipality.code) == (
        "",
        "",
    )
    for bad in ("nan", "inf", "3", "200"):
        with pytest.raises(ConfigError, match=r"\[counter\] screen_inches"):
            load_config(env={"KIOSK_COUNTER_SCREEN_INCHES": bad})
    with pytest.raises(ConfigError, match="listed twice"):
        load_config(env={"KIOSK_FORMS_KINDS": "tennyu,tennyu"})


def test_the_logo_setting_is_gone_with_a_clear_message(tmp_path: Path) -> None:
    """Forms and receipts print no logo, so the setting that promised one is refused."""
    path = tmp_path / "kiosk.toml"
    path.write_text('[municipality]\nlogo = "logo.png"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[municipality\] logo: unknown key"):
        load_config(path, env={})
