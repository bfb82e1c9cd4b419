"""Department routes (担当課への連携): each department receives its part of an approved
notification exactly once, with only the values it was given, through the real worker.

Runs on a SQLite file and on a throwaway PostgreSQL database (``database_url``). The back office
is the reference receiver on loopback; the 国民健康保険課's system is a second reference
receiver (its department endpoint) behind the fault proxy; the 子育て支援課 takes CSV files.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from forms.related_values import HOUSEHOLD, PERSON
from kiosk import outbox
from kiosk.review import build_review
from kiosk.storage import NotificationRecord, Status, Storage, open_storage
from sync import service
from sync.csv_drop import DONE_DIR, ERROR_DIR, file_name
from sync.delivery import OutagePolicy, RetryPolicy
from sync.department import ID_COLUMNS
from sync.http_adapter import Timeouts
from sync.signing import CounterKey
from sync.worker import OutboxWorker
from tests.fixtures.backoffice import Fault, FaultProxy, ReceiverServer
from tests.forms.factory import tenkyo_single
from tests.sync.conftest import QUICK_SYNC, write_private
from tests.sync.routes_helpers import (
    KOKUHO_HOUSEHOLD,
    KOKUHO_PERSON,
    KOSODATE_HOUSEHOLD,
    KOSODATE_PERSON,
    approve,
    audit_of,
    family_tennyu,
    kokuho_http,
    kosodate_csv,
    route_rows,
    routes_config,
    rows,
)

FAST = RetryPolicy(base_delay=0.05, max_delay=0.4)
QUICK_PROBES = OutagePolicy(failures=3, probe_base=0.05, probe_max=0.4)


@pytest.fixture
def department(tmp_path: Path, counter_key: CounterKey) -> Iterator[ReceiverServer]:
    """The 国民健康保険課's system: a reference receiver of its own, trusting the counter."""
    server = ReceiverServer(
        tmp_path / "kokuho.sqlite3", trusted_pems={counter_key.key_id: counter_key.public_pem()}
    ).start()
    yield server
    server.stop()


@pytest.fixture
def department_proxy(department: ReceiverServer) -> Iterator[FaultProxy]:
    proxy = FaultProxy(("127.0.0.1", department.port)).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def make_storage(
    tmp_path: Path, database_url: str, receiver: ReceiverServer, counter_key: CounterKey
) -> Iterator[Callable[..., Storage]]:
    """``make_storage(*sections)``: the counter's storage with ``kiosk.toml`` holding those
    department sections, delivering to ``receiver`` as its back office."""
    key_file = write_private(tmp_path / "signing-key.pem", counter_key.private_pem())
    opened: list[Storage] = []

    def make(*sections: str) -> Storage:
        config, _path, _env = routes_config(
            tmp_path,
            database_url,
            *sections,
            KIOSK_BACKOFFICE_URL=receiver.url,
            KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
            **QUICK_SYNC,
        )
        storage = open_storage(config)
        opened.append(storage)
        return storage

    yield make
    for storage in opened:
        storage.close()


def worker_for(storage: Storage, *routes: str) -> OutboxWorker:
    """The worker ``kiosk sync`` builds from the configuration (only ``routes``, if given)."""
    tuning = service.Tuning(policy=FAST, timeouts=Timeouts(read=0.5), ack_poll_seconds=0.05)
    adapters = service.build_adapters(storage.config, tuning)
    if routes:
        for name in set(adapters) - set(routes):
            adapters.pop(name).close()
    return OutboxWorker(
        storage, adapters, policy=FAST, outage=QUICK_PROBES, lease=timedelta(seconds=30)
    )


def department_arrivals(server: ReceiverServer) -> list[object]:
    return list(server.app.state.store.department_list())


def received_body(server: ReceiverServer, key: str) -> bytes:
    body = server.app.state.store.department_body(key)
    assert body is not None, f"nothing arrived under {key}"
    return bytes(body)


