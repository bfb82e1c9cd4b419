"""``kiosk staff add|passwd``: staff accounts."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk import staff
from kiosk.app.commands._context import cli_actor, storage_from
from kiosk.errors import KioskError
from kiosk.models import utcnow
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
    ls = inner.add_parser("list", help="list staff accounts (roles, state; no secrets)")
    ls.set_defaults(handler=run_list)
    for verb, active in (("disable", False), ("enable", True)):
        cmd = inner.add_parser(verb, help=f"{verb} a staff account (accounts are never deleted)")
        cmd.add_argument("login_id")
        cmd.set_defaults(handler=run_set_active, active=active)
    totp = inner.add_parser("totp", help="issue a new TOTP secret (lost phone)")
    totp.add_argument("login_id")
    totp.set_defaults(handler=run_totp)


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


def run_list(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    try:
        with storage.reader() as session:
            accounts = staff.list_accounts(session)
    finally:
        storage.close()
    for a in accounts:
        state = "active" if a.active else "disabled"
        if a.active and a.locked_until is not None and a.locked_until > utcnow():
            state = f"locked until {a.locked_until.isoformat(timespec='minutes')}"
        factors = ",".join(a.second_factors) or "none"
        print(f"{a.login_id}\t{a.display_name}\t{','.join(a.roles)}\t{factors}\t{state}")
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    try:
        with storage.transaction() as session:
            staff.set_active(session, args.login_id, args.active, actor=cli_actor("staff"))
    finally:
        storage.close()
    print(f"staff {args.login_id} {'enabled' if args.active else 'disabled'}")
    return 0


def run_totp(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    try:
        with storage.transaction() as session:
            enrollment = staff.enroll_second_factor(
                session, args.login_id, "totp", actor=cli_actor("staff")
            )
    finally:
        storage.close()
    if enrollment is not None:
        print(f"totp secret (shown once): {enrollment.secret}")
        print(f"authenticator URI: {enrollment.uri}")
    return 0
