"""``kiosk key rotate``: re-encrypt the stored personal data under a new data key."""

from __future__ import annotations

import argparse

from kiosk.app.commands._context import cli_actor, storage_from
from kiosk.keys import rotate_key


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("key", help="the data key that encrypts personal data at rest")
    inner = p.add_subparsers(dest="key_command", metavar="ACTION")
    inner.required = True
    r = inner.add_parser("rotate", help="re-encrypt everything under a new key (back it up!)")
    r.set_defaults(handler=run_rotate)


def run_rotate(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    try:
        key_id = rotate_key(storage, actor=cli_actor("key"))
        where = storage.config.privacy.key_store
    finally:
        storage.close()
    print(f"data key rotated: new key id {key_id} ({where} store); back up the new key now")
    return 0
