"""What an adapter is given, what it answers, and when a failed attempt is tried again.

An adapter (HTTP JSON, CSV drop) gets a :class:`Parcel` — one approved notification with its
idempotency key — and answers with one :class:`Outcome`:

- :class:`Delivered`: the back office confirmed it holds the notification (送信済);
- :class:`RetryLater`: nothing is known to have arrived, or arrival is not yet confirmed; try
  again (with the same idempotency key, so a copy that did arrive is not doubled), however long
  it takes;
- :class:`Rejected`: the back office refused it for a reason retrying cannot fix; staff see the
  reason (送信失敗) and can retry once it is dealt with.

Why the retry schedule is computed here rather than by a retry decorator:
the schedule must survive a crash or a restart of the worker, so each attempt's count and next
time live in the outbox row, and the worker, not an in-process loop, waits between attempts.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

if TYPE_CHECKING:
    from forms import Notification


@dataclass(frozen=True)
class Parcel:
    """One notification to deliver through one adapter."""

    notification_id: UUID
    idempotency_key: str
    notification: Notification


@dataclass(frozen=True)
class Delivered:
    """The back office confirmed receipt; ``receipt`` is its reference (or the file name)."""

    receipt: str


@dataclass(frozen=True)
class RetryLater:
    """Not confirmed; try again. ``retry_after`` is the back office's own hint in seconds.

    ``route_failure`` says the failure is the route's (the back office unreachable, busy or
    failing: connection refused or dropped, timeouts, TLS handshakes, 408/425/429/5xx), so it
    counts towards an outage; an adapter's own fault on one notification does not.
    """

    reason: str
    retry_after: float | None = None
    route_failure: bool = True


@dataclass(frozen=True)
class Rejected:
    """Refused for good (until a person acts); ``reason`` is shown to staff."""

    reason: str


Outcome = Delivered | RetryLater | Rejected


class Adapter(Protocol):
    """A way to hand notifications to the 住民記録 system."""

    #: The outbox ``adapter`` value this adapter serves ("http" or "csv").
    name: str

    def deliver(self, parcel: Parcel) -> Outcome:
        """Try once; never raise for a delivery problem, answer with an outcome instead."""
        ...

    def close(self) -> None:
        """Release connections and files."""
        ...


def _finite(name: str, value: float, low: float, high: float) -> None:
    if not math.isfinite(value) or not low <= value <= high:
        raise ValueError(f"{name} must be a number from {low:g} to {high:g} (got {value!r})")


def _jittered(
    ceiling: float, retry_after: float | None, cap: float, rng: random.Random | None
) -> float:
    """Equal jitter in ``[ceiling/2, ceiling]``; a ``Retry-After`` hint is a lower bound,
    clamped to ``cap`` so that a wrong header cannot park deliveries for days."""
    wait = (rng or random).uniform(ceiling / 2, ceiling)
    if retry_after is not None and math.isfinite(retry_after) and retry_after > 0:
        wait = max(wait, min(retry_after, cap))
    return wait


@dataclass(frozen=True)
class RetryPolicy:
    """Capped exponential backoff with jitter for one notification, honouring ``Retry-After``.

    After the ``n``-th failed attempt (1-based) a notification waits a random time in
    ``[d/2, d]`` with ``d = min(max_delay, base_delay * 2**(n-1))`` ("equal jitter": spreads
    many counters recovering from the same outage, yet never retries at once). There is no
    cap on attempts: a temporary failure never makes a notification 送信失敗 by itself; only
    the back office refusing it does.
    """

    base_delay: float = 2.0
    max_delay: float = 300.0

    def __post_init__(self) -> None:
        _finite("base_delay", self.base_delay, 0.0, 86400.0)
        _finite("max_delay", self.max_delay, 0.0, 86400.0)
        if self.max_delay < self.base_delay:
            raise ValueError("need base_delay <= max_delay")

    def delay(
        self, attempts: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds to wait after the ``attempts``-th failed attempt."""
        exponent = min(max(0, attempts - 1), 60)  # 2**60 is past any cap; no float overflow
        ceiling = min(self.max_delay, self.base_delay * 2**exponent)
        return _jittered(ceiling, retry_after, self.max_delay, rng)


@dataclass(frozen=True)
class OutagePolicy:
    """When a route counts as down (不通), and how often it is probed while it is.

    After ``failures`` temporary failures in a row the back office counts as unreachable on
    that route: instead of every notification retrying on its own schedule, one probe at a time
    tests the route, after ``probe_base * 2**k`` seconds (jittered, at most ``probe_max``) for
    the ``k``-th failed probe. ``probe_max`` bounds how long delivery can lag behind the back
    office's return; ``Retry-After`` is honoured up to ``retry_after_cap``.
    """

    failures: int = 3
    probe_base: float = 2.0
    probe_max: float = 20.0
    retry_after_cap: float = 300.0

    def __post_init__(self) -> None:
        if not 1 <= self.failures <= 1000:
            raise ValueError("failures must be from 1 to 1000")
        _finite("probe_base", self.probe_base, 0.0, 3600.0)
        _finite("probe_max", self.probe_max, 0.0, 3600.0)
        _finite("retry_after_cap", self.retry_after_cap, 0.0, 86400.0)

    def probe_delay(
        self, failed_probes: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds until the next probe after ``failed_probes`` failed ones."""
        exponent = min(max(0, failed_probes), 60)
        ceiling = min(self.probe_max, self.probe_base * 2**exponent)
        return _jittered(ceiling, retry_after, max(self.retry_after_cap, self.probe_max), rng)
