"""``kiosk sync``: deliver approved notifications to the back office and to the department
routes (送信, 担当課への連携).

- ``kiosk sync`` runs until stopped (SIGTERM / Ctrl-C finish the current delivery first);
- ``kiosk sync --once`` delivers everything due now, waiting out retries for up to
  ``--max-wait`` seconds, and exits 0 when nothing is left, 8
  (:attr:`kiosk.errors.ExitCode.NOT_DELIVERED`) with a summary when some notifications are
  still pending (the back office unreachable) or failed (送信失敗);
- ``kiosk sync --status`` prints the queue of every route — the back office's and each
  department's (also routes not configured now) — and, for a route that is down, the line
  staff see; it delivers nothing;
- ``kiosk sync --retry ID`` puts a 送信失敗 notification back in the queue (same idempotency
  key), and its department rows a department refused, for when the cause was fixed;
- ``kiosk sync --route NAME`` (repeatable) serves only those routes (``http``, ``csv`` or a
  department route's name);
- ``kiosk sync --public-key`` prints the counter's signing public key for the back office;
- ``kiosk sync --reconcile-day DATE`` writes the day's reconciliation CSV (both routes can run:
  HTTP delivery one by one, plus a nightly file of what was delivered).
"""

from __future__ import annotations

import argparse
import getpass
import math
import signal
import sys
import threading
from datetime import timedelta
from types import FrameType
from typing import Any

from kiosk.errors import ExitCode, KioskError, UsageError

EXIT_LEFT = ExitCode.NOT_DELIVERED


def _number(kind: type[float] | type[int], low: float, high: float) -> Any:
    """An argparse type: a finite number from ``low`` to ``high`` (no NaN, no infinity)."""

    def parse(text: str) -> float | int:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not from {low:g} to {high:g}")
        return value

    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "sync",
        help="deliver approved notifications to the back office",
        description="Deliver approved notifications (本登録) to the back-office 住民記録 system.",
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument("--once", action="store_true", help="deliver what is due, then exit")
    what.add_argument("--status", action="store_true", help="print the queue and exit")
    what.add_argument("--retry", metavar="ID", help="re-queue a 送信失敗 notification")
    what.add_argument("--public-key", action="store_true", help="print the signing public key")
    what.add_argument(
        "--reconcile-day",
        metavar="DATE",
        help="write the day's reconciliation CSV (YYYY-MM-DD, today or yesterday)",
    )
    p.add_argument(
        "--route",
        "--adapter",
        dest="route",
        action="append",
        metavar="NAME",
        help="serve only this route: http, csv or a department route's name (repeatable; "
        "default: every configured one)",
    )
    p.add_argument(
        "--max-wait",
        type=_number(float, 0, 7 * 86400),
        default=None,
        metavar="S",
        help="--once: longest total wait between retries (default: [sync] retry_max_seconds)",
    )
    p.add_argument(
        "--base-delay",
        type=_number(float, 0.01, 3600),
        default=None,
        metavar="S",
        help="first retry delay (default: [sync] retry_base_seconds; doubles each time)",
    )
    p.add_argument(
        "--max-delay",
        type=_number(float, 0.01, 86400),
        default=None,
        metavar="S",
        help="longest retry delay (default: [sync] retry_max_seconds)",
    )
    p.add_argument(
        "--timeout",
        type=_number(float, 0.1, 3600),
        default=30.0,
        metavar="S",
        help="seconds to wait for the back office's answer (default 30)",
    )
    p.add_argument(
        "--lease",
        type=_number(float, 1, 3600),
        default=None,
        metavar="S",
        help="claim lease, renewed while the worker lives (default: [sync] lease_seconds)",
    )
    p.add_argument(
        "--batch",
        type=_number(int, 1, 1000),
        metavar="N",
        help="rows claimed at once (default: 50, the delivery worker's own)",
    )
    p.add_argument(
        "--poll",
        type=_number(float, 0.01, 3600),
        default=2.0,
        metavar="S",
        help="idle poll interval",
    )
    p.set_defaults(handler=run)


def _tuning(args: argparse.Namespace, config: Any) -> Any:
    from sync.delivery import RetryPolicy
    from sync.http_adapter import Timeouts
    from sync.service import Tuning

    base = config.sync.retry_base_seconds if args.base_delay is None else args.base_delay
    longest = config.sync.retry_max_seconds if args.max_delay is None else args.max_delay
    try:
        policy = RetryPolicy(base_delay=base, max_delay=longest)
    except ValueError as exc:
        raise UsageError(f"retry settings: {exc}") from exc
    return Tuning(policy=policy, timeouts=Timeouts(read=args.timeout))


def run(args: argparse.Namespace) -> int:
    from kiosk.config import load_config
    from kiosk.storage import open_storage
    from sync import service

    config = load_config(getattr(args, "config", None))
    if args.public_key:
        key = service.load_signing_key(config)
        print(f"# keyid: {key.key_id}  (save as {key.key_id}.pem on the back office)")
        sys.stdout.write(key.public_pem().decode("ascii"))
        return 0
    storage = open_storage(config)
    try:
        if args.retry:
            return _retry(storage, args.retry)
        if args.reconcile_day:
            return _reconcile(storage, args.reconcile_day)
        return _deliver(args, config, storage)
    finally:
        storage.close()


