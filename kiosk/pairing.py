"""Pairing (ペアリング) of resident tablets with staff desks by a short-lived code.

On a counter floor several tablets (``kiosk tablet``) and desks (``kiosk desk``) share one
PostgreSQL database. A tablet shows a 6-digit code (:func:`offer_code`); a staff member types
it on a desk (:func:`pair`) and from then on that desk's queue shows the tablet's notifications.
A desk can supervise several tablets; a tablet belongs to one desk at a time (pairing it again
moves it). Offering, pairing, refused codes and unpairing are written to the audit log.

Why a code and not a list to pick from: a staff member must stand at the tablet (or talk with
the person who does) to learn the code, so a desk cannot take over a tablet it cannot see.
Codes live ``ttl`` seconds (two minutes by default), are stored only as a hash, are used once,
and a desk that types too many wrong codes is refused for a while (the code space is small).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Index, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk import audit
from kiosk.errors import KioskError
from kiosk.models import AuditEntry, Base, UTCDateTime, utcnow
from kiosk.workflow import Actor

if TYPE_CHECKING:
    from kiosk.storage import Storage

#: How long a code shown on a tablet can be typed on a desk.
DEFAULT_TTL = timedelta(minutes=2)
#: Wrong codes a desk may type within :data:`FAILURE_WINDOW` before it is refused for a while.
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=10)
CODE_DIGITS = 6

__all__ = [
    "DEFAULT_TTL",
    "CodeExpired",
    "PairingCode",
    "PairingError",
    "PairingRecord",
    "TooManyAttempts",
    "WrongCode",
    "code_for_tablet",
    "desk_for_tablet",
    "desk_of",
    "offer_code",
    "pair",
    "paired_tablets",
    "unpair",
]


class PairingError(KioskError):
    """A pairing step was refused."""

    exit_code = 7


class WrongCode(PairingError):
    """No tablet shows this code."""


class CodeExpired(PairingError):
    """The code was right but is no longer valid: ask the tablet for a new one."""


class TooManyAttempts(PairingError):
    """This desk typed too many wrong codes lately."""


class PairingRecord(Base):
    """One tablet's pairing state: the code it offers and the desk it belongs to."""

    __tablename__ = "pairings"
    __table_args__ = (Index("ix_pairings_desk", "desk"),)

    #: The tablet's terminal name (as in ``notifications.terminal``).
    tablet: Mapped[str] = mapped_column(String(64), primary_key=True)
    desk: Mapped[str | None] = mapped_column(String(64))
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    code_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paired_by: Mapped[str | None] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


@dataclass(frozen=True)
class PairingCode:
    """A code to show on a tablet, and until when it can be typed."""

    tablet: str
    code: str
    expires_at: datetime


def _hash(code: str) -> str:
    return hashlib.sha256(f"kiosk pairing v1:{code}".encode()).hexdigest()


def _normalise(code: str) -> str:
    digits = "".join(ch for ch in code if not ch.isspace() and ch != "-")
    if len(digits) != CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        raise WrongCode(f"a pairing code is {CODE_DIGITS} digits")
    return digits


def offer_code(
    session: Session,
    tablet: str,
    *,
    actor: Actor,
    ttl: timedelta = DEFAULT_TTL,
    now: datetime | None = None,
) -> PairingCode:
    """A fresh code for ``tablet`` to show (any earlier code of it stops working)."""
    if not tablet or len(tablet) > 64:
        raise PairingError("a tablet name is 1-64 characters")
    now = now or utcnow()
    record = session.get(PairingRecord, tablet, with_for_update=True)
    if record is None:
        record = PairingRecord(tablet=tablet, updated_at=now)
        session.add(record)
    for _ in range(20):
        code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
        clash = session.scalar(
            select(PairingRecord.tablet).where(
                PairingRecord.code_hash == _hash(code), PairingRecord.tablet != tablet
            )
        )
        if clash is None:
            break
    else:  # pragma: no cover - a million codes against a handful of tablets
        raise PairingError("no free pairing code; try again")
    record.code_hash = _hash(code)
    record.code_expires_at = now + ttl
    record.updated_at = now
    session.flush()
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal or tablet,
        action="pair_offer",
        subject=f"tablet:{tablet}",
        detail={"ttl_s": int(ttl.total_seconds())},
        at=now,
    )
    return PairingCode(tablet, code, now + ttl)


