"""Limits on settings and staff accounts: refused with the name of what is wrong, before a
database, a file name or a log line has to cope with them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import staff
from kiosk.config import MAX_FILE_BYTES, ConfigError, hide_url_passwords, load_config
from kiosk.models import AuditEntry
from kiosk.storage import Storage
from tests.kiosk.conftest import ADMIN, NOW

PASSWORD = "quiet maple ferry lantern"


@pytest.mark.parametrize(
    ("env", "where"),
    [
        ({"KIOSK_COUNTER_ID": "１"}, "[counter] id"),
        ({"KIOSK_COUNTER_ID": "窓口1"}, "[counter] id"),
        ({"KIOSK_COUNTER_NAME": "1番\x00窓口"}, "[counter] name"),
        ({"KIOSK_COUNTER_NAME": "窓" * 33}, "[counter] name"),
        ({"KIOSK_MUNICIPALITY_NAME": "清瀬\x00市"}, "[municipality] name"),
        ({"KIOSK_MUNICIPALITY_NAME": "市" * 33}, "[municipality] name"),
        ({"KIOSK_DATABASE_URL": "sqlite:////tmp/x.db\x1b[2J"}, "[database] url"),
        ({"KIOSK_DATABASE_URL": "oracle://scott:tiger@db/orcl"}, "[database] url"),
        ({"KIOSK_DATABASE_BUSY_TIMEOUT_MS": "1e309"}, "[database] busy_timeout_ms"),
        ({"KIOSK_RETENTION_ABANDONED_HOURS": str(10**12)}, "[retention] abandoned_hours"),
        ({"KIOSK_RETENTION_PRINTED_DAYS": "-1"}, "[retention] printed_days"),
        ({"KIOSK_TIMEOUTS_IDLE_SECONDS": "nan"}, "[timeouts] idle_seconds"),
        ({"KIOSK_STAFF_LOCKOUT_MINUTES": "99999999"}, "[staff] lockout_minutes"),
    ],
)
def test_bad_settings_name_themselves_in_one_line(env: dict[str, str], where: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(env=env)
    message = str(caught.value)
    assert where in message and "\n" not in message
    assert "tiger" not in message


def test_config_files_that_are_not_configuration(tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    deep = tmp_path / "deep.toml"
    deep.write_text("[counter]\nname = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    for path, expected in ((huge, "KiB"), (deep, "nested too deeply"), (folder, "folder")):
        with pytest.raises(ConfigError, match=expected) as caught:
            load_config(path, env={})
        assert "\n" not in str(caught.value)


def test_url_passwords_are_hidden() -> None:
    text = "postgresql://kiosk:pw@db/kiosk and https://u:p%40ss@bo.example/x, https://bo/x"
    assert hide_url_passwords(text) == (
        "postgresql://kiosk:***@db/kiosk and https://u:***@bo.example/x, https://bo/x"
    )


@pytest.mark.parametrize(
    ("login_id", "name"),
    [
        ("a" * 59, "佐藤"),
        ("sato\x00", "佐藤"),
        ("sa to", "佐藤"),
        ("sato", "名" * 129),
        ("sato", " "),
    ],
)
def test_account_ids_and_names_the_database_could_not_hold_are_refused(
    storage: Storage, login_id: str, name: str
) -> None:
    with pytest.raises(staff.StaffError, match="文字"), storage.transaction() as s:
        staff.add(s, login_id, display_name=name, roles=["受付"], password=PASSWORD, actor=ADMIN)


def test_longest_id_and_name_fit_every_database(storage: Storage) -> None:
    login_id, name = "a" * staff.MAX_LOGIN_ID, "名" * staff.MAX_DISPLAY_NAME
    with storage.transaction() as s:
        staff.add(
            s, login_id, display_name=name, roles=["受付"], password=PASSWORD,
            second_factor="none", actor=ADMIN,
        )  # fmt: skip
    with storage.transaction() as s:
        assert staff.login(s, login_id, PASSWORD, None, method="none").id == login_id


@pytest.mark.parametrize("login_id", ["x" * 500, "nul\x00id", "改行\nid"])
def test_a_login_with_an_impossible_id_fails_and_is_audited(
    storage: Storage, login_id: str
) -> None:
    # The failure is committed (the exception is caught inside the transaction), as the
    # console does.
    with storage.transaction() as s, pytest.raises(staff.LoginFailed):
        staff.login(s, login_id, PASSWORD, "123456", now=NOW, lockout=timedelta(minutes=1))
    with storage.reader() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and last.action == "login_failed"
    assert last.subject == "staff:(invalid id)"
