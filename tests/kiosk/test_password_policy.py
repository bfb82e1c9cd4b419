"""Staff passwords: length is not enough; common and trivially repetitive ones are refused,
with the reason in one Japanese line, and nothing is stored when they are."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from kiosk import staff
from kiosk.app.cli import main
from kiosk.config import Config
from kiosk.models import StaffAccount
from kiosk.storage import Storage, open_storage
from tests.kiosk.conftest import ADMIN


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("aaaaaaaaaa", "繰り返し"),
        ("abcabcabcabc", "繰り返し"),
        ("1234567890", "よく使われる"),
        ("password123", "よく使われる"),
        ("qwertyuiop", "よく使われる"),
        ("zxcvbnm,./", "キーボード"),
        ("satotaro99", "ログインID"),
        ("my name is 佐藤 ok", "ログインID"),
        ("abcdefghijkl", "連続"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(
    storage: Storage, password: str, reason: str
) -> None:
    with pytest.raises(staff.StaffError) as caught, storage.transaction() as s:
        staff.add(
            s, "sato", display_name="佐藤 太郎", roles=["受付"], password=password, actor=ADMIN
        )
    message = str(caught.value)
    assert reason in message and "推測されやすい" in message
    assert "\n" not in message and password not in message
    with storage.reader() as s:
        assert s.scalar(select(func.count()).select_from(StaffAccount)) == 0


@pytest.mark.parametrize(
    "password",
    [
        "quiet maple ferry lantern",
        "kiyose-counter-2026",
        "Tr0ub4dour&3x-window",
        "a passphrase as long as a sentence, " * 3 + "ends here",  # over 100 characters
    ],
)
def test_unrelated_words_together_pass(storage: Storage, password: str) -> None:
    with storage.transaction() as s:
        staff.add(
            s, "sato", display_name="佐藤 太郎", roles=["受付"], password=password, actor=ADMIN
        )
    with storage.transaction() as s:
        staff.set_password(s, "sato", password + " again", actor=ADMIN)


def test_length_limits_and_control_characters(storage: Storage) -> None:
    for password, expected in (
        ("short", "10文字以上"),
        ("x" * 129, "128文字以内"),
        ("quiet maple\x00ferry lantern", "制御文字"),
    ):
        with pytest.raises(staff.StaffError, match=expected), storage.transaction() as s:
            staff.add(
                s, "sato", display_name="佐藤", roles=["受付"], password=password, actor=ADMIN
            )


def test_changing_to_a_weak_password_keeps_the_old_one(storage: Storage) -> None:
    with storage.transaction() as s:
        staff.add(
            s, "sato", display_name="佐藤", roles=["受付"], password="quiet maple ferry lantern",
            second_factor="none", actor=ADMIN,
        )  # fmt: skip
    with pytest.raises(staff.StaffError, match="繰り返し"), storage.transaction() as s:
        staff.set_password(s, "sato", "zzzzzzzzzzzz", actor=ADMIN)
    with storage.transaction() as s:
        assert staff.login(s, "sato", "quiet maple ferry lantern", None, method="none").id == "sato"


def test_the_command_says_why_in_one_line(
    config: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(config.data_dir))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", config.database.url)
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("1234567890\n"))
    status = main(
        ["staff", "add", "rec09", "--name", "受付 花子", "--role", "受付", "--password-stdin"]
    )
    assert status == 6
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "よく使われるパスワード" in err
    storage = open_storage(config)
    try:
        with storage.reader() as s:
            assert s.get(StaffAccount, "rec09") is None
    finally:
        storage.close()
