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
once.

The back office (the reference receiver behind the fault proxy that cuts it off) runs in a
process of its own, as the 住民記録 system runs on a machine of its own: in the benchmark's
process its request handling would share one interpreter lock with the worker's bookkeeping
(claims and records, which the worker overlaps with the network on a thread), and the ratio
would measure that contention rather than the worker. ``--back-office thread`` runs it in the
benchmark's process as before, for comparison. Usage::

    python benchmarks/sync.py [--count 1000] [--outage 30] [--repeat 3] [--database-url URL]
                              [--back-office process|thread]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

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


class BackOffice(Protocol):
    """The receiver behind its fault proxy, wherever it runs."""

    url: str

    def outage(self, total: int, seconds: float) -> None:
        """Cut the back office off for ``seconds`` once ``total // 2`` have arrived."""

    def wait_outage(self) -> None:
        """Return once the outage planned is over."""

    def idempotency_keys(self) -> list[str]:
        """The idempotency key of every arrival."""

    def stop(self) -> None: ...


class ThreadBackOffice:
    """The receiver and its proxy on threads of the benchmark's own process."""

    def __init__(self, db_path: Path, trusted: dict[str, bytes]) -> None:
        self.receiver = ReceiverServer(db_path, trusted_pems=trusted).start()
        self.proxy = FaultProxy(("127.0.0.1", self.receiver.port)).start()
        self.url = self.proxy.url
        self._outage: threading.Thread | None = None

    def outage(self, total: int, seconds: float) -> None:
        self._outage = outage_when_half_arrived(self.receiver, self.proxy, total, seconds)

    def wait_outage(self) -> None:
        if self._outage is not None:
            self._outage.join(HARD_LIMIT_SECONDS)

    def idempotency_keys(self) -> list[str]:
        return [a.idempotency_key for a in self.receiver.arrivals()]

    def stop(self) -> None:
        self.proxy.stop()
        self.receiver.stop()


def _serve_back_office(pipe: Connection, db_path: str, trusted: dict[str, bytes]) -> None:
    """The back office's process: serve, and answer the benchmark's requests on ``pipe``."""
    office = ThreadBackOffice(Path(db_path), trusted)
    pipe.send(office.url)
    try:
        while True:
            request, *arguments = pipe.recv()
            if request == "stop":
                break
            answer: Any = getattr(office, request)(*arguments)
            pipe.send(answer)
    finally:
        office.stop()
        pipe.send(None)


class ProcessBackOffice:
    """The receiver and its proxy in a process of their own (spawned: no state inherited)."""

    def __init__(self, db_path: Path, trusted: dict[str, bytes]) -> None:
        context = multiprocessing.get_context("spawn")
        self._pipe, child = context.Pipe()
        self._process = context.Process(
            target=_serve_back_office, args=(child, str(db_path), trusted), daemon=True
        )
        self._process.start()
        if not self._pipe.poll(60):
            raise RuntimeError("the back office did not start")
        self.url: str = self._pipe.recv()

    def _ask(self, request: str, *arguments: object) -> Any:
        self._pipe.send((request, *arguments))
        if not self._pipe.poll(HARD_LIMIT_SECONDS):
            raise RuntimeError(f"the back office did not answer {request!r}")
        return self._pipe.recv()

    def outage(self, total: int, seconds: float) -> None:
        self._ask("outage", total, seconds)

    def wait_outage(self) -> None:
        self._ask("wait_outage")

    def idempotency_keys(self) -> list[str]:
        keys: list[str] = self._ask("idempotency_keys")
        return keys

    def stop(self) -> None:
        self._pipe.send(("stop",))
        self._pipe.poll(30)
        self._process.join(30)


#: How the back office runs (``--back-office``).
BACK_OFFICES: dict[str, Callable[[Path, dict[str, bytes]], BackOffice]] = {
    "process": ProcessBackOffice,
    "thread": ThreadBackOffice,
}


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


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds, and CPU seconds of the benchmark's own process (the counter side
    when the back office runs in a process of its own)."""

    seconds: float
    cpu: float


def timed(fn: Callable[[], object]) -> Timing:
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return Timing(time.perf_counter() - start, time.process_time() - cpu)


@dataclass(frozen=True)
class Run:
    """One paired run: the worker, the bare loop, and the worker's attempts."""

    worker: Timing
    bare: Timing
    attempts: int


def run_worker(
    storage: Storage,
    office: BackOffice,
    key: CounterKey,
    parcels: list[Parcel],
    outage: float,
) -> tuple[Timing, int]:
    """How long the outbox worker took to deliver ``parcels`` (already approved), and the
    attempts it made, to a fresh back office."""
    count = len(parcels)
    adapter = HttpAdapter(office.url, key=key)
    # Probes at most as far apart as the bare loop's retries (0.5 s), so that both notice
    # the back office's return alike; everything else is the worker's default.
    worker = OutboxWorker(
        storage, {"http": adapter}, outage=OutagePolicy(probe_max=BARE_RETRY_SECONDS)
    )
    if outage:
        office.outage(count, outage)
    with worker:
        timing = timed(lambda: worker.drain(max_wait=HARD_LIMIT_SECONDS))
    office.wait_outage()
    arrived = office.idempotency_keys()
    assert len(arrived) == count, f"worker delivered {len(arrived)} of {count}"
    assert set(arrived) == {p.idempotency_key for p in parcels}
    with storage.transaction() as s:
        attempts = sum(
            s.scalars(
                select(OutboxEntry.attempts).where(
                    OutboxEntry.notification_id.in_([p.notification_id for p in parcels])
                )
            ).all()
        )
    return timing, attempts


