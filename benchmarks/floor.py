"""A counter floor at the March peak: many tablets and desks on one PostgreSQL, measured.

Everything runs on this machine, in separate processes, as a floor would run on many:

- a throwaway PostgreSQL cluster (initdb + pg_ctl in a temporary folder, Unix socket only, as
  the ``postgres`` user when run as root: ``tests/fixtures/postgres.py``), unless
  ``--database-url`` names one;
- ``--tablets`` tablet processes filing 転居 through the resident flow
  (:class:`kiosk.flow.ResidentFlow` over :class:`kiosk.resident_service.ResidentService`, the
  card's facts handed over as a card read would; no PC/SC, no QML), each keeping its visit in
  step through the database as ``kiosk tablet`` does (:class:`kiosk.visits.Visits`). Arrivals
  follow a March-peak day (busy morning, lull at noon, busy afternoon) compressed into
  ``--minutes``; a tablet takes its next resident as soon as it is free;
- ``--desks`` desk processes, each serving its own counter (its share of the tablets), running
  the staff service's queue, review and approve calls as the staff console does: woken by
  change notification (:mod:`kiosk.changes`, LISTEN/NOTIFY), refreshing what the console
  refreshes, every 5 seconds too, and approving every notification that reaches its queue;
- ``--sync-workers`` delivery workers (:class:`sync.worker.OutboxWorker`) posting to the
  reference receiver (the loopback back office, a process of its own).

It prints, among its figures:

- ``p95 filing to desk: N ms``: from the tablet's committed filing (仮登録, 受付番号 given) to
  the desk's queue showing it;
- ``desk CPU: N%``: CPU time of each desk process (all its threads) over the run's wall time,
  in percent of one core (the mean of the desks, and the highest);
- the database statements per minute per desk (counted with SQLAlchemy's
  ``before_cursor_execute`` in each desk process), split into refreshing and acting;
- rule checks (``forms.check``) and payload encryptions (``FieldCipher.encrypt`` of the
  notification's JSON) per notification, over every process of the floor.

``--quick`` runs a short version for CI-sized machines. Usage::

    .venv/bin/python benchmarks/floor.py [--quick] [--tablets 30] [--desks 4]
        [--notifications 600] [--minutes 10] [--sync-workers 2] [--database-url URL]
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

#: Share of the day's arrivals per opening hour (8:30 … 17:15) in the March–April peak: the
#: opening rush, a lull at noon, the afternoon wave and a last rush before closing.
PEAK_DAY = (0.13, 0.15, 0.13, 0.08, 0.07, 0.11, 0.13, 0.12, 0.08)
#: How often the console reads the queue again without a change (``ConsoleViewModel``).
TICK_SECONDS = 5.0
PASSWORD = "floor-benchmark-counter-2026"
KEY_ID = "floor"

HOLDERS = (
    ("黒桐　幹也", "東京都清瀬市観布子南１２－７－２０２", date(1980, 2, 17), "1"),
    ("山田　花子", "東京都清瀬市元町１－２－３", date(1990, 6, 1), "2"),
    ("佐藤　一郎", "東京都清瀬市中里４－５－６", date(1985, 11, 23), "1"),
    ("鈴木　美咲", "東京都清瀬市野塩２－８－１０", date(2001, 4, 9), "2"),
)


@dataclass
class Plan:
    """The floor and its day."""

    url: str
    data_dir: str
    tablets: int
    desks: int
    notifications: int
    minutes: float
    sync_workers: int
    start: float = 0.0
    #: Seconds after ``start`` at which each notification's resident arrives.
    arrivals: list[float] = field(default_factory=list)
    receiver_url: str = ""
    key_pem: str = ""
    results: str = ""

    def env(self, counter: str) -> dict[str, str]:
        return {
            "KIOSK_PATHS_DATA_DIR": self.data_dir,
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_DATABASE_URL": self.url,
            "KIOSK_MUNICIPALITY_NAME": "清瀬市",
            "KIOSK_MUNICIPALITY_CODE": "132217",
            "KIOSK_COUNTER_ID": counter,
            "KIOSK_STAFF_SECOND_FACTOR": "none",
            # Approvals queue for the HTTP adapter (a URL selects it).
            "KIOSK_BACKOFFICE_URL": self.receiver_url or "http://127.0.0.1:9",
        }

    @property
    def end(self) -> float:
        return self.start + self.minutes * 60


def peak_arrivals(count: int, seconds: float, seed: int = 2026) -> list[float]:
    """``count`` arrival offsets over a compressed day of ``seconds``, by :data:`PEAK_DAY`."""
    rng = random.Random(seed)
    slot = seconds / len(PEAK_DAY)
    hours = rng.choices(range(len(PEAK_DAY)), weights=PEAK_DAY, k=count)
    return sorted(h * slot + rng.random() * slot for h in hours)


def today_jst() -> date:
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Asia/Tokyo")).date()


# ---------------------------------------------------------------------------------------------
# Counting inside one process


class Counts:
    """Rule checks and payload encryptions made by this process (wrapped here only)."""

    checks = 0
    encryptions = 0

    @classmethod
    def install(cls) -> None:
        import forms
        import forms.rules
        from kiosk import privacy

        original_check = forms.check

        def check(*args: Any, **kwargs: Any) -> Any:
            cls.checks += 1
            return original_check(*args, **kwargs)

        for module in list(sys.modules.values()):
            if module is None or not getattr(module, "__name__", "").startswith(
                ("forms", "kiosk", "sync")
            ):
                continue
            if getattr(module, "check", None) is original_check:
                module.check = check  # type: ignore[attr-defined]
        original_encrypt = privacy.FieldCipher.encrypt

        def encrypt(self: Any, plaintext: bytes, aad: bytes) -> bytes:
            if aad == b"notifications.payload":
                cls.encryptions += 1
            return original_encrypt(self, plaintext, aad)

        privacy.FieldCipher.encrypt = encrypt  # type: ignore[method-assign]


def _write(plan: Plan, name: str, result: dict[str, Any]) -> None:
    result["checks"] = Counts.checks
    result["encryptions"] = Counts.encryptions
    path = Path(plan.results) / f"{name}.json"
    path.write_text(json.dumps(result))


def _guard(name: str, plan: Plan, work: Callable[[], dict[str, Any]]) -> None:
    try:
        _write(plan, name, work())
    except BaseException:
        (Path(plan.results) / f"{name}.error").write_text(traceback.format_exc())
        raise


# ---------------------------------------------------------------------------------------------
# A tablet


def _visit(flow: Any) -> list[Callable[[], object]]:
    """The resident's commands of one 転居, up to the sign screen."""
    return [
        flow.card_inserted,
        lambda: flow.submit_pin("1234"),
        lambda: flow.confirm_identity(True),
        flow.skip_reading,
        lambda: flow.guide_answer("within"),
        lambda: flow.set_date_days_ago(1),
        flow.next,
        lambda: flow.lookup_postal("2040021"),
        lambda: flow.choose_candidate(0),
        lambda: flow.set_banchi("3-5-8"),
        flow.next,
        flow.next,
        flow.next,
        lambda: flow.set_head(0),
        flow.next,
        *[(lambda q=q: flow.set_related(q, False)) for q in ("kokuho", "shogai_techo", "dog")],
        flow.next,
        flow.to_sign,
    ]


