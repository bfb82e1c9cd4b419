"""The outbox (送信待ち): the rows that carry approved notifications to the back office and to
departments.

This module is the one place in the core that writes ``outbox`` and ``delivery_routes`` rows.

- The workflow queues a row when staff approve a notification (:func:`enqueue`, in the same
  transaction as 本登録), settles it when the back office confirms or refuses it
  (:func:`settle_delivered`, :func:`settle_failed`) and puts it back when staff retry
  (:func:`requeue`).
- In the same transaction it queues one row per department route (担当課への連携) the
  notification's related procedures call for (:func:`enqueue_departments`,
  :func:`department_routes`). A department row travels like the back office's — its own
  idempotency key, lease, retries and outage probes — but it settles on its own
  (:func:`settle_routes_delivered`, :func:`fail_route`, :func:`requeue_routes`): the
  notification's state (送信済, 送信失敗) is the back office's alone.
- Delivery workers (``sync``) claim rows with a lease (:func:`claim`), renew the lease while
  they work (:func:`renew`), give back what they did not attempt (:func:`release`), and after a
  temporary failure schedule the next try (:func:`reschedule`). A lease is short (about a
  minute) because a living worker keeps renewing it: a worker that died (power cut,
  ``kill -9``) holds nothing for long. On SQLite only one worker runs per database file
  (:class:`WorkerLock`), so the worker holding the lock may take over every older claim at once.
- Each route keeps its health in ``delivery_routes``: temporary failures in a row, and once
  they reach the threshold the route is *down*: workers then send one probe at a time instead
  of every notification (:func:`note_failure`); the first answer from the back office brings
  the route up and makes everything waiting due at once (:func:`note_answer`).
- Screens and tools read :func:`delivery_health`: since when a route is down and how many
  notifications wait, as the one line staff see —
  「住民記録システムに接続できません（14:05 から、12 件待ち）」, or for a department route
  「国民健康保険課のシステムに接続できません（…）」.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

from sqlalchemy import Table, and_, bindparam, func, or_, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from kiosk import audit
from kiosk.config import Config, Department
from kiosk.errors import KioskError
from kiosk.models import DeliveryRoute, OutboxEntry, OutboxStatus, RouteState, utcnow

if TYPE_CHECKING:
    from forms import Notification

#: Namespace of the delivery idempotency keys (UUIDv5); never change it: keys must stay stable.
IDEMPOTENCY_NAMESPACE = uuid.UUID("6f1c3c1e-8a51-4c55-9a43-0d5d1b8a2f10")

#: The back office's routes (HTTP JSON intake, CSV drop folder). Any other route is a
#: department's (``[departments.<name>]``).
ROUTES = ("http", "csv")

#: How much of a reason is kept on a row (reasons are one line for staff).
_REASON_CHARS = 500
#: The outbox table, for the statements a worker runs many times a day (no ORM objects).
_OUTBOX = cast(Table, OutboxEntry.__table__)


def idempotency_key(notification_id: uuid.UUID, adapter: str) -> str:
    """The delivery idempotency key: stable per notification and route (a UUIDv5)."""
    return str(uuid.uuid5(IDEMPOTENCY_NAMESPACE, f"{notification_id}/{adapter}"))


def _reason(text: str) -> str:
    return " ".join(text.split())[:_REASON_CHARS]


def is_department(route: str) -> bool:
    """Whether ``route`` is a department route (not the back office's ``http`` / ``csv``)."""
    return route not in ROUTES


def _backoffice() -> ColumnElement[bool]:
    return _OUTBOX.c.adapter.in_(ROUTES)


# ---------------------------------------------------------------------------------------------
# The workflow's side: one row per approved notification


def enqueue(
    session: Session, notification_id: uuid.UUID, adapter: str, *, now: datetime
) -> OutboxEntry:
    """Queue an approved notification for ``adapter`` (in the approval's transaction)."""
    entry = OutboxEntry(
        notification_id=notification_id,
        idempotency_key=idempotency_key(notification_id, adapter),
        adapter=adapter,
        status=OutboxStatus.PENDING.value,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(entry)
    return entry


def department_routes(
    notification: Notification, departments: Mapping[str, Department]
) -> list[str]:
    """The department routes ``notification`` goes to: those listing one of its related
    procedures (関連手続, ``notification.related``), in the configuration's order."""
    codes = {r.code for r in notification.related}
    return [name for name, d in departments.items() if codes.intersection(d.procedures)]


def enqueue_departments(
    session: Session,
    notification_id: uuid.UUID,
    notification: Notification,
    departments: Mapping[str, Department],
    *,
    now: datetime,
) -> list[str]:
    """Queue a row per department route ``notification`` goes to (in the approval's
    transaction, beside the back office's); returns those routes."""
    routes = department_routes(notification, departments)
    for route in routes:
        enqueue(session, notification_id, route, now=now)
    return routes


def entry_for(session: Session, notification_id: uuid.UUID) -> OutboxEntry | None:
    """The back office's outbox row of a notification (None before approval)."""
    return session.scalar(
        select(OutboxEntry).where(OutboxEntry.notification_id == notification_id, _backoffice())
    )


def entries_for(
    session: Session, notification_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, OutboxEntry]:
    """The back office's outbox rows of several notifications at once, by notification id."""
    if not notification_ids:
        return {}
    rows = session.scalars(
        select(OutboxEntry).where(
            OutboxEntry.notification_id.in_(list(notification_ids)), _backoffice()
        )
    ).all()
    return {e.notification_id: e for e in rows}


def route_entries(session: Session, notification_id: uuid.UUID) -> list[OutboxEntry]:
    """A notification's department rows (none before approval, or when no route applies)."""
    return list(
        session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.notification_id == notification_id, ~_backoffice())
            .order_by(OutboxEntry.id)
        ).all()
    )


