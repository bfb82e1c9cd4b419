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

``--quick`` runs a short version for CI-sized machines. ``--baseline REV`` first runs the same
floor on the code of revision ``REV`` (exported with ``git archive``, each floor on a throwaway
cluster of its own) and then prints every figure before and after, with their ratio. Usage::

    .venv/bin/python benchmarks/floor.py [--quick] [--tablets 30] [--desks 4]
        [--notifications 600] [--minutes 10] [--sync-workers 2] [--database-url URL]
        [--baseline REV]
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
from datetime import date
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
#: The counter's opening hours (8:30 – 17:15), compressed into ``--minutes``.
OPENING_HOURS = 8.75
#: A resident's time at the tablet for a 転居 (card, PIN, answers, confirm, sign), and a clerk's
#: for reading a filed one before approving it; both compressed like the day.
RESIDENT_SECONDS = 300.0
CLERK_SECONDS = 120.0
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
    #: The checkout whose code runs (this one, or a baseline exported from git).
    code: str = str(ROOT)
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

    @property
    def compression(self) -> float:
        """How many seconds of the counter's day pass in one second of the run."""
        return OPENING_HOURS * 3600 / (self.minutes * 60)

    @property
    def visit_seconds(self) -> float:
        """How long a resident spends at the tablet, compressed like the day."""
        return RESIDENT_SECONDS / self.compression

    @property
    def review_seconds(self) -> float:
        """How long a clerk reads a notification before approving it, compressed."""
        return CLERK_SECONDS / self.compression


def peak_arrivals(count: int, seconds: float, seed: int = 2026) -> list[float]:
    """``count`` arrival offsets over a compressed day of ``seconds``, by :data:`PEAK_DAY`."""
    rng = random.Random(seed)
    slot = seconds / len(PEAK_DAY)
    hours = rng.choices(range(len(PEAK_DAY)), weights=PEAK_DAY, k=count)
    return sorted(h * slot + rng.random() * slot for h in hours)


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


def _use_code(plan: Plan) -> None:
    """Import the code under test (this checkout or the baseline) in this process."""
    sys.path.insert(0, plan.code)