def tablet(plan: Plan, index: int, mine: list[tuple[int, float]]) -> None:
    def work() -> dict[str, Any]:
        from kiosk.config import load_config
        from kiosk.flow import CardFacts, ResidentFlow
        from kiosk.resident_service import ResidentService
        from kiosk.storage import open_storage
        from kiosk.visits import Visits, VisitStore

        Counts.install()
        counter = str(index % plan.desks + 1)
        terminal = f"tablet-{index + 1}"
        config = load_config(env=plan.env(counter))
        storage = open_storage(config, migrate=False)
        service = ResidentService(config, storage, terminal=terminal)

        class Card:
            facts: CardFacts

            def pin_tries_left(self) -> int:
                return 3

            def read_card(self, pin: str, *, allow_last_try: bool = False) -> CardFacts:
                return self.facts

        card = Card()
        flow = ResidentFlow(service, card=card)
        visits = Visits(VisitStore(storage), lambda: flow)
        visits.attach(terminal, flow)
        filed: list[tuple[str, float]] = []
        failed = 0
        rng = random.Random(index)
        try:
            for _number, at in mine:
                delay = plan.start + at - time.time()
                if delay > 0:
                    time.sleep(delay)
                if time.time() > plan.end + 60:
                    break
                card.facts = CardFacts(*rng.choice(HOLDERS))
                for command in _visit(flow):
                    command()
                flow.sign([[(0.1, 0.5), (0.5, 0.4), (0.9, 0.5)]], 3.0)
                label = flow.state.reception_number
                if label and flow.state.screen == "done":
                    filed.append((label, time.time()))
                else:
                    failed += 1
                    print(
                        f"tablet {index}: not filed ({flow.state.screen}, "
                        f"{flow.state.sign_error or flow.state.step_error})",
                        file=sys.stderr,
                    )
                flow.finish()
        finally:
            visits.close()
            storage.close()
        return {"filed": filed, "failed": failed}

    _guard(f"tablet-{index}", plan, work)