def _unclaim(entry: OutboxEntry) -> None:
    entry.claimed_by = None
    entry.claimed_until = None


def settle_delivered(entry: OutboxEntry, *, now: datetime) -> None:
    """The back office confirmed the notification: the row is done (送信済)."""
    entry.status = OutboxStatus.DELIVERED.value
    entry.delivered_at = entry.delivered_at or now
    entry.last_error = None
    _unclaim(entry)


def settle_delivered_many(
    session: Session, notification_ids: Sequence[uuid.UUID], *, now: datetime
) -> None:
    """:func:`settle_delivered` for the back office's rows of several notifications in one
    statement (a worker's batch); their department rows are left alone."""
    if not notification_ids:
        return
    t = _OUTBOX
    session.connection().execute(
        update(t)
        .where(t.c.notification_id.in_(list(notification_ids)), _backoffice())
        .values(
            status=OutboxStatus.DELIVERED.value,
            delivered_at=func.coalesce(t.c.delivered_at, now),
            last_error=None,
            claimed_by=None,
            claimed_until=None,
        )
    )


def count_attempts(session: Session, entry_ids: Sequence[int]) -> None:
    """One more attempt on each of these rows (answers a worker records together)."""
    if not entry_ids:
        return
    t = _OUTBOX
    session.connection().execute(
        update(t).where(t.c.id.in_(list(entry_ids))).values(attempts=t.c.attempts + 1)
    )


@dataclass(frozen=True)
class RouteDelivery:
    """A department route's confirmed delivery, as a worker records it."""

    entry_id: int
    notification_id: uuid.UUID
    route: str
    receipt: str | None


def settle_routes_delivered(
    session: Session, deliveries: Sequence[RouteDelivery], *, now: datetime, actor: str
) -> None:
    """Department rows the departments confirmed (送信済), with their receipts, in a few
    statements; each delivery is an audit entry (who received which notification, never
    what). The notification's own state is the back office's and does not change."""
    if not deliveries:
        return
    t = _OUTBOX
    session.connection().execute(
        update(t)
        .where(t.c.id == bindparam("b_id"), t.c.status == OutboxStatus.PENDING.value)
        .values(
            status=OutboxStatus.DELIVERED.value,
            delivered_at=func.coalesce(t.c.delivered_at, now),
            delivery_ref=bindparam("b_ref"),
            last_error=None,
            claimed_by=None,
            claimed_until=None,
        ),
        [{"b_id": d.entry_id, "b_ref": d.receipt} for d in deliveries],
    )
    audit.record_many(
        session,
        [
            audit.Entry(
                actor=actor,
                action="deliver_route",
                subject=str(d.notification_id),
                detail={"route": d.route, "receipt": d.receipt},
                at=now,
            )
            for d in deliveries
        ],
    )


