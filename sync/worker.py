"""The outbox worker (送信処理): delivers approved notifications exactly once, through crashes.

How it holds the promise "every 本登録 notification reaches the back office once":

- The outbox row is written in the approval transaction, so nothing approved lacks a row and
  nothing is queued before 本登録.
- A worker *claims* due rows in a short transaction by writing ``claimed_by`` and a lease
  ``claimed_until``. On PostgreSQL the claim query uses ``FOR UPDATE SKIP LOCKED``, so several
  ``kiosk sync`` processes on one database never pick the same row; on SQLite only one worker
  per database file runs (a lock file beside it), and claims are ``BEGIN IMMEDIATE``.
- Delivery happens outside any transaction (no database lock held over the network). The row
  is marked 送信済 only after the back office confirmed; the outcome is recorded only if this
  worker still holds the claim.
- A worker killed mid-delivery leaves its claim; when the lease runs out, another (or the
  restarted) worker claims the row again and sends it again under the *same* idempotency key,
  so a copy that had arrived is answered by replay and not filed twice.
- Failed attempts are rescheduled in the row (attempts, next_attempt_at) with backoff + jitter;
  after the cap, or on an answer that retrying cannot fix, the notification becomes 送信失敗 with
  the reason, until staff retry it.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kiosk import workflow
from kiosk.errors import KioskError
from kiosk.storage import OutboxEntry, OutboxStatus, Storage
from sync.csv_drop import AwaitingAck
from sync.delivery import Adapter, Delivered, Outcome, Parcel, Rejected, RetryLater, RetryPolicy

log = logging.getLogger(__name__)


class WorkerBusy(KioskError):
    """Another worker already delivers from this SQLite database."""

    exit_code = 75  # EX_TEMPFAIL


def _now() -> datetime:
    return datetime.now(UTC)


def default_worker_id() -> str:
    """Host, process and a random suffix: unique even for two workers in one process."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Claim:
    """A row this worker holds, with what it needs to deliver it."""

    entry_id: int
    parcel: Parcel
    adapter: str
    attempts: int


@dataclass
class RoundReport:
    """What one round of claiming and delivering did."""

    claimed: int = 0
    delivered: int = 0
    rescheduled: int = 0
    failed: int = 0
    lost_claims: int = 0
    reasons: list[str] = field(default_factory=list)


@dataclass
class QueueSummary:
    """The state of the queue for this worker's adapters."""

    pending: int
    failed: int
    next_due: datetime | None
    reasons: list[str]
    #: Pending rows some worker holds a live claim on, and seconds until the last lease ends.
    in_flight: int = 0
    in_flight_for: float = 0.0

    def text(self) -> str:
        busy = f" ({self.in_flight} being delivered now)" if self.in_flight else ""
        lines = [f"{self.pending} pending{busy}, {self.failed} failed (送信失敗)"]
        lines += [f"  {r}" for r in self.reasons]
        return "\n".join(lines)


