"""Wiring delivery from the configuration: adapters, the counter's signing key, the worker.

Both adapters can serve one database at once: rows queued for ``http`` go to the HTTP intake
(when ``[backoffice] url`` is set), rows queued for ``csv`` to the drop folder. Each department
route (``[departments.<name>]``) gets an adapter of its own under its name: an HTTP one (same
signing key, its own URL and TLS files) or a CSV one (its own drop folder), both handing over
only the route's values (:mod:`sync.department`). The counter's
signing key lives at ``[backoffice] signing_key``; when unset, a key is created on first use in
the data folder (mode 0600) and ``kiosk sync --public-key`` prints the public half for the
back-office vendor. The key id is the counter id (``[counter] id``).

Private keys (the signing key, the TLS client key) must be readable by their owner only: like
ssh, delivery refuses a key file that other users can read (mode 0644), with one line saying
how to fix it, rather than use it silently.
"""

from __future__ import annotations

import os
import ssl
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.config import Config, Department
from kiosk.errors import KioskError
from sync.csv_drop import CsvDropAdapter
from sync.delivery import Adapter, Parcel, RetryPolicy
from sync.department import delivery_csv, delivery_json
from sync.http_adapter import DEPARTMENT_PATH, HttpAdapter, Timeouts
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


def _tls(
    where: str,
    url_text: str,
    ca_cert: Path | None,
    client_cert: Path | None,
    client_key: Path | None,
    whose: str,
) -> ssl.SSLContext | None:
    """The mutual-TLS context for an ``https://`` endpoint (None for loopback ``http://``);
    ``where`` names the settings' section in errors (``[backoffice]``)."""
    try:
        url = check_endpoint(url_text)
    except EndpointRefused as exc:
        raise DeliveryConfigError(f"{where} url: {exc}") from exc
    if url.scheme != "https":
        return None
    if ca_cert is None:
        raise DeliveryConfigError(
            f"{where} ca_cert: set the CA that issued {whose} certificate "
            "(it is pinned; the system store is not used)"
        )
    if client_cert is None:
        raise DeliveryConfigError(
            f"{where} client_cert: set the counter's client certificate (mutual TLS)"
        )
    check_private_key_file(
        client_key or client_cert,
        f"{where} client_key" if client_key else f"{where} client_cert",
    )
    try:
        return client_tls_context(ca_file=ca_cert, client_cert=client_cert, client_key=client_key)
    except (OSError, ValueError) as exc:
        raise DeliveryConfigError(f"{where} TLS files: {exc}") from exc


def http_adapter(config: Config, tuning: Tuning | None = None) -> HttpAdapter:
    """The HTTP adapter from ``[backoffice]``; raises :class:`DeliveryConfigError` on bad TLS
    settings or a URL personal data may not go to."""
    tuning = tuning or Tuning()
    backoffice = config.backoffice
    tls = _tls(
        "[backoffice]",
        backoffice.url,
        backoffice.ca_cert,
        backoffice.client_cert,
        backoffice.client_key,
        "the back office's",
    )
    return HttpAdapter(
        backoffice.url, key=load_signing_key(config), tls=tls, timeouts=tuning.timeouts
    )


def department_adapter(
    config: Config, route: str, tuning: Tuning | None = None
) -> HttpAdapter | CsvDropAdapter:
    """The adapter of department route ``route`` (``[departments.<route>]``): it hands over
    only the route's values. Raises :class:`DeliveryConfigError` like :func:`http_adapter`."""
    tuning = tuning or Tuning()
    department = config.departments[route]
    if department.adapter == "csv":
        return CsvDropAdapter(
            config.department_csv_dir(route),
            encoding=department.csv_encoding,
            ack_poll_seconds=tuning.ack_poll_seconds,
            name=route,
            renderer=_csv_renderer(route, department),
        )
    where = f"[departments.{route}]"
    tls = _tls(
        where,
        department.url,
        department.ca_cert,
        department.client_cert,
        department.client_key,
        f"the {route} department system's",
    )
    return HttpAdapter(
        department.url,
        key=load_signing_key(config),
        tls=tls,
        timeouts=tuning.timeouts,
        name=route,
        path=DEPARTMENT_PATH,
        body=_json_renderer(route, department),
    )


def _json_renderer(route: str, department: Department) -> Callable[[Parcel], bytes]:
    def render(parcel: Parcel) -> bytes:
        return delivery_json(parcel.notification, route, department)

    return render


def _csv_renderer(route: str, department: Department) -> Callable[[Parcel], bytes]:
    def render(parcel: Parcel) -> bytes:
        return delivery_csv(
            parcel.notification, route, department, encoding=department.csv_encoding
        )

    return render


def csv_adapter(config: Config, tuning: Tuning | None = None) -> CsvDropAdapter:
    tuning = tuning or Tuning()
    return CsvDropAdapter(
        config.csv_dir,
        encoding=config.backoffice.csv_encoding,
        ack_poll_seconds=tuning.ack_poll_seconds,
    )


def build_adapters(config: Config, tuning: Tuning | None = None) -> dict[str, Adapter]:
    """Every adapter the configuration allows, by route: CSV always (its folder has a
    default), HTTP when ``[backoffice] url`` is set, and one per department route."""
    adapters: dict[str, Adapter] = {"csv": csv_adapter(config, tuning)}
    if config.backoffice.url:
        adapters["http"] = http_adapter(config, tuning)
    try:
        for route in config.departments:
            adapters[route] = department_adapter(config, route, tuning)
    except DeliveryConfigError:
        for adapter in adapters.values():
            adapter.close()
        raise
    return adapters
