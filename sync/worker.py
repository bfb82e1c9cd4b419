"""The outbox worker (送信処理): delivers approved notifications exactly once, through crashes
and outages.

How it holds the promise "every 本登録 notification reaches the back office once":

- The outbox row is written in the approval transaction, so nothing approved lacks a row and
  nothing is queued before 本登録. Rows are read and written through :mod:`kiosk.outbox`.
- A worker *claims* due rows in a short transaction with a short lease (``[sync]
  lease_seconds``, a minute by default) and a heartbeat thread renews the lease while the
  worker lives, however slow the back office is. On PostgreSQL claims use ``FOR UPDATE SKIP
  LOCKED``, so several ``kiosk sync`` processes never pick the same row; a worker that died
  (power cut, ``kill -9``) stops renewing and its rows are free within a lease. On SQLite only
  one worker runs per database file (a lock file beside it that the operating system releases
  when the process dies), so the worker holding the lock takes over every older claim at once.
- Delivery happens outside any transaction (no database lock held over the network). Outcomes
  are recorded only for rows this worker still holds, several in one transaction (one durable
  commit and one audit-chain append for a run of deliveries). A crash between the back
  office's answer and that commit leaves the rows claimed; they are sent again under the
  *same* idempotency key and the back office answers by replay: nothing is filed twice.
- A temporary failure (connection refused or dropped, timeouts, TLS handshakes, 408/425/429,
  5xx) never makes a notification 送信失敗: it is retried with capped backoff, indefinitely.
  Enough of them in a row mark the route down (:class:`sync.delivery.OutagePolicy`): then one
  probe at a time tests it, and the first answer brings everything waiting back at once.
  Only a refusal (400/401/409/413/415/422, or an acceptance without a usable receipt) makes a
  notification 送信失敗, with the reason, until staff retry it.
- Department routes (担当課への連携, ``[departments.<name>]``) are rows of their own, claimed,
  leased, retried and probed the same way under their own route name. What they record is
  theirs alone: a department's confirmation settles its row (with its receipt, audited), a
  department's refusal fails its row; the notification's state (送信済 / 送信失敗) follows the
  back office only.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk import outbox, workflow
from kiosk.errors import one_line
from kiosk.outbox import WorkerBusy, WorkerLock
from kiosk.storage import OutboxEntry, Storage
from sync.csv_drop import AwaitingAck
from sync.delivery import (
    Adapter,
    Delivered,
    OutagePolicy,
    Outcome,
    Parcel,
    Rejected,
    RetryLater,
    RetryPolicy,
)

log = logging.getLogger(__name__)

__all__ = [
    "BATCH",
    "Claim",
    "OutboxWorker",
    "QueueSummary",
    "RoundReport",
    "WorkerBusy",
    "default_worker_id",
    "running_in_thread",
]

#: Rows a worker claims at once: one claiming transaction (and one read of their notifications)
#: serves this many deliveries; the next batch is claimed half way through.
BATCH = 50
#: Answers recorded together at most this many at a time (half a batch: two durable commits a
#: batch), or after this many seconds.
FLUSH_EVERY = BATCH // 2
FLUSH_SECONDS = 1.0
#: How often a worker on PostgreSQL reads the database's clock (leases are judged by it).
CLOCK_CHECK_SECONDS = 30.0


def _now() -> datetime:
    return datetime.now(UTC)


def _reason_line(route: str, problem: outbox.RowProblem) -> str:
    """One undelivered row for ``kiosk sync``: a department's row names its route, as the
    notification itself may already be 送信済 (the back office has it)."""
    where = f" {route}" if outbox.is_department(route) else ""
    return f"{problem.notification_id}{where} {problem.status}: {problem.reason or '-'}"


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
    #: Sent to test a route that is down (one at a time).
    probe: bool = False


@dataclass
class RoundReport:
    """What one round of claiming and delivering did."""

    claimed: int = 0
    delivered: int = 0
    rescheduled: int = 0
    failed: int = 0
    lost_claims: int = 0
    probes: int = 0
    released: int = 0
    reasons: list[str] = field(default_factory=list)

    def merge(self, other: RoundReport) -> None:
        """Add what ``other`` recorded (its claims are this round's already)."""
        self.delivered += other.delivered
        self.rescheduled += other.rescheduled
        self.failed += other.failed
        self.lost_claims += other.lost_claims
        self.reasons += other.reasons


@dataclass
class QueueSummary:
    """The state of the queue for this worker's routes."""

    pending: int
    failed: int
    next_due: datetime | None
    reasons: list[str]
    #: Pending rows another living worker holds, and seconds until the last lease ends.
    in_flight: int = 0
    in_flight_for: float = 0.0
    #: Staff's line for each route that is down (「住民記録システムに接続できません…」).
    outages: list[str] = field(default_factory=list)

    def text(self) -> str:
        busy = f" ({self.in_flight} being delivered now)" if self.in_flight else ""
        lines = [f"{self.pending} pending{busy}, {self.failed} failed (送信失敗)"]
        lines += [f"  {line}" for line in self.outages]
        lines += [f"  {r}" for r in self.reasons]
        return "\n".join(lines)


class _Heartbeat:
    """Renews this worker's leases every fifth of a lease while the worker lives."""

    def __init__(self, worker: OutboxWorker) -> None:
        self._worker = worker
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="outbox-lease", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        every = max(0.1, self._worker.lease.total_seconds() / 5)
        while not self._stop.wait(every):
            try:
                self._worker.renew()
            except Exception:  # the database may be briefly unreachable: try next beat
                log.warning("could not renew the delivery leases", exc_info=True)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)


