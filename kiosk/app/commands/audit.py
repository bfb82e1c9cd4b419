"""``kiosk audit verify``: check the audit log's hash chain."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date

from kiosk import audit
from kiosk.app.commands._context import cli_actor, storage_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="the audit log (操作ログ)")
    inner = p.add_subparsers(dest="audit_command", metavar="ACTION")
    inner.required = True
    v = inner.add_parser("verify", help="detect changed, inserted or deleted audit entries")
    v.set_defaults(handler=run_verify)
    ls = inner.add_parser("list", help="print audit entries (CSV) for review or printing")
    ls.add_argument("--since", type=date.fromisoformat, help="first day (YYYY-MM-DD, UTC)")
    ls.add_argument("--until", type=date.fromisoformat, help="last day (YYYY-MM-DD, UTC)")
    ls.add_argument("--subject", help="only entries about this notification or staff id")
    ls.add_argument("--actor", help="only entries by this actor (e.g. staff:rev01)")
    ls.set_defaults(handler=run_list)


def run_verify(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    anchors = storage.config.data_dir / audit.ANCHOR_FILE
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
    """Entries as CSV: seq, time (UTC), actor, terminal, action, subject, detail — ids only.

    The listing is an export of the log, so it is itself recorded in the log first.
    """
    storage = storage_from(args)
    writer = csv.writer(sys.stdout, lineterminator="\n")
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
        writer.writerow(["seq", "at", "actor", "terminal", "action", "subject", "detail"])
        with storage.reader() as session:
            for e in audit.entries(session):
                day = e.at.date()
                if (args.since and day < args.since) or (args.until and day > args.until):
                    continue
                if args.subject and e.subject not in (args.subject, f"staff:{args.subject}"):
                    continue
                if args.actor and e.actor != args.actor:
                    continue
                stamp = e.at.isoformat(timespec="seconds")
                writer.writerow([e.seq, stamp, e.actor, e.terminal, e.action, e.subject, e.detail])
    finally:
        storage.close()
    return 0
