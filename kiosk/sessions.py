"""Resident sessions (利用者セッション): when a resident's time at the screen ends.

A session ends when the card is pulled and not put back within the grace period
(``timeouts.card_removal_grace_seconds``), when nobody touches the screen for
``timeouts.idle_seconds`` (with a warning ``idle_warning_seconds`` before), or when the
notification is filed and the resident has taken the card (the done screen closes after
``done_seconds``). Whatever ended it short of filing, the session's data is wiped, not kept:
:func:`end_session` deletes any unfinished draft of the session from the database.

:class:`SessionTimer` is plain Python with an injectable clock: the resident flow
(:mod:`kiosk.flow`) owns one per visit, screens only tick it, and tests drive it by hand.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import workflow
from kiosk.config import Timeouts
from kiosk.models import NotificationRecord, Status


class Phase(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"  # show "still there?" with a countdown
    CARD_OUT = "card_out"  # card pulled, waiting for the grace period
    CLOSING = "closing"  # filed and the card taken: the done screen closes soon
    ENDED = "ended"


class EndReason(StrEnum):
    CARD_REMOVED = "card_removed"
    IDLE = "idle"
    COMPLETED = "completed"
    RESIDENT_ENDED = "resident_ended"


@dataclass(frozen=True)
class TimerState:
    """What the screen should show now."""

    phase: Phase
    seconds_left: float
    reason: EndReason | None = None


class TimerLimits(Protocol):
    """The limits a :class:`SessionTimer` reads (``[timeouts]`` of the configuration has them)."""

    @property
    def idle_seconds(self) -> float: ...

    @property
    def idle_warning_seconds(self) -> float: ...

    @property
    def card_removal_grace_seconds(self) -> float: ...


@dataclass(frozen=True)
class Limits:
    """Every limit of a resident session, in seconds (fractions allowed, for tests and demos).

    ``done_seconds`` is how long the done screen stays once the resident has taken the card.
    """

    idle_seconds: float = 180.0
    idle_warning_seconds: float = 30.0
    card_removal_grace_seconds: float = 10.0
    done_seconds: float = 30.0

    @classmethod
    def from_config(cls, timeouts: Timeouts, *, done_seconds: float = 30.0) -> Limits:
        return cls(
            idle_seconds=timeouts.idle_seconds,
            idle_warning_seconds=timeouts.idle_warning_seconds,
            card_removal_grace_seconds=timeouts.card_removal_grace_seconds,
            done_seconds=done_seconds,
        )


class SessionTimer:
    """Idle timeout with a warning, the card-removal grace period and the done screen's close,
    for one session.

    ``timeouts`` is the configuration's ``[timeouts]`` or a :class:`Limits`; ``done_seconds``
    comes from ``timeouts`` when it has one, else 30 seconds.
    """

    def __init__(
        self,
        timeouts: TimerLimits | Timeouts,
        *,
        clock: Callable[[], float] = time.monotonic,
        done_seconds: float | None = None,
    ) -> None:
        self.timeouts = timeouts
        self.clock = clock
        self.id = uuid.uuid4()
        if done_seconds is None:
            done_seconds = float(getattr(timeouts, "done_seconds", 30.0))
        self.done_seconds = done_seconds
        self._last_activity = clock()
        self._card_out_since: float | None = None
        self._closing_since: float | None = None
        self._ended: EndReason | None = None

    def activity(self) -> None:
        """The resident touched the screen: the idle clock restarts (also ends a warning)."""
        if self._ended is None:
            self._last_activity = self.clock()

    def card_removed(self) -> None:
        if self._ended is None and self._card_out_since is None:
            self._card_out_since = self.clock()

    def card_inserted(self) -> None:
        """The card is back within the grace period: carry on."""
        self._card_out_since = None
        self.activity()

    def closing(self) -> None:
        """Filed, and the resident took the card: the done screen closes after its time.

        Neither a touch nor a card put back stops it (the "finish" button ends it at once).
        """
        if self._ended is None and self._closing_since is None:
            self._closing_since = self.clock()

    def end(self, reason: EndReason) -> None:
        if self._ended is None:
            self._ended = reason

    def poll(self) -> TimerState:
        """The current phase; moves to ENDED when a limit has passed."""
        if self._ended is not None:
            return TimerState(Phase.ENDED, 0.0, self._ended)
        now = self.clock()
        if self._closing_since is not None:
            left = self.done_seconds - (now - self._closing_since)
            if left <= 0:
                self._ended = EndReason.COMPLETED
                return TimerState(Phase.ENDED, 0.0, self._ended)
            return TimerState(Phase.CLOSING, left)
        if self._card_out_since is not None:
            left = self.timeouts.card_removal_grace_seconds - (now - self._card_out_since)
            if left <= 0:
                self._ended = EndReason.CARD_REMOVED
                return TimerState(Phase.ENDED, 0.0, self._ended)
            return TimerState(Phase.CARD_OUT, left)
        left = self.timeouts.idle_seconds - (now - self._last_activity)
        if left <= 0:
            self._ended = EndReason.IDLE
            return TimerState(Phase.ENDED, 0.0, self._ended)
        if left <= self.timeouts.idle_warning_seconds:
            return TimerState(Phase.WARNING, left)
        return TimerState(Phase.ACTIVE, left)

    @property
    def ended(self) -> EndReason | None:
        return self._ended


_WIPE_REASON: dict[EndReason, workflow.WipeReason] = {
    EndReason.CARD_REMOVED: "card_removed",
    EndReason.IDLE: "idle",
    EndReason.RESIDENT_ENDED: "resident_ended",
}


def end_session(
    session: Session, resident_session: uuid.UUID, reason: EndReason, *, terminal: str = ""
) -> int:
    """Wipe the unfinished drafts (入力中) of a resident session; returns how many.

    Filed notifications (確認済 onwards) are the counter's business now and stay.
    """
    if reason is EndReason.COMPLETED:
        return 0
    drafts = session.scalars(
        select(NotificationRecord.id).where(
            NotificationRecord.resident_session == resident_session,
            NotificationRecord.status == Status.DRAFT.value,
        )
    ).all()
    actor = workflow.Actor.resident(resident_session, terminal)
    wiped = 0
    for nid in drafts:
        if workflow.wipe_draft(session, nid, actor=actor, reason=_WIPE_REASON[reason]):
            wiped += 1
    return wiped