def _recent_failures(session: Session, desk: str, now: datetime) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.action == "pair_failed",
                AuditEntry.terminal == desk,
                AuditEntry.at > now - FAILURE_WINDOW,
            )
        )
        or 0
    )


def pair(
    session: Session,
    code: str,
    *,
    desk: str,
    actor: Actor,
    now: datetime | None = None,
) -> str:
    """Pair the tablet showing ``code`` with ``desk``; returns the tablet's name.

    Raises :class:`WrongCode`, :class:`CodeExpired` or :class:`TooManyAttempts`; every refusal
    is audited (commit the caller's transaction even when this raises).
    """
    now = now or utcnow()
    if not actor.has_role("受付", "審査", "管理"):
        raise PairingError("pairing needs a staff login")
    if _recent_failures(session, desk, now) >= MAX_FAILURES:
        raise TooManyAttempts(
            "too many wrong pairing codes from this desk: wait a few minutes and try again"
        )

    def refuse(why: str, error: PairingError, tablet: str = "") -> PairingError:
        audit.record(
            session,
            actor=actor.audit_id,
            terminal=desk,
            action="pair_failed",
            subject=f"tablet:{tablet}" if tablet else "",
            detail={"why": why},
            at=now,
        )
        return error

    try:
        digits = _normalise(code)
    except WrongCode as exc:
        raise refuse("format", exc) from None
    record = session.scalar(
        select(PairingRecord).where(PairingRecord.code_hash == _hash(digits)).with_for_update()
    )
    if record is None:
        raise refuse("wrong", WrongCode("no tablet shows this pairing code"))
    expires = record.code_expires_at
    if expires is None or expires <= now:
        record.code_hash = None
        record.code_expires_at = None
        raise refuse(
            "expired",
            CodeExpired("this pairing code has expired: show a new one on the tablet"),
            record.tablet,
        )
    previous = record.desk
    record.desk = desk
    record.paired_at = now
    record.paired_by = actor.audit_id
    record.code_hash = None
    record.code_expires_at = None
    record.updated_at = now
    session.flush()
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=desk,
        action="pair",
        subject=f"tablet:{record.tablet}",
        detail={"desk": desk, "previous_desk": previous},
        at=now,
    )
    return record.tablet


def unpair(
    session: Session, tablet: str, *, desk: str, actor: Actor, now: datetime | None = None
) -> None:
    """End the pairing of ``tablet`` with ``desk`` (audited)."""
    now = now or utcnow()
    record = session.get(PairingRecord, tablet, with_for_update=True)
    if record is None or record.desk != desk:
        raise PairingError(f"tablet {tablet} is not paired with desk {desk}")
    record.desk = None
    record.paired_at = None
    record.paired_by = None
    record.updated_at = now
    session.flush()
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=desk,
        action="unpair",
        subject=f"tablet:{tablet}",
        detail={"desk": desk},
        at=now,
    )


def paired_tablets(session: Session, desk: str) -> list[str]:
    """The tablets ``desk`` supervises, by name."""
    return list(
        session.scalars(
            select(PairingRecord.tablet)
            .where(PairingRecord.desk == desk)
            .order_by(PairingRecord.tablet)
        )
    )


def desk_of(session: Session, tablet: str) -> str | None:
    """The desk supervising ``tablet``, if any (tablets show it on their welcome screen)."""
    record = session.get(PairingRecord, tablet)
    return None if record is None else record.desk


# ---------------------------------------------------------------------------------------------
# For the tablet's screens (they hold a Storage, never a session)


def code_for_tablet(storage: Storage, tablet: str, *, ttl: timedelta = DEFAULT_TTL) -> PairingCode:
    """A fresh code for ``tablet`` to show on its screen (``kiosk tablet``), in its own
    transaction; the offer is audited under the tablet's name."""
    with storage.transaction() as session:
        return offer_code(session, tablet, actor=Actor.system("tablet", tablet), ttl=ttl)


def desk_for_tablet(storage: Storage, tablet: str) -> str | None:
    """The desk supervising ``tablet`` now (None until a desk typed its code)."""
    with storage.transaction() as session:
        return desk_of(session, tablet)