def fail_route(
    session: Session, entry: OutboxEntry, reason: str, *, now: datetime, actor: str
) -> None:
    """A department refused its part for good (送信失敗 on that route only, with the reason,
    until staff retry it: :func:`requeue_routes`); audited."""
    settle_failed(entry, reason)
    audit.record(
        session,
        actor=actor,
        action="route_failed",
        subject=str(entry.notification_id),
        detail={"route": entry.adapter},
        at=now,
    )


def requeue_routes(session: Session, notification_id: uuid.UUID, *, now: datetime) -> list[str]:
    """Staff dealt with a department's refusal: the notification's failed department rows are
    due again at once (same idempotency keys). Returns their routes."""
    entries = [
        e for e in route_entries(session, notification_id) if e.status == OutboxStatus.FAILED.value
    ]
    for entry in entries:
        requeue(entry, now=now)
    return [e.adapter for e in entries]


def settle_failed(entry: OutboxEntry, reason: str) -> None:
    """The back office refused it for good (送信失敗): ``reason`` is shown to staff."""
    entry.status = OutboxStatus.FAILED.value
    entry.last_error = _reason(reason)
    _unclaim(entry)


def requeue(entry: OutboxEntry, *, now: datetime) -> None:
    """Staff dealt with the cause: due again at once, same idempotency key, attempts anew."""
    entry.status = OutboxStatus.PENDING.value
    entry.next_attempt_at = now
    entry.attempts = 0
    _unclaim(entry)


# ---------------------------------------------------------------------------------------------
# The workers' side: claims and leases


class WorkerBusy(KioskError):
    """Another worker already delivers from this SQLite database."""

    exit_code = 75  # EX_TEMPFAIL


def _sqlite_path(session_or_url: Session | str) -> Path | None:
    if isinstance(session_or_url, Session):
        url = session_or_url.get_bind().engine.url
    else:
        url = make_url(session_or_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).resolve()


