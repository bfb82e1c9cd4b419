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
from zxcvbn import zxcvbn

from kiosk import audit
from kiosk.errors import KioskError
from kiosk.models import StaffAccount, utcnow
from kiosk.workflow import ROLES, Actor

MIN_PASSWORD = 10
#: Longest password accepted (argon2 takes any length; the strength estimate is quadratic).
MAX_PASSWORD = 128
#: zxcvbn's score (0-4) a password must reach: 3 is "safely unguessable" (about 10^10 guesses),
#: which refuses common passwords, repeats (aaaaaaaaaa), runs (1234567890), keyboard rows and
#: the account's own id or name, while a few unrelated words pass.
MIN_PASSWORD_SCORE = 3
#: Longest login id: the audit log names an account as ``staff:<id>`` in a 64-character column.
MAX_LOGIN_ID = 58
#: Longest display name (the ``staff.display_name`` column).
MAX_DISPLAY_NAME = 128
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


#: Why zxcvbn found a password weak, by the kind of pattern it matched (most telling first).
_WEAKNESS = (
    ("passwords", "よく使われるパスワードです"),
    ("user_inputs", "ログインIDや氏名を含んでいます"),
    ("repeat", "同じ文字や並びの繰り返しです"),
    ("sequence", "連続した文字や数字（abc、123 など）です"),
    ("spatial", "キーボード上の並び（qwerty など）です"),
    ("date", "日付や年です"),
    ("dictionary", "辞書にある単語や名前そのままです"),
)


def _weakness(sequence: list[dict[str, Any]]) -> str:
    kinds = set()
    for match in sequence:
        pattern = str(match.get("pattern", ""))
        kinds.add(pattern)
        if pattern == "dictionary":
            kinds.add(str(match.get("dictionary_name", "")))
    return next((why for kind, why in _WEAKNESS if kind in kinds), "短く、推測されやすい並びです")


def check_password(password: str, *, related: Iterable[str] = ()) -> None:
    """Refuse a weak password with one line in Japanese saying why (パスワードの強度).

    Length alone lets ``aaaaaaaaaa`` and ``1234567890`` through; the strength estimate
    (zxcvbn, score :data:`MIN_PASSWORD_SCORE`) also refuses common and trivially repetitive
    passwords, and one holding a ``related`` word (the login id, a word of the name) is refused
    outright.
    """
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"パスワードは{MIN_PASSWORD}文字以上にしてください")
    if len(password) > MAX_PASSWORD:
        raise StaffError(f"パスワードは{MAX_PASSWORD}文字以内にしてください")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in password):
        raise StaffError("パスワードに制御文字は使えません")
    words = [w for text in related for w in text.split() if w]
    lowered = password.casefold()
    if any(len(w) >= (3 if w.isascii() else 2) and w.casefold() in lowered for w in words):
        # zxcvbn only discounts these; a password holding the account's own id or name is
        # the first guess of anyone who knows the account.
        raise StaffError(
            "このパスワードは推測されやすいため使えません（ログインIDや氏名を含んでいます）: "
            "関係のない言葉をいくつか組み合わせた、長いものにしてください"
        )
    result = zxcvbn(password, user_inputs=words, max_length=MAX_PASSWORD)
    if int(result["score"]) < MIN_PASSWORD_SCORE:
        raise StaffError(
            f"このパスワードは推測されやすいため使えません（{_weakness(result['sequence'])}）: "
            "関係のない言葉をいくつか組み合わせた、長いものにしてください"
        )


def login_id_ok(login_id: str) -> bool:
    """Whether the database and the audit log can hold ``login_id``."""
    return (
        0 < len(login_id) <= MAX_LOGIN_ID
        and login_id.isprintable()
        and not any(c.isspace() for c in login_id)
    )


def check_login_id(login_id: str) -> None:
    """Refuse a login id the database or the audit log could not hold, before they do."""
    if not login_id_ok(login_id):
        raise StaffError(
            f"ログインIDは空白や制御文字を含まない1〜{MAX_LOGIN_ID}文字にしてください"
            f"（{len(login_id)}文字）"
        )


def check_display_name(name: str) -> None:
    """Refuse a display name that is empty, too long or holds control characters."""
    if not name.strip() or len(name) > MAX_DISPLAY_NAME or not name.isprintable():
        raise StaffError(
            f"表示名は1〜{MAX_DISPLAY_NAME}文字で、制御文字を含まないものにしてください"
        )


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
    check_login_id(login_id)
    check_display_name(display_name)
    if session.get(StaffAccount, login_id) is not None:
        raise StaffError(f"staff {login_id} already exists")
    role_text = _roles(list(roles))
    check_password(password, related=(login_id, display_name))
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
    check_password(password, related=(login_id, account.display_name))
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
    valid = login_id_ok(login_id)
    account = session.get(StaffAccount, login_id, populate_existing=True) if valid else None
    # An id no account can have (too long, control characters) is audited without itself, so
    # the audit log's columns hold the entry on every database.
    who = f"staff:{login_id}" if valid else "staff:(invalid id)"

    def fail(why: str) -> LoginFailed:
        audit.record(
            session,
            actor=who,
            terminal=terminal,
            action="login_failed",
            subject=who,
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
