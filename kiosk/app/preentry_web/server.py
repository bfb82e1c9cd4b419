"""``kiosk preentry serve``: the pre-entry page over HTTP(S), read-only.

A small threaded server from the standard library: GET and HEAD of the files :class:`Site`
makes, nothing else. It takes no data (every other method is 405), sets no cookie, keeps no
access log (a postal prefix in a request line is still a hint of where someone moves), and
tells browsers to load nothing from elsewhere (Content-Security-Policy ``default-src 'self'``),
to send no referrer and to allow no camera, microphone or location.

It touches no database and no data key: it can run on the city's web server, apart from the
counter. Cities that already run a web server can publish ``kiosk preentry build``'s files
there instead and run nothing of ours.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.app.preentry_web.site import CACHE_SECONDS, Response, Site, gzipped
from kiosk.app.serving import TlsHTTPServer

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}

MAX_PATH = 256


class _Handler(BaseHTTPRequestHandler):
    server_version = "kiosk-preentry"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 15  # a client that sends nothing for this long is dropped
    site: Site

    def log_message(self, format: str, *args: object) -> None:
        """No access log: requests are not recorded (see the module docstring)."""

    def log_error(self, format: str, *args: object) -> None:
        log.debug("pre-entry page: " + format, *args)

    def _send(self, status: HTTPStatus, response: Response | None, *, head: bool) -> None:
        body = b"" if response is None else response.body
        self.send_response(status)
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        if response is None:
            body = f"{status.value} {status.phrase}\n".encode()
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
        else:
            self.send_header("Content-Type", response.content_type)
            self.send_header("Cache-Control", f"public, max-age={CACHE_SECONDS[response.cache]}")
            self.send_header("Vary", "Accept-Encoding")
            accepts = self.headers.get("Accept-Encoding", "")
            if response.compressible and "gzip" in accepts and len(body) > 1024:
                body = gzipped(response)
                self.send_header("Content-Encoding", "gzip")
        if status is HTTPStatus.METHOD_NOT_ALLOWED:
            self.send_header("Allow", "GET, HEAD")
            self.send_header("Connection", "close")  # the body sent is never read
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _get(self, *, head: bool) -> None:
        if len(self.path) > MAX_PATH:
            self._send(HTTPStatus.REQUEST_URI_TOO_LONG, None, head=head)
            return
        path = urlsplit(self.path).path
        try:
            response = self.site.get(path)
        except Exception:  # never a traceback to a phone; the log says what broke
            log.exception("pre-entry page: could not make %s", path.split("/")[1:2])
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, None, head=head)
            return
        if response is None:
            self._send(HTTPStatus.NOT_FOUND, None, head=head)
        else:
            self._send(HTTPStatus.OK, response, head=head)

    def do_GET(self) -> None:
        self._get(head=False)

    def do_HEAD(self) -> None:
        self._get(head=True)

    def _refuse(self) -> None:
        # Whatever a client sends is not read and not kept: the page sends nothing.
        self.close_connection = True
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, None, head=False)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse


class PageServer(TlsHTTPServer):
    """The page server; ``url`` is where it listens (the page's own address, ending in ``/``)."""

    thread_name = "preentry-page"

    def __init__(
        self,
        address: tuple[str, int],
        site: Site,
        *,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
    ) -> None:
        handler = type("PreEntryHandler", (_Handler,), {"site": site})
        super().__init__(address, handler, tls_cert=tls_cert, tls_key=tls_key)

    @property
    def url(self) -> str:
        return super().url + "/"
