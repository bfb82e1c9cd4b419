"""Staff accounts (職員): id + password (argon2) + a second factor, and roles 受付 / 審査 / 管理.

The 総務省 guideline asks for two-factor login on マイナンバー利用事務系 terminals. The second
factor is pluggable (:func:`register_second_factor`): TOTP (an authenticator app, via pyotp) is
built in; an IC staff card (職員証) reader registers itself under ``"card"``. Failed logins are
counted and lock the account for a while; every login, failure, new account and password change
is written to the audit log. Messages never say whether the id or the password was wrong.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import argon2
import pyotp
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.errors import KioskError
from kiosk.models import StaffAccount, utcnow
from kiosk.workflow import ROLES, Actor

MIN_PASSWORD = 10
_hasher = argon2.PasswordHasher()


class StaffError(KioskError):
    """A staff account operation was refused."""

    exit_code = 6


class LoginFailed(StaffError):
    """Wrong id, password or second factor, or the account is locked or disabled."""


class AccountDisabled(StaffError):
    """The account of a logged-in staff member was disabled (or is gone): its sessions end."""


@dataclass(frozen=True)
class Enrollment:
    """What a new second factor shows once (e.g. the TOTP secret and its QR/URI)."""

    method: str
    secret: str
    uri: str


class SecondFactor(Protocol):
    """A second login factor. ``stored`` is this factor's enrolment data for one account."""

    name: str

    def enroll(self, login_id: str) -> tuple[dict[str, Any], Enrollment | None]: ...

    def verify(
        self, stored: dict[str, Any], response: str, *, now: datetime
    ) -> dict[str, Any] | None:
        """The updated enrolment data if ``response`` is right, else None."""
        ...


class TotpFactor:
    """Time-based one-time passwords (RFC 6238, 30 s, 6 digits); a code is accepted once."""

    name = "totp"
    issuer = "書かない窓口"

    def enroll(self, login_id: str) -> tuple[dict[str, Any], Enrollment | None]:
        secret = pyotp.random_base32()
        uri = pyotp.TOTP(secret).provisioning_uri(name=login_id, issuer_name=self.issuer)
        return {"secret": secret, "last_step": 0}, Enrollment(self.name, secret, uri)

    def verify(
        self, stored: dict[str, Any], response: str, *, now: datetime
    ) -> dict[str, Any] | None:
        totp = pyotp.TOTP(stored["secret"])
        code = response.strip()
        step_now = int(now.timestamp()) // totp.interval
        for step in (step_now - 1, step_now, step_now + 1):
            if step <= int(stored.get("last_step", 0)):
                continue  # no replay of a code already used
            if pyotp.utils.strings_equal(totp.at(step * totp.interval), code):
                return {**stored, "last_step": step}
        return None


SECOND_FACTORS: dict[str, SecondFactor] = {"totp": TotpFactor()}


def register_second_factor(factor: SecondFactor) -> None:
    """Make a second factor available (e.g. an IC staff card reader under ``"card"``)."""
    SECOND_FACTORS[factor.name] = factor


def _roles(roles: list[str]) -> str:
    unknown = [r for r in roles if r not in ROLES]
    chosen = sorted(set(roles), key=ROLES.index) if not unknown else []
    if unknown:
        raise StaffError(f"unknown role(s) {unknown}: roles are {', '.join(ROLES)}")
    if not chosen:
        raise StaffError(f"give at least one role ({', '.join(ROLES)})")
    return ",".join(chosen)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"the password must have at least {MIN_PASSWORD} characters")


def add(
    session: Session,
    login_id: str,
    *,
    display_name: str,
    roles: Iterable[str],
    password: str,
    second_factor: str = "totp",
    actor: Actor,
) -> Enrollment | None:
    """Create a staff account; returns the second factor's one-time enrolment to show."""
    if not login_id or len(login_id) > 64 or not login_id.isprintable() or " " in login_id:
        raise StaffError("a login id is 1-64 printable characters without spaces")
    if session.get(StaffAccount, login_id) is not None:
        raise StaffError(f"staff {login_id} already exists")
    role_text = _roles(list(roles))
    _check_password(password)
    factors: dict[str, Any] = {}
    enrollment = None
    if second_factor != "none":
        factor = SECOND_FACTORS.get(second_factor)
        if factor is None:
            raise StaffError(f"no second factor {second_factor!r} is available")
        factors[factor.name], enrollment = factor.enroll(login_id)
    now = utcnow()
    session.add(
        StaffAccount(
            login_id=login_id,
            display_name=display_name,
            password_hash=_hasher.hash(password),
            roles=role_text,
            second_factors=_dump(factors),
            active=True,
            failed_logins=0,
            created_at=now,
            password_changed_at=now,
        )
    )
    session.flush()
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="staff_add",
        subject=f"staff:{login_id}",
        detail={"roles": role_text, "second_factor": second_factor},
    )
    return enrollment


def _dump(factors: dict[str, Any]) -> str:
    return json.dumps(factors)


def _load(text: str | None) -> dict[str, Any]:
    return dict(json.loads(text)) if text else {}


def set_password(session: Session, login_id: str, password: str, *, actor: Actor) -> None:
    """Change a password (and unlock the account)."""
    account = session.get(StaffAccount, login_id)
    if account is None:
        raise StaffError(f"no staff {login_id}")
    _check_password(password)
    account.password_hash = _hasher.hash(password)
    account.password_changed_at = utcnow()
    account.failed_logins = 0
    account.locked_until = None
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="passwd",
        subject=f"staff:{login_id}",
    )


