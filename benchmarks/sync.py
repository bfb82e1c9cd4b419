"""Delivery throughput: the outbox worker against a bare httpx loop, with and without an outage.

Measures, in one run and on loopback only:

1. time for the outbox worker to drain N approved notifications to the reference receiver
   (claim, sign, POST, record the outcome and the 送信済 transition, one row at a time), and
   time for a bare ``httpx`` loop to POST the same signed bodies (no database, no retries);
2. the same with the back office unreachable for ``--outage`` seconds once half have arrived:
   the worker waits it out with its own backoff; the bare loop retries every 0.5 s.

Prints seconds and the ratios worker / bare loop (figures, not assertions), and checks that
every notification arrived exactly once. Usage::

    python benchmarks/sync.py [--count 1000] [--outage 30] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from sqlalchemy import select  # noqa: E402

from kiosk import workflow  # noqa: E402
from kiosk.config import load_config  # noqa: E402
from kiosk.storage import OutboxEntry, Storage, open_storage  # noqa: E402
from sync.delivery import OutagePolicy, Parcel  # noqa: E402
from sync.http_adapter import HttpAdapter, notification_body  # noqa: E402
from sync.signing import CounterKey, sign_request  # noqa: E402
from sync.worker import OutboxWorker  # noqa: E402
from tests.fixtures.backoffice import FaultProxy, ReceiverServer  # noqa: E402
from tests.forms.factory import tenkyo_single  # noqa: E402
from tests.sync.conftest import FILED_AT  # noqa: E402

HARD_LIMIT_SECONDS = 1800.0
#: How often the bare loop retries during an outage.
BARE_RETRY_SECONDS = 0.5


def approve(storage: Storage, count: int) -> list[Parcel]:
    """``count`` notifications taken to 本登録; returns what the bare loop will post."""
    actor = workflow.Actor.system("benchmark")
    parcels = []
    for _ in range(count):
        n = tenkyo_single()
        with storage.transaction() as s:
            workflow.create_draft(s, n, actor=actor, counter="1", now=FILED_AT)
            workflow.confirm(s, n.id, actor=actor, now=FILED_AT)
            workflow.start_review(s, n.id, actor=actor, now=FILED_AT)
            workflow.approve(
                s, n.id, actor=actor, adapter="http", now=FILED_AT,
                render_pdf=lambda _n: b"%PDF-1.7 benchmark",
            )  # fmt: skip
            entry = s.query(OutboxEntry).filter_by(notification_id=n.id).one()
            parcels.append(Parcel(n.id, entry.idempotency_key, workflow.load(s, n.id)))
    return parcels


def outage_when_half_arrived(
    receiver: ReceiverServer, proxy: FaultProxy, total: int, seconds: float
) -> threading.Thread:
    """A thread that takes the proxy down for ``seconds`` once half the notifications arrived."""

    def run() -> None:
        deadline = time.monotonic() + HARD_LIMIT_SECONDS
        while len(receiver.arrivals()) < total // 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        proxy.down()
        time.sleep(seconds)
        proxy.up()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def bare_loop(url: str, key: CounterKey, parcels: list[Parcel], *, retry: bool) -> None:
    """POST every body once (retrying every 0.5 s on failure when ``retry``), nothing else."""
    deadline = time.monotonic() + HARD_LIMIT_SECONDS
    with httpx.Client(trust_env=False, timeout=30) as client:
        for p in parcels:
            while True:
                request = client.build_request(
                    "POST", f"{url}/v1/notifications", content=notification_body(p),
                    headers={"Content-Type": "application/json",
                             "Idempotency-Key": f"bare-{p.idempotency_key}"},
                )  # fmt: skip
                sign_request(request, key)
                try:
                    if client.send(request).status_code == 201:
                        break
                except httpx.TransportError:
                    pass
                if not retry or time.monotonic() > deadline:
                    raise RuntimeError("the bare loop could not deliver")
                time.sleep(BARE_RETRY_SECONDS)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_case(
    workdir: Path, database_url: str | None, count: int, outage: float, key: CounterKey
) -> tuple[float, float]:
    """Seconds for (worker, bare loop) to deliver ``count`` notifications."""
    env = {
        "KIOSK_PATHS_DATA_DIR": str(workdir / "data"),
        "KIOSK_PRIVACY_KEY_STORE": "file",
        "KIOSK_DATABASE_URL": database_url or f"sqlite:///{workdir / 'kiosk.sqlite3'}",
        "KIOSK_COUNTER_ID": key.key_id,
    }
    storage = open_storage(load_config(env=env))
    trusted = {key.key_id: key.public_pem()}
    receiver = ReceiverServer(workdir / "backoffice.sqlite3", trusted_pems=trusted).start()
    proxy = FaultProxy(("127.0.0.1", receiver.port)).start()
    try:
        print(f"  approving {count} notifications …", flush=True)
        parcels = approve(storage, count)

        adapter = HttpAdapter(proxy.url, key=key)
        # Probes at most as far apart as the bare loop's retries (0.5 s), so that both notice
        # the back office's return alike; everything else is the worker's default.
        worker = OutboxWorker(
            storage, {"http": adapter}, outage=OutagePolicy(probe_max=BARE_RETRY_SECONDS),
            batch=20,
        )  # fmt: skip
        if outage:
            outage_when_half_arrived(receiver, proxy, count, outage)
        with worker:
            worker_s = timed(lambda: worker.drain(max_wait=HARD_LIMIT_SECONDS))
        arrived = receiver.arrivals()
        assert len(arrived) == count, f"worker delivered {len(arrived)} of {count}"
        with storage.transaction() as s:
            attempts = sum(s.scalars(select(OutboxEntry.attempts)).all())
        print(f"  worker attempts: {attempts} for {count} notifications", flush=True)
        assert len({a.idempotency_key for a in arrived}) == count

    finally:
        proxy.stop()
        receiver.stop()
        storage.close()

    # The bare loop posts the same bodies to a receiver of its own, as empty as the worker's
    # was (a receiver files one notification once: under a second key it answers 409).
    receiver = ReceiverServer(workdir / "bare-backoffice.sqlite3", trusted_pems=trusted).start()
    proxy = FaultProxy(("127.0.0.1", receiver.port)).start()
    try:
        if outage:
            outage_thread = outage_when_half_arrived(receiver, proxy, count, outage)
        bare_s = timed(lambda: bare_loop(proxy.url, key, parcels, retry=bool(outage)))
        if outage:
            outage_thread.join(HARD_LIMIT_SECONDS)
        assert len(receiver.arrivals()) == count
    finally:
        proxy.stop()
        receiver.stop()
    return worker_s, bare_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--outage", type=float, default=30.0, help="seconds (0: skip that case)")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    args = parser.parse_args()
    if not 1 <= args.count <= 100_000 or not 0 <= args.outage <= 600:
        parser.error("--count 1..100000, --outage 0..600")
    key = CounterKey.generate("bench-1")
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        print(f"drain {args.count} approved notifications on loopback", flush=True)
        w, b = run_case(Path(tmp) / "plain", args.database_url, args.count, 0.0, key)
        print(f"  outbox worker   {w:8.2f} s   ({args.count / w:7.1f} /s)")
        print(f"  bare httpx loop {b:8.2f} s   ({args.count / b:7.1f} /s)")
        print(f"  ratio worker / bare loop: {w / b:.2f}")
        if args.outage:
            print(f"same, with a {args.outage:g} s outage once half have arrived", flush=True)
            w2, b2 = run_case(Path(tmp) / "outage", args.database_url, args.count, args.outage, key)
            print(f"  outbox worker   {w2:8.2f} s")
            print(f"  bare httpx loop {b2:8.2f} s   (retrying every 0.5 s, no backoff)")
            print(f"  ratio worker / bare loop: {w2 / b2:.2f}")
            print(f"  ratio with outage / without (worker): {w2 / w:.2f}")
    print("every notification arrived exactly once (checked by idempotency key)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
