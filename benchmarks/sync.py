"""Delivery throughput: the outbox worker against a bare httpx loop, with and without an outage.

Measures, in one run and on loopback only:

1. time for the outbox worker to drain N approved notifications to the reference receiver
   (claim, sign, POST, record the outcome and the 送信済 transition durably), and
   time for a bare ``httpx`` loop to POST the same signed bodies (no database, no retries);
2. the same with the back office unreachable for ``--outage`` seconds once half have arrived:
   the worker probes one request at a time and sends everything waiting once one gets
   through; the bare loop retries every 0.5 s.

Each case is run ``--repeat`` times, worker and bare loop taking turns to go first on fresh
receivers, and the medians are printed, with the ratio worker / bare loop (figures, not
assertions) and the worker's attempts; every notification is checked to have arrived exactly
once. Usage::

    python benchmarks/sync.py [--count 1000] [--outage 30] [--repeat 3] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
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
from tests.approvals import approve_new  # noqa: E402
from tests.fixtures.backoffice import FaultProxy, ReceiverServer  # noqa: E402
from tests.forms.factory import tenkyo_single  # noqa: E402
from tests.sync.conftest import FILED_AT  # noqa: E402

HARD_LIMIT_SECONDS = 1800.0
#: Notifications each side delivers, untimed, before a case is measured.
WARM_UP = 40
#: How often the bare loop retries during an outage.
BARE_RETRY_SECONDS = 0.5


def approve(storage: Storage, count: int) -> list[Parcel]:
    """``count`` notifications taken to 本登録; returns what the bare loop will post."""
    actor = workflow.Actor.system("benchmark")
    parcels = []
    for _ in range(count):
        n = tenkyo_single()
        with storage.transaction() as s:
            approve_new(
                s, n, clerk=actor, now=FILED_AT, adapter="http",
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


def run_worker(
    storage: Storage,
    folder: Path,
    key: CounterKey,
    parcels: list[Parcel],
    outage: float,
) -> tuple[float, int]:
    """Seconds for the outbox worker to deliver ``parcels`` (already approved), and the
    attempts it made, to a fresh receiver behind the fault proxy."""
    count = len(parcels)
    trusted = {key.key_id: key.public_pem()}
    receiver = ReceiverServer(folder / "backoffice.sqlite3", trusted_pems=trusted).start()
    proxy = FaultProxy(("127.0.0.1", receiver.port)).start()
    try:
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
            seconds = timed(lambda: worker.drain(max_wait=HARD_LIMIT_SECONDS))
        arrived = receiver.arrivals()
        assert len(arrived) == count, f"worker delivered {len(arrived)} of {count}"
        assert {a.idempotency_key for a in arrived} == {p.idempotency_key for p in parcels}
        with storage.transaction() as s:
            attempts = sum(
                s.scalars(
                    select(OutboxEntry.attempts).where(
                        OutboxEntry.notification_id.in_([p.notification_id for p in parcels])
                    )
                ).all()
            )
        return seconds, attempts
    finally:
        proxy.stop()
        receiver.stop()


def run_bare(folder: Path, key: CounterKey, parcels: list[Parcel], outage: float) -> float:
    """Seconds for the bare loop to post the same bodies to a receiver of its own, as empty
    as the worker's (a receiver files one notification once: under a second key it answers
    409)."""
    trusted = {key.key_id: key.public_pem()}
    receiver = ReceiverServer(folder / "bare-backoffice.sqlite3", trusted_pems=trusted).start()
    proxy = FaultProxy(("127.0.0.1", receiver.port)).start()
    try:
        if outage:
            outage_thread = outage_when_half_arrived(receiver, proxy, len(parcels), outage)
        seconds = timed(lambda: bare_loop(proxy.url, key, parcels, retry=bool(outage)))
        if outage:
            outage_thread.join(HARD_LIMIT_SECONDS)
        assert len(receiver.arrivals()) == len(parcels)
        return seconds
    finally:
        proxy.stop()
        receiver.stop()


def run_case(
    workdir: Path,
    database_url: str | None,
    count: int,
    outage: float,
    key: CounterKey,
    repeat: int,
) -> list[tuple[float, float, int]]:
    """``repeat`` paired runs of (worker seconds, bare loop seconds, worker attempts) for
    ``count`` notifications each, the two taking turns to go first so that a change in the
    machine's load weighs on both."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = {
        # One data folder (and data key) for both cases: with --database-url they share the
        # database, whose encrypted rows need the key of the first case.
        "KIOSK_PATHS_DATA_DIR": str(workdir.parent / "data"),
        "KIOSK_PRIVACY_KEY_STORE": "file",
        "KIOSK_DATABASE_URL": database_url or f"sqlite:///{workdir / 'kiosk.sqlite3'}",
        "KIOSK_COUNTER_ID": key.key_id,
    }
    storage = open_storage(load_config(env=env))
    results = []
    try:
        # Warm both up first (connections, statement caches), untimed.
        warm = workdir / "warm-up"
        warm.mkdir()
        parcels = approve(storage, WARM_UP)
        run_worker(storage, warm, key, parcels, 0.0)
        run_bare(warm, key, parcels, 0.0)
        for turn in range(repeat):
            print(f"  approving {count} notifications …", flush=True)
            parcels = approve(storage, count)
            folder = workdir / f"run{turn}"
            folder.mkdir()
            if turn % 2 == 0:
                worker_s, attempts = run_worker(storage, folder, key, parcels, outage)
                bare_s = run_bare(folder, key, parcels, outage)
            else:
                bare_s = run_bare(folder, key, parcels, outage)
                worker_s, attempts = run_worker(storage, folder, key, parcels, outage)
            print(
                f"  run {turn + 1}: worker {worker_s:.2f} s, bare loop {bare_s:.2f} s, "
                f"ratio {worker_s / bare_s:.2f}, worker attempts {attempts}",
                flush=True,
            )
            results.append((worker_s, bare_s, attempts))
    finally:
        storage.close()
    return results


