"""Both routes together: HTTP delivery one by one, and the day's reconciliation CSV."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from forms.csvio import read_csv
from kiosk.storage import Status, Storage
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
