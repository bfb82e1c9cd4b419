"""Staff calls (係員呼出し): a resident at a tablet asks for help, and every desk sees it.

A call is written in one transaction, in the tables every terminal already shares, so a staff
console in another process (or on another PC of the floor) learns of it through
:class:`kiosk.changes.ChangeWatcher` like any other change:

- an audit entry ``staff_call`` (who: the resident session; where: the tablet; detail: the
  reason code, the notification id when there is one, the counter) — ids and codes only;
- a change announcement with status ``staff_call`` and the call's id;
- when a card has been read, the visit's draft notification as 入力中 (the same record the
  signed notification will become), so the desk can open everything entered so far. Nothing
  is filed: no 受付番号, no state beyond 入力中, and the draft is wiped with the visit unless
  the resident goes on to file it.

:func:`answer` (the desk took the call) writes ``staff_answered`` the same way;
:func:`open_calls` lists the calls nobody has answered yet, newest per tablet::

    with storage.transaction() as s:
        request(s, reason="help", terminal="tablet-3", counter="1", resident_session=sid,
                draft=notification)
    with storage.reader() as s:
        for call in open_calls(s):
            print(call.terminal, call.reason)      # "staff requested at tablet-3: help"
    with storage.transaction() as s:
        answer(s, call.id, actor=Actor.staff("clerk1", ["受付"], "desk-1"))
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

import forms
from kiosk import audit, changes, workflow
from kiosk.models import AuditEntry, utcnow

__all__ = ["ANSWERED", "CALLED", "StaffCall", "answer", "open_calls", "request"]

#: The audit action and change status of a call, and of its answer (a change's status holds
#: at most 16 characters).
CALLED = "staff_call"
ANSWERED = "staff_answered"

#: Calls older than this are no longer shown (the resident has long gone).
MAX_AGE = timedelta(hours=2)
#: Reason codes are short codes of the flow (``help``, ``no_card``, ``last_try`` …).
_REASON_LENGTH = 32


@dataclass(frozen=True)
class StaffCall:
    """One open call: which tablet, why, when, and the visit's notification id if any."""

    id: uuid.UUID
    terminal: str
    reason: str
    counter: str
    at: datetime
    notification_id: uuid.UUID | None


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
    session: Session, call_id: uuid.UUID, *, actor: workflow.Actor, now: datetime | None = None
) -> None:
    """A member of staff took the call: it leaves :func:`open_calls` on every desk."""
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action=ANSWERED,
        subject=str(call_id),
        at=now,
    )
    changes.publish(session, call_id, ANSWERED)


def open_calls(
    session: Session, *, now: datetime | None = None, max_age: timedelta = MAX_AGE
) -> list[StaffCall]:
    """Calls not answered yet, the newest per tablet (a newer call replaces an older one),
    oldest first."""
    since = (now or utcnow()) - max_age
    rows = session.execute(
        select(AuditEntry)
        .where(AuditEntry.action.in_([CALLED, ANSWERED]), AuditEntry.at >= since)
        .order_by(AuditEntry.seq)
    ).scalars()
    answered: set[str] = set()
    latest: dict[str, StaffCall] = {}
    for row in rows:
        if row.action == ANSWERED:
            answered.add(row.subject)
            continue
        detail = json.loads(row.detail or "{}")
        nid = detail.get("notification") or ""
        latest[row.terminal] = StaffCall(
            id=uuid.UUID(row.subject),
            terminal=row.terminal,
            reason=str(detail.get("reason", "")),
            counter=str(detail.get("counter", "")),
            at=row.at,
            notification_id=uuid.UUID(nid) if nid else None,
        )
    calls = [c for c in latest.values() if str(c.id) not in answered]
    return sorted(calls, key=lambda c: c.at)