def _guard(name: str, plan: Plan, work: Callable[[], dict[str, Any]]) -> None:
    _use_code(plan)
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
                commands = _visit(flow)
                pace = plan.visit_seconds / (len(commands) + 1)  # the resident reads, taps
                for command in commands:
                    command()
                    time.sleep(pace)
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
    """What the staff console's view-model (``ui.staff.viewmodel.ConsoleViewModel``) does on a
    desk, without Qt: the same service calls on the same occasions, and the same decision of
    what a batch of changes asks to reload (:func:`kiosk.desk_queue.refresh_for`)."""

    def __init__(self, service: Any, user: Any) -> None:
        import kiosk.desk_queue

        self.service = service
        self.user = user
        self.rows: list[Any] = []
        self.shown: Any = None
        #: A baseline without it: its console read the whole queue, the day's figures and
        #: the review shown again at every change, and the whole queue at every tick.
        self.plan = getattr(kiosk.desk_queue, "refresh_for", None)

    def refresh_queue(self, changed: Any = None) -> None:
        if self.plan is None:
            self.rows = self.service.queue(self.user)
        else:
            self.rows = self.service.queue(self.user, changed=changed)

    def refresh_day(self) -> None:
        self.service.day_view(self.user)

    def reload(self) -> None:
        if self.shown is not None:
            self.shown = self.service.review(self.user, self.shown.id)

    def on_change(self, changes: list[Any]) -> None:
        if self.plan is None:
            self.refresh_queue()
            self.refresh_day()
            self.reload()
            return
        plan = self.plan(changes, shown=self.shown.id if self.shown is not None else None)
        if plan.queue:
            self.refresh_queue(plan.notifications)
        if plan.day:
            self.refresh_day()
        if plan.review:
            self.reload()

    def tick(self) -> None:
        self.refresh_queue(())

    def take(self, row: Any) -> Any:
        """ConsoleViewModel.open with ``take``: the clerk takes a 確認済 one (審査中)."""
        review = self.service.open(self.user, row.id, take=True)
        self.shown = review
        self.refresh_queue((review.id,))
        return review

    def approve(self, review: Any) -> None:
        """ConsoleViewModel.approve (_act: the review shown, its row, the day)."""
        self.shown = self.service.approve(
            self.user, review.id, expected_version=review.version, acknowledged=review.alert_codes
        )
        self.refresh_queue((review.id,))
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
        #: The notification the clerk is reading, and when they will have read it.
        reading: tuple[Any, float] | None = None
        try:
            while True:
                due = [next_tick] + ([reading[1]] if reading is not None else [])
                timeout = max(0.0, min(0.3, min(due) - time.monotonic()))
                changes = watcher.wait(timeout=timeout)
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
                phase[0] = "act"
                try:
                    if reading is not None and time.monotonic() >= reading[1]:
                        console.approve(reading[0])
                        approved += 1
                        reading = None
                        note()
                    if reading is None:
                        waiting = [r for r in console.rows if r.status is Status.CONFIRMED]
                        if waiting:
                            review = console.take(waiting[0])
                            reading = (review, time.monotonic() + plan.review_seconds)
                except Exception as exc:  # another desk's change: the clerk reloads
                    print(f"desk {index}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    reading = None
                    phase[0] = "refresh"
                    console.refresh_queue()
                if reading is not None or any(r.status is Status.CONFIRMED for r in console.rows):
                    idle_since = None
                elif time.time() > plan.end:
                    # The day is over: stop once nothing arrived for a few seconds.
                    idle_since = idle_since or time.monotonic()
                    if time.monotonic() - idle_since > 3:
                        break
                if time.time() > plan.end + 300:
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

    def work() -> dict[str, Any]:
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
        return {"checks": 0}

    _guard("prepare", plan, work)


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
    setup = ctx.Process(target=prepare, args=(plan,))
    setup.start()
    setup.join()
    (Path(plan.results) / "prepare.json").unlink(missing_ok=True)
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
        free_at[t] = max(free_at[t], at) + plan.visit_seconds * 1.2
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


def report(plan: Plan, results: dict[str, Any]) -> dict[str, float]:
    """Print the run's figures; returns them by name."""
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
    n = max(1, len(filed))
    figures = {
        "p50 filing to desk (ms)": percentile(latencies, 50),
        "p95 filing to desk (ms)": percentile(latencies, 95),
        "desk CPU (%)": statistics.mean(cpu),
        "desk CPU, highest (%)": max(cpu),
        "statements per minute per desk": statistics.mean(refresh) + statistics.mean(act),
        "  refreshing": statistics.mean(refresh),
        "  acting": statistics.mean(act),
        "median desk refresh (ms)": statistics.median(r["refresh_median_ms"] for r in desks),
        "rule checks per notification": sum(r["checks"] for r in results.values()) / n,
        "  on desks": sum(r["checks"] for r in desks) / n,
        "payload encryptions per notification": sum(r["encryptions"] for r in results.values()) / n,
    }
    arrived = json.loads((Path(plan.results) / "arrived.txt").read_text())
    print(
        f"floor: {plan.tablets} tablets, {plan.desks} desks, {plan.sync_workers} sync workers, "
        f"{plan.notifications} notifications over {plan.minutes:g} min "
        f"(a resident {plan.visit_seconds:.1f} s at a tablet, a clerk {plan.review_seconds:.1f} s "
        "on each)"
    )
    print(
        f"filed {len(filed)} (not filed {failed}), approved {approved}, "
        f"delivered {arrived}, seen on a desk {len(latencies)}"
    )
    print(f"p50 filing to desk: {figures['p50 filing to desk (ms)']:.0f} ms")
    print(f"p95 filing to desk: {figures['p95 filing to desk (ms)']:.0f} ms")
    print(f"desk CPU: {figures['desk CPU (%)']:.1f}% (highest {max(cpu):.1f}%)")
    print(
        "database statements per minute per desk: "
        f"{figures['statements per minute per desk']:.0f} (refreshing "
        f"{figures['  refreshing']:.0f}, acting {figures['  acting']:.0f})"
    )
    print(f"median desk refresh: {figures['median desk refresh (ms)']:.1f} ms")
    print(
        f"rule checks per notification: {figures['rule checks per notification']:.1f} "
        f"(on desks {figures['  on desks']:.1f})"
    )
    print(
        "payload encryptions per notification: "
        f"{figures['payload encryptions per notification']:.1f}"
    )
    return figures


def export(rev: str, into: Path) -> str:
    """The code of revision ``rev`` in ``into`` (``git archive``); returns its root."""
    import subprocess

    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return str(into)


def floor_run(
    tmp: Path, name: str, code: str, database_url: str | None, chosen: dict[str, Any]
) -> dict[str, float]:
    """One floor on a fresh database (a database of its own on the throwaway cluster)."""
    results = tmp / name / "results"
    results.mkdir(parents=True)
    cluster = None
    url = database_url
    if not url:
        from tests.fixtures.postgres import PostgresCluster

        cluster = PostgresCluster()
        cluster.start()
        url = cluster.create_database()
    try:
        plan = Plan(
            url=url,
            data_dir=str(tmp / name / "data"),
            results=str(results),
            code=code,
            **chosen,
        )
        return report(plan, run(plan))
    finally:
        if cluster is not None:
            cluster.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run for CI-sized machines")
    parser.add_argument("--tablets", type=int)
    parser.add_argument("--desks", type=int)
    parser.add_argument("--notifications", type=int)
    parser.add_argument("--minutes", type=float, help="the compressed day's length")
    parser.add_argument("--sync-workers", type=int)
    parser.add_argument(
        "--baseline", metavar="REV", help="also run the floor on revision REV first (before)"
    )
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    args = parser.parse_args()
    quick = {"tablets": 6, "desks": 2, "notifications": 60, "minutes": 1.5, "sync_workers": 1}
    full = {"tablets": 30, "desks": 4, "notifications": 600, "minutes": 10.0, "sync_workers": 2}
    chosen: dict[str, Any] = quick if args.quick else full
    for name in chosen:
        if getattr(args, name) is not None:
            chosen[name] = getattr(args, name)
    if not (1 <= chosen["tablets"] <= 60 and 1 <= chosen["desks"] <= 20):
        parser.error("--tablets 1..60, --desks 1..20")
    if not (1 <= chosen["notifications"] <= 10_000 and 0.1 <= chosen["minutes"] <= 600):
        parser.error("--notifications 1..10000, --minutes 0.1..600")
    if not 0 <= chosen["sync_workers"] <= 4:
        parser.error("--sync-workers 0..4")
    if args.baseline and args.database_url:
        parser.error("--baseline runs each floor on a throwaway cluster: no --database-url")
    with tempfile.TemporaryDirectory(prefix="floor-bench-") as tmpdir:
        tmp = Path(tmpdir)
        before = None
        if args.baseline:
            print(f"before ({args.baseline}):", flush=True)
            code = export(args.baseline, tmp / "baseline")
            before = floor_run(tmp, "before", code, None, chosen)
            print("after (this checkout):", flush=True)
        after = floor_run(tmp, "after", str(ROOT), args.database_url, chosen)
        if before is not None:
            print(f"{'':38s} {'before':>9s} {'after':>9s} {'after/before':>13s}")
            for name, value in after.items():
                was = before[name]
                ratio = value / was if was else math.nan
                print(f"{name:38s} {was:9.1f} {value:9.1f} {ratio:13.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
