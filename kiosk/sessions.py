"""Resident sessions (利用者セッション): when a resident's time at the screen ends.

A session ends when the card is pulled and not put back within the grace period
(``timeouts.card_removal_grace_seconds``), when nobody touches the screen for
``timeouts.idle_seconds`` (with a warning ``idle_warning_seconds`` before), or when the
notification is filed. Whatever ended it short of filing, the session's data is wiped, not kept:
:func:`end_session` deletes any unfinished draft of the session from the database.

:class:`SessionTimer` is plain Python with an injectable clock, so screens drive it from a Qt
timer and tests drive it by hand.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import workflow
from kiosk.config import Timeouts
from kiosk.models import NotificationRecord, Status


class Phase(StrEnum):
    ACTIVE = "active"
    WARNING = "warning"  # show "still there?" with a countdown
    CARD_OUT = "card_out"  # card pulled, waiting for the grace period
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


class SessionTimer:
    """Idle timeout with a warning, and the card-removal grace period, for one session."""

    def __init__(self, timeouts: Timeouts, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.timeouts = timeouts
        self.clock = clock
        self.id = uuid.uuid4()
        self._last_activity = clock()
        self._card_out_since: float | None = None
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

    def end(self, reason: EndReason) -> None:
        if self._ended is None:
            self._ended = reason

    def poll(self) -> TimerState:
        """The current phase; moves to ENDED when a limit has passed."""
        if self._ended is not None:
            return TimerState(Phase.ENDED, 0.0, self._ended)
        now = self.clock()
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
