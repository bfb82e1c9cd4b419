"""The database tables (SQLAlchemy 2 declarative models).

The schema itself is created and changed only by the Alembic migrations in
:mod:`kiosk.migrations`; these models must match them (a test compares the two).

Personal data lives in encrypted columns only (:mod:`kiosk.privacy`): the notification's JSON,
the rendered PDFs, free-text reasons and TOTP secrets. Everything else — ids, states, times,
受付番号 — is what staff screens, delivery and audit need to work without decrypting.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from kiosk.privacy import EncryptedBytes, EncryptedJSON, EncryptedText
from kiosk.status import Status as Status  # re-exported: the tables store it

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC and read back timezone-aware (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """Now, timezone-aware in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class NotificationRecord(Base):
    """One 住民異動届 at the counter: its state, 受付番号 and (encrypted) JSON."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("counter", "reception_day", "reception_no"),
        Index("ix_notifications_status_reception", "status", "reception_day", "reception_no"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    counter: Mapped[str] = mapped_column(String(16))
    terminal: Mapped[str | None] = mapped_column(String(64))
    reception_day: Mapped[date | None] = mapped_column(Date)
    reception_no: Mapped[int | None] = mapped_column(Integer)
    #: The notification as ``forms.Notification`` JSON; NULL once purged.
    payload: Mapped[str | None] = mapped_column(EncryptedJSON("notifications.payload"))
    reason: Mapped[str | None] = mapped_column(EncryptedText("notifications.reason"))
    delivery_ref: Mapped[str | None] = mapped_column(String(128))
    resident_session: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reviewer: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def state(self) -> Status:
        return Status(self.status)


class DocumentRecord(Base):
    """A rendered document of a notification (the form PDF at approval), encrypted."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("notification_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notification_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("notifications.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(16))
    content: Mapped[bytes] = mapped_column(EncryptedBytes("documents.content"))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OutboxStatus(StrEnum):
    """Delivery state of an outbox row (what the ``sync`` worker reads and writes)."""

    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"


class OutboxEntry(Base):
    """One approved notification waiting for (or done with) delivery on one route.

    Written in the approval transaction: one row for the back office (route ``http`` or
    ``csv``) and one per department route the notification's related procedures call for
    (``adapter`` holds the route's name, e.g. ``kokuho``). Claimed by a ``sync`` worker with a
    lease (``claimed_by`` / ``claimed_until``) so two workers never send the same row at once.
    ``idempotency_key`` is stable per notification and route, so a retry after a lost response
    is recognised by the receiver instead of being filed twice. Only :mod:`kiosk.outbox`
    writes these rows.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "status", "next_attempt_at"),
        UniqueConstraint("notification_id", "adapter"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notification_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("notifications.id", ondelete="CASCADE")
    )
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    #: The route: ``http`` / ``csv`` (the back office) or a department route's name.
    adapter: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(12), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: A department route's receipt (the back office's is the notification's ``delivery_ref``).
    delivery_ref: Mapped[str | None] = mapped_column(String(128))


class RouteState(StrEnum):
    """Whether a delivery route reaches the back office, as the workers last found it."""

    UP = "up"
    DOWN = "down"  # unreachable: one probe at a time until one gets through


class DeliveryRoute(Base):
    """The health of one delivery route (送信経路: ``http``, ``csv`` or a department route),
    shared by all workers.

    Kept in the database so that every process — the desk's status bar, ``kiosk doctor``,
    ``kiosk sync --status`` and other workers on a counter floor — sees the same outage: since
    when the route has been failing, and when the next probe is due. Only :mod:`kiosk.outbox`
    writes these rows.
    """

    __tablename__ = "delivery_routes"

    route: Mapped[str] = mapped_column(String(32), primary_key=True)
    state: Mapped[str] = mapped_column(String(8))
    #: Temporary failures in a row (any notification), reset by any answer from the back office.
    failures: Mapped[int] = mapped_column(Integer)
    #: When the current run of failures began (the outage's "since").
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    #: While down: failed probes so far (paces the next one) and when the next one is due.
    probes: Mapped[int] = mapped_column(Integer)
    next_probe_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: The worker sending the current probe, and until when its claim on the probe lasts.
    probe_by: Mapped[str | None] = mapped_column(String(128))
    probe_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReceptionSequence(Base):
    """The last 受付番号 handed out per counter per day."""

    __tablename__ = "reception_sequences"

    counter: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_no: Mapped[int] = mapped_column(Integer)


class StaffAccount(Base):
    """A staff member (職員) who logs in to the desk: argon2 password + second factor + roles."""

    __tablename__ = "staff"

    login_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(128))
    password_hash: Mapped[str] = mapped_column(String(256))
    roles: Mapped[str] = mapped_column(String(64))
    #: Second-factor enrolment per method (e.g. ``{"totp": "<secret>"}``), JSON, encrypted.
    second_factors: Mapped[str | None] = mapped_column(EncryptedJSON("staff.second_factors"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """One entry of the append-only, hash-chained audit log (操作ログ). Ids only, never names."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(80))
    terminal: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's head (last seq and hash); its row lock serialises appends."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class ChangeEvent(Base):
    """A change other terminals should see (read by :mod:`kiosk.changes`)."""

    __tablename__ = "changes"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    notification_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    status: Mapped[str] = mapped_column(String(16))


class Meta(Base):
    """Facts about the database itself (the data key check value, last purge …)."""

    __tablename__ = "kiosk_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VisitFigure(Base):
    """The counter's own figures of one filed notification (窓口の実績), without personal data.

    Written when the notification is filed (確認済) and kept after its personal data is purged:
    when the visit began (the first card read, or the first screen when no card was read), how
    it was taken (intake mode), and how many characters the paper form would have needed and
    the resident still typed. The times of filing, approval and delivery are the notification's
    own columns; when a clerk opened it and which related forms were printed, the audit log's
    (:mod:`kiosk.figures`).
    """

    __tablename__ = "visit_figures"
    __table_args__ = (Index("ix_visit_figures_day_counter", "day", "counter"),)

    notification_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    counter: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    intake_mode: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    card_read: Mapped[bool] = mapped_column(Boolean)
    paper_chars: Mapped[int] = mapped_column(Integer)
    typed_chars: Mapped[int] = mapped_column(Integer)