def _try_lock(fh: IO[bytes]) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class WorkerLock:
    """An exclusive lock file beside a SQLite database: one delivering worker per file.

    The operating system releases it when the process dies, even by ``kill -9`` or a power
    cut, so whoever holds it knows that every claim not its own was left by a worker that is
    gone and may take it over at once.
    """

    def __init__(self, database_path: Path) -> None:
        self.path = database_path.with_name(database_path.name + ".sync.lock")
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fh = os.fdopen(fd, "r+b")
        if not _try_lock(fh):
            fh.close()
            raise WorkerBusy(
                f"another delivery worker is running on this database (lock {self.path})"
            )
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def worker_running(session: Session) -> bool | None:
    """On SQLite: whether a delivery worker holds the database's lock now. None elsewhere
    (on PostgreSQL claims are judged by their lease alone)."""
    path = _sqlite_path(session)
    if path is None:
        return None
    lock = path.with_name(path.name + ".sync.lock")
    try:
        fh = open(lock, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return False  # never created: no worker has run here
    try:
        if _try_lock(fh):
            _unlock(fh)
            return False
        return True
    finally:
        fh.close()


@dataclass(frozen=True)
class ClaimedRow:
    """A row a worker now holds: what it needs to deliver it, and whether it is a probe."""

    entry_id: int
    notification_id: uuid.UUID
    idempotency_key: str
    route: str
    attempts: int
    probe: bool


def _free(now: datetime, worker_id: str, take_over: bool) -> ColumnElement[bool]:
    t = _OUTBOX
    free = or_(t.c.claimed_until.is_(None), t.c.claimed_until < now)
    if take_over:
        # The SQLite lock holder: any claim but its own was left by a worker that is gone.
        free = or_(free, t.c.claimed_by != worker_id)
    return free


def route_row(session: Session, route: str, *, lock: bool = False) -> DeliveryRoute:
    """The route's health row (created when missing), optionally locked for update."""
    row = session.get(DeliveryRoute, route, with_for_update=lock, populate_existing=True)
    if row is not None:
        return row
    try:
        with session.begin_nested():
            session.add(
                DeliveryRoute(
                    route=route, state=RouteState.UP.value, failures=0, probes=0,
                    updated_at=utcnow(),
                )
            )  # fmt: skip
    except IntegrityError:
        pass  # another worker created it first
    found = session.get(DeliveryRoute, route, with_for_update=lock, populate_existing=True)
    assert found is not None
    return found


def claim(
    session: Session,
    *,
    worker_id: str,
    routes: Sequence[str],
    now: datetime,
    lease: timedelta,
    limit: int,
    take_over: bool = False,
) -> list[ClaimedRow]:
    """Claim what this worker should send now, in the caller's (short) transaction.

    For a route that is up: up to ``limit`` due rows, oldest first. For a route that is down:
    one probe, when the probe is due and nobody else sends one — the row tried least recently,
    due or not, so that a notification the back office keeps refusing does not block the
    others. On PostgreSQL rows other workers hold are skipped (``FOR UPDATE SKIP LOCKED``);
    ``take_over`` (the SQLite lock holder) takes over every claim not its own.
    """
    claimed: list[ClaimedRow] = []
    up: list[str] = []
    for name in routes:
        health = route_row(session, name)
        if health.state == RouteState.DOWN.value:
            probe = _claim_probe(
                session, name, worker_id=worker_id, now=now, lease=lease, take_over=take_over
            )
            if probe is not None:
                claimed.append(probe)
        else:
            up.append(name)
    if up and limit > len(claimed):
        # One statement: pick the due rows (skipping those other workers hold) and claim
        # them, returning what delivery needs. No objects: a worker claims many, all day.
        t = _OUTBOX
        due = (
            select(t.c.id)
            .where(
                t.c.status == OutboxStatus.PENDING.value,
                t.c.adapter.in_(up),
                t.c.next_attempt_at <= now,
                _free(now, worker_id, take_over),
            )
            .order_by(t.c.next_attempt_at, t.c.id)
            .limit(limit - len(claimed))
            .with_for_update(skip_locked=True)
        )
        returned = (
            session.connection()
            .execute(
                update(t)
                .where(t.c.id.in_(due.scalar_subquery()))
                .values(claimed_by=worker_id, claimed_until=now + lease)
                .returning(
                    t.c.id,
                    t.c.notification_id,
                    t.c.idempotency_key,
                    t.c.adapter,
                    t.c.attempts,
                    t.c.next_attempt_at,
                )
            )
            .all()
        )
        rows = sorted(returned, key=lambda r: (r.next_attempt_at, r.id))
        claimed += [
            ClaimedRow(r.id, r.notification_id, r.idempotency_key, r.adapter, r.attempts, False)
            for r in rows
        ]
    return claimed


def _hold(
    entry: OutboxEntry, worker_id: str, now: datetime, lease: timedelta, *, probe: bool
) -> ClaimedRow:
    entry.claimed_by = worker_id
    entry.claimed_until = now + lease
    return ClaimedRow(
        entry.id, entry.notification_id, entry.idempotency_key, entry.adapter, entry.attempts,
        probe,
    )  # fmt: skip


def _claim_probe(
    session: Session,
    route: str,
    *,
    worker_id: str,
    now: datetime,
    lease: timedelta,
    take_over: bool,
) -> ClaimedRow | None:
    health = route_row(session, route, lock=True)
    if health.state != RouteState.DOWN.value:
        return None
    if health.next_probe_at is not None and health.next_probe_at > now:
        return None
    probing = health.probe_until is not None and health.probe_until >= now
    if probing and not (take_over and health.probe_by != worker_id):
        return None  # one probe at a time
    entry = session.scalars(
        select(OutboxEntry)
        .where(
            OutboxEntry.status == OutboxStatus.PENDING.value,
            OutboxEntry.adapter == route,
            _free(now, worker_id, take_over),
        )
        .order_by(OutboxEntry.next_attempt_at, OutboxEntry.id)
        .limit(1)
        .with_for_update(skip_locked=True, of=OutboxEntry)
    ).first()
    if entry is None:
        return None
    health.probe_by = worker_id
    health.probe_until = now + lease
    return _hold(entry, worker_id, now, lease, probe=True)


def renew(session: Session, *, worker_id: str, now: datetime, lease: timedelta) -> int:
    """Extend every claim (and probe) this worker holds to ``now + lease``; returns how many
    rows it still holds. A living worker calls this well within each lease."""
    result = session.execute(
        update(OutboxEntry)
        .where(
            OutboxEntry.claimed_by == worker_id,
            OutboxEntry.status == OutboxStatus.PENDING.value,
        )
        .values(claimed_until=now + lease)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(DeliveryRoute)
        .where(DeliveryRoute.probe_by == worker_id)
        .values(probe_until=now + lease)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def release(session: Session, *, worker_id: str, entry_ids: Iterable[int] | None = None) -> None:
    """Give back claims not attempted (all of this worker's, with their probes, when
    ``entry_ids`` is None), so that nobody waits for the lease to run out."""
    rows = update(OutboxEntry).where(OutboxEntry.claimed_by == worker_id)
    if entry_ids is not None:
        ids = list(entry_ids)
        if not ids:
            return
        rows = rows.where(OutboxEntry.id.in_(ids))
    else:
        session.execute(
            update(DeliveryRoute)
            .where(DeliveryRoute.probe_by == worker_id)
            .values(probe_by=None, probe_until=None)
            .execution_options(synchronize_session=False)
        )
    session.execute(
        rows.values(claimed_by=None, claimed_until=None).execution_options(
            synchronize_session=False
        )
    )


def held_ids(session: Session, *, worker_id: str, entry_ids: Iterable[int]) -> set[int]:
    """:func:`held` without loading the rows: which of ``entry_ids`` this worker still holds
    (locked for the caller's transaction)."""
    ids = list(entry_ids)
    if not ids:
        return set()
    t = _OUTBOX
    return set(
        session.connection()
        .execute(
            select(t.c.id)
            .where(
                t.c.id.in_(ids),
                t.c.claimed_by == worker_id,
                t.c.status == OutboxStatus.PENDING.value,
            )
            .with_for_update()
        )
        .scalars()
        .all()
    )


def held(session: Session, *, worker_id: str, entry_ids: Iterable[int]) -> dict[int, OutboxEntry]:
    """The rows among ``entry_ids`` this worker still holds, locked for the caller's
    transaction. A row missing here was taken over (lease ran out) or settled meanwhile: its
    outcome belongs to someone else now."""
    ids = list(entry_ids)
    if not ids:
        return {}
    rows = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.id.in_(ids))
        .order_by(OutboxEntry.id)
        .with_for_update(of=OutboxEntry)
        .execution_options(populate_existing=True)
    ).all()
    return {
        e.id: e
        for e in rows
        if e.claimed_by == worker_id and e.status == OutboxStatus.PENDING.value
    }


