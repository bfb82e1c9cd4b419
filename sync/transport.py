"""The rules for reaching the back office: which URLs are allowed, and the mutual-TLS context.

Personal data leaves the counter only over TLS with both sides authenticated: the counter shows
a client certificate, and it trusts exactly the CA the municipality pinned for its back office
(not the operating system's store). Plain ``http://`` exists for tests and demos on one machine,
so it is accepted only for loopback addresses and refused for anything else.
"""

from __future__ import annotations

import ipaddress
import ssl
from pathlib import Path

import httpx


class EndpointRefused(ValueError):
    """The configured back-office URL is not one personal data may be sent to."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine only (``localhost``, 127.0.0.0/8, ``::1``, with or
    without the brackets of a URL): the one place that decides where plain HTTP may go or be
    served.

    >>> is_loopback("127.0.0.1"), is_loopback("[::1]"), is_loopback("LOCALHOST")
    (True, True, True)
    >>> is_loopback("192.0.2.1"), is_loopback("localhost.example")
    (False, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_endpoint(url: str) -> httpx.URL:
    """Return ``url`` parsed if it may receive notifications; raise :class:`EndpointRefused`."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise EndpointRefused(f"not a valid URL: {url!r} ({exc})") from exc
    if not parsed.host:
        raise EndpointRefused(f"the back-office URL has no host: {url!r}")
    if parsed.scheme == "https":
        return parsed
    if parsed.scheme == "http":
        if is_loopback(parsed.host):
            return parsed
        raise EndpointRefused(
            f"plain http:// is refused for {parsed.host}: personal data is sent only over "
            "https:// with a client certificate (http:// is allowed to this machine only)"
        )
    raise EndpointRefused(f"unsupported scheme {parsed.scheme!r} in {url!r}; use https://")


def client_tls_context(
    *,
    ca_file: str | Path,
    client_cert: str | Path | None = None,
    client_key: str | Path | None = None,
) -> ssl.SSLContext:
    """An ``ssl.SSLContext`` trusting only ``ca_file`` and presenting the counter's certificate.

    ``client_cert`` is a PEM certificate (chain), ``client_key`` its private key (or ``None``
    when the key is in the same file). TLS 1.2 is the floor; hostnames are checked.
    """
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(ca_file))
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if client_cert is not None:
        context.load_cert_chain(str(client_cert), None if client_key is None else str(client_key))
    return context
