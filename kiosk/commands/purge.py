"""``kiosk purge``: remove personal data past its retention period now."""

from __future__ import annotations

import argparse

from kiosk import retention
from kiosk.commands._context import cli_actor, storage_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("purge", help="purge notifications past their retention period")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    try:
        with storage.transaction() as session:
            actor = cli_actor("purge")
            report = retention.purge(session, storage.config.retention, actor=actor)
            files = retention.purge_exports(session, storage.config, actor=actor)
    finally:
        storage.close()
    print(
        f"purged {report.total}: {report.delivered} delivered, {report.returned} returned, "
        f"{report.cancelled} cancelled, {report.abandoned} abandoned drafts wiped; "
        f"{files} reconciliation file(s) deleted"
    )
    return 0
