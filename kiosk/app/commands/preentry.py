"""``kiosk preentry``: the pre-entry page, and 転出証明書情報 from the back office.

- ``serve`` — the phone page (静的ファイル + postal candidates), read-only, no database;
- ``build DIR`` — the same page as static files, for the city's own web server;
- ``check CODE`` — whether a pre-entry code (as a scanner typed it) is readable, in one line
  without the answers;
- ``import FILE`` — 転出証明書情報 (CSV or JSON, ``docs/tenshutsu-info.md``) into the counter's
  database, encrypted; ``-`` reads standard input;
- ``receive`` — the authenticated HTTP route the back office sends 転出証明書情報 to;
- ``token FILE`` — a fresh token for ``receive`` (mode 0600);
- ``list`` — the 転出証明書情報 held, masked (no names).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import ExitCode, KioskError, UsageError

if TYPE_CHECKING:
    from kiosk.app.preentry_web.site import Site

DEFAULT_PAGE_ADDRESS = "127.0.0.1:8470"
DEFAULT_RECEIVE_ADDRESS = "127.0.0.1:8471"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "preentry",
        help="pre-entry page for phones, and 転出証明書情報 for 特例転入",
        description="The pre-entry (事前入力) page and the 転出証明書情報 hand-over.",
    )
    inner = p.add_subparsers(dest="preentry_command", metavar="ACTION")
    inner.required = True

    serve = inner.add_parser("serve", help="serve the phone page (read-only, no database)")
    serve.add_argument("--listen", default=DEFAULT_PAGE_ADDRESS, metavar="HOST:PORT")
    serve.add_argument("--tls-cert", type=Path, help="server certificate (PEM) for HTTPS")
    serve.add_argument("--tls-key", type=Path, help="its private key (PEM)")
    serve.set_defaults(handler=_serve)

    build = inner.add_parser("build", help="write the phone page as static files")
    build.add_argument("directory", type=Path)
    build.add_argument(
        "--no-postal",
        action="store_true",
        help="leave out the postal-code files (a quick check of an installation; the page "
        "then finds no postal code)",
    )
    build.set_defaults(handler=_build)

    check = inner.add_parser("check", help="check a pre-entry code ('-': read stdin)")
    check.add_argument("code")
    check.set_defaults(handler=_check)

    imp = inner.add_parser("import", help="import 転出証明書情報 (CSV or JSON; '-': stdin)")
    imp.add_argument("file")
    imp.add_argument("--format", choices=("csv", "json"), help="default: by the file name")
    imp.set_defaults(handler=_import)

    receive = inner.add_parser("receive", help="serve the 転出証明書情報 route for the back office")
    receive.add_argument("--listen", default=DEFAULT_RECEIVE_ADDRESS, metavar="HOST:PORT")
    receive.add_argument("--token-file", type=Path, required=True, help="shared token (0600)")
    receive.add_argument("--tls-cert", type=Path, help="server certificate (PEM) for HTTPS")
    receive.add_argument("--tls-key", type=Path, help="its private key (PEM)")
    receive.set_defaults(handler=_receive)

    token = inner.add_parser("token", help="write a fresh token for 'receive' (mode 0600)")
    token.add_argument("file", type=Path)
    token.set_defaults(handler=_token)

    listing = inner.add_parser("list", help="list the 転出証明書情報 held (masked)")
    listing.set_defaults(handler=_list)


def _address(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise UsageError(f"--listen {text!r}: expected HOST:PORT")
    return host.strip("[]") or "127.0.0.1", int(port)


def _site(args: argparse.Namespace) -> Site:
    from kiosk.app.commands._context import config_from
    from kiosk.app.preentry_web.site import Site

    config = config_from(args)
    return Site(config.forms.languages, municipality=config.municipality.name)


def _serve(args: argparse.Namespace) -> int:
    from kiosk.app.preentry_web.server import PageServer
    from kiosk.app.serving import is_loopback

    host, port = _address(args.listen)
    if args.tls_cert is None and not is_loopback(host):
        print(
            f"kiosk: serving plain HTTP on {host}: put it behind the city's HTTPS server",
            file=sys.stderr,
        )
    server = PageServer(
        (host, port),
        _site(args),
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
    )
    print(f"pre-entry page on {server.url} (Ctrl+C stops)", flush=True)
    server.serve_until_interrupted()
    return 0


def _build(args: argparse.Namespace) -> int:
    site = _site(args)
    count = site.build(args.directory, postal=not args.no_postal)
    print(f"wrote {count} files to {args.directory}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from forms.preentry import PreEntryError, decode

    text = sys.stdin.read() if args.code == "-" else args.code
    try:
        entry = decode(text)
    except PreEntryError as exc:
        raise KioskError(str(exc), exit_code=ExitCode.USAGE) from exc
    print(
        f"readable: {entry.kind}{' (abroad)' if entry.abroad else ''}, "
        f"{len(entry.persons)} person(s), made on {entry.created_on.isoformat()}, "
        f"language {entry.language}"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from forms.tenshutsu import MAX_FILE_BYTES, TenshutsuInfoError, read_csv, read_file, read_json
    from kiosk.app.commands._context import cli_actor, storage_from
    from kiosk.preentry import import_tenshutsu_info

    if args.file == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        name = ""
    else:
        path = Path(args.file)
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise KioskError(f"{path}: cannot read ({exc.strerror})") from exc
        name = path.name
    try:
        if args.format == "csv":
            records = read_csv(data)
        elif args.format == "json":
            records = read_json(data)
        else:
            records = read_file(data, name=name)
    except TenshutsuInfoError as exc:
        raise KioskError(f"{args.file}: {exc}", exit_code=ExitCode.USAGE) from exc
    storage = storage_from(args)
    try:
        today = datetime.now(storage.config.tz).date()
        with storage.transaction() as session:
            report = import_tenshutsu_info(
                session, records, actor=cli_actor("preentry-import"), source="file", today=today
            )
    finally:
        storage.close()
    print(
        f"転出証明書情報: {report.added} added, {report.replaced} replaced, "
        f"{report.expired} skipped (their 特例転入 period is over)"
    )
    return 0


def _receive(args: argparse.Namespace) -> int:
    from kiosk.app.commands._context import storage_from
    from kiosk.app.tenshutsu_receiver import Receiver, read_token

    host, port = _address(args.listen)
    token = read_token(args.token_file)
    storage = storage_from(args)
    try:
        server = Receiver(
            (host, port), storage, token, tls_cert=args.tls_cert, tls_key=args.tls_key
        )
        print(f"転出証明書情報 route on {server.url}/v1/tenshutsu-info (Ctrl+C stops)", flush=True)
        server.serve_until_interrupted()
    finally:
        storage.close()
    return 0


def _token(args: argparse.Namespace) -> int:
    from kiosk.app.tenshutsu_receiver import write_token

    write_token(args.file)
    print(f"wrote a new token to {args.file} (mode 0600): give it to the back office")
    return 0


def _list(args: argparse.Namespace) -> int:
    from kiosk.app.commands._context import storage_from
    from kiosk.preentry import describe, find_all

    storage = storage_from(args)
    try:
        with storage.reader() as session:
            records = find_all(session)
    finally:
        storage.close()
    for info in records:
        print(describe(info))
    print(f"{len(records)} record(s)")
    return 0