def reschedule(
    entry: OutboxEntry, *, now: datetime, delay: float, reason: str, attempted: bool = True
) -> None:
    """A temporary failure (or a file waiting for the 住記 system's import): try again after
    ``delay`` seconds. Never 送信失敗: only a refusal is final."""
    if attempted:
        entry.attempts += 1
    entry.next_attempt_at = now + timedelta(seconds=max(0.0, delay))
    entry.last_error = _reason(reason)
    _unclaim(entry)


# ---------------------------------------------------------------------------------------------
# Route health: outage detection


def note_answer(session: Session, route: str, *, now: datetime) -> bool:
    """The back office answered on ``route`` (accepted, refused or took the file): the route
    is up. Returns True when it was down: then everything waiting is due at once."""
    health = route_row(session, route)
    if health.state == RouteState.UP.value and health.failures == 0:
        return False
    health = route_row(session, route, lock=True)
    came_back = health.state == RouteState.DOWN.value
    health.state = RouteState.UP.value
    health.failures = 0
    health.failing_since = None
    health.probes = 0
    health.next_probe_at = None
    health.probe_by = None
    health.probe_until = None
    health.updated_at = now
    if came_back:
        session.execute(
            update(OutboxEntry)
            .where(
                OutboxEntry.adapter == route,
                OutboxEntry.status == OutboxStatus.PENDING.value,
                OutboxEntry.next_attempt_at > now,
            )
            .values(next_attempt_at=now)
            .execution_options(synchronize_session=False)
        )
    return came_back