def run_bare(office: BackOffice, key: CounterKey, parcels: list[Parcel], outage: float) -> Timing:
    """How long the bare loop took to post the same bodies to a back office of its own, as empty
    as the worker's (a receiver files one notification once: under a second key it answers
    409)."""
    if outage:
        office.outage(len(parcels), outage)
    timing = timed(lambda: bare_loop(office.url, key, parcels, retry=bool(outage)))
    office.wait_outage()
    assert len(office.idempotency_keys()) == len(parcels)
    return timing


def fresh(
    kind: str, folder: Path, name: str, key: CounterKey, measure: Callable[[BackOffice], Any]
) -> Any:
    """``measure`` against a fresh back office of ``kind`` with its database in ``folder``."""
    office = BACK_OFFICES[kind](folder / f"{name}.sqlite3", {key.key_id: key.public_pem()})
    try:
        return measure(office)
    finally:
        office.stop()


def run_case(
    workdir: Path,
    database_url: str | None,
    count: int,
    outage: float,
    key: CounterKey,
    repeat: int,
    back_office: str,
) -> list[Run]:
    """``repeat`` paired runs of the worker and the bare loop for
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
        fresh(back_office, warm, "worker", key, lambda o: run_worker(storage, o, key, parcels, 0))
        fresh(back_office, warm, "bare", key, lambda o: run_bare(o, key, parcels, 0.0))
        for turn in range(repeat):
            print(f"  approving {count} notifications …", flush=True)
            parcels = approve(storage, count)
            folder = workdir / f"run{turn}"
            folder.mkdir()

            def worker(office: BackOffice, parcels: list[Parcel] = parcels) -> tuple[Timing, int]:
                return run_worker(storage, office, key, parcels, outage)

            def bare(office: BackOffice, parcels: list[Parcel] = parcels) -> Timing:
                return run_bare(office, key, parcels, outage)

            if turn % 2 == 0:
                worker_t, attempts = fresh(back_office, folder, "worker", key, worker)
                bare_t = fresh(back_office, folder, "bare", key, bare)
            else:
                bare_t = fresh(back_office, folder, "bare", key, bare)
                worker_t, attempts = fresh(back_office, folder, "worker", key, worker)
            worker_s, bare_s = worker_t.seconds, bare_t.seconds
            print(
                f"  run {turn + 1}: worker {worker_s:.2f} s, bare loop {bare_s:.2f} s, "
                f"ratio {worker_s / bare_s:.2f}, worker attempts {attempts}",
                flush=True,
            )
            results.append(Run(worker_t, bare_t, attempts))
    finally:
        storage.close()
    return results


def report(results: list[Run], count: int, back_office: str) -> float:
    """Print the medians; returns the worker's median seconds."""
    worker_s = statistics.median(r.worker.seconds for r in results)
    bare_s = statistics.median(r.bare.seconds for r in results)
    ratio = statistics.median(r.worker.seconds / r.bare.seconds for r in results)
    attempts = statistics.median(r.attempts for r in results)
    print(f"  outbox worker   {worker_s:8.2f} s   ({count / worker_s:7.1f} /s, median)")
    print(f"  bare httpx loop {bare_s:8.2f} s   ({count / bare_s:7.1f} /s, median)")
    print(f"  worker attempts: {attempts:g} for {count} notifications (median)")
    if back_office == "process":
        # The counter side's CPU alone: steadier than the wall clock on a busy machine.
        worker_cpu = statistics.median(r.worker.cpu for r in results) / count * 1000
        bare_cpu = statistics.median(r.bare.cpu for r in results) / count * 1000
        print(
            f"  counter-side CPU per notification: worker {worker_cpu:.2f} ms, "
            f"bare loop {bare_cpu:.2f} ms (ratio {worker_cpu / bare_cpu:.2f})"
        )
    print(f"  ratio worker / bare loop: {ratio:.2f}")
    return worker_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--outage", type=float, default=30.0, help="seconds (0: skip that case)")
    parser.add_argument("--repeat", type=int, default=3, help="paired runs per case (median)")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument(
        "--back-office", choices=sorted(BACK_OFFICES), default="process",
        help="where the back office runs (default: a process of its own)",
    )  # fmt: skip
    args = parser.parse_args()
    if not 1 <= args.count <= 100_000 or not 0 <= args.outage <= 600:
        parser.error("--count 1..100000, --outage 0..600")
    if not 1 <= args.repeat <= 20:
        parser.error("--repeat 1..20")
    key = CounterKey.generate("bench-1")
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        print(
            f"drain {args.count} approved notifications on loopback "
            f"(back office in a {args.back_office} of its own)",
            flush=True,
        )
        plain = run_case(
            Path(tmp) / "plain", args.database_url, args.count, 0.0, key, args.repeat,
            args.back_office,
        )  # fmt: skip
        w = report(plain, args.count, args.back_office)
        if args.outage:
            print(f"same, with a {args.outage:g} s outage once half have arrived", flush=True)
            print(f"  (the bare loop retries every {BARE_RETRY_SECONDS:g} s, no backoff)")
            cut = run_case(
                Path(tmp) / "outage", args.database_url, args.count, args.outage, key,
                args.repeat, args.back_office,
            )  # fmt: skip
            w2 = report(cut, args.count, args.back_office)
            print(f"  ratio with outage / without (worker): {w2 / w:.2f}")
    print("every notification arrived exactly once (checked by idempotency key)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