# ---------------------------------------------------------------------------------------------
# A desk


class DeskConsole:
    """What the staff console does on a desk, without Qt: the same service calls, on the same
    occasions (a change announced, the 5-second tick, after an action)."""

    def __init__(self, service: Any, user: Any) -> None:
        self.service = service
        self.user = user
        self.rows: list[Any] = []
        self.shown: Any = None

    def refresh_queue(self) -> None:
        self.rows = self.service.queue(self.user)

    def refresh_day(self) -> None:
        self.service.day_view(self.user)

    def reload(self) -> None:
        if self.shown is not None:
            self.shown = self.service.review(self.user, self.shown.id)

    def on_change(self, changes: list[Any]) -> None:
        # ConsoleViewModel._on_change: the queue, the day, the review shown.
        self.refresh_queue()
        self.refresh_day()
        self.reload()

    def tick(self) -> None:
        self.refresh_queue()

    def approve(self, row: Any) -> None:
        # ConsoleViewModel.open (take) then approve (_act: review shown, queue, day).
        review = self.service.open(self.user, row.id, take=True)
        self.shown = review
        self.refresh_queue()
        codes = review.alert_codes
        self.shown = self.service.approve(
            self.user, review.id, expected_version=review.version, acknowledged=codes
        )
        self.refresh_queue()
        self.refresh_day()


def desk(plan: Plan, index: int) -> None:
    def work() -> dict[str, Any]:
        from sqlalchemy import event

        from kiosk.config import load_config
        from kiosk.models import Status
        from kiosk.staff_service import StaffService
        from kiosk.storage import open_storage

        Counts.install()
        counter = str(index + 1)
        config = load_config(env=plan.env(counter))
        storage = open_storage(config, migrate=False)
        phase = ["setup"]
        statements: dict[str, int] = {}

        @event.listens_for(storage.engine, "before_cursor_execute")
        def count(*_args: Any) -> None:
            statements[phase[0]] = statements.get(phase[0], 0) + 1

        service = StaffService(config, storage, terminal=f"desk-{index + 1}")
        user = service.login(f"clerk{index + 1}", PASSWORD, None)
        console = DeskConsole(service, user)
        watcher = service.watch()
        seen: dict[str, float] = {}
        approved = 0
        refresh_seconds: list[float] = []

        def note() -> None:
            now = time.time()
            for row in console.rows:
                seen.setdefault(row.label, now)

        phase[0] = "refresh"
        console.refresh_queue()
        console.refresh_day()
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        wall0 = time.time()
        statements.clear()
        next_tick = time.monotonic() + TICK_SECONDS
        idle_since: float | None = None
        try:
            while True:
                changes = watcher.wait(timeout=max(0.0, min(0.3, next_tick - time.monotonic())))
                phase[0] = "refresh"
                t0 = time.perf_counter()
                if changes:
                    console.on_change(changes)
                    refresh_seconds.append(time.perf_counter() - t0)
                    note()
                if time.monotonic() >= next_tick:
                    next_tick = time.monotonic() + TICK_SECONDS
                    t0 = time.perf_counter()
                    console.tick()
                    refresh_seconds.append(time.perf_counter() - t0)
                    note()
                waiting = [r for r in console.rows if r.status is Status.CONFIRMED]
                if waiting:
                    phase[0] = "act"
                    try:
                        console.approve(waiting[0])
                        approved += 1
                    except Exception as exc:  # another desk's change: the clerk reloads
                        print(f"desk {index}: {type(exc).__name__}: {exc}", file=sys.stderr)
                        phase[0] = "refresh"
                        console.refresh_queue()
                    note()
                    idle_since = None
                    continue
                if time.time() > plan.end:
                    # The day is over: stop once nothing arrived for a few seconds.
                    idle_since = idle_since or time.monotonic()
                    if time.monotonic() - idle_since > 3 or time.time() > plan.end + 120:
                        break
        finally:
            watcher.close()
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        wall = time.time() - wall0
        cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
        storage.close()
        return {
            "seen": seen,
            "approved": approved,
            "cpu": cpu,
            "wall": wall,
            "statements": statements,
            "refresh_median_ms": 1000 * statistics.median(refresh_seconds)
            if refresh_seconds
            else 0.0,
            "rows_at_end": len(console.rows),
        }

    _guard(f"desk-{index}", plan, work)


