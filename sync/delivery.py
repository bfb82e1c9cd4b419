"""What an adapter is given, what it answers, and when a failed attempt is tried again.

An adapter (HTTP JSON, CSV drop) gets a :class:`Parcel` — one approved notification with its
idempotency key — and answers with one :class:`Outcome`:

- :class:`Delivered`: the back office confirmed it holds the notification (送信済);
- :class:`RetryLater`: nothing is known to have arrived, or arrival is not yet confirmed; try
  again (with the same idempotency key, so a copy that did arrive is not doubled);
- :class:`Rejected`: the back office refused it for a reason retrying cannot fix; staff see the
  reason (送信失敗) and can retry once it is dealt with.

Why the retry schedule is computed here rather than by a retry decorator:
the schedule must survive a crash or a restart of the worker, so each attempt's count and next
time live in the outbox row, and the worker, not an in-process loop, waits between attempts.
"""

from __future__ import annotations

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
    """Not confirmed; try again. ``retry_after`` is the back office's own hint in seconds."""

    reason: str
    retry_after: float | None = None


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


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, honouring ``Retry-After``, up to a cap of attempts.

    Attempt ``n`` (1-based) that fails waits a random time in
    ``[d/2, d]`` with ``d = min(max_delay, base_delay * 2**(n-1))`` ("equal jitter": spreads
    many counters recovering from the same outage, yet never retries at once). A
    ``Retry-After`` from the back office is honoured as a lower bound, clamped to
    ``max_delay`` so a wrong header cannot park a notification for days. After
    ``max_attempts`` failed attempts the notification becomes 送信失敗.
    """

    max_attempts: int = 8
    base_delay: float = 2.0
    max_delay: float = 300.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.base_delay < 0 or self.max_delay < self.base_delay:
            raise ValueError("need 0 <= base_delay <= max_delay")

    def exhausted(self, attempts: int) -> bool:
        """Whether ``attempts`` failed attempts reach the cap."""
        return attempts >= self.max_attempts

    def delay(
        self, attempts: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds to wait after the ``attempts``-th failed attempt."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** max(0, attempts - 1))
        wait = (rng or random).uniform(ceiling / 2, ceiling)
        if retry_after is not None and retry_after > 0:
            wait = max(wait, min(retry_after, self.max_delay))
        return wait
