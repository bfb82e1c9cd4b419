"""The outbox worker: every approved notification arrives exactly once, whatever happens.

Runs on a SQLite file and on a throwaway PostgreSQL database (``database_url``), against the
reference receiver behind the fault proxy on loopback.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kiosk import outbox, workflow
from kiosk.config import Config, load_config
from kiosk.storage import (
    AuditEntry,
    NotificationRecord,
    OutboxEntry,
    Status,
    Storage,
    open_storage,
)
from sync.delivery import OutagePolicy, RetryLater, RetryPolicy
from sync.http_adapter import HttpAdapter, Timeouts
from sync.signing import CounterKey
from sync.worker import OutboxWorker, RoundReport, WorkerBusy
from tests.fixtures.backoffice import Fault, FaultProxy, ReceiverServer
from tests.forms.factory import tenkyo_single
from tests.sync.conftest import FILED_AT, approve_new, config_env

FAST = RetryPolicy(base_delay=0.05, max_delay=0.4)
QUICK_PROBES = OutagePolicy(failures=3, probe_base=0.05, probe_max=0.4)


def http_worker(
    storage: Storage,
    url: str,
    key: CounterKey,
    *,
    policy: RetryPolicy = FAST,
    outage: OutagePolicy | None = QUICK_PROBES,
    lease: timedelta | None = timedelta(seconds=30),
    batch: int = 20,
    read_timeout: float = 10.0,
) -> OutboxWorker:
    """A worker posting to ``url``. The read timeout is generous, so that a machine that is
    busy for a moment does not turn an answer into a retry; a test of slow answers sets it."""
    adapter = HttpAdapter(url, key=key, timeouts=Timeouts(read=read_timeout))
    return OutboxWorker(
        storage, {"http": adapter}, policy=policy, outage=outage, lease=lease, batch=batch
    )


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


def outbox_row(storage: Storage, nid: uuid.UUID) -> OutboxEntry:
    with storage.transaction() as s:
        entry = s.scalar(select(OutboxEntry).where(OutboxEntry.notification_id == nid))
        assert entry is not None
        return entry


def keys_of(storage: Storage, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    with storage.transaction() as s:
        rows = s.execute(
            select(OutboxEntry.notification_id, OutboxEntry.idempotency_key).where(
                OutboxEntry.notification_id.in_(ids)
            )
        ).all()
    return {r[0]: r[1] for r in rows}


def audit_actions(storage: Storage) -> list[str]:
    with storage.transaction() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all())


def assert_exactly_once(storage: Storage, receiver: ReceiverServer, ids: list[uuid.UUID]) -> None:
    """Every notification arrived once under its key, and every one is 送信済 with its receipt."""
    arrivals = receiver.arrivals()
    keys = keys_of(storage, ids)
    assert sorted(a.idempotency_key for a in arrivals) == sorted(keys.values())
    by_key = {a.idempotency_key: a for a in arrivals}
    for nid, (status, row, ref) in states(storage, ids).items():
        assert (status, row) == (Status.DELIVERED.value, "delivered")
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
    # The slow answers (1.5 s) outlast the read timeout: the worker gives up on them and
    # sends again.
    with http_worker(storage, fault_proxy.url, counter_key, read_timeout=0.5) as worker:
        summary = worker.drain(max_wait=60)
    assert (summary.pending, summary.failed) == (0, 0)
    assert_exactly_once(storage, receiver, ids)
    # Every planned fault met a request; the drops and slow answers reached the back office,
    # so their resends were answered by replay.
    assert [kind for kind, _key in fault_proxy.log[:8]] == [
        "status", "drop", "slow", "refuse", "status", "drop", "status", "slow",
    ]  # fmt: skip
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


# -- a long outage -------------------------------------------------------------------------------

#: Time compressed through ``[sync]`` (a probe at most every 0.8 s instead of 20 s; an alert
#: after 3 s instead of 3 days); the behaviour is the real one.
OUTAGE_SETTINGS = {
    "KIOSK_SYNC_RETRY_BASE_SECONDS": "0.05",
    "KIOSK_SYNC_RETRY_MAX_SECONDS": "2",
    "KIOSK_SYNC_PROBE_MAX_SECONDS": "0.8",
    "KIOSK_SYNC_ALERT_AFTER_HOURS": str(3 / 3600),
    "KIOSK_SYNC_LEASE_SECONDS": "5",
}


def health(storage: Storage) -> outbox.DeliveryHealth:
    with storage.transaction() as s:
        return outbox.delivery_health(s, storage.config)


def wait_for(what: str, condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


@pytest.fixture
def outage_storages(tmp_path: Path, database_url: str) -> Iterator[list[Storage]]:
    """Storages for the delivering workers: one on SQLite (one worker per file), two on
    PostgreSQL (so that "one probe at a time" is about several workers)."""
    config = load_config(env=config_env(tmp_path, database_url, **OUTAGE_SETTINGS))
    count = 2 if database_url.startswith("postgresql") else 1
    opened = [open_storage(config) for _ in range(count)]
    yield opened
    for storage in opened:
        storage.close()


def test_a_long_outage_fails_nothing_is_probed_one_at_a_time_and_ends_all_at_once(
    outage_storages: list[Storage],
    receiver: ReceiverServer,
    fault_proxy: FaultProxy,
    counter_key: CounterKey,
) -> None:
    storage = outage_storages[0]
    fault_proxy.set_default(Fault.refuse())  # the back office is unreachable from the start
    ids = approve_new(storage, 40)
    workers = [
        OutboxWorker(
            s, {"http": HttpAdapter(fault_proxy.url, key=counter_key, timeouts=Timeouts(read=0.5))}
        )
        for s in outage_storages
    ]
    stop = threading.Event()
    threads = [threading.Thread(target=w.run_forever, args=(stop,), kwargs={"idle_poll": 0.1})
               for w in workers]  # fmt: skip
    for w in workers:
        w.start()
    for t in threads:
        t.start()
    try:
        wait_for("the outage was never detected", lambda: bool(health(storage).down), 30)
        during = health(storage)
        (route,) = during.down
        assert route.route == "http" and route.down_since is not None
        since = route.down_since.astimezone(storage.config.tz).strftime("%H:%M")
        assert during.message() == f"住民記録システムに接続できません（{since} から、40 件待ち）"
        assert not during.alert

        # While it lasts, probes, not every notification: fewer requests than notifications.
        sent = len(fault_proxy.log)
        time.sleep(6)
        assert len(fault_proxy.log) - sent < len(ids)
        # The back office now takes requests but never answers: still one at a time.
        fault_proxy.set_default(Fault.hang())
        fault_proxy.reset_peak()
        hung = len(fault_proxy.log)
        time.sleep(4)
        assert len(fault_proxy.log) > hung  # it kept probing...
        assert fault_proxy.peak == 1  # ...one probe at a time, across every worker

        # Past the alert horizon staff are told to act; nothing was dropped or failed.
        later = health(storage)
        assert later.alert and "情報システム担当者に連絡してください" in (later.message() or "")
        assert {st for st, _o, _r in states(storage, ids).values()} == {Status.APPROVED.value}
        assert "mark_delivery_failed" not in audit_actions(storage)

        # The back office returns: everything waiting goes at once.
        fault_proxy.set_default(Fault.passthrough())
        wait_for(
            "not everything was delivered within 30 s of the back office's return",
            lambda: {s for s, _o, _r in states(storage, ids).values()} == {Status.DELIVERED.value},
            30,
        )
    finally:
        stop.set()
        for t in threads:
            t.join(60)
        for w in workers:
            w.close()
    assert_exactly_once(storage, receiver, ids)
    assert health(storage).message() is None


# -- answers that are final, and answers that are not ------------------------------------------

LONG_RECEIPT = b'{"receipt_id": "' + b"R" * 200 + b'"}'


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault.answer(400), "HTTP 400"),
        (Fault.answer(401), "HTTP 401"),
        (Fault.answer(409), "HTTP 409"),
        (Fault.answer(413), "HTTP 413"),
        (Fault.answer(415), "HTTP 415"),
        (Fault.answer(422), "HTTP 422"),
        (Fault.answer(201), "HTTP 201 without a usable receipt_id: the answer has no receipt_id"),
        (Fault.answer(201, body=LONG_RECEIPT), "(200 characters) is not 1-128 visible ASCII"),
        (Fault.answer(201, body=b'{"receipt_id": 42}'), "receipt_id is a int, not a string"),
        (Fault.answer(201, body=b'{"receipt_id": "R 1\\n"}'), "is not 1-128 visible ASCII"),
    ],
    ids=["400", "401", "409", "413", "415", "422", "201-no-receipt", "201-receipt-too-long",
         "201-receipt-number", "201-receipt-spaces"],
)  # fmt: skip
def test_a_refusal_fails_at_once_with_its_reason_and_is_not_sent_again(
    fault: Fault,
    reason: str,
    storage: Storage,
    receiver: ReceiverServer,
    fault_proxy: FaultProxy,
    counter_key: CounterKey,
) -> None:
    (nid,) = approve_new(storage, 1)
    fault_proxy.plan(fault)
    with http_worker(storage, fault_proxy.url, counter_key) as worker:
        summary = worker.drain(max_wait=2)
    assert (summary.pending, summary.failed) == (0, 1)
    assert states(storage, [nid])[nid][:2] == (Status.DELIVERY_FAILED.value, "failed")
    entry = outbox_row(storage, nid)
    assert entry.attempts == 1  # counted, once
    assert reason in (entry.last_error or "")
    assert len(fault_proxy.log) == 1  # and not sent again


def test_a_refused_notification_goes_again_once_staff_retry_it(
    storage: Storage, receiver: ReceiverServer, fault_proxy: FaultProxy, counter_key: CounterKey
) -> None:
    (nid,) = approve_new(storage, 1)
    fault_proxy.plan(Fault.answer(422))
    with http_worker(storage, fault_proxy.url, counter_key) as worker:
        worker.drain(max_wait=2)
    assert states(storage, [nid])[nid][0] == Status.DELIVERY_FAILED.value
    with storage.transaction() as s:
        staff = workflow.Actor.staff("reviewer", [workflow.ROLE_REVIEW])
        workflow.retry_delivery(s, nid, actor=staff)
    with http_worker(storage, fault_proxy.url, counter_key) as worker:
        summary = worker.drain(max_wait=20)
    assert (summary.pending, summary.failed) == (0, 0)
    assert_exactly_once(storage, receiver, [nid])


def test_temporary_answers_never_fail_a_notification(
    storage: Storage, receiver: ReceiverServer, fault_proxy: FaultProxy, counter_key: CounterKey
) -> None:
    ids = approve_new(storage, 3)
    temporary = [500, 502, 503, 504, 408, 425, 429, 403, 404, 301, 202]
    fault_proxy.plan(*(Fault.answer(status) for status in temporary for _ in range(2)))
    with http_worker(storage, fault_proxy.url, counter_key) as worker:
        summary = worker.drain(max_wait=60)
    assert (summary.pending, summary.failed) == (0, 0)
    assert_exactly_once(storage, receiver, ids)
    assert "mark_delivery_failed" not in audit_actions(storage)
    assert len(fault_proxy.log) >= 2 * len(temporary) + len(ids)


def test_an_answer_that_cannot_be_recorded_counts_as_an_attempt(
    storage: Storage, receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    ids = approve_new(storage, 3)
    stuck = ids[1]
    # The database refuses to mark this one 送信済 (a real failure inside the recording).
    with storage.engine.begin() as conn:
        if storage.is_postgresql:
            conn.execute(text(
                "CREATE FUNCTION refuse_delivered() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"
            ))  # fmt: skip
            conn.execute(text(
                "CREATE TRIGGER refuse_delivered BEFORE UPDATE ON notifications FOR EACH ROW "
                f"WHEN (NEW.status = 'delivered' AND NEW.id = '{stuck}') "
                "EXECUTE FUNCTION refuse_delivered()"
            ))  # fmt: skip
        else:
            conn.execute(text(
                "CREATE TRIGGER refuse_delivered BEFORE UPDATE ON notifications "
                f"WHEN NEW.status = 'delivered' AND NEW.id = '{stuck.hex}' "
                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
            ))  # fmt: skip
    with http_worker(storage, receiver.url, counter_key) as worker:
        report = worker.run_round()
    assert (report.claimed, report.delivered, report.rescheduled) == (3, 2, 1)
    entry = outbox_row(storage, stuck)
    assert entry.status == "pending" and entry.attempts == 1
    assert "could not record the back office's answer" in (entry.last_error or "")
    assert "refused by the test" in (entry.last_error or "")

    with storage.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER refuse_delivered" + (
            " ON notifications" if storage.is_postgresql else "")))  # fmt: skip
    with http_worker(storage, receiver.url, counter_key) as worker:
        summary = worker.drain(max_wait=5)
    assert (summary.pending, summary.failed) == (0, 0)
    assert_exactly_once(storage, receiver, ids)
    assert sorted(a.replays for a in receiver.arrivals()) == [0, 0, 1]


# -- crashes and leases -----------------------------------------------------------------------


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


def test_on_sqlite_the_lock_holder_takes_over_a_dead_workers_claims_at_once(
    tmp_path: Path,
    make_sync_config: Callable[[str], Config],
    receiver: ReceiverServer,
    counter_key: CounterKey,
) -> None:
    storage = open_storage(make_sync_config(f"sqlite:///{tmp_path / 'one.sqlite3'}"))
    try:
        ids = approve_new(storage, 3)
        dead = http_worker(storage, receiver.url, counter_key, lease=timedelta(hours=1))
        assert len(dead.claim()) == 3  # claimed for an hour, then the process died
        with storage.transaction() as s:
            assert outbox.delivery_health(s, storage.config).routes[0].in_flight == 0
        with http_worker(storage, receiver.url, counter_key, lease=timedelta(hours=1)) as alive:
            report = alive.run_round()  # holds the file lock: the old claims are stale
        assert report.delivered == 3
        assert_exactly_once(storage, receiver, ids)
    finally:
        storage.close()


@pytest.mark.postgres
def test_a_living_worker_keeps_its_claims_through_a_slow_delivery(
    postgres_url: str,
    make_sync_config: Callable[[str], Config],
    receiver: ReceiverServer,
    fault_proxy: FaultProxy,
    counter_key: CounterKey,
) -> None:
    config = make_sync_config(postgres_url)
    first, second = open_storage(config), open_storage(config)
    try:
        ids = approve_new(first, 2)
        fault_proxy.plan(Fault.slow(7.0))  # more than two leases long
        slow = http_worker(first, fault_proxy.url, counter_key, lease=timedelta(seconds=3),
                           read_timeout=20)  # fmt: skip
        other = http_worker(second, receiver.url, counter_key, lease=timedelta(seconds=3))
        with slow, other:
            done = threading.Thread(target=slow.run_round)
            done.start()
            wait_for("the slow delivery never started", lambda: bool(fault_proxy.log), 30)
            stolen = []
            while done.is_alive():
                stolen += other.claim()  # the heartbeat keeps every lease alive
                time.sleep(0.1)
            done.join()
        assert stolen == []
        assert_exactly_once(first, receiver, ids)
        assert all(a.replays == 0 for a in receiver.arrivals())  # nothing was sent twice
    finally:
        first.close()
        second.close()


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
        replayed = [a.notification_id for a in receiver.arrivals() if a.replays]
        with storages[0].transaction() as s:
            claimants = s.scalars(select(OutboxEntry.attempts)).all()
        assert replayed == [], f"sent twice: {replayed}; attempts {sorted(claimants)}"
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


def test_delivery_leaves_the_encrypted_payload_alone(
    storage: Storage, receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    ids = approve_new(storage, 2)
    with storage.engine.connect() as conn:
        before = dict(conn.execute(text("SELECT id, payload FROM notifications")).all())
    with http_worker(storage, receiver.url, counter_key) as worker:
        worker.drain(max_wait=5)
    with storage.engine.connect() as conn:
        after = dict(conn.execute(text("SELECT id, payload FROM notifications")).all())
    assert after == before  # not decrypted, re-checked and re-encrypted to mirror a status
    with storage.transaction() as s:
        # ...yet everything that reads it sees the state it is in.
        assert {workflow.load(s, nid).jimu.status for nid in ids} == {"送信済"}
