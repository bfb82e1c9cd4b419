"""``kiosk audit verify`` and ``kiosk audit list``: the audit log (操作ログ).

Times are stored in UTC; ``audit list`` prints them in the counter's time zone
(``[counter] timezone``, Asia/Tokyo by default) and reads ``--since`` / ``--until`` as days
there, so ``--since 2026-04-10`` starts at midnight in Japan. Neither command creates a
database.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date, datetime, time, timedelta

from kiosk import audit
from kiosk.app.commands._context import cli_actor, config_from, existing_storage
from kiosk.errors import UsageError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="the audit log (操作ログ)")
    inner = p.add_subparsers(dest="audit_command", metavar="ACTION")
    inner.required = True
    v = inner.add_parser("verify", help="detect changed, inserted or deleted audit entries")
    v.set_defaults(handler=run_verify)
    ls = inner.add_parser("list", help="print audit entries (CSV) for review or printing")
    ls.add_argument("--since", type=_day, help="first day (YYYY-MM-DD, the counter's time zone)")
    ls.add_argument("--until", type=_day, help="last day (YYYY-MM-DD, the counter's time zone)")
    ls.add_argument("--subject", help="only entries about this notification or staff id")
    ls.add_argument("--actor", help="only entries by this actor (e.g. staff:rev01)")
    ls.set_defaults(handler=run_list)


def run_verify(args: argparse.Namespace) -> int:
    config = config_from(args)
    storage = existing_storage(config)
    if storage is None:
        print("no audit log yet: the database does not exist")
        return 0
    anchors = config.data_dir / audit.ANCHOR_FILE
    try:
        with storage.reader() as session:
            result = audit.verify(session, anchors)
            if result.ok:
                audit.write_anchor(session, anchors)
    finally:
        storage.close()
    if result.ok:
        print(f"audit log intact: {result.checked} entries")
        return 0
    for problem in result.problems:
        print(f"TAMPERED: {problem}")
    print(f"audit log damaged: {len(result.problems)} problem(s) in {result.checked} entries")
    return 1


def run_list(args: argparse.Namespace) -> int:
    """Entries as CSV: seq, time (counter's zone), actor, terminal, action, subject, detail.

    The listing is an export of the log, so it is itself recorded in the log first.
    """
    config = config_from(args)
    tz = config.tz
    if args.since and args.until and args.until < args.since:
        raise UsageError(f"--until {args.until} is before --since {args.since}")
    start = datetime.combine(args.since, time(), tz) if args.since else None
    end = datetime.combine(args.until + timedelta(days=1), time(), tz) if args.until else None
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["seq", "at", "actor", "terminal", "action", "subject", "detail"])
    storage = existing_storage(config)
    if storage is None:
        return 0
    try:
        actor = cli_actor("audit")
        filters = {
            "since": args.since.isoformat() if args.since else None,
            "until": args.until.isoformat() if args.until else None,
            "subject": args.subject[:80] if args.subject else None,
            "actor": args.actor[:80] if args.actor else None,
        }
        with storage.transaction() as session:
            audit.record(
                session,
                actor=actor.audit_id,
                terminal=actor.terminal,
                action="export",
                subject="audit-log",
                detail={k: v for k, v in filters.items() if v is not None},
            )
        with storage.reader() as session:
            for e in audit.entries(session):
                if (start and e.at < start) or (end and e.at >= end):
                    continue
                if args.subject and e.subject not in (args.subject, f"staff:{args.subject}"):
                    continue
                if args.actor and e.actor != args.actor:
                    continue
                stamp = e.at.astimezone(tz).isoformat(timespec="seconds")
                writer.writerow([e.seq, stamp, e.actor, e.terminal, e.action, e.subject, e.detail])
    finally:
        storage.close()
    return 0
