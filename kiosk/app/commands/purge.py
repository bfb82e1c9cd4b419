"""``kiosk purge``: remove personal data past its retention period now."""

from __future__ import annotations

import argparse

from kiosk import retention
from kiosk.app.commands._context import cli_actor, storage_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("purge", help="purge notifications past their retention period")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    try:
        with storage.transaction() as session:
            report = retention.purge(
                session,
                storage.config.retention,
                actor=cli_actor("purge"),
                print_dir=storage.config.print_dir,
            )
    finally:
        storage.close()
    print(
        f"purged {report.total}: {report.delivered} delivered, {report.returned} returned, "
        f"{report.cancelled} cancelled, {report.abandoned} abandoned drafts wiped, "
        f"{report.tenshutsu_info} 転出証明書情報 past their 特例転入 period; "
        f"{report.printed_files} saved print file(s) deleted"
    )
    return 0
