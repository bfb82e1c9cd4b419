"""The figures of one counter day (本日の状況), accounting for every 受付番号 handed out.

A 受付番号 once handed out is never handed out again, so the day's numbers are 1 … the last one
given: each is listed with what became of it (本登録, 取消 …). A number whose notification is no
longer in the database (an unfinished one wiped after the resident left) is still listed, as
missing, so the day's count and the numbers in the residents' hands always agree.
"""

from __future__ import annotations

import statistics
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import Table, func, select
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


_T = cast(Table, NotificationRecord.__table__)
#: When each approved notification's visit began (its first read value), by id: fixed once
#: approved, so a desk refreshing its figures decrypts an approved notification once.
_STARTS: OrderedDict[uuid.UUID, datetime] = OrderedDict()
_STARTS_MAX = 8192
_starts_lock = threading.Lock()


def _starts(session: Session, wanted: dict[uuid.UUID, datetime]) -> dict[uuid.UUID, datetime]:
    """When the visits of the approved notifications ``wanted`` (id → created_at) began."""
    with _starts_lock:
        known = {nid: _STARTS[nid] for nid in wanted if nid in _STARTS}
    missing = [nid for nid in wanted if nid not in known]
    if missing:
        rows = session.execute(
            select(NotificationRecord.id, NotificationRecord.payload).where(
                NotificationRecord.id.in_(missing)
            )
        ).all()
        for nid, payload in rows:
            if payload is None:
                continue
            n = forms.Notification.model_validate_json(payload)
            reads = [p.recorded_at for p in n.provenance.values() if p.recorded_at]
            known[nid] = min(reads) if reads else wanted[nid]
        with _starts_lock:
            for nid in missing:
                if nid in known:
                    _STARTS[nid] = known[nid]
            while len(_STARTS) > _STARTS_MAX:
                _STARTS.popitem(last=False)
    return known


def day_view(session: Session, *, counter: str, day: date) -> DayView:
    """Counts by kind and state, the median time from card to approval, deliveries due, and
    every 受付番号 of ``day`` with its state.

    The day's rows are read without their encrypted data; an approved notification's data is
    decrypted once per process for the time its visit began (:data:`_STARTS`)."""
    records = session.execute(
        select(
            _T.c.id,
            _T.c.kind,
            _T.c.status,
            _T.c.counter,
            _T.c.reception_no,
            _T.c.confirmed_at,
            _T.c.approved_at,
            _T.c.created_at,
            _T.c.payload.is_not(None).label("held"),
        ).where(_T.c.reception_day == day, _T.c.counter == counter)
    ).all()
    by_kind: dict[str, int] = {}
    by_status: dict[str, int] = {}
    by_number: dict[int, NumberRow] = {}
    approved: dict[uuid.UUID, tuple[datetime, datetime]] = {}
    for r in records:
        label = forms.Kind(r.kind).label
        state = Status(r.status)
        by_kind[label] = by_kind.get(label, 0) + 1
        by_status[state.ja] = by_status.get(state.ja, 0) + 1
        if r.reception_no is not None:
            by_number[r.reception_no] = NumberRow(
                r.reception_no,
                workflow.reception_label(r.counter, r.reception_no),
                state,
                label,
                r.confirmed_at,
            )
        if r.approved_at is not None and r.held:
            approved[r.id] = (r.approved_at, r.created_at)
    began = _starts(session, {nid: created for nid, (_at, created) in approved.items()})
    durations = [
        (at - began[nid]).total_seconds()
        for nid, (at, _created) in approved.items()
        if nid in began
    ]
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