def set_active(session: Session, login_id: str, active: bool, *, actor: Actor) -> None:
    """Disable (e.g. a staff member who left) or re-enable an account; it is never deleted,
    so the audit log's ids keep meaning someone."""
    account = session.get(StaffAccount, login_id)
    if account is None:
        raise StaffError(f"no staff {login_id}")
    account.active = active
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="staff_enable" if active else "staff_disable",
        subject=f"staff:{login_id}",
    )


def current_actor(
    session: Session, login_id: str, *, terminal: str = "", hold: bool = False
) -> Actor:
    """The staff :class:`Actor` of ``login_id`` as the account stands now (its current roles).

    Called on every staff action of a live session, so disabling an account (``kiosk staff
    disable``) takes effect at the next action, on every desk. Raises :class:`AccountDisabled`
    for a disabled or unknown account. A temporary lockout after failed logins does not end a
    live session (else anyone could lock a working clerk out by typing wrong passwords).

    ``hold`` keeps the account row share-locked until the caller's transaction ends (PostgreSQL),
    so a disable committed while an approval is under way waits for it instead of racing it.
    """
    account = session.get(
        StaffAccount,
        login_id,
        populate_existing=True,
        with_for_update={"read": True} if hold else None,
    )
    if account is None or not account.active:
        raise AccountDisabled(f"staff {login_id} is disabled: its sessions end")
    return Actor.staff(account.login_id, account.roles.split(","), terminal)


@dataclass(frozen=True)
class StaffSummary:
    """One account as listed for administrators (no secrets)."""

    login_id: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    locked_until: datetime | None
    second_factors: tuple[str, ...]


def list_accounts(session: Session) -> list[StaffSummary]:
    """All accounts, by login id."""
    return [
        StaffSummary(
            a.login_id,
            a.display_name,
            tuple(a.roles.split(",")),
            a.active,
            a.locked_until,
            tuple(sorted(_load(a.second_factors))),
        )
        for a in session.scalars(select(StaffAccount).order_by(StaffAccount.login_id))
    ]


def enroll_second_factor(
    session: Session, login_id: str, method: str, *, actor: Actor
) -> Enrollment | None:
    """(Re-)enrol a second factor for an account; returns what to show once."""
    account = session.get(StaffAccount, login_id)
    if account is None:
        raise StaffError(f"no staff {login_id}")
    factor = SECOND_FACTORS.get(method)
    if factor is None:
        raise StaffError(f"no second factor {method!r} is available")
    factors = _load(account.second_factors)
    factors[method], enrollment = factor.enroll(login_id)
    account.second_factors = _dump(factors)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="second_factor",
        subject=f"staff:{login_id}",
        detail={"method": method},
    )
    return enrollment


def login(
    session: Session,
    login_id: str,
    password: str,
    second_factor_response: str | None,
    *,
    method: str = "totp",
    terminal: str = "",
    max_failed: int = 5,
    lockout: timedelta = timedelta(minutes=15),
    now: datetime | None = None,
) -> Actor:
    """Check a login; returns the staff :class:`Actor` or raises :class:`LoginFailed`.

    ``method`` is the configured second factor (``"none"`` disables it). The outcome is audited
    and committed with the caller's transaction, so commit even when this raises.
    """
    now = now or utcnow()
    account = session.get(StaffAccount, login_id, populate_existing=True)

    def fail(why: str) -> LoginFailed:
        audit.record(
            session,
            actor=f"staff:{login_id}",
            terminal=terminal,
            action="login_failed",
            subject=f"staff:{login_id}",
            detail={"why": why},
            at=now,
        )
        return LoginFailed("login failed: check the id, password and second factor")

    if account is None:
        _burn(password)
        raise fail("unknown")
    if not account.active:
        raise fail("disabled")
    if account.locked_until is not None and account.locked_until > now:
        raise fail("locked")
    ok = True
    try:
        _hasher.verify(account.password_hash, password)
    except argon2.exceptions.VerificationError:
        ok = False
    factors = _load(account.second_factors)
    if ok and method != "none":
        factor = SECOND_FACTORS.get(method)
        stored = factors.get(method)
        updated = None
        if factor is not None and stored is not None and second_factor_response:
            updated = factor.verify(stored, second_factor_response, now=now)
        if updated is None:
            ok = False
        else:
            factors[method] = updated
            account.second_factors = _dump(factors)
    if not ok:
        account.failed_logins += 1
        if account.failed_logins >= max_failed:
            account.locked_until = now + lockout
            account.failed_logins = 0
        raise fail("credentials")
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
    account.failed_logins = 0
    account.locked_until = None
    actor = Actor.staff(account.login_id, account.roles.split(","), terminal)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=terminal,
        action="login",
        subject=f"staff:{login_id}",
        detail={"method": method},
        at=now,
    )
    return actor


_dummy_hash: list[str] = []


def _burn(password: str) -> None:
    """Spend the time a password check takes, so unknown ids are not faster to reject."""
    if not _dummy_hash:
        _dummy_hash.append(_hasher.hash("an unused password only to spend time on"))
    with contextlib.suppress(argon2.exceptions.VerificationError):
        _hasher.verify(_dummy_hash[0], password)
