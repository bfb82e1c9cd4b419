"""``kiosk sync``: deliver approved notifications to the back office (送信).

- ``kiosk sync`` runs until stopped (SIGTERM / Ctrl-C finish the current delivery first);
- ``kiosk sync --once`` delivers everything due now, waiting out retries up to the cap, and
  exits 0 when nothing is left, 8 (:attr:`kiosk.errors.ExitCode.NOT_DELIVERED`) with a summary
  when some notifications are still pending or failed (送信失敗);
- ``kiosk sync --status`` prints that summary without delivering;
- ``kiosk sync --retry ID`` puts a 送信失敗 notification back in the queue (same idempotency
  key), for when the cause was fixed;
- ``kiosk sync --public-key`` prints the counter's signing public key for the back office;
- ``kiosk sync --reconcile-day DATE`` writes the day's reconciliation CSV (both routes can run:
  HTTP delivery one by one, plus a nightly file of what was delivered).
"""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
import threading
from datetime import timedelta
from types import FrameType
from typing import Any

from kiosk.errors import ExitCode, KioskError, UsageError

EXIT_LEFT = ExitCode.NOT_DELIVERED


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
        "--adapter",
        action="append",
        choices=("http", "csv"),
        help="serve only this route (repeatable; default: every configured one)",
    )
    p.add_argument(
        "--max-wait",
        type=float,
        default=None,
        metavar="S",
        help="--once: longest total wait between retries (default: the whole backoff schedule)",
    )
    p.add_argument(
        "--max-attempts",
        type=int,
        default=8,
        metavar="N",
        help="attempts before 送信失敗 (default 8)",
    )
    p.add_argument(
        "--base-delay",
        type=float,
        default=2.0,
        metavar="S",
        help="first retry delay (default 2 s; doubles each time)",
    )
    p.add_argument(
        "--max-delay",
        type=float,
        default=300.0,
        metavar="S",
        help="longest retry delay (default 300 s)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="seconds to wait for the back office's answer (default 30)",
    )
    p.add_argument(
        "--lease",
        type=float,
        default=None,
        metavar="S",
        help="claim lease (default: long enough for a batch at the timeout)",
    )
    p.add_argument("--batch", type=int, default=20, metavar="N", help="rows claimed at once")
    p.add_argument("--poll", type=float, default=2.0, metavar="S", help="idle poll interval")
    p.set_defaults(handler=run)


def _tuning(args: argparse.Namespace) -> Any:
    from sync.delivery import RetryPolicy
    from sync.http_adapter import Timeouts
    from sync.service import Tuning

    try:
        policy = RetryPolicy(
            max_attempts=args.max_attempts, base_delay=args.base_delay, max_delay=args.max_delay
        )
    except ValueError as exc:
        raise UsageError(f"retry settings: {exc}") from exc
    if args.timeout <= 0 or args.batch < 1 or args.poll <= 0:
        raise UsageError("--timeout, --batch and --poll must be positive")
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

    from kiosk import workflow

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
        workflow.retry_delivery(session, nid, actor=actor)
    print(f"{nid}: queued again (本登録)")
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
    try:
        path, count = write_day(storage, day)
    except ValueError as exc:  # a character the configured encoding cannot hold
        raise KioskError(f"reconciliation file for {day}: {exc}") from exc
    print(f"{path}: {count} notification(s) delivered on {day}")
    return 0


def _deliver(args: argparse.Namespace, config: Any, storage: Any) -> int:
    from sync import service
    from sync.worker import OutboxWorker

    tuning = _tuning(args)
    adapters = service.build_adapters(config, tuning)
    if args.adapter:
        missing = [a for a in args.adapter if a not in adapters]
        if missing:
            raise KioskError(f"--adapter {missing[0]}: not configured (set [backoffice] url)")
        adapters = {name: adapters[name] for name in args.adapter}
    attempt_budget = tuning.timeouts.connect + tuning.timeouts.write + tuning.timeouts.read
    lease = args.lease if args.lease is not None else max(60.0, args.batch * attempt_budget * 1.5)
    worker = OutboxWorker(
        storage, adapters, policy=tuning.policy, lease=timedelta(seconds=lease), batch=args.batch
    )
    if args.status:
        summary = worker.summary()
        for adapter in adapters.values():
            adapter.close()
        print(summary.text())
        return 0 if summary.pending == 0 and summary.failed == 0 else EXIT_LEFT
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        with worker:
            if args.once:
                max_wait = args.max_wait
                if max_wait is None:
                    max_wait = sum(
                        min(tuning.policy.max_delay, tuning.policy.base_delay * 2**i)
                        for i in range(tuning.policy.max_attempts)
                    )
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
