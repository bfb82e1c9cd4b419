"""A desk's live queue (受付一覧): what waits for staff, and what the desk finished today.

No names: a row carries the 受付番号, the kind, the state, the times and the alert badges. The
queue of a desk holds its own counter's notifications and those of every tablet paired with it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

import forms
from kiosk import workflow
from kiosk.models import NotificationRecord, Status
from kiosk.review import HEADLINE_CODES, unnumbered_label

__all__ = ["OPEN", "QueueRow", "desk_queue"]

#: States in which a notification still waits for someone (its 待ち時間 runs).
OPEN = (Status.DRAFT, Status.CONFIRMED, Status.REVIEWING)

#: Queue order: what staff must act on first.
_ORDER = {
    Status.DELIVERY_FAILED: 0,
    Status.CONFIRMED: 1,
    Status.REVIEWING: 1,
    Status.DRAFT: 2,
}


@dataclass(frozen=True)
class QueueRow:
    """One line of a desk's live queue. Times are UTC (show them in the counter's zone)."""

    id: uuid.UUID
    label: str
    kind: str
    kind_label: str
    status: Status
    terminal: str
    #: Seconds since it was handed to staff; None once finished (本登録, 差戻, 取消 …).
    waiting_seconds: int | None
    persons: int
    errors: int
    alerts: int
    badges: tuple[str, ...]
    reviewer: str | None
    version: int
    #: When it was handed to staff (受付: 確認済), or created for an unfinished one.
    received_at: datetime

    @property
    def status_label(self) -> str:
        return self.status.ja

    @property
    def finished(self) -> bool:
        return self.waiting_seconds is None


def _row(r: NotificationRecord, now: datetime, today: date) -> QueueRow:
    n = workflow.notification_of(r)
    result = forms.check(n, today=r.reception_day or today)
    start = r.confirmed_at or r.created_at
    waiting = max(0, int((now - start).total_seconds())) if r.state in OPEN else None
    badges: list[str] = []
    for f in [*result.errors, *result.alerts]:
        badge = HEADLINE_CODES.get(f.code)
        if badge and badge not in badges:
            badges.append(badge)
    return QueueRow(
        id=r.id,
        label=(
            workflow.reception_label(r.counter, r.reception_no)
            if r.reception_no
            else unnumbered_label(r.id)
        ),
        kind=r.kind,
        kind_label=n.kind.label,
        status=r.state,
        terminal=r.terminal or "",
        waiting_seconds=waiting,
        persons=len(n.persons),
        errors=len(result.errors),
        alerts=len(result.alerts),
        badges=tuple(badges),
        reviewer=r.reviewer,
        version=r.version,
        received_at=start,
    )


def desk_queue(
    session: Session, *, counter: str, tablets: list[str], now: datetime, today: date
) -> list[QueueRow]:
    """The queue of a desk serving ``counter`` and the paired ``tablets``.

    Waiting (確認済, 審査中) and unfinished ones first in 受付番号 order, then today's finished
    ones; 送信失敗 always and on top, as staff must act on it.
    """
    mine = or_(NotificationRecord.counter == counter, NotificationRecord.terminal.in_(tablets))
    wanted = or_(
        NotificationRecord.status.in_([s.value for s in OPEN]),
        NotificationRecord.status == Status.DELIVERY_FAILED.value,
        NotificationRecord.reception_day == today,
    )
    records = session.scalars(
        select(NotificationRecord).where(mine, wanted, NotificationRecord.payload.is_not(None))
    ).all()
    rows = [_row(r, now, today) for r in records]
    return sorted(rows, key=lambda r: (_ORDER.get(r.status, 3), r.label))