class SqliteWorkerLock:
    """An exclusive lock file beside the SQLite database: one delivering worker per file.

    The operating system releases it when the process dies, even by ``kill -9``.
    """

    def __init__(self, database_path: Path) -> None:
        self.path = database_path.with_name(database_path.name + ".sync.lock")
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+b")  # noqa: SIM115 - held for the worker's lifetime
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            fh.close()
            raise WorkerBusy(
                f"another delivery worker is running on this database (lock {self.path})"
            ) from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class OutboxWorker:
    """Claims due outbox rows for its adapters and delivers them.

    ``adapters`` maps the outbox ``adapter`` value ("http", "csv") to an adapter; rows for
    adapters not given are left for another worker. ``lease`` must exceed the time one batch
    can take (``batch`` attempts at the adapter's worst-case timeout).
    """

    def __init__(
        self,
        storage: Storage,
        adapters: Mapping[str, Adapter],
        *,
        policy: RetryPolicy | None = None,
        lease: timedelta = timedelta(minutes=5),
        batch: int = 20,
        worker_id: str | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        if not adapters:
            raise ValueError("a worker needs at least one adapter")
        self.storage = storage
        self.adapters = dict(adapters)
        self.policy = policy or RetryPolicy()
        self.lease = lease
        self.batch = batch
        self.worker_id = worker_id or default_worker_id()
        self.clock = clock
        self._lock: SqliteWorkerLock | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> OutboxWorker:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Take the one-worker lock on SQLite (no-op on PostgreSQL)."""
        url = self.storage.engine.url
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            self._lock = SqliteWorkerLock(Path(url.database).resolve())
            self._lock.acquire()

    def close(self) -> None:
        for adapter in self.adapters.values():
            adapter.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- claiming ----------------------------------------------------------------------------

    def _now(self, session: Session) -> datetime:
        """Now by the database's clock on PostgreSQL, so that workers on several hosts judge
        leases alike whatever their own clocks say; else (or with an injected clock) local."""
        if self.clock is _now and self.storage.engine.dialect.name == "postgresql":
            db_now = session.scalar(select(func.now()))
            if isinstance(db_now, datetime) and db_now.tzinfo is not None:
                return db_now.astimezone(UTC)
        return self.clock()

    def claim(self, limit: int | None = None) -> list[Claim]:
        """Claim up to ``limit`` due rows (lease ``self.lease``) and load their notifications."""
        claims: list[Claim] = []
        with self.storage.transaction() as session:
            now = self._now(session)
            query = (
                select(OutboxEntry)
                .where(
                    OutboxEntry.status == OutboxStatus.PENDING.value,
                    OutboxEntry.adapter.in_(sorted(self.adapters)),
                    OutboxEntry.next_attempt_at <= now,
                    or_(OutboxEntry.claimed_until.is_(None), OutboxEntry.claimed_until < now),
                )
                .order_by(OutboxEntry.next_attempt_at, OutboxEntry.id)
                .limit(limit or self.batch)
                .with_for_update(skip_locked=True, of=OutboxEntry)
            )
            for entry in session.scalars(query).all():
                entry.claimed_by = self.worker_id
                entry.claimed_until = now + self.lease
                try:
                    notification = workflow.load(session, entry.notification_id)
                except (workflow.WorkflowError, ValueError) as exc:
                    # Nothing can be sent: make it visible to staff instead of looping.
                    self._fail(session, entry, f"cannot read the notification: {exc}")
                    continue
                claims.append(
                    Claim(
                        entry_id=entry.id,
                        parcel=Parcel(entry.notification_id, entry.idempotency_key, notification),
                        adapter=entry.adapter,
                        attempts=entry.attempts,
                    )
                )
        return claims

    # -- recording outcomes ------------------------------------------------------------------

    def _fail(self, session: Session, entry: OutboxEntry, reason: str) -> None:
        """Mark the row failed and the notification 送信失敗; a notification that cannot take
        that transition (purged, changed meanwhile) still leaves the row failed, so the worker
        never loops on it."""
        entry.status = OutboxStatus.FAILED.value
        entry.last_error = reason
        entry.claimed_by = None
        entry.claimed_until = None
        try:
            with session.begin_nested():
                workflow.mark_delivery_failed(session, entry.notification_id, reason)
        except workflow.WorkflowError as exc:
            log.error(
                "outbox row %s failed (%s); notification not updated: %s", entry.id, reason, exc
            )

    def record(self, claim: Claim, outcome: Outcome, report: RoundReport) -> None:
        """Write one delivery outcome, if this worker still holds the claim."""
        with self.storage.transaction() as session:
            now = self._now(session)
            entry = session.get(OutboxEntry, claim.entry_id, with_for_update=True)
            if (
                entry is None
                or entry.claimed_by != self.worker_id
                or entry.status != OutboxStatus.PENDING.value
            ):
                # The lease ran out and another worker took over; its result stands. The
                # idempotency key makes our attempt harmless for the back office.
                report.lost_claims += 1
                log.warning("lost the claim on outbox row %s", claim.entry_id)
                return
            if isinstance(outcome, Delivered):
                entry.attempts += 1
                entry.status = OutboxStatus.DELIVERED.value
                entry.delivered_at = now
                entry.last_error = None
                entry.claimed_by = None
                entry.claimed_until = None
                workflow.mark_delivered(session, entry.notification_id, outcome.receipt)
                report.delivered += 1
                return
            if isinstance(outcome, Rejected):
                entry.attempts += 1
                self._fail(session, entry, outcome.reason)
                report.failed += 1
                report.reasons.append(outcome.reason)
                return
            assert isinstance(outcome, RetryLater)
            if isinstance(outcome, AwaitingAck):
                delay = outcome.retry_after or 60.0
            else:
                entry.attempts += 1
                if self.policy.exhausted(entry.attempts):
                    reason = f"gave up after {entry.attempts} attempts: {outcome.reason}"
                    self._fail(session, entry, reason)
                    report.failed += 1
                    report.reasons.append(reason)
                    return
                delay = self.policy.delay(entry.attempts, outcome.retry_after)
            entry.next_attempt_at = now + timedelta(seconds=delay)
            entry.last_error = outcome.reason
            entry.claimed_by = None
            entry.claimed_until = None
            report.rescheduled += 1
            report.reasons.append(outcome.reason)

    # -- running -----------------------------------------------------------------------------

    def deliver(self, claim: Claim) -> Outcome:
        adapter = self.adapters[claim.adapter]
        try:
            return adapter.deliver(claim.parcel)
        except Exception as exc:  # an adapter bug must not lose the row: retry later
            log.exception("adapter %s failed on outbox row %s", claim.adapter, claim.entry_id)
            return RetryLater(f"internal error: {type(exc).__name__}: {exc}")

    def run_round(self, stop: threading.Event | None = None) -> RoundReport:
        """Claim one batch and deliver it; returns what happened."""
        report = RoundReport()
        started = time.monotonic()
        claims = self.claim()
        report.claimed = len(claims)
        # Stop starting deliveries well before the lease runs out (slow back office): past it
        # another worker may take the rows over, and sending them twice would be wasted work.
        safe_for = self.lease.total_seconds() * 0.6
        for index, claim in enumerate(claims):
            stopping = stop is not None and stop.is_set()
            if stopping or time.monotonic() - started > safe_for:
                self._release(claims[index:])
                break
            self.record(claim, self.deliver(claim), report)
        return report

    def _release(self, claims: list[Claim]) -> None:
        """Give back claims not attempted (stop, or the lease running short) at once, so
        another worker or the next round need not wait for the lease to expire."""
        with self.storage.transaction() as session:
            for claim in claims:
                entry = session.get(OutboxEntry, claim.entry_id)
                if entry is not None and entry.claimed_by == self.worker_id:
                    entry.claimed_by = None
                    entry.claimed_until = None

    def summary(self) -> QueueSummary:
        """Pending and failed counts for this worker's adapters, with the latest reasons."""
        adapters = sorted(self.adapters)
        with self.storage.transaction() as session:
            counts = dict(
                session.execute(
                    select(OutboxEntry.status, func.count())
                    .where(OutboxEntry.adapter.in_(adapters))
                    .group_by(OutboxEntry.status)
                ).all()
            )
            next_due = session.scalar(
                select(func.min(OutboxEntry.next_attempt_at)).where(
                    OutboxEntry.adapter.in_(adapters),
                    OutboxEntry.status == OutboxStatus.PENDING.value,
                )
            )
            now = self._now(session)
            in_flight, busy_until = session.execute(
                select(func.count(), func.max(OutboxEntry.claimed_until)).where(
                    OutboxEntry.adapter.in_(adapters),
                    OutboxEntry.status == OutboxStatus.PENDING.value,
                    OutboxEntry.claimed_until > now,
                )
            ).one()
            rows = session.execute(
                select(OutboxEntry.notification_id, OutboxEntry.status, OutboxEntry.last_error)
                .where(
                    OutboxEntry.adapter.in_(adapters),
                    OutboxEntry.status != OutboxStatus.DELIVERED.value,
                )
                .order_by(OutboxEntry.id)
                .limit(20)
            ).all()
        return QueueSummary(
            pending=int(counts.get(OutboxStatus.PENDING.value, 0)),
            failed=int(counts.get(OutboxStatus.FAILED.value, 0)),
            next_due=next_due,
            reasons=[f"{nid} {status}: {err or '-'}" for nid, status, err in rows],
            in_flight=int(in_flight or 0),
            in_flight_for=0.0 if busy_until is None else (busy_until - now).total_seconds(),
        )

    def drain(self, *, max_wait: float, stop: threading.Event | None = None) -> QueueSummary:
        """Deliver everything due now, waiting out retries; returns the queue summary at the end
        (``kiosk sync --once``).

        ``max_wait`` bounds the time spent *waiting* between attempts (the backoff schedule up
        to the cap), not the time spent delivering, which the adapters' timeouts bound. Rows
        another worker is delivering are waited for until its lease ends (then they are either
        done or free to take), without using up ``max_wait``.
        """
        stop = stop or threading.Event()
        budget = max_wait
        hard_deadline = time.monotonic() + max_wait + 4 * self.lease.total_seconds() + 60
        while not stop.is_set() and time.monotonic() < hard_deadline:
            report = self.run_round(stop)
            if report.claimed:
                continue
            summary = self.summary()
            if summary.pending == 0 or summary.next_due is None:
                return summary
            if summary.in_flight and summary.in_flight_for > 0:
                stop.wait(min(0.2, summary.in_flight_for))
                continue
            wait = (summary.next_due - self.clock()).total_seconds()
            if wait > budget:
                return summary
            pause = min(max(wait, 0.05), 5.0)
            budget -= pause
            stop.wait(pause)
        return self.summary()

    def run_forever(self, stop: threading.Event, *, idle_poll: float = 2.0) -> None:
        """Deliver until ``stop`` is set, polling for new rows every ``idle_poll`` seconds."""
        while not stop.is_set():
            try:
                report = self.run_round(stop)
            except Exception:  # the database may be briefly unreachable: keep going
                log.exception("delivery round failed; retrying")
                stop.wait(idle_poll)
                continue
            if report.claimed == 0:
                stop.wait(idle_poll)


@contextmanager
def running_in_thread(
    worker: OutboxWorker, *, idle_poll: float = 2.0
) -> Iterator[threading.Thread]:
    """Run ``worker`` in a background thread (single-PC mode, ``kiosk run``) until the block
    ends."""
    stop = threading.Event()
    worker.start()
    thread = threading.Thread(
        target=worker.run_forever, args=(stop,), kwargs={"idle_poll": idle_poll},
        name="outbox-worker", daemon=True,
    )  # fmt: skip
    thread.start()
    try:
        yield thread
    finally:
        stop.set()
        thread.join(timeout=120)
        worker.close()