def notification_states(storage: Storage, ids: list[uuid.UUID]) -> set[str]:
    with storage.transaction() as s:
        return {s.get(NotificationRecord, nid).status for nid in ids}  # type: ignore[union-attr]


# -- exactly once --------------------------------------------------------------------------------


def test_a_department_route_delivers_exactly_once_through_faults(
    make_storage: Callable[..., Storage],
    receiver: ReceiverServer,
    department: ReceiverServer,
    department_proxy: FaultProxy,
) -> None:
    storage = make_storage(kokuho_http(department_proxy.url))
    ids = approve(storage, [family_tennyu() for _ in range(4)])
    assert [r.adapter for r in rows(storage)].count("kokuho") == 4
    # Refused, failing, dropped after arrival and answered too late: every kind of fault.
    department_proxy.plan(
        Fault.answer(503, "1"), Fault.drop(), Fault.slow(1.5), Fault.refuse(), Fault.answer(502),
        Fault.drop(),
    )  # fmt: skip
    with worker_for(storage) as worker:
        summary = worker.drain(max_wait=60)
    assert (summary.pending, summary.failed) == (0, 0)

    kokuho = route_rows(storage, "kokuho")
    arrivals = {a.idempotency_key: a for a in department_arrivals(department)}  # type: ignore[attr-defined]
    # One arrival per notification, under its row's key; nothing twice.
    assert sorted(arrivals) == sorted(r.idempotency_key for r in kokuho)
    assert sorted(a.notification_id for a in arrivals.values()) == sorted(ids)
    assert {a.route for a in arrivals.values()} == {"kokuho"}
    # The drops and the slow answer reached the department: their resends were replays.
    assert sum(a.replays for a in arrivals.values()) == 3
    for row in kokuho:
        assert (row.status, row.delivery_ref) == (
            "delivered",
            arrivals[row.idempotency_key].receipt_id,
        )
    # The back office got each notification once too, and the notification is 送信済.
    assert sorted(a.notification_id for a in receiver.arrivals()) == sorted(ids)
    assert notification_states(storage, ids) == {Status.DELIVERED.value}
    # Each delivery to the department is in the audit log (which notification, which route).
    assert sorted((e["subject"], e["route"]) for e in audit_of(storage, "deliver_route")) == sorted(
        (str(nid), "kokuho") for nid in ids
    )