def _retry(storage: Any, notification_id: str) -> int:
    import uuid

    from kiosk import audit, outbox, workflow
    from kiosk.models import Status, utcnow

    try:
        nid = uuid.UUID(notification_id)
    except ValueError as exc:
        raise KioskError(f"not a notification id: {notification_id!r}") from exc
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    # Whoever can run this command holds the database and its key: recorded as an admin act.
    actor = workflow.Actor.staff(f"cli:{user}", roles=[workflow.ROLE_ADMIN])
    with storage.transaction() as session:
        record = workflow.get(session, nid)
        routes = outbox.requeue_routes(session, nid, now=utcnow())
        again = record.state is Status.DELIVERY_FAILED or not routes
        if again:  # refuses, with the reason, when the notification is not 送信失敗
            workflow.retry_delivery(session, nid, actor=actor)
        if routes:
            audit.record(
                session,
                actor=actor.audit_id,
                terminal=actor.terminal,
                action="retry_route",
                subject=str(nid),
                detail={"routes": ",".join(routes)},
            )
    parts = (["本登録"] if again else []) + routes
    print(f"{nid}: queued again ({', '.join(parts)})")
    return 0


def _reconcile(storage: Any, when: str) -> int:
    from datetime import date, datetime, timedelta

    from sync.reconcile import write_day

    today = datetime.now(storage.config.tz).date()
    if when == "today":
        day = today
    elif when == "yesterday":
        day = today - timedelta(days=1)
    else:
        try:
            day = date.fromisoformat(when)
        except ValueError as exc:
            raise UsageError(f"--reconcile-day {when!r}: not YYYY-MM-DD") from exc
    from kiosk.app.commands._context import cli_actor

    try:
        path, count = write_day(storage, day, actor=cli_actor("sync"))
    except ValueError as exc:  # a character the configured encoding cannot hold
        raise KioskError(f"reconciliation file for {day}: {exc}") from exc
    print(f"{path}: {count} notification(s) delivered on {day}")
    return 0


_ROUTE_NAMES = {"http": "HTTP JSON", "csv": "CSV drop folder"}
_ADAPTER_NAMES = {"http": "HTTP JSON", "csv": "CSV drop"}


def _status(config: Any, storage: Any) -> int:
    """Every route's queue, grouped by route; routes not configured now are marked, so that no
    waiting or failed notification is hidden."""
    from kiosk import outbox

    with storage.transaction() as session:
        health = outbox.delivery_health(session, config, problems=20)
    lines = []
    for route in health.routes:
        name = _ROUTE_NAMES.get(route.route, "department route")
        if route.department:
            name = f"{route.department}, {_ADAPTER_NAMES.get(route.adapter, route.adapter)}"
        mark = "" if route.configured else ", NOT CONFIGURED now: set it up again to deliver these"
        busy = f" ({route.in_flight} being delivered now)" if route.in_flight else ""
        lines.append(
            f"{route.route} ({name}{mark}): {route.waiting} pending{busy}, "
            f"{route.failed} failed (送信失敗)"
        )
        outage = health.line(route)
        if outage is not None:
            lines.append(f"  {outage}")
            if route.last_error:
                lines.append(f"  last error: {route.last_error}")
        lines += [f"  {p.notification_id} {p.status}: {p.reason or '-'}" for p in route.problems]
    if not lines:
        lines.append("nothing queued")
    print("\n".join(lines))
    return 0 if health.waiting == 0 and health.failed == 0 else EXIT_LEFT


def _deliver(args: argparse.Namespace, config: Any, storage: Any) -> int:
    from sync import service
    from sync.worker import BATCH, OutboxWorker

    if args.status:
        return _status(config, storage)
    tuning = _tuning(args, config)
    adapters = service.build_adapters(config, tuning)
    if args.route:
        missing = [a for a in args.route if a not in adapters]
        if missing:
            for adapter in adapters.values():
                adapter.close()
            hint = "set [backoffice] url" if missing[0] == "http" else "no [departments.NAME]"
            raise KioskError(f"--route {missing[0]}: not configured ({hint})")
        chosen = {name: adapters[name] for name in args.route}
        for name, adapter in adapters.items():
            if name not in chosen:
                adapter.close()
        adapters = chosen
    lease = config.sync.lease_seconds if args.lease is None else args.lease
    worker = OutboxWorker(
        storage,
        adapters,
        policy=tuning.policy,
        lease=timedelta(seconds=lease),
        batch=args.batch or BATCH,
    )
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        with worker:
            if args.once:
                max_wait = args.max_wait
                if max_wait is None:
                    max_wait = config.sync.retry_max_seconds
                summary = worker.drain(max_wait=max_wait, stop=stop)
                if summary.pending or summary.failed:
                    print(
                        f"kiosk sync: not everything was delivered:\n{summary.text()}",
                        file=sys.stderr,
                    )
                    return EXIT_LEFT
                return 0
            worker.run_forever(stop, idle_poll=args.poll)
            return 0
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
