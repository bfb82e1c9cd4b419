"""The day's reconciliation CSV (日次突合ファイル): everything delivered on one day, in one file.

When the HTTP route delivers notifications one by one, a municipality may still want a nightly
file to reconcile against what the 住記 system filed. ``kiosk sync --reconcile-day DATE`` (from
cron or the Task Scheduler) writes the import CSV of every notification delivered on that day
(in the counter's time zone) to ``<csv_dir>/reconcile/<DATE>.csv``, atomically, replacing an
earlier file for the same day. It runs beside either delivery route.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

import forms
from kiosk import workflow
from kiosk.storage import NotificationRecord, Status, Storage
from sync.csv_drop import write_atomically

RECONCILE_DIR = "reconcile"


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


def write_day(storage: Storage, day: date, *, folder: Path | None = None) -> tuple[Path, int]:
    """Write the day's file; returns its path and how many notifications it holds."""
    config = storage.config
    target = (folder or config.csv_dir) / RECONCILE_DIR
    notifications = delivered_on(storage, day)
    buffer = io.BytesIO()
    forms.write_csv(notifications, buffer, encoding=config.backoffice.csv_encoding)
    return write_atomically(target, f"{day.isoformat()}.csv", buffer.getvalue()), len(notifications)
