"""``kiosk backoffice``: the reference receiver of the intake contract (demos and tests).

- ``kiosk backoffice serve --port N --db FILE`` serves the intake API on loopback (or, with
  TLS, on ``--host``), verifying counter signatures and, with ``--client-ca``, client
  certificates;
- ``kiosk backoffice list --db FILE`` lists what arrived (``serve --admin-listing`` also
  answers ``GET /v1/notifications``, to loopback clients only);
- ``kiosk backoffice openapi`` prints the contract (the committed ``docs/intake-openapi.json``).

Needs the optional ``backoffice`` extra (FastAPI, uvicorn).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

from kiosk.app.serving import is_loopback
from kiosk.errors import KioskError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "backoffice",
        help="reference back-office receiver (住民記録 intake) for demos and tests",
        description="The reference implementation of the intake contract.",
    )
    sub = parser.add_subparsers(dest="backoffice_command", metavar="ACTION")
    sub.required = True

    serve = sub.add_parser("serve", help="serve the intake API")
    serve.add_argument("--port", type=int, required=True, help="TCP port")
    serve.add_argument("--db", type=Path, required=True, help="SQLite file for what arrives")
    serve.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    serve.add_argument(
        "--trusted-keys", type=Path, metavar="DIR",
        help="folder of counters' public keys, one <keyid>.pem each",
    )  # fmt: skip
    serve.add_argument(
        "--unsigned", action="store_true", help="accept unsigned requests (fuzzing only)"
    )
    serve.add_argument("--tls-cert", type=Path, help="server certificate (PEM)")
    serve.add_argument("--tls-key", type=Path, help="server private key (PEM)")
    serve.add_argument(
        "--client-ca", type=Path, help="require client certificates issued by this CA (PEM)"
    )
    serve.add_argument(
        "--admin-listing",
        action="store_true",
        help="answer GET /v1/notifications (what arrived) to loopback clients",
    )
    serve.set_defaults(handler=_serve)

    listing = sub.add_parser("list", help="list what arrived")
    listing.add_argument("--db", type=Path, required=True)
    listing.set_defaults(handler=_list)

    openapi = sub.add_parser("openapi", help="print the intake contract (OpenAPI 3.1 JSON)")
    openapi.add_argument("--output", type=Path, help="write to this file instead of stdout")
    openapi.set_defaults(handler=_openapi)


def _require_extra() -> None:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise KioskError(
            "the reference receiver needs the 'backoffice' extra (FastAPI and uvicorn)"
        ) from exc


def _serve(args: argparse.Namespace) -> int:
    _require_extra()
    import uvicorn

    from sync.receiver import create_app
    from sync.signing import TrustedCounters

    if not 0 < args.port < 65536:
        raise KioskError(f"--port {args.port}: not a TCP port")
    if (args.tls_cert is None) != (args.tls_key is None):
        raise KioskError("--tls-cert and --tls-key go together")
    if args.client_ca is not None and args.tls_cert is None:
        raise KioskError("--client-ca needs --tls-cert and --tls-key")
    if args.tls_cert is None and not is_loopback(args.host):
        raise KioskError(f"--host {args.host}: plain HTTP is served on loopback only; add TLS")
    if args.unsigned == (args.trusted_keys is not None):
        raise KioskError("give either --trusted-keys DIR or --unsigned")
    trusted = None
    if args.trusted_keys is not None:
        if not args.trusted_keys.is_dir():
            raise KioskError(f"--trusted-keys {args.trusted_keys}: not a folder")
        try:
            trusted = TrustedCounters.from_directory(args.trusted_keys)
        except ValueError as exc:
            raise KioskError(f"--trusted-keys: {exc}") from exc
        if not trusted.key_ids():
            raise KioskError(f"--trusted-keys {args.trusted_keys}: no <keyid>.pem files")
    args.db.parent.mkdir(parents=True, exist_ok=True)
    try:
        app = create_app(args.db, trusted=trusted, admin_listing=args.admin_listing)
    except sqlite3.Error as exc:
        raise _not_a_receiver_database(args.db, exc) from exc
    options: dict[str, Any] = {}
    if args.tls_cert is not None:
        options = {"ssl_certfile": str(args.tls_cert), "ssl_keyfile": str(args.tls_key)}
        if args.client_ca is not None:
            import ssl

            options |= {"ssl_ca_certs": str(args.client_ca), "ssl_cert_reqs": ssl.CERT_REQUIRED}
    scheme = "https" if args.tls_cert else "http"
    print(f"back office listening on {scheme}://{args.host}:{args.port}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", **options)
    return 0


def _not_a_receiver_database(path: Path, exc: sqlite3.Error) -> KioskError:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return KioskError(f"{path}: not a receiver database ({reason})")


def _list(args: argparse.Namespace) -> int:
    _require_extra()
    from sync.receiver import ArrivalStore

    if not args.db.is_file():
        raise KioskError(f"{args.db}: no such receiver database")
    try:
        store = ArrivalStore(args.db)
        try:
            arrivals = store.list()
        finally:
            store.close()
    except sqlite3.Error as exc:
        raise _not_a_receiver_database(args.db, exc) from exc
    for a in arrivals:
        print(
            f"{a.received_at.isoformat()}  {a.receipt_id}  {a.notification_id}  "
            f"counter={a.counter or '-'}  key={a.idempotency_key}  replays={a.replays}"
        )
    print(f"{len(arrivals)} notification(s)", file=sys.stderr)
    return 0


def _openapi(args: argparse.Namespace) -> int:
    _require_extra()
    from sync.contract import contract_text

    text = contract_text()
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0
