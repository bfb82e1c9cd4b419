"""``kiosk staff add|passwd``: staff accounts."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk import staff
from kiosk.commands._context import cli_actor, storage_from
from kiosk.errors import KioskError
from kiosk.workflow import ROLE_ADMIN, ROLE_RECEPTION, ROLE_REVIEW

ROLE_NAMES = {
    "受付": ROLE_RECEPTION,
    "reception": ROLE_RECEPTION,
    "審査": ROLE_REVIEW,
    "review": ROLE_REVIEW,
    "管理": ROLE_ADMIN,
    "admin": ROLE_ADMIN,
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="staff accounts")
    inner = p.add_subparsers(dest="staff_command", metavar="ACTION")
    inner.required = True
    add = inner.add_parser("add", help="create a staff account (prints the TOTP secret once)")
    add.add_argument("login_id")
    add.add_argument("--name", required=True, help="display name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=sorted(ROLE_NAMES),
        help="受付 (reception), 審査 (review), 管理 (admin); repeat for several",
    )
    add.add_argument(
        "--second-factor", default=None, help="totp, card or none (default: from the config)"
    )
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.set_defaults(handler=run_add)
    pw = inner.add_parser("passwd", help="set a staff member's password (also unlocks)")
    pw.add_argument("login_id")
    pw.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    pw.set_defaults(handler=run_passwd)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise KioskError("the passwords differ")
    return first


def run_add(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    try:
        method = args.second_factor or storage.config.staff.second_factor
        password = _password(args)
        with storage.transaction() as session:
            enrollment = staff.add(
                session,
                args.login_id,
                display_name=args.name,
                roles=[ROLE_NAMES[r] for r in args.role],
                password=password,
                second_factor=method,
                actor=cli_actor("staff"),
            )
    finally:
        storage.close()
    print(f"staff {args.login_id} added")
    if enrollment is not None:
        print(f"{enrollment.method} secret (shown once): {enrollment.secret}")
        print(f"authenticator URI: {enrollment.uri}")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    try:
        password = _password(args)
        with storage.transaction() as session:
            staff.set_password(session, args.login_id, password, actor=cli_actor("staff"))
    finally:
        storage.close()
    print(f"password of {args.login_id} changed")
    return 0