def note_failure(
    session: Session,
    route: str,
    *,
    now: datetime,
    reason: str,
    threshold: int,
    probe_delay: Callable[[int], float],
    probe: bool,
) -> bool:
    """A temporary failure on ``route``. After ``threshold`` in a row the route goes down;
    a failed probe schedules the next one ``probe_delay(failed probes so far)`` seconds later.
    Returns whether the route is down now."""
    health = route_row(session, route, lock=True)
    health.failures += 1
    health.failing_since = health.failing_since or now
    health.last_error = _reason(reason)
    health.updated_at = now
    if health.state == RouteState.DOWN.value:
        if probe:
            health.probes += 1
            health.next_probe_at = now + timedelta(seconds=probe_delay(health.probes))
            health.probe_by = None
            health.probe_until = None
        return True
    if health.failures >= threshold:
        health.state = RouteState.DOWN.value
        health.probes = 0
        health.next_probe_at = now + timedelta(seconds=probe_delay(0))
        health.probe_by = None
        health.probe_until = None
        return True
    return False


# ---------------------------------------------------------------------------------------------
# What staff see


#: What each route reaches, for the one line staff read.
_ROUTE_TARGET = {
    "http": "住民記録システムに接続できません",
    "csv": "住民記録システムの取込フォルダに書き込めません",
}


@dataclass(frozen=True)
class RowProblem:
    """One notification not yet delivered, with its last reason (ids only, no names)."""

    notification_id: uuid.UUID
    status: str
    attempts: int
    reason: str | None


@dataclass(frozen=True)
class RouteHealth:
    """One route as the workers last found it, and its queue."""

    route: str
    #: Whether the current configuration delivers on this route at all.
    configured: bool
    state: RouteState
    #: While down: since when it has been failing (UTC).
    down_since: datetime | None
    #: Notifications waiting to be delivered (本登録), and refused ones (送信失敗).
    waiting: int
    failed: int
    #: Waiting rows a living worker is sending right now, and when the last such lease ends.
    in_flight: int
    busy_until: datetime | None
    next_due: datetime | None
    next_probe_at: datetime | None
    last_error: str | None
    #: Down for longer than ``[sync] alert_after_hours``: staff must act (nothing is dropped).
    alert: bool
    problems: tuple[RowProblem, ...] = ()
    #: A department route's name for staff (国民健康保険課); "" for the back office's routes.
    department: str = ""
    #: A configured department route's adapter (``http`` or ``csv``); "" otherwise.
    adapter: str = ""

    @property
    def down(self) -> bool:
        return self.state is RouteState.DOWN

    @property
    def title(self) -> str:
        """What the route reaches, for staff: 住民記録システム or the department's name."""
        if self.department:
            return self.department
        return "住民記録システム" if self.route in ROUTES else f"送信経路 {self.route}"


@dataclass(frozen=True)
class DeliveryHealth:
    """Delivery as staff should see it: every route with rows or an outage."""

    routes: tuple[RouteHealth, ...]
    checked_at: datetime
    tz: tzinfo

    @property
    def down(self) -> tuple[RouteHealth, ...]:
        return tuple(r for r in self.routes if r.down)

    @property
    def alert(self) -> bool:
        """Some route has been down longer than the alert horizon."""
        return any(r.alert for r in self.routes)

    @property
    def waiting(self) -> int:
        return sum(r.waiting for r in self.routes)

    @property
    def failed(self) -> int:
        return sum(r.failed for r in self.routes)

    def _since(self, when: datetime) -> str:
        local = when.astimezone(self.tz)
        if local.date() == self.checked_at.astimezone(self.tz).date():
            return f"{local:%H:%M}"
        return f"{local.month}/{local.day} {local:%H:%M}"

    def line(self, route: RouteHealth) -> str | None:
        """The one line for a down route, e.g.
        「住民記録システムに接続できません（14:05 から、12 件待ち）」; None when it is up."""
        if not route.down:
            return None
        if route.department:
            target = (
                f"{route.department}の取込フォルダに書き込めません"
                if route.adapter == "csv"
                else f"{route.department}のシステムに接続できません"
            )
        else:
            target = _ROUTE_TARGET.get(route.route, f"送信経路 {route.route} が使えません")
        since = "" if route.down_since is None else f"{self._since(route.down_since)} から、"
        text = f"{target}（{since}{route.waiting} 件待ち）"
        if route.alert:
            text += "。長く続いています: 情報システム担当者に連絡してください"
        return text

    def message(self) -> str | None:
        """What the desk's status bar and ``kiosk doctor`` say: one line per down route
        (joined), or None when every route reaches the back office."""
        lines = [text for r in self.down if (text := self.line(r)) is not None]
        return " / ".join(lines) if lines else None


