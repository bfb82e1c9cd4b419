"""Both routes together: HTTP delivery one by one, and the day's reconciliation CSV."""

from __future__ import annotations

import stat
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from forms.csvio import read_csv
from kiosk import retention
from kiosk.storage import AuditEntry, Status, Storage
from sync.http_adapter import HttpAdapter
from sync.reconcile import write_day
from sync.signing import CounterKey
from sync.worker import OutboxWorker, running_in_thread
from tests.fixtures.backoffice import ReceiverServer
from tests.sync.conftest import approve_new
from tests.sync.test_worker import assert_exactly_once, states


def test_the_days_file_lists_what_was_delivered_that_day(
    storage: Storage, receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    delivered = approve_new(storage, 3)
    waiting = approve_new(storage, 1, adapter="csv")  # not delivered: not in the file
    with OutboxWorker(storage, {"http": HttpAdapter(receiver.url, key=counter_key)}) as worker:
        worker.drain(max_wait=30)
    today = datetime.now(storage.config.tz).date()
    path, count = write_day(storage, today)
    assert count == 3
    assert path == storage.config.csv_dir / "reconcile" / f"{today.isoformat()}.csv"
    assert sorted(n.id for n in read_csv(path)) == sorted(delivered)
    assert waiting[0] not in {n.id for n in read_csv(path)}
    _other, none = write_day(storage, today - timedelta(days=1))
    assert none == 0


def test_the_days_file_is_private_audited_and_purged_with_its_notifications(
    storage: Storage, receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    delivered = approve_new(storage, 2)
    with OutboxWorker(storage, {"http": HttpAdapter(receiver.url, key=counter_key)}) as worker:
        worker.drain(max_wait=30)
    now = datetime.now(UTC)
    today = now.astimezone(storage.config.tz).date()
    path, _count = write_day(storage, today)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    with storage.transaction() as s:
        exports = s.execute(
            select(AuditEntry.subject, AuditEntry.detail).where(AuditEntry.action == "export")
        ).all()
    assert sorted(subject for subject, _d in exports) == sorted(str(n) for n in delivered)
    assert all(path.name in detail for _s, detail in exports)

    # Kept while its notifications are; gone, and audited, once they are past retention.
    days = storage.config.retention.delivered_days
    with storage.transaction() as s:
        assert retention.purge_exports(s, storage.config, now=now) == 0
    assert path.exists()
    with storage.transaction() as s:
        later = now + timedelta(days=days + 1)
        assert retention.purge_exports(s, storage.config, now=later) == 1
    assert not path.exists()
    with storage.transaction() as s:
        purged = s.scalars(select(AuditEntry.subject).where(AuditEntry.action == "purge")).all()
    assert f"reconcile/{path.name}" in purged


def test_the_worker_thread_of_the_single_pc_mode_delivers_in_the_background(
    storage: Storage, receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    worker = OutboxWorker(storage, {"http": HttpAdapter(receiver.url, key=counter_key)})
    with running_in_thread(worker, idle_poll=0.1):
        ids = approve_new(storage, 3)  # approved while the worker runs
        deadline = time.monotonic() + 60
        while {s for s, _o, _r in states(storage, ids).values()} != {Status.DELIVERED.value}:
            assert time.monotonic() < deadline, "not delivered in the background"
            time.sleep(0.1)
    assert_exactly_once(storage, receiver, ids)
