"""``kiosk preentry receive``: the counter's HTTP route for 転出証明書情報 from the back office.

The counter is the receiver here: the 住民記録 system (which holds the 転出証明書情報 that
住基ネット delivered for 特例転入) sends it ahead of the residents, so a card read at the counter
pre-fills the 転入. The contract is in ``docs/tenshutsu-info.md``:

- ``POST /v1/tenshutsu-info`` with ``Authorization: Bearer <token>`` and a body in one of the
  two documented layouts (``Content-Type: text/csv`` or ``application/json``), at most
  :data:`forms.tenshutsu.MAX_FILE_BYTES`. The import is all or nothing, and sending the same
  申請番号 again replaces it (the route is idempotent for a body).
- ``201`` with ``{"added", "replaced", "expired"}``; errors are RFC 9457 problem documents:
  ``401`` (no or wrong token), ``411`` (no length), ``413`` (too large), ``415`` (another
  media type), ``422`` (not the layout; ``detail`` names the row and column, never a value).
- ``GET /v1/health``: ``200`` when the database is reachable (no token, no data).

It is a separate listener from the page server on purpose: the page faces residents' phones
(internet or the city's web segment), this route faces the 住民記録 system in the
マイナンバー利用事務系 segment; the two never share a port or a process. Without TLS it listens on
loopback only.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import stat
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from sqlalchemy import text

from forms.tenshutsu import MAX_FILE_BYTES, TenshutsuInfoError, read_csv, read_json
from kiosk.app.serving import TlsHTTPServer, is_loopback
from kiosk.errors import ExitCode, KioskError
from kiosk.preentry import import_tenshutsu_info
from kiosk.storage import Storage
from kiosk.workflow import Actor

log = logging.getLogger(__name__)

ROUTE = "/v1/tenshutsu-info"
ACTOR = Actor.system("backoffice-http")
MIN_TOKEN_CHARS = 32


class TokenError(KioskError):
    """The token file is missing, readable by others, or too short: a setting to correct."""

    exit_code = ExitCode.CONFIG


def read_token(path: Path) -> str:
    """The shared token, from a file only its owner can read (like the data key file)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise TokenError(f"{path}: no such token file (make one: kiosk preentry token)") from None
    if sys.platform != "win32" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise TokenError(
            f"{path}: the token file is accessible to other users "
            f"(mode {stat.S_IMODE(st.st_mode):04o}); run: chmod 600 {path}"
        )
    token = path.read_text(encoding="utf-8").strip()
    if len(token) < MIN_TOKEN_CHARS or not token.isascii() or not token.isprintable():
        raise TokenError(
            f"{path}: a token is at least {MIN_TOKEN_CHARS} printable ASCII characters"
        )
    return token


def write_token(path: Path) -> None:
    """A fresh random token, written 0600 from the first byte; refuses to overwrite."""
    import secrets

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise TokenError(f"{path}: already exists; remove it first to make a new token") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secrets.token_urlsafe(32) + "\n")


class _Handler(BaseHTTPRequestHandler):
    server_version = "kiosk-tenshutsu-receiver"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 30
    storage: Storage
    token: str
    today: Any  # callable returning the counter's date

    def log_message(self, format: str, *args: object) -> None:
        log.info("tenshutsu receiver: " + format, *args)

    def _reply(self, status: HTTPStatus, document: dict[str, Any], *, problem: bool) -> None:
        body = json.dumps(document, ensure_ascii=False).encode()
        self.send_response(status)
        kind = "application/problem+json" if problem else "application/json"
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        if self.close_connection:  # the body may be unread: this connection ends here
            self.send_header("Connection", "close")
        if status is HTTPStatus.UNAUTHORIZED:
            self.send_header("WWW-Authenticate", 'Bearer realm="tenshutsu-info"')
        self.end_headers()
        self.wfile.write(body)

    def _problem(self, status: HTTPStatus, detail: str) -> None:
        self.close_connection = True
        self._reply(
            status, {"type": "about:blank", "title": status.phrase, "status": status.value,
                     "detail": detail}, problem=True,
        )  # fmt: skip

    def do_GET(self) -> None:
        if self.path != "/v1/health":
            self._problem(HTTPStatus.NOT_FOUND, "no such route")
            return
        try:
            with self.storage.reader() as session:
                session.execute(text("select 1"))
        except Exception:
            log.exception("tenshutsu receiver: database unreachable")
            self._problem(HTTPStatus.SERVICE_UNAVAILABLE, "the counter's database is unreachable")
            return
        self._reply(HTTPStatus.OK, {"status": "ok"}, problem=False)

    def do_POST(self) -> None:
        if self.path != ROUTE:
            self._problem(HTTPStatus.NOT_FOUND, "no such route")
            return
        given = self.headers.get("Authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            token.strip().encode(), self.token.encode()
        ):
            log.warning("tenshutsu receiver: refused a request without the right token")
            self._problem(HTTPStatus.UNAUTHORIZED, "a valid bearer token is required")
            return
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.isdigit():
            self._problem(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required")
            return
        length = int(length_text)
        if length > MAX_FILE_BYTES:
            self._problem(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"the body is {length} bytes; at most {MAX_FILE_BYTES} are taken",
            )
            return
        media = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media not in ("text/csv", "application/json"):
            self._problem(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send text/csv or application/json")
            return
        body = self.rfile.read(length)
        try:
            records = read_csv(body) if media == "text/csv" else read_json(body)
            with self.storage.transaction() as session:
                report = import_tenshutsu_info(
                    session, records, actor=ACTOR, source="http", today=self.today()
                )
        except TenshutsuInfoError as exc:
            self._problem(HTTPStatus.UNPROCESSABLE_ENTITY, str(exc))
            return
        except KioskError as exc:
            self._problem(HTTPStatus.UNPROCESSABLE_ENTITY, str(exc))
            return
        except Exception:
            log.exception("tenshutsu receiver: import failed")
            self._problem(HTTPStatus.INTERNAL_SERVER_ERROR, "the import failed; nothing was kept")
            return
        self._reply(
            HTTPStatus.CREATED,
            {"added": report.added, "replaced": report.replaced, "expired": report.expired},
            problem=False,
        )


class Receiver(TlsHTTPServer):
    """The receiver on ``address``; TLS with ``tls_cert``/``tls_key``, else loopback only."""

    thread_name = "tenshutsu-receiver"

    def __init__(
        self,
        address: tuple[str, int],
        storage: Storage,
        token: str,
        *,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
    ) -> None:
        if tls_cert is None and not is_loopback(address[0]):
            raise KioskError(
                f"without --tls-cert the receiver listens on loopback only, not {address[0]}"
            )

        def today() -> Any:
            from datetime import datetime

            return datetime.now(storage.config.tz).date()

        handler = type(
            "TenshutsuHandler",
            (_Handler,),
            {"storage": storage, "token": token, "today": staticmethod(today)},
        )
        super().__init__(address, handler, tls_cert=tls_cert, tls_key=tls_key)