# ---------------------------------------------------------------------------------------------
# The back office and delivery


def _key(plan: Plan) -> Any:
    from cryptography.hazmat.primitives import serialization

    from sync.signing import CounterKey

    return CounterKey(KEY_ID, serialization.load_pem_private_key(plan.key_pem.encode(), None))


def receiver(plan: Plan, ready: Any, stop: Any) -> None:
    from tests.fixtures.backoffice import ReceiverServer

    key = _key(plan)
    folder = Path(plan.results)
    server = ReceiverServer(
        folder / "backoffice.sqlite3", trusted_pems={KEY_ID: key.public_pem()}
    ).start()
    ready.put(server.url)
    stop.wait()
    (folder / "arrived.txt").write_text(json.dumps(len(server.arrivals())))
    server.stop()


def sync_worker(plan: Plan, index: int, stop: Any) -> None:
    def work() -> dict[str, Any]:
        from kiosk.config import load_config
        from kiosk.storage import open_storage
        from sync.http_adapter import HttpAdapter
        from sync.worker import OutboxWorker

        Counts.install()
        config = load_config(env=plan.env("1"))
        storage = open_storage(config, migrate=False)
        key = _key(plan)
        adapter = HttpAdapter(plan.receiver_url, key=key)
        worker = OutboxWorker(storage, {"http": adapter}, worker_id=f"sync-{index + 1}")
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        wall0 = time.time()
        halt = threading.Event()
        with worker:
            thread = threading.Thread(
                target=worker.run_forever, args=(halt,), kwargs={"idle_poll": 0.5}
            )
            thread.start()
            stop.wait()
            halt.set()
            thread.join(60)
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        storage.close()
        cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
        return {"cpu": cpu, "wall": time.time() - wall0}

    _guard(f"sync-{index}", plan, work)


# ---------------------------------------------------------------------------------------------
# The run


def prepare(plan: Plan) -> None:
    """Create the schema, the data key and one clerk per desk (審査 and 受付)."""
    from kiosk import staff, workflow
    from kiosk.config import load_config
    from kiosk.storage import open_storage

    storage = open_storage(load_config(env=plan.env("1")))
    with storage.transaction() as s:
        for d in range(plan.desks):
            staff.add(
                s,
                f"clerk{d + 1}",
                display_name=f"審査係 {d + 1}",
                roles=["審査", "受付"],
                password=PASSWORD,
                second_factor="none",
                actor=workflow.Actor.system("benchmark"),
            )
    storage.close()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


def run(plan: Plan) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    from sync.signing import CounterKey

    key = CounterKey.generate(KEY_ID)
    plan.key_pem = key.private_pem().decode()
    prepare(plan)
    ready = ctx.Queue()
    stop = ctx.Event()
    back_office = ctx.Process(target=receiver, args=(plan, ready, stop), daemon=True)
    back_office.start()
    plan.receiver_url = ready.get(timeout=60)
    plan.arrivals = peak_arrivals(plan.notifications, plan.minutes * 60)
    plan.start = time.time() + 8.0  # every process started and connected first
    per_tablet: list[list[tuple[int, float]]] = [[] for _ in range(plan.tablets)]
    free_at = [0.0] * plan.tablets
    for number, at in enumerate(plan.arrivals):
        # The resident goes to the tablet of the counter that is free first.
        t = min(range(plan.tablets), key=lambda i: (free_at[i], i))
        per_tablet[t].append((number, at))
        free_at[t] = max(free_at[t], at) + 1.0
    desks = [ctx.Process(target=desk, args=(plan, d)) for d in range(plan.desks)]
    workers = [
        ctx.Process(target=sync_worker, args=(plan, w, stop)) for w in range(plan.sync_workers)
    ]
    tablets = [
        ctx.Process(target=tablet, args=(plan, t, per_tablet[t])) for t in range(plan.tablets)
    ]
    for p in [*desks, *workers, *tablets]:
        p.start()
    for p in [*tablets, *desks]:
        p.join()
    stop.set()
    for p in workers:
        p.join(120)
    back_office.join(60)
    results = Path(plan.results)
    errors = sorted(results.glob("*.error"))
    if errors:
        for e in errors:
            print(f"--- {e.stem} failed:\n{e.read_text()}", file=sys.stderr)
        raise SystemExit(1)
    return {p.stem: json.loads(p.read_text()) for p in results.glob("*.json")}


