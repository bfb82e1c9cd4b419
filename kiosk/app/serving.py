"""Small servers the commands, the demo and the tests start on this machine.

- :func:`is_loopback` (from :mod:`sync.transport`, the one place that decides it): whether a
  host name or address is this machine only (plain HTTP is served there alone);
- :class:`TlsHTTPServer`: the standard library's threaded HTTP server, optionally behind TLS 1.2+,
  with its URL and a background thread (the pre-entry page, the 転出証明書情報 receiver);
- :class:`ReferenceBackOffice`: the reference back-office receiver (:mod:`sync.receiver`) served
  by uvicorn on a thread on 127.0.0.1, as the demo and the delivery tests run it.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError
from sync.transport import is_loopback

__all__ = ["ReferenceBackOffice", "TlsHTTPServer", "is_loopback"]


class TlsHTTPServer(ThreadingHTTPServer):
    """A threaded HTTP server, behind TLS (1.2 or later) when given a certificate and its key."""

    daemon_threads = True
    #: The name of the thread :meth:`start` serves on (it shows in thread dumps and logs).
    thread_name = "http-server"

    def __init__(
        self,
        address: tuple[str, int],
        handler: Any,
        *,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
    ) -> None:
        super().__init__(address, handler)
        self.scheme = "http"
        if tls_cert is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.load_cert_chain(tls_cert, tls_key)
            self.socket = context.wrap_socket(self.socket, server_side=True)
            self.scheme = "https"

    @property
    def url(self) -> str:
        """``scheme://host:port`` of the listening socket (an IPv6 address in brackets)."""
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        shown = f"[{host}]" if ":" in host else host
        return f"{self.scheme}://{shown}:{port}"

    def start(self) -> threading.Thread:
        """Serve on a background thread (tests, the demo); :meth:`shutdown` stops it."""
        thread = threading.Thread(target=self.serve_forever, name=self.thread_name, daemon=True)
        thread.start()
        return thread

    def serve_until_interrupted(self) -> None:
        """Serve on this thread until Ctrl+C (a command in the foreground), then close."""
        try:
            self.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self.server_close()


class ReferenceBackOffice:
    """The reference receiver (:mod:`sync.receiver`) served by uvicorn on a thread, on 127.0.0.1
    at a port the system picks.

    ``trusted_pems`` (key id → public key PEM) are the counters whose signed requests it accepts;
    ``None`` accepts unsigned ones. ``tls`` is (certificate, key, client CA or None): with a
    client CA it asks every client for a certificate that CA signed (mutual TLS).
    ``admin_listing`` adds the receiver's own listing of what arrived (loopback clients only).
    Needs the ``backoffice`` extra (FastAPI, uvicorn).
    """

    def __init__(
        self,
        db_path: Path,
        *,
        trusted_pems: dict[str, bytes] | None,
        tls: tuple[Path, Path, Path | None] | None = None,
        admin_listing: bool = False,
    ) -> None:
        try:
            import uvicorn

            from sync.receiver import create_app
            from sync.signing import TrustedCounters
        except ImportError as exc:
            raise KioskError(
                "the reference back office needs the 'backoffice' extra (FastAPI and uvicorn)"
            ) from exc
        db_path.parent.mkdir(parents=True, exist_ok=True)
        trusted = None if trusted_pems is None else TrustedCounters.from_pems(trusted_pems)
        self.app = create_app(db_path, trusted=trusted, admin_listing=admin_listing)
        self.db_path = db_path
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = int(self._sock.getsockname()[1])
        options: dict[str, Any] = {}
        if tls is not None:
            cert, key, client_ca = tls
            options = {"ssl_certfile": str(cert), "ssl_keyfile": str(key)}
            if client_ca is not None:
                options |= {"ssl_ca_certs": str(client_ca), "ssl_cert_reqs": ssl.CERT_REQUIRED}
        self.scheme = "https" if tls is not None else "http"
        config = uvicorn.Config(
            self.app, log_level="warning", lifespan="off", access_log=False, **options
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._sock]},
            name="reference-backoffice",
            daemon=True,
        )

    @property
    def url(self) -> str:
        """The base URL (the HTTP adapter appends the intake path)."""
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def start(self) -> ReferenceBackOffice:
        """Serve, and return once uvicorn listens (within 20 seconds)."""
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise KioskError("the reference back office did not start on 127.0.0.1")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Stop serving and close the receiver's database."""
        self._server.should_exit = True
        self._thread.join(timeout=20)
        self._sock.close()
        self.app.state.store.close()

    def arrivals(self) -> list[Any]:
        """What the receiver holds (``sync.receiver.Arrival`` rows)."""
        return list(self.app.state.store.list())

    def export(self, folder: Path) -> int:
        """Write each arrival as ``<receipt>.json`` (the body as received, plus the receipt)."""
        folder.mkdir(parents=True, exist_ok=True)
        store = self.app.state.store
        arrivals = store.list()
        for a in arrivals:
            body = store.body(a.idempotency_key) or b"{}"
            record = {
                "receipt": json.loads(a.model_dump_json()),
                "notification": json.loads(body),
            }
            (folder / f"{a.receipt_id}.json").write_text(
                json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8"
            )
        return len(arrivals)
