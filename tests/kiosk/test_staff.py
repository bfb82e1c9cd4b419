"""Staff accounts: argon2 passwords, TOTP second factor, lockout, roles, the staff commands."""

from __future__ import annotations

from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import text

from kiosk import audit, staff
from kiosk.models import StaffAccount
from kiosk.storage import Storage
from kiosk.workflow import Actor
from tests.kiosk.conftest import NOW

ADMIN = Actor.system("test-admin")
PASSWORD = "correct horse battery"


def add(storage: Storage, login_id: str = "rev01", **kw: object) -> staff.Enrollment:
    with storage.transaction() as s:
        enrollment = staff.add(
            s,
            login_id,
            display_name="審査 係員",
            roles=kw.pop("roles", ["審査"]),  # type: ignore[arg-type]
            password=PASSWORD,
            actor=ADMIN,
            **kw,  # type: ignore[arg-type]
        )
    assert enrollment is not None
    return enrollment


def code(enrollment: staff.Enrollment, at: object = NOW) -> str:
    return pyotp.TOTP(enrollment.secret).at(at)  # type: ignore[arg-type]


def login(storage: Storage, password: str, otp: str | None, *, now: object = NOW) -> Actor:
    """Log in as a desk does: a failure's audit entry and counter commit, then it is raised."""
    failure: staff.LoginFailed | None = None
    with storage.transaction() as s:
        try:
            return staff.login(s, "rev01", password, otp, terminal="desk-1", now=now)  # type: ignore[arg-type]
        except staff.LoginFailed as exc:
            failure = exc
    raise failure


def test_login_with_password_and_totp(storage: Storage) -> None:
    enrollment = add(storage)
    assert enrollment.uri.startswith("otpauth://totp/")
    actor = login(storage, PASSWORD, code(enrollment))
    assert actor.kind == "staff" and actor.id == "rev01" and actor.roles == {"審査"}


def test_password_is_stored_as_argon2_only(storage: Storage) -> None:
    add(storage)
    with storage.engine.connect() as conn:
        row = conn.execute(text("SELECT password_hash, second_factors FROM staff")).one()
    assert row.password_hash.startswith("$argon2id$")
    assert PASSWORD not in row.password_hash
    assert b"secret" not in bytes(row.second_factors)  # the TOTP secret is encrypted


@pytest.mark.parametrize("wrong", ["password", "totp", "no-totp"])
def test_each_factor_is_required(storage: Storage, wrong: str) -> None:
    enrollment = add(storage)
    password = "not the password" if wrong == "password" else PASSWORD
    otp = {"totp": "000000", "no-totp": None}.get(wrong, code(enrollment))
    if otp == code(enrollment) and wrong == "totp":  # pragma: no cover - 1 in a million
        otp = "111111"
    with pytest.raises(staff.LoginFailed, match="check the id, password and second factor"):
        login(storage, password, otp)
    with storage.reader() as s:
        assert [e.action for e in audit.entries(s)][-1] == "login_failed"


def test_a_totp_code_works_once(storage: Storage) -> None:
    enrollment = add(storage)
    otp = code(enrollment)
    login(storage, PASSWORD, otp)
    with pytest.raises(staff.LoginFailed):
        login(storage, PASSWORD, otp, now=NOW + timedelta(seconds=5))


def test_repeated_failures_lock_the_account(storage: Storage) -> None:
    enrollment = add(storage)
    for _ in range(5):
        with pytest.raises(staff.LoginFailed):
            login(storage, "wrong password!", code(enrollment))
    later = NOW + timedelta(minutes=1)
    with pytest.raises(staff.LoginFailed):  # the right password no longer helps …
        login(storage, PASSWORD, code(enrollment, later), now=later)
    after = NOW + timedelta(minutes=16)
    assert login(storage, PASSWORD, code(enrollment, after), now=after).id == "rev01"


def test_unknown_ids_fail_the_same_way(storage: Storage) -> None:
    with storage.session() as s, pytest.raises(staff.LoginFailed) as err, s.begin():
        staff.login(s, "nobody", PASSWORD, "123456", now=NOW)
    assert "check the id, password and second factor" in str(err.value)


def test_a_pluggable_second_factor(storage: Storage) -> None:
    class StaffCard:
        """An IC staff card factor: the card's serial must match the enrolled one."""

        name = "card"

        def enroll(self, login_id: str) -> tuple[dict[str, object], staff.Enrollment | None]:
            return {"serial": "CARD-0042"}, staff.Enrollment("card", "CARD-0042", "")

        def verify(
            self, stored: dict[str, object], response: str, *, now: object
        ) -> dict[str, object] | None:
            return stored if response == stored["serial"] else None

    staff.register_second_factor(StaffCard())  # type: ignore[arg-type]
    try:
        add(storage, second_factor="card")
        with storage.session() as s, s.begin():
            actor = staff.login(s, "rev01", PASSWORD, "CARD-0042", method="card", now=NOW)
        assert actor.id == "rev01"
        with storage.session() as s, pytest.raises(staff.LoginFailed), s.begin():
            staff.login(s, "rev01", PASSWORD, "CARD-9999", method="card", now=NOW)
    finally:
        staff.SECOND_FACTORS.pop("card", None)


def test_roles_and_passwords_are_validated(storage: Storage) -> None:
    with storage.transaction() as s:
        with pytest.raises(staff.StaffError, match="unknown role"):
            staff.add(s, "x1", display_name="x", roles=["課長"], password=PASSWORD, actor=ADMIN)
        with pytest.raises(staff.StaffError, match="10文字以上"):
            staff.add(s, "x1", display_name="x", roles=["受付"], password="short", actor=ADMIN)


def test_changing_the_password_unlocks(storage: Storage) -> None:
    enrollment = add(storage)
    for _ in range(5):
        with pytest.raises(staff.LoginFailed):
            login(storage, "wrong password!", code(enrollment))
    with storage.transaction() as s:
        staff.set_password(s, "rev01", "a brand new passphrase", actor=ADMIN)
        assert s.get(StaffAccount, "rev01").locked_until is None  # type: ignore[union-attr]
    assert login(storage, "a brand new passphrase", code(enrollment)).id == "rev01"
