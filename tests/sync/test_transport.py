"""Personal data goes out only over TLS, except to this very machine (tests and demos)."""

from __future__ import annotations

import pytest

from sync.http_adapter import HttpAdapter
from sync.signing import CounterKey
from sync.transport import EndpointRefused, check_endpoint


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://localhost:9000/intake",
        "http://[::1]:8000",
        "http://127.8.9.1",
    ],
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert check_endpoint(url).scheme == "http"


@pytest.mark.parametrize(
    "url", ["http://192.168.1.10:8080", "http://backoffice.city.example.jp", "http://10.0.0.1"]
)
def test_plain_http_elsewhere_is_refused_with_a_clear_error(url: str) -> None:
    with pytest.raises(EndpointRefused, match=r"plain http:// is refused .* https://"):
        check_endpoint(url)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///tmp/x", "backoffice"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(EndpointRefused):
        check_endpoint(url)


def test_the_http_adapter_will_not_be_built_for_plain_http_elsewhere() -> None:
    with pytest.raises(EndpointRefused):
        HttpAdapter("http://192.0.2.7:8080", key=CounterKey.generate("c"))


def test_https_needs_a_pinned_ca() -> None:
    with pytest.raises(ValueError, match="pinned CA"):
        HttpAdapter("https://backoffice.example.jp", key=CounterKey.generate("c"))
