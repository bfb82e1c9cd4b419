"""Change notification: tablets and desks on one database see each other's changes quickly.

Every workflow transition writes a row to ``changes`` in its own transaction (so a change is
announced exactly when it commits). On PostgreSQL the transaction also sends
``NOTIFY kiosk_changes``, and a :class:`ChangeWatcher` waits on ``LISTEN``; on SQLite (one PC,
several windows or processes) the watcher polls the table. Both sit behind the same interface::

    watcher = ChangeWatcher(storage)
    for change in watcher.wait(timeout=1.0):
        refresh(change.notification_id)

The ``changes`` rows carry ids and states only; old rows are dropped by the retention purge.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, or_, select, text
from sqlalchemy.orm import Session

from kiosk.models import ChangeEvent, utcnow

if TYPE_CHECKING:
    from kiosk.storage import Storage

CHANNEL = "kiosk_changes"
_WINDOW = 256


@dataclass(frozen=True)
class Change:
    """One committed change: which notification, its new state, when."""

    seq: int
    notification_id: uuid.UUID
    status: str
    at: datetime


def publish(session: Session, notification_id: uuid.UUID, status: str) -> None:
    """Announce a change; it becomes visible to watchers when the caller's transaction commits."""
    session.execute(
        insert(ChangeEvent).values(at=utcnow(), notification_id=notification_id, status=status)
    )
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def publish_many(session: Session, changed: list[tuple[uuid.UUID, str]]) -> None:
    """Announce several changes at once (one insert, one ``NOTIFY``), as :func:`publish`."""
    if not changed:
        return
    at = utcnow()
    session.execute(
        insert(cast(Table, ChangeEvent.__table__)),
        [{"at": at, "notification_id": nid, "status": status} for nid, status in changed],
    )
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


class ChangeWatcher:
    """Waits for changes committed by any process sharing the database.

    Starts at the current end of the log (history is not replayed). ``poll_interval`` is how
    often SQLite is polled. On PostgreSQL the table is read only when a ``NOTIFY`` arrived, and
    every ``safety_interval`` seconds behind it, so a desk waiting for changes costs the
    database nothing while nothing changes; each read asks for the new rows alone (and the few
    numbers still open behind them, see :meth:`_fetch`), whatever the length of the log.
    """

    def __init__(
        self, storage: Storage, *, poll_interval: float = 0.25, safety_interval: float = 5.0
    ) -> None:
        self._storage = storage
        self._poll = poll_interval
        self._safety = safety_interval
        self._listener: Any = None
        if storage.is_postgresql:
            import psycopg

            url = storage.engine.url
            args: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
            args.update({k: v for k, v in url.query.items() if isinstance(v, str)})
            self._listener = psycopg.connect(autocommit=True, **args)
            # Listening before the end of the log is read: a change committed in between is
            # both announced and after that end.
            self._listener.execute(f"LISTEN {CHANNEL}")
        with storage.reader() as session:
            self._last = int(
                session.scalar(select(func.coalesce(func.max(ChangeEvent.seq), 0))) or 0
            )
        #: Numbers below ``_last`` not seen yet: taken by a transaction that had not committed
        #: when a later one was read (PostgreSQL hands numbers out in one order, commits in
        #: another). Kept for a window of :data:`_WINDOW` numbers.
        self._open: set[int] = set()
        self._next_check = time.monotonic() + safety_interval

    def _fetch(self) -> list[Change]:
        table = cast(Table, ChangeEvent.__table__)
        low = self._last - _WINDOW
        self._open = {s for s in self._open if s > low}
        newer = table.c.seq > self._last
        where = or_(newer, table.c.seq.in_(sorted(self._open))) if self._open else newer
        with self._storage.reader() as session:
            rows = session.execute(
                select(table.c.seq, table.c.notification_id, table.c.status, table.c.at)
                .where(where)
                .order_by(table.c.seq)
            ).all()
        changes = [Change(int(r.seq), r.notification_id, r.status, r.at) for r in rows]
        if changes:
            top = max(self._last, changes[-1].seq)
            self._open.update(range(self._last + 1, top + 1))
            self._open.difference_update(c.seq for c in changes)
            self._last = top
        return changes

    def _notified(self, timeout: float) -> bool:
        """Whether a ``NOTIFY`` arrived within ``timeout`` seconds (0: already arrived); every
        one waiting is taken, as one read of the table answers them all."""
        got = False
        for _ in self._listener.notifies(timeout=timeout, stop_after=1):
            got = True
        if got:
            for _ in self._listener.notifies(timeout=0):
                pass
        return got

    def wait(self, timeout: float) -> list[Change]:
        """Changes committed since the last call, waiting up to ``timeout`` seconds for one."""
        deadline = time.monotonic() + timeout
        if self._listener is None:
            while True:
                changes = self._fetch()
                remaining = deadline - time.monotonic()
                if changes or remaining <= 0:
                    return changes
                time.sleep(min(self._poll, remaining))
        read = self._notified(0) or time.monotonic() >= self._next_check
        while True:
            if read:
                self._next_check = time.monotonic() + self._safety
                changes = self._fetch()
                if changes:
                    return changes
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            # Wake on the first NOTIFY (or at the deadline, or when the safety read is due).
            until_check = max(0.0, self._next_check - time.monotonic())
            read = (
                self._notified(min(remaining, until_check)) or time.monotonic() >= self._next_check
            )

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def __enter__(self) -> ChangeWatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
