"""``kiosk db upgrade`` (and ``kiosk db status``): the database schema."""

from __future__ import annotations

import argparse
import logging

from kiosk.app.commands._context import config_from
from kiosk.storage import (
    check_not_lost,
    current_revision,
    head_revision,
    make_engine,
    open_storage,
)

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="database schema: upgrade, status")
    inner = p.add_subparsers(dest="db_command", metavar="ACTION")
    inner.required = True
    up = inner.add_parser("upgrade", help="upgrade the database to this release's schema")
    up.set_defaults(handler=run_upgrade)
    st = inner.add_parser("status", help="show the schema revision of the database")
    st.set_defaults(handler=run_status)


def run_upgrade(args: argparse.Namespace) -> int:
    config = config_from(args)
    check_not_lost(config)  # an emptied database is restored, not set up again
    engine = make_engine(config.database_url, busy_timeout_ms=config.database.busy_timeout_ms)
    try:
        before = current_revision(engine)
    finally:
        engine.dispose()
    storage = open_storage(config)  # upgrades, then checks (or creates) the data key
    try:
        after = current_revision(storage.engine)
    finally:
        storage.close()
    if before == after:
        log.info("database already at schema %s", after)
        print(f"database already at {after}")
    else:
        log.info("database upgraded: schema %s → %s", before or "empty", after)
        print(f"database upgraded: {before or 'empty'} → {after}")
    return 0


def run_status(args: argparse.Namespace) -> int:
    config = config_from(args)
    check_not_lost(config)
    engine = make_engine(config.database_url, busy_timeout_ms=config.database.busy_timeout_ms)
    try:
        rev = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    state = "up to date" if rev == head else "needs `kiosk db upgrade`"
    print(f"schema {rev or 'empty'} (this release: {head}): {state}")
    return 0 if rev == head else 1
