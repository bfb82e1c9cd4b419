"""HTTP JSON delivery: one signed ``POST`` of the notification per attempt (HTTP 連携).

The body is the notification's JSON exactly as ``forms`` serialises it, under the idempotency
key of its outbox row, so any attempt after the first — whether the first failed, timed out or
arrived with its answer lost — is recognised by the back office as the same delivery. Which
answers are retried and which are final is the intake contract's (``docs/intake-contract.md``):

- 200/201: delivered; the receiver's ``receipt_id`` is kept as the receipt;
- 408, 425, 429, 5xx, timeouts, refused or dropped connections, TLS errors: retried;
- 409: the back office holds a *different* body under this key: never retried automatically;
- any other 4xx: refused (bad signature, unknown counter, invalid body): never retried
  automatically; staff see the reason.
"""

from __future__ import annotations

import email.utils
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from sync.delivery import Delivered, Outcome, Parcel, Rejected, RetryLater
from sync.signing import CounterKey, sign_request
from sync.transport import check_endpoint

#: Path of the intake endpoint below the configured base URL.
INTAKE_PATH = "/v1/notifications"
_RETRIED_STATUS = frozenset({408, 425, 429})


def notification_body(parcel: Parcel) -> bytes:
    """The request body: the notification's JSON (UTF-8), identical on every attempt."""
    return parcel.notification.model_dump_json().encode("utf-8")


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP-date), or ``None``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass(frozen=True)
class Timeouts:
    """Seconds allowed to connect, to send, to wait for the answer, and for a pooled socket."""

    connect: float = 5.0
    write: float = 10.0
    read: float = 30.0
    pool: float = 5.0

    def as_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, write=self.write, read=self.read, pool=self.pool)


@dataclass
class HttpAdapter:
    """Posts notifications to the back office's intake endpoint.

    ``base_url`` must be ``https://`` (or ``http://`` to loopback, see
    :func:`sync.transport.check_endpoint`); ``tls`` is the mutual-TLS context from
    :func:`sync.transport.client_tls_context`; ``key`` signs every request.
    """

    base_url: str
    key: CounterKey
    tls: ssl.SSLContext | None = None
    timeouts: Timeouts = field(default_factory=Timeouts)
    name: str = "http"
    _client: httpx.Client = field(init=False, repr=False)
    _url: httpx.URL = field(init=False, repr=False)

    def __post_init__(self) -> None:
        base = check_endpoint(self.base_url)
        if base.scheme == "https" and self.tls is None:
            raise ValueError("an https:// back office needs a TLS context (pinned CA)")
        self._url = base.join(base.path.rstrip("/") + INTAKE_PATH)
        self._client = httpx.Client(
            verify=self.tls if self.tls is not None else True,
            timeout=self.timeouts.as_httpx(),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": "kakanai-madoguchi-sync"},
        )

    @property
    def url(self) -> str:
        return str(self._url)

    def build_request(self, parcel: Parcel) -> httpx.Request:
        """The signed request for one attempt (public so tests can tamper with it)."""
        request = self._client.build_request(
            "POST",
            self._url,
            content=notification_body(parcel),
            headers={
                "Content-Type": "application/json",
                "Accept": "application/json",
                "Idempotency-Key": parcel.idempotency_key,
            },
        )
        sign_request(request, self.key)
        return request

    def deliver(self, parcel: Parcel) -> Outcome:
        request = self.build_request(parcel)
        try:
            response = self._client.send(request)
            response.read()
        except httpx.TimeoutException as exc:
            return RetryLater(f"timed out ({type(exc).__name__})")
        except httpx.ConnectError as exc:
            return RetryLater(f"cannot connect to the back office: {_first_line(exc)}")
        except httpx.TransportError as exc:
            return RetryLater(f"connection lost: {_first_line(exc)}")
        return self.judge(response)

    @staticmethod
    def judge(response: httpx.Response) -> Outcome:
        """Map the back office's answer to an outcome (the table in the module docstring)."""
        status = response.status_code
        if status in (200, 201):
            try:
                receipt = str(response.json()["receipt_id"])
            except (ValueError, KeyError, TypeError):
                return RetryLater(f"HTTP {status} without a receipt_id in the answer")
            return Delivered(receipt)
        detail = _problem_detail(response)
        if status in _RETRIED_STATUS or status >= 500:
            return RetryLater(
                f"HTTP {status} {detail}".strip(),
                parse_retry_after(response.headers.get("Retry-After")),
            )
        if status == 409:
            return Rejected(
                f"HTTP 409: the back office holds a different body under this key {detail}".strip()
            )
        return Rejected(f"HTTP {status} {detail}".strip())

    def close(self) -> None:
        self._client.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:300]


def _problem_detail(response: httpx.Response) -> str:
    """The ``detail`` of an RFC 9457 problem answer (or a short text), for the staff's reason."""
    try:
        data = response.json()
    except ValueError:
        return response.text[:200].strip()
    if isinstance(data, dict):
        for name in ("detail", "title"):
            if isinstance(data.get(name), str):
                return str(data[name])[:300]
    return ""
