"""``kiosk staff …``: staff accounts (職員) — the first administrator, logins, second factors.

- ``kiosk staff first-admin [--login ID] [--name NAME] [--password-stdin]`` creates the first
  administrator (role 管理) when the counter has none; the installers run it. Run again, it only
  names the administrators there are.
- ``kiosk staff add ID --name NAME --role ROLE… [--password-stdin]`` creates an account.
- ``kiosk staff passwd ID``, ``list``, ``disable ID``, ``enable ID``, ``totp ID`` (lost phone).

A new authenticator is shown as a QR code in the terminal (and as text); on a terminal the
command then asks for a code from it, so a phone that scanned wrongly is found at once. A
password is asked twice without echo on a terminal; without one, ``--password-stdin`` reads it
from the first line of standard input, and without that the command fails in one line.
"""

from __future__ import annotations

import argparse
import sys

from kiosk import staff
from kiosk.app import terminal
from kiosk.app.commands._context import cli_actor, config_from, existing_storage, storage_from
from kiosk.errors import KioskError
from kiosk.models import utcnow
from kiosk.storage import DatabaseError, Storage
from kiosk.workflow import ROLE_ADMIN, ROLE_RECEPTION, ROLE_REVIEW

ROLE_NAMES = {
    "受付": ROLE_RECEPTION,
    "reception": ROLE_RECEPTION,
    "審査": ROLE_REVIEW,
    "review": ROLE_REVIEW,
    "管理": ROLE_ADMIN,
    "admin": ROLE_ADMIN,
}
FIRST_ADMIN_LOGIN = "admin"
FIRST_ADMIN_NAME = "管理者"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="staff accounts (職員): first administrator, add, list …")
    inner = p.add_subparsers(dest="staff_command", metavar="ACTION")
    inner.required = True
    password_stdin = {
        "action": "store_true",
        "help": "read the password from the first line of standard input (no terminal needed)",
    }
    add = inner.add_parser(
        "add", help="create a staff account (shows the authenticator's QR code once)"
    )
    add.add_argument("login_id", help="職員ID: the login id, 1-64 characters without spaces")
    add.add_argument("--name", required=True, help="display name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=sorted(ROLE_NAMES),
        help="受付 (reception), 審査 (review), 管理 (admin); repeat for several",
    )
    add.add_argument(
        "--second-factor",
        default=None,
        choices=("totp", "card", "none"),
        help="default: [staff] second_factor",
    )
    add.add_argument("--password-stdin", **password_stdin)  # type: ignore[arg-type]
    add.set_defaults(handler=run_add)

    first = inner.add_parser(
        "first-admin",
        help="create the first administrator (管理) unless there is one (installers run this)",
    )
    first.add_argument("--login", help=f"職員ID (asked on a terminal; default {FIRST_ADMIN_LOGIN})")
    first.add_argument("--name", help=f"display name (asked; default {FIRST_ADMIN_NAME})")
    first.add_argument("--password-stdin", **password_stdin)  # type: ignore[arg-type]
    first.set_defaults(handler=run_first_admin)

    pw = inner.add_parser("passwd", help="set a staff member's password (also unlocks)")
    pw.add_argument("login_id")
    pw.add_argument("--password-stdin", **password_stdin)  # type: ignore[arg-type]
    pw.set_defaults(handler=run_passwd)
    ls = inner.add_parser("list", help="list staff accounts (roles, state; no secrets)")
    ls.set_defaults(handler=run_list)
    for verb, active in (("disable", False), ("enable", True)):
        cmd = inner.add_parser(verb, help=f"{verb} a staff account (accounts are never deleted)")
        cmd.add_argument("login_id")
        cmd.set_defaults(handler=run_set_active, active=active)
    totp = inner.add_parser("totp", help="issue a new authenticator secret (lost phone)")
    totp.add_argument("login_id")
    totp.set_defaults(handler=run_totp)


def _add(
    storage: Storage,
    login_id: str,
    *,
    name: str,
    roles: list[str],
    password: str,
    method: str,
) -> None:
    """Create the account, then show (and on a terminal confirm) its second factor."""
    with storage.transaction() as session:
        enrollment = staff.add(
            session,
            login_id,
            display_name=name,
            roles=roles,
            password=password,
            second_factor=method,
            actor=cli_actor("staff"),
        )
    print(f"staff {login_id} added ({', '.join(roles)})")
    if enrollment is None:
        return
    terminal.show_enrollment(login_id, enrollment)
    if enrollment.method == "totp" and terminal.interactive():
        terminal.confirm_totp(login_id, enrollment.secret)


