"""Staff calls (係員呼出し): a resident screen asks for staff — the one owner of that call.

A call has one place where it is open or not: the visit of the resident screen it came from
(:class:`kiosk.flow.FlowState` ``staff_call``, stored by the screen's link in the ``visits``
row's plain ``staff_call`` column, :mod:`kiosk.visits`). The screen's banner shows it, and every
desk's notice lists it (:func:`open_calls`, :func:`calls_of`) from that same field, so the two
can never disagree: whatever closes a call — a desk answering it (``answer_call``), a desk
taking the visit over (``take_over``, or starting a staff-led visit on that screen), staff
arriving at the screen (``staff_arrived``), the visit ending — clears it for the screen and for
every desk at once. The flow opens and closes calls only through its service, which records
each here:

- :func:`request` — the call: an audit entry ``staff_call`` (who: the resident session; where:
  the screen; detail: the reason code, the notification id when there is one, the counter —
  ids and codes only), a change announcement, and, when a card has been read, the visit's
  draft as 入力中 (the same record the signed notification will become) so the desk can open
  everything entered so far. Nothing is filed: no 受付番号, no state beyond 入力中;
- :func:`answer` — its end: an audit entry ``staff_answered`` naming the call, who closed it
  and how (``answered``, ``taken_over``, ``arrived``, ``ended``, ``replaced`` by a newer call),
  and a change announcement.

The call's id (the audit entry's subject) travels with the visit (``staff_call_id``), so the
desk that answers closes that very call, even in another process::

    with storage.transaction() as s:
        call_id = request(s, reason="help", terminal="tablet-3", counter="1",
                          resident_session=sid, draft=notification)
    with storage.reader() as s:
        for call in open_calls(s):                  # what a desk lists
            print(call.terminal, call.reason)       # "tablet-3 help"
    with storage.transaction() as s:
        answer(s, call_id, actor=Actor.staff("clerk1", ["受付"], "desk-1"), how="answered")
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

import forms
from kiosk import audit, changes, workflow
from kiosk.models import utcnow
from kiosk.visits import VisitInfo, list_visits

__all__ = [
    "ANSWERED",
    "CALLED",
    "HOW",
    "StaffCall",
    "answer",
    "calls_of",
    "open_calls",
    "request",
]

#: The audit action and change status of a call, and of its end (a change's status holds at
#: most 16 characters).
CALLED = "staff_call"
ANSWERED = "staff_answered"

#: How a call ends.
HOW = frozenset({"answered", "taken_over", "arrived", "ended", "replaced"})

#: Reason codes are short codes of the flow (``help``, ``no_card``, ``last_try`` …).
_REASON_LENGTH = 32


@dataclass(frozen=True)
class StaffCall:
    """One open call, as a desk lists it: which screen, why, the visit's notification id (None
    before a card was read), who leads the visit ("" while the resident does), and when the
    visit last changed (the call, or later)."""

    terminal: str
    reason: str
    notification_id: uuid.UUID | None
    driver: str
    since: datetime


def request(
    session: Session,
    *,
    reason: str,
    terminal: str,
    counter: str,
    resident_session: uuid.UUID | None = None,
    draft: forms.Notification | None = None,
    now: datetime | None = None,
) -> uuid.UUID:
    """Record a call for staff inside the caller's transaction; returns the call's id.

    ``draft`` (the visit's notification so far, its id the resident session's) is stored as
    入力中 so the desk can see every answer; it is never confirmed here.
    """
    now = now or utcnow()
    call_id = uuid.uuid4()
    actor = (
        workflow.Actor.resident(resident_session, terminal)
        if resident_session is not None
        else workflow.Actor.system("resident-screen", terminal)
    )
    notification_id = ""
    if draft is not None and resident_session is not None:
        record = workflow.get_or_create_draft(session, draft, actor=actor, counter=counter)
        notification_id = str(record.id)
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=terminal,
        action=CALLED,
        subject=str(call_id),
        detail={
            "reason": reason[:_REASON_LENGTH],
            "notification": notification_id,
            "counter": counter,
        },
        at=now,
    )
    changes.publish(session, call_id, CALLED)
    return call_id


def answer(
    session: Session,
    call_id: uuid.UUID,
    *,
    actor: workflow.Actor,
    how: str = "answered",
    now: datetime | None = None,
) -> None:
    """Record the end of the call ``call_id`` (``how``: one of :data:`HOW`) in the caller's
    transaction. The call itself leaves the screen and the desks with the visit's state."""
    if how not in HOW:
        raise ValueError(f"a call ends {sorted(HOW)}, not {how!r}")
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action=ANSWERED,
        subject=str(call_id),
        detail={"how": how},
        at=now,
    )
    changes.publish(session, call_id, ANSWERED)


def calls_of(visits: Iterable[VisitInfo]) -> list[StaffCall]:
    """The open calls among visits a desk has listed already, oldest change first."""
    calls = [
        StaffCall(v.tablet, v.staff_call, v.session_id, v.driver, v.updated_at)
        for v in visits
        if v.staff_call
    ]
    return sorted(calls, key=lambda c: c.since)


def open_calls(session: Session, *, tablets: Iterable[str] | None = None) -> list[StaffCall]:
    """The calls open now (of ``tablets``, or of every screen), oldest first."""
    return calls_of(list_visits(session, tablets))