def report(results: list[tuple[float, float, int]], count: int) -> float:
    """Print the medians; returns the worker's median seconds."""
    worker_s = statistics.median(w for w, _b, _a in results)
    bare_s = statistics.median(b for _w, b, _a in results)
    ratio = statistics.median(w / b for w, b, _a in results)
    attempts = statistics.median(a for _w, _b, a in results)
    print(f"  outbox worker   {worker_s:8.2f} s   ({count / worker_s:7.1f} /s, median)")
    print(f"  bare httpx loop {bare_s:8.2f} s   ({count / bare_s:7.1f} /s, median)")
    print(f"  worker attempts: {attempts:g} for {count} notifications (median)")
    print(f"  ratio worker / bare loop: {ratio:.2f}")
    return worker_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--outage", type=float, default=30.0, help="seconds (0: skip that case)")
    parser.add_argument("--repeat", type=int, default=3, help="paired runs per case (median)")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    args = parser.parse_args()
    if not 1 <= args.count <= 100_000 or not 0 <= args.outage <= 600:
        parser.error("--count 1..100000, --outage 0..600")
    if not 1 <= args.repeat <= 20:
        parser.error("--repeat 1..20")
    key = CounterKey.generate("bench-1")
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        print(f"drain {args.count} approved notifications on loopback", flush=True)
        plain = run_case(Path(tmp) / "plain", args.database_url, args.count, 0.0, key, args.repeat)
        w = report(plain, args.count)
        if args.outage:
            print(f"same, with a {args.outage:g} s outage once half have arrived", flush=True)
            print(f"  (the bare loop retries every {BARE_RETRY_SECONDS:g} s, no backoff)")
            cut = run_case(
                Path(tmp) / "outage", args.database_url, args.count, args.outage, key, args.repeat
            )
            w2 = report(cut, args.count)
            print(f"  ratio with outage / without (worker): {w2 / w:.2f}")
    print("every notification arrived exactly once (checked by idempotency key)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