def run_add(args: argparse.Namespace) -> int:
    password = terminal.read_password(stdin=args.password_stdin, command="staff add")
    storage = storage_from(args)
    try:
        method = args.second_factor or storage.config.staff.second_factor
        roles = list(dict.fromkeys(ROLE_NAMES[r] for r in args.role))
        _add(storage, args.login_id, name=args.name, roles=roles, password=password, method=method)
    finally:
        storage.close()
    return 0


def _check_login(answer: str) -> str | None:
    if not answer or len(answer) > 64 or not answer.isprintable() or " " in answer:
        return "1-64 characters without spaces"
    return None


def _admins(storage: Storage) -> list[staff.StaffSummary]:
    with storage.reader() as session:
        return [a for a in staff.list_accounts(session) if a.active and ROLE_ADMIN in a.roles]


def _say_admins(admins: list[staff.StaffSummary]) -> int:
    names = ", ".join(f"{a.login_id} ({a.display_name})" for a in admins)
    print(f"an administrator exists already: {names}")
    return 0


def run_first_admin(args: argparse.Namespace) -> int:
    config = config_from(args)
    try:
        existing = existing_storage(config)
    except DatabaseError:  # an older schema: upgraded below, as at the counter's first start
        existing = None
    if existing is not None:
        try:
            admins = _admins(existing)
        finally:
            existing.close()
        if admins:
            return _say_admins(admins)
    asking = terminal.interactive() and not args.password_stdin
    if not asking and not args.password_stdin:
        raise terminal.need_terminal(
            "staff first-admin", "pipe the password in and give --password-stdin"
        )
    login = args.login or (
        terminal.ask("職員ID of the first administrator", default=FIRST_ADMIN_LOGIN,
                     check=_check_login)
        if asking
        else FIRST_ADMIN_LOGIN
    )  # fmt: skip
    name = args.name or (
        terminal.ask("表示名 (display name)", default=FIRST_ADMIN_NAME) if asking
        else FIRST_ADMIN_NAME
    )  # fmt: skip
    password = terminal.read_password(stdin=args.password_stdin, command="staff first-admin")
    storage = storage_from(args)  # set-up: creates and upgrades the database, makes the key
    try:
        admins = _admins(storage)
        if admins:  # another machine of the floor was quicker
            return _say_admins(admins)
        _add(
            storage,
            login,
            name=name,
            roles=[ROLE_ADMIN],
            password=password,
            method=config.staff.second_factor,
        )
    finally:
        storage.close()
    print(
        f"log in at the staff console with 職員ID {login}, the password and the "
        "authenticator's code; add clerks with `kiosk staff add`"
    )
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    password = terminal.read_password(stdin=args.password_stdin, command="staff passwd")
    storage = storage_from(args)
    try:
        with storage.transaction() as session:
            staff.set_password(session, args.login_id, password, actor=cli_actor("staff"))
    finally:
        storage.close()
    print(f"password of {args.login_id} changed")
    return 0


def run_list(args: argparse.Namespace) -> int:
    config = config_from(args)
    storage = existing_storage(config)
    if storage is None:
        print(
            "no staff accounts: there is no database yet (create the first "
            "administrator with `kiosk staff first-admin`)"
        )
        return 0
    try:
        with storage.reader() as session:
            accounts = staff.list_accounts(session)
    finally:
        storage.close()
    if not accounts:
        print("no staff accounts yet (create the first with `kiosk staff first-admin`)")
        return 0
    now = utcnow()
    for a in accounts:
        state = "active" if a.active else "disabled"
        if a.active and a.locked_until is not None and a.locked_until > now:
            until = a.locked_until.astimezone(config.tz)
            state = f"locked until {until:%Y-%m-%d %H:%M} {until.tzname()}"
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
    if enrollment is None:  # pragma: no cover - TOTP always enrols
        raise KioskError(f"no authenticator was issued for {args.login_id}")
    print(f"new authenticator for {args.login_id}: the old one no longer works", file=sys.stderr)
    terminal.show_enrollment(args.login_id, enrollment)
    if terminal.interactive():
        terminal.confirm_totp(args.login_id, enrollment.secret)
    return 0
