"""What the command modules share: the configuration and database from ``--config``."""

from __future__ import annotations

import argparse
import getpass

from kiosk.config import Config, load_config
from kiosk.storage import Storage, open_storage
from kiosk.workflow import Actor


def config_from(args: argparse.Namespace) -> Config:
    """The configuration named by ``--config`` (else ``KIOSK_CONFIG``, else the defaults)."""
    return load_config(getattr(args, "config", None))


def storage_from(args: argparse.Namespace) -> Storage:
    """The configured database, upgraded and with its data key bound."""
    return open_storage(config_from(args))


def cli_actor(command: str) -> Actor:
    """The audit identity of a command-line run: the OS account that ran it."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor.system(f"cli-{command}:{user}")