@pytest.mark.postgres
def test_two_workers_on_postgresql_send_no_department_part_twice(
    postgres_url: str,
    tmp_path: Path,
    receiver: ReceiverServer,
    department: ReceiverServer,
    counter_key: CounterKey,
) -> None:
    key_file = write_private(tmp_path / "signing-key.pem", counter_key.private_pem())
    config, _path, _env = routes_config(
        tmp_path, postgres_url, kokuho_http(department.url),
        KIOSK_BACKOFFICE_URL=receiver.url, KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
    )  # fmt: skip
    storages = [open_storage(config) for _ in range(2)]
    try:
        ids = approve(storages[0], [family_tennyu() for _ in range(12)])
        workers = [worker_for(s) for s in storages]
        for w in workers:
            w.batch = 3
        threads = [threading.Thread(target=w.drain, kwargs={"max_wait": 60}) for w in workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        for w in workers:
            w.close()
        arrivals = department_arrivals(department)
        assert sorted(a.notification_id for a in arrivals) == sorted(ids)  # type: ignore[attr-defined]
        assert all(a.replays == 0 for a in arrivals)  # type: ignore[attr-defined]
        assert {r.status for r in rows(storages[0])} == {"delivered"}
    finally:
        for s in storages:
            s.close()


def test_a_crashed_workers_department_claim_is_sent_again_under_the_same_key(
    make_storage: Callable[..., Storage], department: ReceiverServer
) -> None:
    storage = make_storage(kokuho_http(department.url))
    (nid,) = approve(storage, [family_tennyu()])
    crashed = worker_for(storage, "kokuho")
    (claim,) = crashed.claim()
    crashed.deliver(claim)  # it reached the department, then the process died unrecorded
    later = worker_for(storage, "kokuho")
    later.clock = lambda: crashed.clock() + timedelta(seconds=31)  # past the dead one's lease
    report = later.run_round()
    later.close()
    crashed.close()
    assert report.delivered == 1
    (arrival,) = department_arrivals(department)
    assert (arrival.notification_id, arrival.replays) == (nid, 1)  # type: ignore[attr-defined]
    (row,) = route_rows(storage, "kokuho")
    assert (row.status, row.delivery_ref) == ("delivered", arrival.receipt_id)  # type: ignore[attr-defined]


# -- data minimisation ---------------------------------------------------------------------------


def test_a_department_receives_only_its_whitelisted_values(
    make_storage: Callable[..., Storage], department: ReceiverServer
) -> None:
    storage = make_storage(kokuho_http(department.url))
    family = family_tennyu()
    (nid,) = approve(storage, [family])
    with worker_for(storage) as worker:
        worker.drain(max_wait=10)
    (row,) = route_rows(storage, "kokuho")
    body = received_body(department, row.idempotency_key)  # the bytes the department holds
    text = body.decode("utf-8")
    part = json.loads(body)

    assert set(part) == {
        "format", "route", "notification_id", "reception_number", "kind", "filed_on",
        "moved_on", "procedures", "household", "persons",
    }  # fmt: skip
    assert part["notification_id"] == str(nid)
    assert part["kind"] == "tennyu" and part["reception_number"].startswith("1-")
    assert part["procedures"] == ["kokuho_join"]  # not the household's 児童手当, 就学 …
    assert list(part["household"]) == KOKUHO_HOUSEHOLD
    assert part["household"]["address.postal_code"] == "204-0011"
    # Only 花子 joins 国保: one person, with exactly the whitelisted values.
    assert [p["no"] for p in part["persons"]] == [2]
    (hanako,) = part["persons"]
    assert set(hanako) == {"no", "procedures", "values"}
    assert list(hanako["values"]) == KOKUHO_PERSON
    assert hanako["values"]["person.name"] == "山田　花子"
    assert hanako["values"]["person.birth_date"] == "1987-09-15"
    # Nothing of the rest of the notification is anywhere in the bytes.
    for absent in (
        "太郎", "一郎", "桜",  # the persons the 国保 procedure does not cover
        "札幌", "北一条",  # the previous address
        "042-000-0000",  # the filer's phone
        "12345678903", "12345678911",  # 住民票コード
        "本籍", "北海道札幌市中央区北一条西二丁目",  # 本籍
        "signature", "provenance", "jido_teate", "shugaku", "妻", "世帯主",
    ):  # fmt: skip
        assert absent not in text, f"{absent!r} reached the department"
    names = set(part["household"]) | {k for p in part["persons"] for k in p["values"]}
    assert names <= set(HOUSEHOLD) | set(PERSON)


def test_a_notification_that_triggers_no_department_has_no_department_rows(
    make_storage: Callable[..., Storage], department: ReceiverServer, tmp_path: Path
) -> None:
    storage = make_storage(kokuho_http(department.url), kosodate_csv(tmp_path / "kosodate"))
    single = tenkyo_single()  # a 転居 of one adult: no 国保 answer, no child
    single.related = []
    childless = family_tennyu(kokuho=False)  # children, but nobody joins 国保
    ids = approve(storage, [single, childless])
    by_notification: dict[uuid.UUID, list[str]] = {}
    for row in rows(storage):
        by_notification.setdefault(row.notification_id, []).append(row.adapter)
    assert by_notification == {ids[0]: ["http"], ids[1]: ["http", "kosodate"]}
    with worker_for(storage, "http", "kokuho") as worker:
        summary = worker.drain(max_wait=10)
    assert (summary.pending, summary.failed) == (0, 0)
    assert department_arrivals(department) == []


# -- the CSV route -------------------------------------------------------------------------------


def test_a_csv_department_route_drops_its_part_and_waits_for_the_department(
    make_storage: Callable[..., Storage], tmp_path: Path
) -> None:
    folder = tmp_path / "kosodate"
    storage = make_storage(kosodate_csv(folder, encoding="cp932"))
    (nid,) = approve(storage, [family_tennyu()])
    with worker_for(storage, "kosodate") as worker:
        summary = worker.drain(max_wait=0.2)
    assert summary.pending == 1  # handed over, not yet imported
    (row,) = route_rows(storage, "kosodate")
    dropped = folder / file_name(row.idempotency_key)
    assert stat.S_IMODE(dropped.stat().st_mode) == 0o600
    table = list(csv.reader(io.StringIO(dropped.read_bytes().decode("cp932"))))
    # The header is derived from the route's whitelist; one row per child.
    assert table[0] == [*ID_COLUMNS, *KOSODATE_HOUSEHOLD, "no", *KOSODATE_PERSON]
    assert [r[table[0].index("no")] for r in table[1:]] == ["3", "4"]
    assert {r[table[0].index("procedures")] for r in table[1:]} == {"jido_teate kodomo_iryo"}
    assert [r[table[0].index("person.name")] for r in table[1:]] == ["山田　一郎", "山田　桜"]
    assert {r[0] for r in table[1:]} == {str(nid)}
    for absent in ("花子", "札幌", "042-000-0000", "12345678920", "shugaku"):
        assert absent not in dropped.read_bytes().decode("cp932")
    # The back office's import folder holds no department file.
    assert not any(storage.config.csv_dir.glob("*.csv"))

    # The department imports it (moves it to done/): the row is 送信済, once.
    (folder / DONE_DIR).mkdir()
    shutil.move(dropped, folder / DONE_DIR / dropped.name)
    with worker_for(storage, "kosodate") as worker:
        summary = worker.drain(max_wait=2)
    assert (summary.pending, summary.failed) == (0, 0)
    (row,) = route_rows(storage, "kosodate")
    assert (row.status, row.delivery_ref) == ("delivered", f"{DONE_DIR}/{dropped.name}")
    assert not dropped.exists()  # not written again
    # The notification's own state is the back office's: still 本登録, waiting for it.
    assert notification_states(storage, [nid]) == {Status.APPROVED.value}


# -- refusals and outages stay on their route ----------------------------------------------------


def test_a_department_refusal_fails_that_route_only_and_staff_can_retry_it(
    make_storage: Callable[..., Storage],
    tmp_path: Path,
    department: ReceiverServer,
    department_proxy: FaultProxy,
) -> None:
    storage = make_storage(kokuho_http(department_proxy.url), kosodate_csv(tmp_path / "ks"))
    (nid,) = approve(storage, [family_tennyu()])
    department_proxy.plan(Fault.answer(422))
    with worker_for(storage, "http", "kokuho") as worker:
        summary = worker.drain(max_wait=5)
    assert (summary.pending, summary.failed) == (0, 1)
    (row,) = route_rows(storage, "kokuho")
    assert row.status == "failed" and "HTTP 422" in (row.last_error or "")
    # The back office has it: the notification is 送信済, not 送信失敗.
    assert notification_states(storage, [nid]) == {Status.DELIVERED.value}
    assert [e["route"] for e in audit_of(storage, "route_failed")] == ["kokuho"]
    # The staff review shows each route's state, by the department's name.
    with storage.transaction() as s:
        record = s.get(NotificationRecord, nid)
        assert record is not None
        review = build_review(s, record, record.reception_day, storage.config.departments)
    assert review.delivery is not None and review.delivery.label == "送信済"
    assert [(r.department, r.label) for r in review.routes] == [
        ("国民健康保険課", "送信失敗"),
        ("子育て支援課", "送信待ち"),
    ]
    # Staff fixed the cause: the route is due again under the same key, and arrives once.
    with storage.transaction() as s:
        assert outbox.requeue_routes(s, nid, now=datetime.now(UTC)) == ["kokuho"]
    with worker_for(storage, "http", "kokuho") as worker:
        summary = worker.drain(max_wait=10)
    assert (summary.pending, summary.failed) == (0, 0)
    (arrival,) = department_arrivals(department)
    assert arrival.idempotency_key == row.idempotency_key  # type: ignore[attr-defined]


def test_a_department_outage_is_probed_one_at_a_time_and_does_not_hold_the_back_office(
    make_storage: Callable[..., Storage],
    receiver: ReceiverServer,
    department: ReceiverServer,
    department_proxy: FaultProxy,
) -> None:
    storage = make_storage(kokuho_http(department_proxy.url))
    department_proxy.set_default(Fault.refuse())  # the department's system is unreachable
    ids = approve(storage, [family_tennyu() for _ in range(12)])
    stop = threading.Event()
    worker = worker_for(storage)
    worker.start()
    thread = threading.Thread(target=worker.run_forever, args=(stop,), kwargs={"idle_poll": 0.1})
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while True:
            with storage.transaction() as s:
                health = outbox.delivery_health(s, storage.config)
            delivered = notification_states(storage, ids) == {Status.DELIVERED.value}
            if health.down and delivered:
                break
            assert time.monotonic() < deadline, "the outage was never detected"
            time.sleep(0.05)
        # The back office got everything; only the department's route is down, named for staff.
        assert [r.route for r in health.down] == ["kokuho"]
        message = health.message() or ""
        assert message.startswith("国民健康保険課のシステムに接続できません（")
        assert "12 件待ち" in message
        assert sorted(a.notification_id for a in receiver.arrivals()) == sorted(ids)
        # While it lasts, one probe at a time, not every notification.
        department_proxy.set_default(Fault.hang())
        department_proxy.reset_peak()
        sent = len(department_proxy.log)
        time.sleep(3)
        assert len(department_proxy.log) - sent < len(ids)
        assert department_proxy.peak <= 1
        # It comes back: everything waiting goes, once each.
        department_proxy.set_default(Fault.passthrough())
        deadline = time.monotonic() + 30
        while len(department_arrivals(department)) < len(ids):
            assert time.monotonic() < deadline, "the department's parts were not delivered"
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(60)
        worker.close()
    assert sorted(a.notification_id for a in department_arrivals(department)) == sorted(ids)  # type: ignore[attr-defined]
    assert audit_of(storage, "route_failed") == []  # an outage refuses nothing


def test_retention_keeps_a_notification_until_every_route_has_it(
    make_storage: Callable[..., Storage], tmp_path: Path
) -> None:
    from kiosk import retention

    storage = make_storage(kosodate_csv(tmp_path / "ks"))
    (nid,) = approve(storage, [family_tennyu()])
    with worker_for(storage, "http") as worker:
        worker.drain(max_wait=5)
    later = datetime.now(UTC) + timedelta(days=30)
    with storage.transaction() as s:
        report = retention.purge(s, storage.config.retention, now=later)
    assert report.delivered == 0  # the 子育て支援課 has not imported its part yet
    with storage.transaction() as s:
        for entry in outbox.route_entries(s, nid):
            outbox.settle_delivered(entry, now=later)
    with storage.transaction() as s:
        assert retention.purge(s, storage.config.retention, now=later).delivered == 1


def test_department_files_are_private_from_the_first_byte(
    make_storage: Callable[..., Storage], tmp_path: Path
) -> None:
    folder = tmp_path / "new" / "kosodate"
    storage = make_storage(kosodate_csv(folder))
    approve(storage, [family_tennyu()])
    with worker_for(storage, "kosodate") as worker:
        worker.drain(max_wait=0.1)
    if os.name != "nt":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert len(list(folder.glob("*.csv"))) == 1
    assert not (folder / ERROR_DIR).exists()
