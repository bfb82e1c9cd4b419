"""A desk's live queue (受付一覧): what waits for staff, and what the desk finished today.

No names: a row carries the 受付番号, the kind, the state, the times and the alert badges. The
queue of a desk holds its own counter's notifications and those of every tablet paired with it.

A desk keeps its queue current from change notification (:mod:`kiosk.changes`), not by reading
every row again: :func:`refresh_for` says what a batch of announced changes asks a desk to reload
(the staff console and the floor benchmark both call it), and :class:`DeskQueue` re-reads only
the notifications named, in one statement whatever the length of the queue. A row's data is
decrypted and judged by the rules only when its stored data is new to the desk (a change of state
alone leaves the encrypted payload as it was, so its findings are kept); waiting times are
worked out from the times held. The whole queue is read again at login, when the paired tablets
or the counter's day change, and when staff ask for it (F5).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import LargeBinary, Table, or_, select, type_coerce
from sqlalchemy.orm import Session

import forms
from kiosk import workflow
from kiosk.changes import Change
from kiosk.models import NotificationRecord, Status
from kiosk.privacy import EncryptedJSON
from kiosk.review import HEADLINE_CODES, unnumbered_label

__all__ = ["OPEN", "DeskQueue", "QueueRow", "Refresh", "desk_queue", "refresh_for"]

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


#: What a change announces about a notification: one of its states, or that it was wiped.
#: Other announcements (a visit's step, a call for staff) leave the queue as it is.
NOTIFICATION_CHANGES = frozenset({*(s.value for s in Status), "wiped"})


@dataclass(frozen=True)
class Refresh:
    """What a desk reloads after a batch of announced changes."""

    #: Notifications whose queue rows are read again (and the day's figures with them).
    notifications: frozenset[uuid.UUID]
    #: Whether the notification shown in the review pane changed.
    review: bool

    @property
    def queue(self) -> bool:
        return bool(self.notifications)

    @property
    def day(self) -> bool:
        """本日の状況 counts states and 受付番号: any change of a notification may move them."""
        return bool(self.notifications)


def refresh_for(changes: Iterable[Change], *, shown: uuid.UUID | None) -> Refresh:
    """What ``changes`` ask a desk to reload, ``shown`` being the notification on its review
    pane (None: none). A visit's step or a call for staff asks for nothing here."""
    ids = frozenset(c.notification_id for c in changes if c.status in NOTIFICATION_CHANGES)
    return Refresh(ids, shown is not None and shown in ids)


@dataclass(frozen=True)
class _Facts:
    """What a queue row shows of a notification's data (read from its payload, judged once)."""

    kind_label: str
    persons: int
    errors: int
    alerts: int
    badges: tuple[str, ...]


@dataclass(frozen=True)
class _Entry:
    """A queue row without its waiting time (worked out at each look)."""

    id: uuid.UUID
    label: str
    kind: str
    status: Status
    terminal: str
    reviewer: str | None
    version: int
    received_at: datetime
    facts: _Facts

    def row(self, now: datetime) -> QueueRow:
        waiting = (
            max(0, int((now - self.received_at).total_seconds())) if self.status in OPEN else None
        )
        f = self.facts
        return QueueRow(
            id=self.id,
            label=self.label,
            kind=self.kind,
            kind_label=f.kind_label,
            status=self.status,
            terminal=self.terminal,
            waiting_seconds=waiting,
            persons=f.persons,
            errors=f.errors,
            alerts=f.alerts,
            badges=f.badges,
            reviewer=self.reviewer,
            version=self.version,
            received_at=self.received_at,
        )


_T = cast(Table, NotificationRecord.__table__)
_PAYLOAD = cast(EncryptedJSON, _T.c.payload.type)
#: The encrypted payload as stored (not decrypted): telling whether it changed costs a digest.
_SEALED = type_coerce(_T.c.payload, LargeBinary).label("sealed")
_COLUMNS = (
    _T.c.id,
    _T.c.kind,
    _T.c.status,
    _T.c.version,
    _T.c.counter,
    _T.c.terminal,
    _T.c.reception_day,
    _T.c.reception_no,
    _T.c.reviewer,
    _T.c.confirmed_at,
    _T.c.created_at,
    _SEALED,
)


