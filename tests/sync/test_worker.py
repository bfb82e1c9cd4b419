"""The outbox worker: every approved notification arrives exactly once, whatever happens.

Runs on a SQLite file and on a throwaway PostgreSQL database (``database_url``).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import workflow
from kiosk.config import Config
from kiosk.storage import NotificationRecord, OutboxEntry, Status, Storage, open_storage
from sync.delivery import RetryLater, RetryPolicy
from sync.http_adapter import HttpAdapter, Timeouts
from sync.signing import CounterKey
from sync.worker import OutboxWorker, RoundReport, WorkerBusy
from tests.fixtures.backoffice import Fault, FaultProxy, ReceiverServer
from tests.forms.factory import tenkyo_single
from tests.sync.conftest import FILED_AT, approve_new

FAST = RetryPolicy(max_attempts=10, base_delay=0.05, max_delay=0.4)


def http_worker(
    storage: Storage,
    url: str,
    key: CounterKey,
    *,
    policy: RetryPolicy = FAST,
    lease: timedelta = timedelta(seconds=30),
    batch: int = 20,
) -> OutboxWorker:
    adapter = HttpAdapter(url, key=key, timeouts=Timeouts(read=0.5))
    return OutboxWorker(storage, {"http": adapter}, policy=policy, lease=lease, batch=batch)


def states(storage: Storage, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str, str | None]]:
    """notification id → (notification status, outbox status, delivery_ref)."""
    with storage.transaction() as s:
        rows = s.execute(
            select(NotificationRecord.id, NotificationRecord.status, OutboxEntry.status,
                   NotificationRecord.delivery_ref)
            .join(OutboxEntry, OutboxEntry.notification_id == NotificationRecord.id)
            .where(NotificationRecord.id.in_(ids))
        ).all()  # fmt: skip
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def keys_of(storage: Storage, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    with storage.transaction() as s:
        rows = s.execute(
            select(OutboxEntry.notification_id, OutboxEntry.idempotency_key).where(
                OutboxEntry.notification_id.in_(ids)
            )
        ).all()
    return {r[0]: r[1] for r in rows}


def assert_exactly_once(storage: Storage, receiver: ReceiverServer, ids: list[uuid.UUID]) -> None:
    """Every notification arrived once under its key, and every one is 送信済 with its receipt."""
    arrivals = receiver.arrivals()
    keys = keys_of(storage, ids)
    assert sorted(a.idempotency_key for a in arrivals) == sorted(keys.values())
    by_key = {a.idempotency_key: a for a in arrivals}
    for nid, (status, outbox, ref) in states(storage, ids).items():
        assert (status, outbox) == (Status.DELIVERED.value, "delivered")
        assert by_key[keys[nid]].notification_id == nid
        assert ref == by_key[keys[nid]].receipt_id


def test_faults_of_every_kind_end_in_exactly_once(
    storage: Storage, receiver: ReceiverServer, fault_proxy: FaultProxy, counter_key: CounterKey
) -> None:
    ids = approve_new(storage, 6)
    fault_proxy.plan(
        Fault.answer(503, "1"), Fault.drop(), Fault.slow(1.5), Fault.refuse(),
        Fault.answer(500), Fault.drop(), Fault.answer(429), Fault.slow(1.5),
    )  # fmt: skip
    with http_worker(storage, fault_proxy.url, counter_key) as worker:
        summary = worker.drain(max_wait=60)
    assert (summary.pending, summary.failed) == (0, 0)
    assert_exactly_once(storage, receiver, ids)
    # The drops and slow answers reached the back office: their resends were replays.
    assert sum(a.replays for a in receiver.arrivals()) == 4


def test_an_outage_in_the_middle_is_waited_out(
    storage: Storage, receiver: ReceiverServer, fault_proxy: FaultProxy, counter_key: CounterKey
) -> None:
    ids = approve_new(storage, 6)

    def outage() -> None:
        deadline = time.monotonic() + 60
        while len(receiver.arrivals()) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        fault_proxy.down()  # also cuts the worker's kept-alive connection
        time.sleep(1.0)
        fault_proxy.up()

    cut = threading.Thread(target=outage)
    cut.start()
    try:
        with http_worker(storage, fault_proxy.url, counter_key, batch=1) as worker:
            summary = worker.drain(max_wait=30)
    finally:
        cut.join(90)
    assert (summary.pending, summary.failed) == (0, 0)
    assert_exactly_once(storage, receiver, ids)
    with storage.transaction() as s:
        attempts = sum(s.scalars(select(OutboxEntry.attempts)).all())
    assert attempts > len(ids)  # the outage was felt, and waited out


def test_after_the_cap_the_notification_is_failed_with_the_reason_then_retried(
    storage: Storage, receiver: ReceiverServer, fault_proxy: FaultProxy, counter_key: CounterKey
) -> None:
    (nid,) = approve_new(storage, 1)
    fault_proxy.set_default(Fault.answer(503, "0"))
    policy = RetryPolicy(max_attempts=3, base_delay=0.05, max_delay=0.1)
    with http_worker(storage, fault_proxy.url, counter_key, policy=policy) as worker:
        summary = worker.drain(max_wait=20)
    assert (summary.pending, summary.failed) == (0, 1)
    assert states(storage, [nid])[nid][:2] == (Status.DELIVERY_FAILED.value, "failed")
    with storage.transaction() as s:
        entry = s.scalar(select(OutboxEntry).where(OutboxEntry.notification_id == nid))
        assert entry is not None
        assert entry.attempts == 3
        assert entry.last_error is not None
        assert "gave up after 3 attempts" in entry.last_error and "503" in entry.last_error
    assert receiver.arrivals() == []

    # Staff fix the cause and press retry: it goes through, once.
    fault_proxy.set_default(Fault.passthrough())
    with storage.transaction() as s:
        staff = workflow.Actor.staff("reviewer", [workflow.ROLE_REVIEW])
        workflow.retry_delivery(s, nid, actor=staff)
    with http_worker(storage, fault_proxy.url, counter_key) as worker:
        summary = worker.drain(max_wait=20)
    assert (summary.pending, summary.failed) == (0, 0)
    assert_exactly_once(storage, receiver, [nid])


def test_a_refusal_fails_at_once_without_retrying(
    storage: Storage, receiver: ReceiverServer, fault_proxy: FaultProxy
) -> None:
    (nid,) = approve_new(storage, 1)
    stranger = CounterKey.generate("counter-9")  # not registered at the back office
    with http_worker(storage, fault_proxy.url, stranger) as worker:
        summary = worker.drain(max_wait=20)
    assert summary.failed == 1
    with storage.transaction() as s:
        entry = s.scalar(select(OutboxEntry).where(OutboxEntry.notification_id == nid))
        assert entry is not None and entry.attempts == 1
        assert "401" in (entry.last_error or "")
    assert len(fault_proxy.log) == 1


def test_a_crashed_workers_claim_expires_and_the_row_is_delivered_once(
    storage: Storage, receiver: ReceiverServer, fault_proxy: FaultProxy, counter_key: CounterKey
) -> None:
    ids = approve_new(storage, 2)
    crashed = http_worker(storage, fault_proxy.url, counter_key, lease=timedelta(seconds=60))
    claims = crashed.claim()
    assert len(claims) == 2
    # It got as far as sending the first one, then died before recording anything.
    crashed.deliver(claims[0])
    later = http_worker(storage, fault_proxy.url, counter_key)
    assert later.claim() == []  # the lease still holds
    later.clock = lambda: datetime.now(UTC) + timedelta(seconds=61)
    report = later.run_round()
    assert report.delivered == 2
    assert_exactly_once(storage, receiver, ids)
    # The crashed worker, were it to wake up, cannot overwrite the outcome.
    late = RoundReport()
    crashed.record(claims[1], RetryLater("woke up late"), late)
    assert late.lost_claims == 1
    assert_exactly_once(storage, receiver, ids)
    crashed.close()
    later.close()


@pytest.mark.postgres
def test_several_workers_on_postgresql_never_send_one_notification_twice(
    postgres_url: str,
    make_sync_config: Callable[[str], Config],
    receiver: ReceiverServer,
    counter_key: CounterKey,
) -> None:
    config = make_sync_config(postgres_url)
    storages = [open_storage(config) for _ in range(3)]
    ids = approve_new(storages[0], 30)
    workers = [http_worker(s, receiver.url, counter_key, batch=3) for s in storages]
    threads = [threading.Thread(target=w.drain, kwargs={"max_wait": 60}) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    try:
        assert_exactly_once(storages[0], receiver, ids)
        # Never sent twice: no request was answered by replay.
        assert all(a.replays == 0 for a in receiver.arrivals())
        with storages[0].transaction() as s:
            claimants = s.scalars(select(OutboxEntry.attempts)).all()
        assert set(claimants) == {1}
    finally:
        for w in workers:
            w.close()
        for s in storages:
            s.close()


def test_only_one_worker_runs_on_a_sqlite_file(
    tmp_path: Path, make_sync_config: Callable[[str], Config]
) -> None:
    config = make_sync_config(f"sqlite:///{tmp_path / 'one.sqlite3'}")
    storage = open_storage(config)
    key = CounterKey.generate("counter-1")
    first = http_worker(storage, "http://127.0.0.1:9", key)
    second = http_worker(storage, "http://127.0.0.1:9", key)
    try:
        first.start()
        with pytest.raises(WorkerBusy, match="another delivery worker"):
            second.start()
        first.close()
        second.start()  # free again once the first stops
    finally:
        first.close()
        second.close()
        storage.close()


def test_a_slow_back_office_makes_the_worker_give_back_claims_before_its_lease_ends(
    storage: Storage, receiver: ReceiverServer, fault_proxy: FaultProxy, counter_key: CounterKey
) -> None:
    ids = approve_new(storage, 3)
    fault_proxy.set_default(Fault.slow(1.5))
    adapter = HttpAdapter(fault_proxy.url, key=counter_key, timeouts=Timeouts(read=5.0))
    worker = OutboxWorker(storage, {"http": adapter}, policy=FAST, lease=timedelta(seconds=2))
    with worker:
        report = worker.run_round()
        assert (report.claimed, report.delivered) == (3, 1)
        with storage.transaction() as s:
            held = s.scalars(select(OutboxEntry.claimed_by).where(OutboxEntry.status == "pending"))
            assert list(held) == [None, None]  # given back at once, not left to expire
        fault_proxy.set_default(Fault.passthrough())
        summary = worker.drain(max_wait=10)
    assert (summary.pending, summary.failed) == (0, 0)
    assert_exactly_once(storage, receiver, ids)


def test_nothing_leaves_before_approval(
    storage: Storage, receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    actor = workflow.Actor.system("test")
    waiting = tenkyo_single()
    with storage.transaction() as s:  # confirmed by the resident (仮登録), not yet approved
        workflow.create_draft(s, waiting, actor=actor, counter="1", now=FILED_AT)
        workflow.confirm(s, waiting.id, actor=actor, now=FILED_AT)
    approved = approve_new(storage, 1)
    with http_worker(storage, receiver.url, counter_key) as worker:
        worker.drain(max_wait=5)
    assert [a.notification_id for a in receiver.arrivals()] == approved
    assert waiting.id not in states(storage, [waiting.id])


def test_a_row_whose_notification_is_unreadable_fails_instead_of_looping(
    storage: Storage, receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    broken, fine = approve_new(storage, 2)
    with storage.transaction() as s:  # an inconsistent database: data gone, row still queued
        record = s.get(NotificationRecord, broken)
        assert record is not None
        record.payload = None
        record.status = Status.DELIVERED.value
    with http_worker(storage, receiver.url, counter_key) as worker:
        summary = worker.drain(max_wait=5)
    assert (summary.pending, summary.failed) == (0, 1)
    assert "cannot read the notification" in summary.text()
    assert [a.notification_id for a in receiver.arrivals()] == [fine]