def delivery_health(
    session: Session, config: Config, *, now: datetime | None = None, problems: int = 0
) -> DeliveryHealth:
    """Delivery health from the database, for any process (desk, doctor, ``kiosk sync``).

    Lists every route that is configured (the back office's and each ``[departments.<name>]``),
    has rows, or is down: the back office's first, then the departments' by name. Times are
    UTC; the message is written in the counter's time zone (``config.tz``). ``problems`` asks
    for up to that many undelivered rows per route with their reasons (``kiosk sync
    --status``).
    """
    now = now or utcnow()
    alert_after = timedelta(hours=config.sync.alert_after_hours)
    configured = {"csv"} | ({"http"} if config.backoffice.url else set()) | set(config.departments)
    counts: dict[tuple[str, str], int] = {
        (str(a), str(s)): int(n)
        for a, s, n in session.execute(
            select(OutboxEntry.adapter, OutboxEntry.status, func.count())
            .where(OutboxEntry.status != OutboxStatus.DELIVERED.value)
            .group_by(OutboxEntry.adapter, OutboxEntry.status)
        ).all()
    }
    running = worker_running(session)
    live = and_(
        OutboxEntry.status == OutboxStatus.PENDING.value,
        OutboxEntry.claimed_until.is_not(None),
        OutboxEntry.claimed_until > now,
    )
    flight: dict[str, tuple[int, datetime | None]] = {}
    if running is not False:  # on SQLite with no worker alive, every claim is stale
        flight = {
            str(a): (int(n), until)
            for a, n, until in session.execute(
                select(OutboxEntry.adapter, func.count(), func.max(OutboxEntry.claimed_until))
                .where(live)
                .group_by(OutboxEntry.adapter)
            ).all()
        }
    next_due = {
        str(a): d
        for a, d in session.execute(
            select(OutboxEntry.adapter, func.min(OutboxEntry.next_attempt_at))
            .where(OutboxEntry.status == OutboxStatus.PENDING.value)
            .group_by(OutboxEntry.adapter)
        ).all()
    }
    states = {r.route: r for r in session.scalars(select(DeliveryRoute)).all()}
    names = set(configured) | {a for a, _s in counts}
    names |= {n for n, r in states.items() if r.state == RouteState.DOWN.value}
    routes = []
    for name in sorted(names, key=lambda n: (ROUTES.index(n) if n in ROUTES else 99, n)):
        row = states.get(name)
        dept = config.departments.get(name) if is_department(name) else None
        state = RouteState(row.state) if row is not None else RouteState.UP
        down_since = row.failing_since if row is not None and state is RouteState.DOWN else None
        listed: tuple[RowProblem, ...] = ()
        if problems:
            listed = tuple(
                RowProblem(nid, status, attempts, err)
                for nid, status, attempts, err in session.execute(
                    select(
                        OutboxEntry.notification_id,
                        OutboxEntry.status,
                        OutboxEntry.attempts,
                        OutboxEntry.last_error,
                    )
                    .where(
                        OutboxEntry.adapter == name,
                        OutboxEntry.status != OutboxStatus.DELIVERED.value,
                    )
                    .order_by(OutboxEntry.status.desc(), OutboxEntry.id)
                    .limit(problems)
                ).all()
            )
        routes.append(
            RouteHealth(
                route=name,
                configured=name in configured,
                state=state,
                down_since=down_since,
                waiting=counts.get((name, OutboxStatus.PENDING.value), 0),
                failed=counts.get((name, OutboxStatus.FAILED.value), 0),
                in_flight=flight.get(name, (0, None))[0],
                busy_until=flight.get(name, (0, None))[1],
                next_due=next_due.get(name),
                next_probe_at=row.next_probe_at if row is not None and down_since else None,
                last_error=row.last_error if row is not None and row.failures else None,
                alert=down_since is not None and now - down_since >= alert_after,
                problems=listed,
                department=dept.name if dept is not None else "",
                adapter=dept.adapter if dept is not None else "",
            )
        )
    return DeliveryHealth(routes=tuple(routes), checked_at=now, tz=config.tz)
