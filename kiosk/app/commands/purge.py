"""``kiosk purge [--dry-run]``: remove personal data past its retention period (保存期間) now.

``--dry-run`` counts what would go and changes nothing: the purge runs inside a transaction
that is rolled back, so the count is exactly what a real run would remove at this moment. It
never creates a database.
"""

from __future__ import annotations

import argparse
from datetime import timedelta

from kiosk import retention
from kiosk.app.commands._context import cli_actor, config_from, existing_storage, storage_from
from kiosk.models import utcnow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("purge", help="purge notifications past their retention period")
    p.add_argument(
        "--dry-run", action="store_true", help="only count what would be purged; change nothing"
    )
    p.set_defaults(handler=run)


def _summary(report: retention.PurgeReport) -> str:
    return (
        f"{report.total}: {report.delivered} delivered, {report.returned} returned, "
        f"{report.cancelled} cancelled, {report.abandoned} abandoned drafts wiped, "
        f"{report.tenshutsu_info} 転出証明書情報 past their 特例転入 period"
    )


def run(args: argparse.Namespace) -> int:
    if args.dry_run:
        return _dry_run(args)
    storage = storage_from(args)
    try:
        with storage.transaction() as session:
            actor = cli_actor("purge")
            report = retention.purge(
                session,
                storage.config.retention,
                actor=actor,
                print_dir=storage.config.print_dir,
            )
            files = retention.purge_exports(session, storage.config, actor=actor)
    finally:
        storage.close()
    print(
        f"purged {_summary(report)}; {report.printed_files} saved print file(s) and {files} "
        "reconciliation file(s) deleted"
    )
    return 0


def _dry_run(args: argparse.Namespace) -> int:
    config = config_from(args)
    storage = existing_storage(config)
    if storage is None:
        print("would purge 0: there is no database yet")
        return 0
    now = utcnow()
    try:
        with storage.session() as session:
            session.begin()
            try:
                report = retention.purge(
                    session, config.retention, now=now, actor=cli_actor("purge")
                )
            finally:
                session.rollback()
    finally:
        storage.close()
    r = config.retention
    rules = [
        ("delivered", timedelta(days=r.delivered_days)),
        ("returned (差戻)", timedelta(days=r.returned_days)),
        ("cancelled (取消)", timedelta(days=r.cancelled_days)),
        ("unfinished drafts (入力中)", timedelta(hours=r.abandoned_hours)),
        ("saved print files", timedelta(days=r.printed_days)),
    ]
    print(f"would purge {_summary(report)} (nothing changed)")
    for what, age in rules:
        cut = (now - age).astimezone(config.tz)
        print(f"  {what}: those last changed before {cut:%Y-%m-%d %H:%M} {cut.tzname()}")
    return 0
