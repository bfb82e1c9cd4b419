"""What the command modules share: the configuration and database from ``--config``.

Importing this module is light (``kiosk tablet`` imports it before the resident screens'
first frame): the configuration, the database and the workflow are imported by the functions
that use them.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.storage import Storage
    from kiosk.workflow import Actor


def config_from(args: argparse.Namespace) -> Config:
    """The configuration named by ``--config`` (else ``KIOSK_CONFIG``, else the defaults)."""
    from kiosk.config import load_config

    return load_config(getattr(args, "config", None))


def storage_from(args: argparse.Namespace) -> Storage:
    """The configured database, upgraded and with its data key bound."""
    from kiosk.storage import open_storage

    return open_storage(config_from(args))


def existing_storage(config: Config) -> Storage | None:
    """The configured database as it is, or None when there is none yet.

    For commands that only read or report (``staff list``, ``audit``, ``purge --dry-run``): they
    never create a database file, a schema or a data key; a database at an older schema is
    refused with the advice to run ``kiosk db upgrade``. A database this counter held data in
    that is now empty or gone is refused too (:func:`kiosk.storage.check_not_lost`), never
    reported as "none yet".
    """
    from sqlalchemy.engine import make_url

    from kiosk.storage import check_not_lost, current_revision, make_engine, open_storage

    check_not_lost(config)
    url = make_url(config.database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        return None
    engine = make_engine(config.database_url, busy_timeout_ms=config.database.busy_timeout_ms)
    try:
        revision = current_revision(engine)
    finally:
        engine.dispose()
    if revision is None:
        return None
    return open_storage(config, migrate=False)


def cli_actor(command: str) -> Actor:
    """The audit identity of a command-line run: the OS account that ran it."""
    from kiosk.workflow import Actor

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor.system(f"cli-{command}:{user}")