def report(plan: Plan, results: dict[str, Any]) -> None:
    filed: dict[str, float] = {}
    failed = 0
    for name, r in results.items():
        if name.startswith("tablet-"):
            filed.update({label: at for label, at in r["filed"]})
            failed += r["failed"]
    desks = [r for name, r in results.items() if name.startswith("desk-")]
    latencies = []
    for r in desks:
        for label, seen in r["seen"].items():
            if label in filed:
                latencies.append(max(0.0, seen - filed[label]) * 1000)
    approved = sum(r["approved"] for r in desks)
    cpu = [100 * r["cpu"] / r["wall"] for r in desks]
    minutes = [r["wall"] / 60 for r in desks]
    refresh = [r["statements"].get("refresh", 0) / m for r, m in zip(desks, minutes, strict=True)]
    act = [r["statements"].get("act", 0) / m for r, m in zip(desks, minutes, strict=True)]
    total_checks = sum(r["checks"] for r in results.values())
    total_enc = sum(r["encryptions"] for r in results.values())
    desk_checks = sum(r["checks"] for r in desks)
    tablet_checks = sum(r["checks"] for n, r in results.items() if n.startswith("tablet-"))
    arrived = json.loads((Path(plan.results) / "arrived.txt").read_text())
    n = max(1, len(filed))
    print(
        f"floor: {plan.tablets} tablets, {plan.desks} desks, {plan.sync_workers} sync workers, "
        f"{plan.notifications} notifications over {plan.minutes:g} min"
    )
    print(
        f"filed {len(filed)} (not filed {failed}), approved {approved}, "
        f"delivered {arrived}, seen on a desk {len(latencies)}"
    )
    print(f"p50 filing to desk: {percentile(latencies, 50):.0f} ms")
    print(f"p95 filing to desk: {percentile(latencies, 95):.0f} ms")
    print(f"desk CPU: {statistics.mean(cpu):.1f}% (highest {max(cpu):.1f}%)")
    per_minute = statistics.mean(refresh) + statistics.mean(act)
    print(
        f"database statements per minute per desk: {per_minute:.0f}"
        f" (refreshing {statistics.mean(refresh):.0f}, acting {statistics.mean(act):.0f})"
    )
    print(f"median desk refresh: {statistics.median(r['refresh_median_ms'] for r in desks):.1f} ms")
    print(
        f"rule checks per notification: {total_checks / n:.1f} "
        f"(tablets {tablet_checks / n:.1f}, desks {desk_checks / n:.1f})"
    )
    print(f"payload encryptions per notification: {total_enc / n:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run for CI-sized machines")
    parser.add_argument("--tablets", type=int)
    parser.add_argument("--desks", type=int)
    parser.add_argument("--notifications", type=int)
    parser.add_argument("--minutes", type=float, help="the compressed day's length")
    parser.add_argument("--sync-workers", type=int)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    args = parser.parse_args()
    quick = {"tablets": 6, "desks": 2, "notifications": 60, "minutes": 1.5, "sync_workers": 1}
    full = {"tablets": 30, "desks": 4, "notifications": 600, "minutes": 10.0, "sync_workers": 2}
    chosen = quick if args.quick else full
    for name in chosen:
        if getattr(args, name) is not None:
            chosen[name] = getattr(args, name)
    if not (1 <= chosen["tablets"] <= 60 and 1 <= chosen["desks"] <= 20):
        parser.error("--tablets 1..60, --desks 1..20")
    if not (1 <= chosen["notifications"] <= 10_000 and 0.1 <= chosen["minutes"] <= 600):
        parser.error("--notifications 1..10000, --minutes 0.1..600")
    if not 0 <= chosen["sync_workers"] <= 4:
        parser.error("--sync-workers 0..4")
    with tempfile.TemporaryDirectory(prefix="floor-bench-") as tmp:
        results = Path(tmp) / "results"
        results.mkdir()
        cluster = None
        url = args.database_url
        if not url:
            from tests.fixtures.postgres import PostgresCluster

            cluster = PostgresCluster()
            cluster.start()
            url = cluster.create_database()
        try:
            plan = Plan(
                url=url,
                data_dir=str(Path(tmp) / "data"),
                results=str(results),
                **chosen,  # type: ignore[arg-type]
            )
            report(plan, run(plan))
        finally:
            if cluster is not None:
                cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