def _facts(n: forms.Notification, result: forms.CheckResult) -> _Facts:
    badges: list[str] = []
    for f in [*result.errors, *result.alerts]:
        badge = HEADLINE_CODES.get(f.code)
        if badge and badge not in badges:
            badges.append(badge)
    return _Facts(n.kind.label, len(n.persons), len(result.errors), len(result.alerts), (*badges,))


class DeskQueue:
    """One desk's queue, kept between refreshes (see the module docstring).

    ``counter`` is the counter the desk serves. Not thread-safe: one desk's screen calls it.
    """

    def __init__(self, counter: str) -> None:
        self.counter = counter
        self._entries: dict[uuid.UUID, _Entry] = {}
        #: By notification: the digest of its encrypted payload, the day judged, the facts.
        self._facts: dict[uuid.UUID, tuple[bytes, date, _Facts]] = {}
        self._scope: tuple[tuple[str, ...], date] | None = None

    def refresh(
        self,
        session: Session,
        *,
        tablets: Collection[str],
        now: datetime,
        today: date,
        changed: Collection[uuid.UUID] | None = None,
    ) -> list[QueueRow]:
        """The queue now. ``changed``: the notifications announced since the last refresh
        (:attr:`Refresh.notifications`; empty: nothing changed, only the waiting times move);
        None reads the whole queue again."""
        scope = (tuple(sorted(tablets)), today)
        if changed is None or scope != self._scope:
            self._read(session, None, tablets, today)
            self._scope = scope
        elif changed:
            self._read(session, changed, tablets, today)
        rows = [e.row(now) for e in self._entries.values()]
        return sorted(rows, key=lambda r: (_ORDER.get(r.status, 3), r.label))

    def _read(
        self,
        session: Session,
        ids: Collection[uuid.UUID] | None,
        tablets: Collection[str],
        today: date,
    ) -> None:
        mine = or_(_T.c.counter == self.counter, _T.c.terminal.in_(list(tablets)))
        wanted = or_(
            _T.c.status.in_([s.value for s in OPEN]),
            _T.c.status == Status.DELIVERY_FAILED.value,
            _T.c.reception_day == today,
        )
        query = select(*_COLUMNS).where(mine, wanted, _T.c.payload.is_not(None))
        if ids is not None:
            query = query.where(_T.c.id.in_(list(ids)))
        rows = session.execute(query).all()
        dialect = session.get_bind().dialect
        found = {row.id: self._entry(row, today, dialect) for row in rows}
        if ids is None:
            self._entries = found
        else:
            for nid in ids:
                self._entries.pop(nid, None)  # gone from this queue (wiped, finished, purged)
            self._entries.update(found)
        for nid in [k for k in self._facts if k not in self._entries]:
            del self._facts[nid]

    def _entry(self, row: Any, today: date, dialect: Any) -> _Entry:
        day = row.reception_day or today
        digest = hashlib.blake2b(bytes(row.sealed), digest_size=16).digest()
        held = self._facts.get(row.id)
        if held is not None and held[0] == digest and held[1] == day:
            facts = held[2]
        else:
            # Decrypted exactly as the ORM reads the column; judged once per content and day.
            payload = _PAYLOAD.process_result_value(row.sealed, dialect)
            n = forms.Notification.model_validate_json(payload)
            facts = _facts(n, workflow.checked_payload(row.id, payload, n, day))
            self._facts[row.id] = (digest, day, facts)
        status = Status(row.status)
        return _Entry(
            id=row.id,
            label=(
                workflow.reception_label(row.counter, row.reception_no)
                if row.reception_no
                else unnumbered_label(row.id)
            ),
            kind=row.kind,
            status=status,
            terminal=row.terminal or "",
            reviewer=row.reviewer,
            version=row.version,
            received_at=row.confirmed_at or row.created_at,
            facts=facts,
        )


def desk_queue(
    session: Session, *, counter: str, tablets: list[str], now: datetime, today: date
) -> list[QueueRow]:
    """The queue of a desk serving ``counter`` and the paired ``tablets``, read whole.

    Waiting (確認済, 審査中) and unfinished ones first in 受付番号 order, then today's finished
    ones; 送信失敗 always and on top, as staff must act on it. A desk that refreshes keeps a
    :class:`DeskQueue` instead.
    """
    return DeskQueue(counter).refresh(session, tablets=tablets, now=now, today=today)
