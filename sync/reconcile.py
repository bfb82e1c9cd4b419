"""The day's reconciliation CSV (日次突合ファイル): everything delivered on one day, in one file.

When the HTTP route delivers notifications one by one, a municipality may still want a nightly
file to reconcile against what the 住記 system filed. ``kiosk sync --reconcile-day DATE`` (from
cron or the Task Scheduler) writes the import CSV of every notification delivered on that day
(in the counter's time zone) to ``<csv_dir>/reconcile/<DATE>.csv``, atomically, replacing an
earlier file for the same day. It runs beside either delivery route.

The file holds personal data, so it is treated like the notifications in it: written readable
by the owner only from the first byte (0600, in a 0700 folder), each notification in it
recorded in the audit log as exported, and the file deleted by the retention purge once the
notifications it lists are purged (:func:`kiosk.retention.purge_exports`).
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

import forms
from kiosk import audit, workflow
from kiosk.retention import RECONCILE_DIR
from kiosk.storage import NotificationRecord, Status, Storage
from kiosk.workflow import DELIVERY, Actor
from sync.csv_drop import write_atomically

__all__ = ["RECONCILE_DIR", "delivered_on", "write_day"]


def delivered_on(storage: Storage, day: date) -> list[forms.Notification]:
    """Notifications delivered (送信済) on ``day`` in the counter's time zone, oldest first.

    Purged ones (past retention) are no longer available and are left out.
    """
    tz = storage.config.tz
    start = datetime.combine(day, time.min, tzinfo=tz)
    end = start + timedelta(days=1)
    with storage.transaction() as session:
        ids = session.scalars(
            select(NotificationRecord.id)
            .where(
                NotificationRecord.status == Status.DELIVERED.value,
                NotificationRecord.delivered_at >= start,
                NotificationRecord.delivered_at < end,
                NotificationRecord.payload.is_not(None),
            )
            .order_by(NotificationRecord.delivered_at, NotificationRecord.id)
        ).all()
        return [workflow.load(session, nid) for nid in ids]


def write_day(
    storage: Storage, day: date, *, folder: Path | None = None, actor: Actor = DELIVERY
) -> tuple[Path, int]:
    """Write the day's file; returns its path and how many notifications it holds. Each of
    them is recorded in the audit log as exported by ``actor``."""
    config = storage.config
    target = (folder or config.csv_dir) / RECONCILE_DIR
    notifications = delivered_on(storage, day)
    buffer = io.BytesIO()
    forms.write_csv(notifications, buffer, encoding=config.backoffice.csv_encoding)
    name = f"{day.isoformat()}.csv"
    path = write_atomically(target, name, buffer.getvalue())
    with storage.transaction() as session:
        audit.record_many(
            session,
            [
                audit.Entry(
                    actor=actor.audit_id,
                    terminal=actor.terminal,
                    action="export",
                    subject=str(n.id),
                    detail={"what": "reconcile", "file": name},
                )
                for n in notifications
            ],
        )
    return path, len(notifications)