class OutboxWorker:
    """Claims due outbox rows for its routes and delivers them.

    ``adapters`` maps the outbox ``adapter`` value — the route: "http", "csv" or a department
    route's name — to an adapter; rows for routes not given are left for another worker.
    Retry pacing, outage detection and the lease come from ``[sync]`` in the storage's
    configuration unless given here.
    """

    def __init__(
        self,
        storage: Storage,
        adapters: Mapping[str, Adapter],
        *,
        policy: RetryPolicy | None = None,
        outage: OutagePolicy | None = None,
        lease: timedelta | None = None,
        batch: int = BATCH,
        worker_id: str | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        if not adapters:
            raise ValueError("a worker needs at least one adapter")
        if batch < 1:
            raise ValueError("batch must be at least 1")
        settings = storage.config.sync
        self.storage = storage
        self.adapters = dict(adapters)
        self.policy = policy or RetryPolicy(
            base_delay=settings.retry_base_seconds, max_delay=settings.retry_max_seconds
        )
        self.outage = outage or OutagePolicy(
            failures=settings.outage_after_failures,
            probe_base=min(settings.retry_base_seconds, settings.probe_max_seconds),
            probe_max=settings.probe_max_seconds,
            retry_after_cap=settings.retry_max_seconds,
        )
        self.lease = lease or timedelta(seconds=settings.lease_seconds)
        self.batch = batch
        self.worker_id = worker_id or default_worker_id()
        self.clock = clock
        self._lock: WorkerLock | None = None
        self._heartbeat: _Heartbeat | None = None
        self._bookkeeper: ThreadPoolExecutor | None = None
        self._prefetched: Future[list[Claim]] | None = None
        self._recording: list[Future[tuple[set[str], RoundReport]]] = []
        #: When the leases were last set or renewed (monotonic seconds).
        self._leased_at = time.monotonic()
        #: The database's clock minus the local one, and when it was read (PostgreSQL).
        self._clock_offset: timedelta | None = None
        self._clock_read = 0.0

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> OutboxWorker:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Take the one-worker lock on SQLite, and start renewing leases."""
        url = self.storage.engine.url
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            self._lock = WorkerLock(Path(url.database).resolve())
            self._lock.acquire()
        if self._heartbeat is None:
            self._heartbeat = _Heartbeat(self)
            self._heartbeat.start()

    def close(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.stop()
            self._heartbeat = None
        if self._bookkeeper is not None:
            try:
                self._settle(RoundReport())
            except Exception:  # recorded or not, the claims are given back below
                log.warning("recording the last answers failed", exc_info=True)
            self._bookkeeper.shutdown(wait=True)
            self._bookkeeper = None
        self._prefetched = None  # released below with everything else this worker holds
        try:
            with self.storage.transaction() as session:
                outbox.release(session, worker_id=self.worker_id)
        except SQLAlchemyError:
            log.warning("could not give back the delivery claims at close", exc_info=True)
        for adapter in self.adapters.values():
            adapter.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def takes_over(self) -> bool:
        """Whether this worker holds the SQLite lock (then every other claim is stale)."""
        return self._lock is not None and self._lock.held

    # -- claiming ----------------------------------------------------------------------------

    def _now(self, session: Session) -> datetime:
        """Now by the database's clock on PostgreSQL, so that workers on several hosts judge
        leases alike whatever their own clocks say; else (or with an injected clock) local.

        The database's clock is asked every :data:`CLOCK_CHECK_SECONDS` and its offset from
        the local clock applied in between (a round trip less in every transaction)."""
        if self.clock is not _now or self.storage.engine.dialect.name != "postgresql":
            return self.clock()
        if self._clock_offset is None or time.monotonic() - self._clock_read > CLOCK_CHECK_SECONDS:
            db_now = session.scalar(select(func.now()))
            if not isinstance(db_now, datetime) or db_now.tzinfo is None:
                return self.clock()
            self._clock_offset = db_now.astimezone(UTC) - datetime.now(UTC)
            self._clock_read = time.monotonic()
        return datetime.now(UTC) + self._clock_offset

    def claim(self, limit: int | None = None) -> list[Claim]:
        """Claim what to send now (due rows, or one probe of a route that is down) and load
        their notifications."""
        claims: list[Claim] = []
        with self.storage.transaction() as session:
            now = self._now(session)
            rows = outbox.claim(
                session,
                worker_id=self.worker_id,
                routes=sorted(self.adapters),
                now=now,
                lease=self.lease,
                limit=limit or self.batch,
                take_over=self.takes_over,
            )
            self._leased_at = time.monotonic()
            loaded = workflow.load_many(session, [row.notification_id for row in rows])
            for row in rows:
                notification = loaded[row.notification_id]
                if isinstance(notification, Exception):
                    # Nothing can be sent: make it visible to staff instead of looping.
                    entry = session.get(OutboxEntry, row.entry_id)
                    if entry is not None:
                        self._fail(session, entry, f"cannot read the notification: {notification}")
                    continue
                claims.append(
                    Claim(
                        entry_id=row.entry_id,
                        parcel=Parcel(row.notification_id, row.idempotency_key, notification),
                        adapter=row.route,
                        attempts=row.attempts,
                        probe=row.probe,
                    )
                )
        return claims

    def renew(self) -> None:
        """Extend the leases of everything this worker holds (the heartbeat calls this)."""
        with self.storage.transaction() as session:
            outbox.renew(
                session, worker_id=self.worker_id, now=self._now(session), lease=self.lease
            )
        self._leased_at = time.monotonic()

    # -- recording outcomes ------------------------------------------------------------------

    def _fail(self, session: Session, entry: OutboxEntry, reason: str) -> None:
        """Mark the row failed and the notification 送信失敗; a notification that cannot take
        that transition (purged, changed meanwhile) still leaves the row failed, so the worker
        never loops on it. A department row fails alone (the notification is the back
        office's)."""
        if outbox.is_department(entry.adapter):
            outbox.fail_route(
                session, entry, reason, now=self._now(session), actor=workflow.DELIVERY.audit_id
            )
            log.warning("outbox row %s (route %s) refused: %s", entry.id, entry.adapter, reason)
            return
        outbox.settle_failed(entry, reason)
        try:
            with session.begin_nested():
                workflow.mark_delivery_failed(session, entry.notification_id, reason)
        except workflow.WorkflowError as exc:
            log.error(
                "outbox row %s failed (%s); notification not updated: %s", entry.id, reason, exc
            )

    def record(self, claim: Claim, outcome: Outcome, report: RoundReport) -> set[str]:
        """Write one delivery outcome, if this worker still holds the claim; returns the
        routes that are down afterwards."""
        return self.record_many([(claim, outcome)], report)

    def record_many(
        self, outcomes: Sequence[tuple[Claim, Outcome]], report: RoundReport
    ) -> set[str]:
        """Write several outcomes in one transaction (one durable commit); returns the routes
        that are down afterwards.

        Should that transaction fail, each outcome is written on its own, and one that still
        cannot be written counts as a failed attempt with the reason (so that a notification
        never goes round unseen with its attempts at 0).
        """
        if not outcomes:
            return set()
        written = RoundReport()
        try:
            with self.storage.transaction() as session:
                down = self._write(session, outcomes, written)
            report.merge(written)
            return down
        except (SQLAlchemyError, workflow.WorkflowError) as exc:
            if len(outcomes) == 1:
                claim, _outcome = outcomes[0]
                self._count_unrecorded(claim, exc, report)
                return set()
            log.warning(
                "recording %d outcomes together failed (%s); one by one", len(outcomes), exc
            )
        routes_down: set[str] = set()
        for item in outcomes:
            routes_down |= self.record_many([item], report)
        return routes_down

    def _count_unrecorded(self, claim: Claim, exc: Exception, report: RoundReport) -> None:
        # the driver's error, without the SQL text
        cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
        reason = f"could not record the back office's answer: {one_line(cause)}"
        log.error("outbox row %s: %s", claim.entry_id, reason)
        try:
            with self.storage.transaction() as session:
                now = self._now(session)
                entry = outbox.held(
                    session, worker_id=self.worker_id, entry_ids=[claim.entry_id]
                ).get(claim.entry_id)
                if entry is None:
                    report.lost_claims += 1
                    return
                delay = self.policy.delay(entry.attempts + 1)
                outbox.reschedule(entry, now=now, delay=delay, reason=reason)
                report.rescheduled += 1
                report.reasons.append(reason)
        except SQLAlchemyError:
            log.exception("outbox row %s: could not count the attempt either", claim.entry_id)

    def _write(
        self, session: Session, outcomes: Sequence[tuple[Claim, Outcome]], report: RoundReport
    ) -> set[str]:
        now = self._now(session)
        holding = outbox.held_ids(
            session, worker_id=self.worker_id, entry_ids=[c.entry_id for c, _o in outcomes]
        )
        delivered: list[tuple[uuid.UUID, str | None]] = []
        routed: list[outbox.RouteDelivery] = []
        attempted: list[int] = []
        #: What each route did, in order: "answer", or a failure (reason, retry_after, probe).
        events: list[tuple[str, tuple[str, float | None, bool] | None]] = []
        for claim, outcome in outcomes:
            if claim.entry_id not in holding:
                # The lease ran out and another worker took over; its result stands. The
                # idempotency key makes our attempt harmless for the back office.
                report.lost_claims += 1
                log.warning("lost the claim on outbox row %s", claim.entry_id)
                continue
            if isinstance(outcome, Delivered):
                # The common case, written in a few statements for the whole run below.
                attempted.append(claim.entry_id)
                if outbox.is_department(claim.adapter):
                    routed.append(
                        outbox.RouteDelivery(
                            claim.entry_id,
                            claim.parcel.notification_id,
                            claim.adapter,
                            outcome.receipt,
                        )
                    )
                else:
                    delivered.append((claim.parcel.notification_id, outcome.receipt))
                events.append((claim.adapter, None))
                report.delivered += 1
                continue
            entry = session.get(OutboxEntry, claim.entry_id, populate_existing=True)
            assert entry is not None  # held above, locked for this transaction
            if isinstance(outcome, Rejected):
                entry.attempts += 1
                self._fail(session, entry, outcome.reason)
                events.append((claim.adapter, None))
                report.failed += 1
                report.reasons.append(outcome.reason)
            elif isinstance(outcome, AwaitingAck):
                # Not a failed attempt: waiting for a nightly import must not count.
                delay = outcome.retry_after or 60.0
                outbox.reschedule(
                    entry, now=now, delay=delay, reason=outcome.reason, attempted=False
                )
                events.append((claim.adapter, None))
                report.rescheduled += 1
            else:
                assert isinstance(outcome, RetryLater)
                delay = self.policy.delay(entry.attempts + 1, outcome.retry_after)
                outbox.reschedule(entry, now=now, delay=delay, reason=outcome.reason)
                if outcome.route_failure or claim.probe:
                    events.append(
                        (claim.adapter, (outcome.reason, outcome.retry_after, claim.probe))
                    )
                report.rescheduled += 1
                report.reasons.append(outcome.reason)
        if attempted:
            session.flush()  # the rows changed one by one above go first
            outbox.count_attempts(session, attempted)
        if delivered:
            workflow.mark_delivered_many(session, delivered, now=now)
        if routed:
            outbox.settle_routes_delivered(
                session, routed, now=now, actor=workflow.DELIVERY.audit_id
            )
        down: set[str] = set()
        previous: tuple[str, object] | None = None
        for route, failure in events:
            if failure is None:
                if previous == (route, None):
                    continue  # a run of answers changes the route once
                outbox.note_answer(session, route, now=now)
                down.discard(route)
            else:
                reason, retry_after, probe = failure
                if outbox.note_failure(
                    session,
                    route,
                    now=now,
                    reason=reason,
                    threshold=self.outage.failures,
                    probe_delay=self._probe_delay(retry_after),
                    probe=probe,
                ):
                    down.add(route)
            previous = (route, failure)
        for claim, _outcome in outcomes:
            if claim.probe and claim.entry_id not in holding:
                row = outbox.route_row(session, claim.adapter, lock=True)
                if row.probe_by == self.worker_id:  # our probe was taken over: let it go
                    row.probe_by = None
                    row.probe_until = None
        return down

    def _probe_delay(self, retry_after: float | None) -> Callable[[int], float]:
        def delay(failed_probes: int) -> float:
            return self.outage.probe_delay(failed_probes, retry_after)

        return delay

    # -- running -----------------------------------------------------------------------------

    def deliver(self, claim: Claim) -> Outcome:
        adapter = self.adapters[claim.adapter]
        try:
            return adapter.deliver(claim.parcel)
        except Exception as exc:  # an adapter bug must not lose the row: retry later
            log.exception("adapter %s failed on outbox row %s", claim.adapter, claim.entry_id)
            return RetryLater(f"internal error: {type(exc).__name__}: {exc}", route_failure=False)

    def run_round(self, stop: threading.Event | None = None) -> RoundReport:
        """Claim one batch and deliver it; returns what happened.

        The bookkeeping runs beside the deliveries, on the worker's bookkeeping thread, so that
        the network never waits for the database: answers are recorded together (every
        :data:`FLUSH_EVERY` or :data:`FLUSH_SECONDS`) while the next ones are sent, and half way
        through a full batch the next batch is claimed. A temporary failure is recorded at once
        and waited for: once its route is down the rest of that route's claims are given back
        unsent (the outage is probed, not hammered). When a next batch is already claimed, the
        last answers of this one are still being recorded as the next round starts (and are
        counted in its report); otherwise everything is recorded before the round returns.
        """
        report = RoundReport()
        claims = self._take_prefetched()
        if claims is None:
            claims = self.claim()
        report.claimed = len(claims)
        report.probes = sum(1 for c in claims if c.probe)
        buffered: list[tuple[Claim, Outcome]] = []
        unsent: list[Claim] = []
        down: set[str] = set()
        flushed = time.monotonic()
        prefetch_at = len(claims) // 2 if len(claims) >= self.batch else -1
        for index, claim in enumerate(claims):
            stopping = stop is not None and stop.is_set()
            if stopping or self._lease_in_doubt():
                unsent.extend(claims[index:])
                break
            if claim.adapter in down:
                unsent.append(claim)
                continue
            if index == prefetch_at and not down:
                self._prefetched = self._books().submit(self.claim)
            outcome = self.deliver(claim)
            buffered.append((claim, outcome))
            route_failed = isinstance(outcome, RetryLater) and not isinstance(outcome, AwaitingAck)
            if route_failed or claim.probe:
                # What comes next depends on the route's state: record now, and wait.
                down |= self._settle(report)
                down |= self.record_many(buffered, report)
                buffered = []
                flushed = time.monotonic()
            elif len(buffered) >= FLUSH_EVERY or time.monotonic() - flushed >= FLUSH_SECONDS:
                self._recording.append(self._books().submit(self._record_apart, buffered))
                buffered = []
                flushed = time.monotonic()
        if buffered:
            self._recording.append(self._books().submit(self._record_apart, buffered))
        stopping = stop is not None and stop.is_set()
        if self._prefetched is None or down or stopping or unsent:
            down |= self._settle(report)
        if unsent:
            self._release(unsent)
            report.released = len(unsent)
        if down or stopping:
            ahead = self._take_prefetched()
            if ahead:
                self._release(ahead)
        return report

    def _books(self) -> ThreadPoolExecutor:
        """The bookkeeping thread: claims and records run there in the order submitted."""
        if self._bookkeeper is None:
            self._bookkeeper = ThreadPoolExecutor(1, thread_name_prefix="outbox-books")
        return self._bookkeeper

    def _record_apart(self, outcomes: list[tuple[Claim, Outcome]]) -> tuple[set[str], RoundReport]:
        written = RoundReport()
        return self.record_many(outcomes, written), written

    def _settle(self, report: RoundReport) -> set[str]:
        """Wait for the answers being recorded; returns the routes they found down."""
        down: set[str] = set()
        recording, self._recording = self._recording, []
        for future in recording:
            routes, written = future.result()
            report.merge(written)
            down |= routes
        return down

    def _take_prefetched(self) -> list[Claim] | None:
        """The batch claimed ahead, if any (None: claim now)."""
        ahead, self._prefetched = self._prefetched, None
        if ahead is None:
            return None
        try:
            return ahead.result()
        except Exception:  # the database may be briefly unreachable: claim afresh
            log.warning("claiming ahead failed", exc_info=True)
            return None

    def _lease_in_doubt(self) -> bool:
        """The heartbeat has not renewed for most of a lease (database unreachable?): stop
        starting deliveries, as another worker may take the rows over."""
        return time.monotonic() - self._leased_at > self.lease.total_seconds() * 0.6

    def _release(self, claims: list[Claim]) -> None:
        """Give back claims not attempted at once, so nobody waits for the lease."""
        with self.storage.transaction() as session:
            outbox.release(
                session, worker_id=self.worker_id, entry_ids=[c.entry_id for c in claims]
            )
            for route in {c.adapter for c in claims if c.probe}:
                row = outbox.route_row(session, route, lock=True)
                if row.probe_by == self.worker_id:
                    row.probe_by = None
                    row.probe_until = None

    def summary(self) -> QueueSummary:
        """Pending and failed counts for this worker's routes, outages, and the latest
        reasons."""
        self._settle(RoundReport())
        with self.storage.transaction() as session:
            now = self._now(session)
            health = outbox.delivery_health(session, self.storage.config, now=now, problems=20)
        mine = [r for r in health.routes if r.route in self.adapters]
        reasons = [_reason_line(r.route, p) for r in mine for p in r.problems]
        next_due = [d for r in mine for d in (r.next_due,) if d is not None and not r.down]
        next_due += [r.next_probe_at or now for r in mine if r.down and r.waiting]
        in_flight = 0 if self.takes_over else sum(r.in_flight for r in mine)
        busy_for = 0.0
        if in_flight:
            ends = [r.busy_until for r in mine if r.busy_until is not None]
            busy_for = max(((e - now).total_seconds() for e in ends), default=0.0)
        return QueueSummary(
            pending=sum(r.waiting for r in mine),
            failed=sum(r.failed for r in mine),
            next_due=min(next_due) if next_due else None,
            reasons=reasons[:20],
            in_flight=in_flight,
            in_flight_for=busy_for,
            outages=[line for r in mine if (line := health.line(r)) is not None],
        )

    def drain(self, *, max_wait: float, stop: threading.Event | None = None) -> QueueSummary:
        """Deliver everything due now, waiting out retries and probes; returns the queue summary
        at the end (``kiosk sync --once``).

        ``max_wait`` bounds the time spent *waiting* between attempts, not the time spent
        delivering, which the adapters' timeouts bound. Rows another living worker is
        delivering are waited for until its lease ends (then they are either done or free to
        take), without using up ``max_wait``.
        """
        stop = stop or threading.Event()
        budget = max_wait
        hard_deadline = time.monotonic() + max_wait + 4 * self.lease.total_seconds() + 60
        while not stop.is_set() and time.monotonic() < hard_deadline:
            report = self.run_round(stop)
            if report.claimed:
                continue
            summary = self.summary()
            if summary.pending == 0:
                return summary
            if summary.in_flight and summary.in_flight_for > 0:
                stop.wait(min(0.2, summary.in_flight_for))
                continue
            if summary.next_due is None:
                return summary
            wait = (summary.next_due - self.clock()).total_seconds()
            if wait > budget:
                return summary
            pause = min(max(wait, 0.02), 1.0)
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
                stop.wait(self._idle_wait(idle_poll))

    def _idle_wait(self, idle_poll: float) -> float:
        """Sleep until the next due row or probe when that is sooner than the poll interval."""
        try:
            summary = self.summary()
        except SQLAlchemyError:
            return idle_poll
        if summary.next_due is None:
            return idle_poll
        wait = (summary.next_due - self.clock()).total_seconds()
        return min(idle_poll, max(0.02, wait))


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
