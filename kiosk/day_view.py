"""The figures of one counter day (本日の状況), accounting for every 受付番号 handed out.

A 受付番号 once handed out is never handed out again, so the day's numbers are 1 … the last one
given: each is listed with what became of it (本登録, 取消 …). A number whose notification is no
longer in the database (an unfinished one wiped after the resident left) is still listed, as
missing, so the day's count and the numbers in the residents' hands always agree.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import forms
from kiosk import workflow
from kiosk.models import (
    NotificationRecord,
    OutboxEntry,
    OutboxStatus,
    ReceptionSequence,
    Status,
)

__all__ = ["DayView", "NumberRow", "day_view"]


@dataclass(frozen=True)
class NumberRow:
    """What became of one 受付番号 of the day; ``status`` None: no record any more."""

    number: int
    label: str
    status: Status | None
    kind_label: str
    #: When the number was handed out (UTC), when known.
    received_at: datetime | None

    @property
    def status_label(self) -> str:
        return self.status.ja if self.status is not None else "記録なし（入力中に破棄）"


@dataclass(frozen=True)
class DayView:
    """The figures of one counter day (本日の状況)."""

    day: date
    counts_by_kind: dict[str, int]
    counts_by_status: dict[str, int]
    median_card_to_approval: timedelta | None
    approvals: int
    pending_deliveries: int
    failed_deliveries: int
    #: Every 受付番号 handed out that day, in order.
    numbers: tuple[NumberRow, ...] = ()

    @property
    def handed_out(self) -> int:
        return len(self.numbers)


def _handed_out(session: Session, counter: str, day: date) -> int:
    """How many 受付番号 the counter handed out on ``day``."""
    last = session.scalar(
        select(ReceptionSequence.last_no).where(
            ReceptionSequence.counter == counter, ReceptionSequence.day == day
        )
    )
    return int(last or 0)


def day_view(session: Session, *, counter: str, day: date) -> DayView:
    """Counts by kind and state, the median time from card to approval, deliveries due, and
    every 受付番号 of ``day`` with its state."""
    records = session.scalars(
        select(NotificationRecord).where(
            NotificationRecord.reception_day == day, NotificationRecord.counter == counter
        )
    ).all()
    by_kind: dict[str, int] = {}
    by_status: dict[str, int] = {}
    durations: list[float] = []
    by_number: dict[int, NumberRow] = {}
    for r in records:
        label = forms.Kind(r.kind).label
        by_kind[label] = by_kind.get(label, 0) + 1
        by_status[r.state.ja] = by_status.get(r.state.ja, 0) + 1
        if r.reception_no is not None:
            by_number[r.reception_no] = NumberRow(
                r.reception_no,
                workflow.reception_label(r.counter, r.reception_no),
                r.state,
                label,
                r.confirmed_at,
            )
        if r.approved_at is None or r.payload is None:
            continue
        n = workflow.notification_of(r)
        reads = [p.recorded_at for p in n.provenance.values() if p.recorded_at]
        start = min(reads) if reads else r.created_at
        durations.append((r.approved_at - start).total_seconds())
    last = max([_handed_out(session, counter, day), *by_number])
    numbers = tuple(
        by_number.get(i, NumberRow(i, workflow.reception_label(counter, i), None, "", None))
        for i in range(1, last + 1)
    )
    missing = sum(1 for row in numbers if row.status is None)
    if missing:
        by_status[NumberRow(0, "", None, "", None).status_label] = missing
    pending = session.scalar(
        select(func.count())
        .select_from(OutboxEntry)
        .where(OutboxEntry.status == OutboxStatus.PENDING.value)
    )
    failed = session.scalar(
        select(func.count())
        .select_from(OutboxEntry)
        .where(OutboxEntry.status == OutboxStatus.FAILED.value)
    )
    median = timedelta(seconds=statistics.median(durations)) if durations else None
    return DayView(
        day=day,
        counts_by_kind=by_kind,
        counts_by_status=by_status,
        median_card_to_approval=median,
        approvals=len(durations),
        pending_deliveries=int(pending or 0),
        failed_deliveries=int(failed or 0),
        numbers=numbers,
    )
