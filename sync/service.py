"""Wiring delivery from the configuration: adapters, the counter's signing key, the worker.

Both adapters can serve one database at once: rows queued for ``http`` go to the HTTP intake
(when ``[backoffice] url`` is set), rows queued for ``csv`` to the drop folder. The counter's
signing key lives at ``[backoffice] signing_key``; when unset, a key is created on first use in
the data folder (mode 0600) and ``kiosk sync --public-key`` prints the public half for the
back-office vendor. The key id is the counter id (``[counter] id``).

Private keys (the signing key, the TLS client key) must be readable by their owner only: like
ssh, delivery refuses a key file that other users can read (mode 0644), with one line saying
how to fix it, rather than use it silently.
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.config import Config
from kiosk.errors import KioskError
from sync.csv_drop import CsvDropAdapter
from sync.delivery import Adapter, RetryPolicy
from sync.http_adapter import HttpAdapter, Timeouts
from sync.signing import CounterKey
from sync.transport import EndpointRefused, check_endpoint, client_tls_context


class DeliveryConfigError(KioskError):
    """The delivery settings cannot work (exit status 78, EX_CONFIG)."""

    exit_code = 78


@dataclass(frozen=True)
class Tuning:
    """Delivery knobs given on the command line of ``kiosk sync`` (the rest is ``[sync]``)."""

    policy: RetryPolicy = field(default_factory=RetryPolicy)
    timeouts: Timeouts = field(default_factory=Timeouts)
    ack_poll_seconds: float = 60.0


def check_private_key_file(path: Path, what: str) -> None:
    """Refuse (:class:`DeliveryConfigError`) a private key file that other users may read or
    write, as ssh does; a missing file is left to the caller to report."""
    if sys.platform == "win32":
        return  # ACLs, not mode bits; the installer restricts the data folder
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise DeliveryConfigError(
            f"{what} {path} is accessible to other users (mode {stat.S_IMODE(mode):04o}); "
            f"refusing to use it: run chmod 600 {path}"
        )


def signing_key_path(config: Config) -> Path:
    return config.backoffice.signing_key or config.data_dir / "signing-key.pem"


def load_signing_key(config: Config, *, create: bool = True) -> CounterKey:
    """The counter's signing key; created (0600) at the default place when missing."""
    path = signing_key_path(config)
    key_id = config.counter.id
    if not path.exists():
        if config.backoffice.signing_key is not None or not create:
            raise DeliveryConfigError(f"signing key {path} does not exist")
        key = CounterKey.generate(key_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key.private_pem())
        return key
    check_private_key_file(path, "the signing key")
    try:
        return CounterKey.load(path, key_id)
    except (OSError, ValueError) as exc:
        raise DeliveryConfigError(f"cannot read the signing key {path}: {exc}") from exc


def http_adapter(config: Config, tuning: Tuning | None = None) -> HttpAdapter:
    """The HTTP adapter from ``[backoffice]``; raises :class:`DeliveryConfigError` on bad TLS
    settings or a URL personal data may not go to."""
    tuning = tuning or Tuning()
    backoffice = config.backoffice
    try:
        url = check_endpoint(backoffice.url)
    except EndpointRefused as exc:
        raise DeliveryConfigError(f"[backoffice] url: {exc}") from exc
    tls = None
    if url.scheme == "https":
        if backoffice.ca_cert is None:
            raise DeliveryConfigError(
                "[backoffice] ca_cert: set the CA that issued the back office's certificate "
                "(it is pinned; the system store is not used)"
            )
        if backoffice.client_cert is None:
            raise DeliveryConfigError(
                "[backoffice] client_cert: set the counter's client certificate (mutual TLS)"
            )
        check_private_key_file(
            backoffice.client_key or backoffice.client_cert,
            "[backoffice] client_key" if backoffice.client_key else "[backoffice] client_cert",
        )
        try:
            tls = client_tls_context(
                ca_file=backoffice.ca_cert,
                client_cert=backoffice.client_cert,
                client_key=backoffice.client_key,
            )
        except (OSError, ValueError) as exc:
            raise DeliveryConfigError(f"[backoffice] TLS files: {exc}") from exc
    return HttpAdapter(
        backoffice.url, key=load_signing_key(config), tls=tls, timeouts=tuning.timeouts
    )


def csv_adapter(config: Config, tuning: Tuning | None = None) -> CsvDropAdapter:
    tuning = tuning or Tuning()
    return CsvDropAdapter(
        config.csv_dir,
        encoding=config.backoffice.csv_encoding,
        ack_poll_seconds=tuning.ack_poll_seconds,
    )


def build_adapters(config: Config, tuning: Tuning | None = None) -> dict[str, Adapter]:
    """Every adapter the configuration allows: CSV always (its folder has a default), HTTP
    when ``[backoffice] url`` is set."""
    adapters: dict[str, Adapter] = {"csv": csv_adapter(config, tuning)}
    if config.backoffice.url:
        adapters["http"] = http_adapter(config, tuning)
    return adapters
