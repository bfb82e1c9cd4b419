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

from sqlalchemy import Table, func, insert, select, text
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
    often SQLite is polled; on PostgreSQL it is only the safety net behind LISTEN.
    """

    def __init__(self, storage: Storage, *, poll_interval: float = 0.25) -> None:
        self._storage = storage
        self._poll = poll_interval
        with storage.reader() as session:
            self._last = int(
                session.scalar(select(func.coalesce(func.max(ChangeEvent.seq), 0))) or 0
            )
        # Everything up to the start is "seen": history is not replayed.
        self._seen: set[int] = set(range(max(0, self._last - _WINDOW) + 1, self._last + 1))
        self._listener: Any = None
        if storage.is_postgresql:
            import psycopg

            url = storage.engine.url
            args: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
            args.update({k: v for k, v in url.query.items() if isinstance(v, str)})
            self._listener = psycopg.connect(autocommit=True, **args)
            self._listener.execute(f"LISTEN {CHANNEL}")

    def _fetch(self) -> list[Change]:
        # On PostgreSQL sequence numbers are taken in one order and may commit in another, so
        # a window behind the highest seq seen is read again and de-duplicated.
        low = max(0, self._last - _WINDOW)
        with self._storage.reader() as session:
            rows = session.execute(
                select(ChangeEvent).where(ChangeEvent.seq > low).order_by(ChangeEvent.seq)
            ).scalars()
            changes = [
                Change(r.seq, r.notification_id, r.status, r.at)
                for r in rows
                if r.seq > self._last or (r.seq > low and r.seq not in self._seen)
            ]
        for change in changes:
            self._seen.add(change.seq)
            self._last = max(self._last, change.seq)
        self._seen = {s for s in self._seen if s > self._last - _WINDOW}
        return changes

    def wait(self, timeout: float) -> list[Change]:
        """Changes committed since the last call, waiting up to ``timeout`` seconds for one."""
        deadline = time.monotonic() + timeout
        while True:
            changes = self._fetch()
            remaining = deadline - time.monotonic()
            if changes or remaining <= 0:
                return changes
            if self._listener is not None:
                # Wake on the first NOTIFY (or at the deadline), then read the table.
                for _ in self._listener.notifies(timeout=remaining, stop_after=1):
                    pass
            else:
                time.sleep(min(self._poll, remaining))

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def __enter__(self) -> ChangeWatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
