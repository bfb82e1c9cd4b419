"""HTTP JSON delivery: one signed ``POST`` of the notification per attempt (HTTP 連携).

The body is the notification's JSON exactly as ``forms`` serialises it, under the idempotency
key of its outbox row, so any attempt after the first — whether the first failed, timed out or
arrived with its answer lost — is recognised by the back office as the same delivery. Which
answers are retried and which are final is the intake contract's (``docs/intake-contract.md``):

- 200/201 with a usable ``receipt_id`` (:data:`RECEIPT_ID_PATTERN`): delivered, the receipt
  is kept;
- 400, 401, 409, 413, 415, 422, and a 200/201 without a usable receipt: refused for good
  (送信失敗 with the reason; staff retry once it is dealt with). 409 means the back office holds
  a *different* body under this key, or this notification under another key;
- anything else — 408, 425, 429, 5xx, other statuses a gateway may answer, timeouts, refused
  or dropped connections, TLS failures — is temporary and retried, however long it lasts: it
  is the route's failure, and enough of them in a row make the route count as down.
"""

from __future__ import annotations

import email.utils
import json
import re
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from sync.delivery import Delivered, Outcome, Parcel, Rejected, RetryLater
from sync.signing import CounterKey, sign_request
from sync.transport import check_endpoint

#: Path of the intake endpoint below the configured base URL.
INTAKE_PATH = "/v1/notifications"
#: Path of a department system's intake endpoint below its base URL (department routes).
DEPARTMENT_PATH = "/v1/department-deliveries"
#: Answers that refuse a notification for good (until a person acts).
PERMANENT_STATUS = frozenset({400, 401, 409, 413, 415, 422})
#: What a receipt may look like: 1-128 visible ASCII characters (no spaces or controls), so that
#: it fits the counter's column, a screen and a printed receipt.
RECEIPT_ID_PATTERN = r"^[\x21-\x7e]{1,128}$"
_RECEIPT_RE = re.compile(RECEIPT_ID_PATTERN)
#: The most of an answer the counter reads (a receipt or a problem document is small).
MAX_ANSWER_BYTES = 256 * 1024


class AnswerTooLarge(Exception):
    """The back office's answer exceeded :data:`MAX_ANSWER_BYTES`."""


def notification_body(parcel: Parcel) -> bytes:
    """The request body: the notification's JSON (UTF-8), identical on every attempt (its
    事務処理 status is 本登録 whenever it is queued)."""
    return parcel.notification.model_dump_json().encode("utf-8")


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP-date), or ``None``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value) if len(value) <= 9 else None
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

    A department route uses the same adapter with its own ``name`` (the route), ``path``
    (:data:`DEPARTMENT_PATH`) and ``body`` (its part of the notification,
    :func:`sync.department.delivery_json`): the same signature, idempotency and answers.
    """

    base_url: str
    key: CounterKey
    tls: ssl.SSLContext | None = None
    timeouts: Timeouts = field(default_factory=Timeouts)
    name: str = "http"
    path: str = INTAKE_PATH
    body: Callable[[Parcel], bytes] = notification_body
    _client: httpx.Client = field(init=False, repr=False)
    _url: httpx.URL = field(init=False, repr=False)

    def __post_init__(self) -> None:
        base = check_endpoint(self.base_url)
        if base.scheme == "https" and self.tls is None:
            raise ValueError("an https:// back office needs a TLS context (pinned CA)")
        self._url = base.join(base.path.rstrip("/") + self.path)
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
            content=self.body(parcel),
            headers={
                "Content-Type": "application/json",
                "Accept": "application/json",
                "Idempotency-Key": parcel.idempotency_key,
            },
        )
        sign_request(request, self.key)
        return request

    def deliver(self, parcel: Parcel) -> Outcome:
        try:
            request = self.build_request(parcel)
        except ValueError as exc:  # a body that cannot be built will not be built next time
            return Rejected(f"cannot build the request: {exc}")
        try:
            response = self._client.send(request, stream=True)
            try:
                body = _read_limited(response)
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            return RetryLater(f"timed out ({type(exc).__name__})")
        except httpx.ConnectError as exc:
            return RetryLater(f"cannot connect to the back office: {_first_line(exc)}")
        except httpx.TransportError as exc:
            return RetryLater(f"connection lost: {_first_line(exc)}")
        except AnswerTooLarge:
            return RetryLater(
                f"HTTP {response.status_code} with an answer over {MAX_ANSWER_BYTES} bytes"
            )
        return self.judge(
            httpx.Response(response.status_code, headers=response.headers, content=body)
        )

    @staticmethod
    def judge(response: httpx.Response) -> Outcome:
        """Map the back office's answer to an outcome (the table in the module docstring)."""
        status = response.status_code
        if status in (200, 201):
            receipt, problem = usable_receipt(response.content)
            if receipt is None:
                return Rejected(f"HTTP {status} without a usable receipt_id: {problem}")
            return Delivered(receipt)
        detail = problem_detail(response)
        if status == 409:
            return Rejected(
                f"HTTP 409: the back office holds another body under this key, or this "
                f"notification under another key {detail}".strip()
            )
        if status in PERMANENT_STATUS:
            return Rejected(f"HTTP {status} {detail}".strip())
        return RetryLater(
            f"HTTP {status} {detail}".strip(),
            parse_retry_after(response.headers.get("Retry-After")),
        )

    def close(self) -> None:
        self._client.close()


def usable_receipt(answer: bytes) -> tuple[str | None, str]:
    """The ``receipt_id`` of an accepting answer, or None and why it is not usable.

    The contract: a JSON object whose ``receipt_id`` is a string of 1-128 visible ASCII
    characters. Anything else (a number, an empty or over-long string, spaces, control or
    non-ASCII characters) cannot be kept as the delivery's reference.
    """
    try:
        data = json.loads(answer)
    except (ValueError, UnicodeDecodeError):
        return None, "the answer is not JSON"
    if not isinstance(data, dict) or "receipt_id" not in data:
        return None, "the answer has no receipt_id"
    receipt = data["receipt_id"]
    if not isinstance(receipt, str):
        return None, f"receipt_id is a {type(receipt).__name__}, not a string"
    if not _RECEIPT_RE.fullmatch(receipt):
        shown = receipt[:40] + ("…" if len(receipt) > 40 else "")
        return None, (
            f"receipt_id {shown!r} ({len(receipt)} characters) is not 1-128 visible ASCII "
            "characters"
        )
    return receipt, ""


def _read_limited(response: httpx.Response) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        raise AnswerTooLarge
    chunks = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise AnswerTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _first_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:300]


def problem_detail(response: httpx.Response) -> str:
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
