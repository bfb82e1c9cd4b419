"""The commands: submit, db upgrade/status, purge, staff add/passwd — one clear line on errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import staff, workflow
from kiosk.app.cli import main
from kiosk.config import Config
from kiosk.models import OutboxEntry, Status
from kiosk.storage import open_storage
from tests.kiosk.conftest import fileable


@pytest.fixture
def env(config: Config, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(config.data_dir))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", config.database.url)
    monkeypatch.setenv("KIOSK_COUNTER_ID", "4")
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    return config


def test_db_upgrade_and_status(env: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "status"]) == 1
    assert "needs `kiosk db upgrade`" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "database upgraded: empty →" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "already at" in capsys.readouterr().out
    assert main(["db", "status"]) == 0


def test_submit_files_and_queues(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = fileable()
    path = tmp_path / "n.json"
    path.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["submit", str(path)]) == 0
    out = capsys.readouterr().out
    assert str(n.id) in out and "本登録" in out and "4-001" in out
    storage = open_storage(env)
    try:
        with storage.reader() as s:
            assert workflow.get(s, n.id).state is Status.APPROVED
            assert s.scalars(select(OutboxEntry)).one().adapter == "csv"
    finally:
        storage.close()
    # The same notification again is refused, not filed twice.
    assert main(["submit", str(path)]) == 5
    assert "already exists" in capsys.readouterr().err


def test_commands_log_to_a_private_file_without_personal_data(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = fileable()
    path = tmp_path / "n.json"
    path.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["--debug", "submit", str(path)]) == 0
    log = env.data_dir / "logs" / "submit.log"
    assert log.is_file(), "IT finds each command's log under the data folder"
    assert log.stat().st_mode & 0o077 == 0
    text = log.read_text(encoding="utf-8")
    assert f"notification {n.id}: reviewing → approved" in text
    person = n.persons[0].name
    for secret in (person.family, person.given, n.new_address.town):
        assert secret and secret not in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a valid notification"),
        (json.dumps({"kind": "tenkyo"}), "not a valid notification: todoke: Field required"),
    ],
)
def test_submit_rejects_bad_files_in_one_line(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["submit", str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_submit_refuses_an_unfileable_notification(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = fileable()
    n.persons = []
    path = tmp_path / "n.json"
    path.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["submit", str(path)]) == 5
    assert "cannot be filed yet" in capsys.readouterr().err


def test_purge_command(env: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["purge"]) == 0
    assert capsys.readouterr().out.startswith("purged 0:")


def test_staff_add_and_passwd(
    env: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("first passphrase ok\n"))
    assert main(["staff", "add", "rev09", "--name", "審査 太郎", "--role", "審査",
                 "--role", "reception", "--password-stdin"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    secret = next(line.split(": ")[1] for line in out.splitlines() if "secret" in line)
    monkeypatch.setattr("sys.stdin", io.StringIO("second passphrase ok\n"))
    assert main(["staff", "passwd", "rev09", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["staff", "passwd", "rev09", "--password-stdin"]) == 6
    assert "10文字以上" in capsys.readouterr().err
    import pyotp

    storage = open_storage(env)
    try:
        with storage.transaction() as s:
            actor = staff.login(s, "rev09", "second passphrase ok", pyotp.TOTP(secret).now())
        assert actor.roles == {"審査", "受付"}
    finally:
        storage.close()


def test_staff_list_disable_and_new_totp(
    env: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyotp

    monkeypatch.setattr("sys.stdin", io.StringIO("first passphrase ok\n"))
    assert main(["staff", "add", "rec05", "--name", "受付 花子", "--role", "受付",
                 "--password-stdin"]) == 0  # fmt: skip
    old_secret = next(
        line.split(": ")[1] for line in capsys.readouterr().out.splitlines() if "secret" in line
    )
    assert main(["staff", "totp", "rec05"]) == 0  # a lost phone: new secret
    new_secret = next(
        line.split(": ")[1] for line in capsys.readouterr().out.splitlines() if "secret" in line
    )
    assert main(["staff", "disable", "rec05"]) == 0
    assert main(["staff", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split("\t") == [
        "rec05", "受付 花子", "受付", "totp", "disabled"
    ]  # fmt: skip
    storage = open_storage(env)

    def login(secret: str) -> str:
        failure: staff.LoginFailed | None = None
        with storage.transaction() as s:
            try:
                return staff.login(s, "rec05", "first passphrase ok", pyotp.TOTP(secret).now()).id
            except staff.LoginFailed as exc:
                failure = exc
        raise failure

    try:
        with pytest.raises(staff.LoginFailed):
            login(new_secret)  # disabled
        assert main(["staff", "enable", "rec05"]) == 0
        with pytest.raises(staff.LoginFailed):
            login(old_secret)  # the old phone no longer works
        assert login(new_secret) == "rec05"
    finally:
        storage.close()


def test_version_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    import kiosk

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {kiosk.__version__}"
