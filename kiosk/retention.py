"""Retention (保存期間): personal data leaves the counter on schedule.

The back office keeps the record (届書 one year); the counter keeps personal data only until
delivery is confirmed — to the back office and to every department route it goes to — then
purges it after ``retention.delivered_days``. Returned (差戻) and
cancelled (取消) notifications go sooner, unfinished drafts (入力中) are wiped outright after
``retention.abandoned_hours``. A purged notification keeps its id, state, dates and 受付番号
(no personal data) so counts and the audit log still make sense; its JSON, documents and
reasons are gone. Form and receipt PDFs saved to ``<data folder>/print`` because no printer
was found (:attr:`kiosk.config.Config.print_dir`) are deleted after ``retention.printed_days``.

Files the counter wrote with personal data go on the same schedule: the day's
reconciliation CSV (``<csv_dir>/reconcile/<DATE>.csv``) once the notifications delivered that
day are purged (:func:`purge_exports`).

``kiosk purge`` runs it; the application runs :class:`DailyPurge`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, delete, select, update
from sqlalchemy.orm import Session

from kiosk import audit, preentry, visits
from kiosk.config import Config, Retention
from kiosk.models import (
    ChangeEvent,
    DocumentRecord,
    Meta,
    NotificationRecord,
    OutboxEntry,
    OutboxStatus,
    Status,
    utcnow,
)
from kiosk.storage import Storage
from kiosk.workflow import SYSTEM, Actor

log = logging.getLogger(__name__)

#: How long change announcements are kept (watchers only need the last seconds).
CHANGES_KEPT = timedelta(days=1)
LAST_PURGE = "last_purge_at"
#: Where ``kiosk sync --reconcile-day`` writes the day's files, below the CSV drop folder.
RECONCILE_DIR = "reconcile"
#: A temporary file this old was left by a crash, not by a write in progress.
_STALE_TEMP = timedelta(hours=1)


@dataclass
class PurgeReport:
    """How many notifications each rule purged (or wiped), and 転出証明書情報 records deleted."""

    delivered: int = 0
    returned: int = 0
    cancelled: int = 0
    abandoned: int = 0
    tenshutsu_info: int = 0
    #: Saved print files (PDF) deleted; not notifications, so not in :attr:`total`.
    printed_files: int = 0

    @property
    def total(self) -> int:
        return (
            self.delivered + self.returned + self.cancelled + self.abandoned + self.tenshutsu_info
        )


def purge_print_files(folder: Path, days: int, *, now: datetime) -> int:
    """Delete the PDFs in ``folder`` last written more than ``days`` ago; returns how many.

    Only ``*.pdf`` files directly in the folder are touched (it is the counter's own print
    folder); one that cannot be deleted is logged and left for the next run.
    """
    if not folder.is_dir():
        return 0
    cutoff = (now - timedelta(days=days)).timestamp()
    removed = 0
    for path in folder.iterdir():
        try:
            if path.suffix.lower() != ".pdf" or not path.is_file() or path.is_symlink():
                continue
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError as exc:
            log.warning("cannot purge print file %s: %s", path.name, exc.strerror or exc)
    return removed


def _strip(session: Session, ids: list[uuid.UUID], now: datetime) -> None:
    """Remove the personal data of these notifications, keeping the skeleton row."""
    if not ids:
        return
    session.execute(delete(DocumentRecord).where(DocumentRecord.notification_id.in_(ids)))
    session.execute(
        update(OutboxEntry).where(OutboxEntry.notification_id.in_(ids)).values(last_error=None)
    )
    session.execute(
        update(NotificationRecord)
        .where(NotificationRecord.id.in_(ids))
        .values(
            payload=None,
            reason=None,
            purged_at=now,
            version=NotificationRecord.version + 1,
        )
        .execution_options(synchronize_session=False)
    )


def purge(
    session: Session,
    retention: Retention,
    *,
    now: datetime | None = None,
    actor: Actor = SYSTEM,
    print_dir: Path | None = None,
) -> PurgeReport:
    """Purge what is past its retention period, in the caller's transaction.

    With ``print_dir`` the saved print files past ``retention.printed_days`` go too (files are
    not part of the transaction: they are past their time whether or not it commits).
    """
    now = now or utcnow()
    report = PurgeReport()
    if print_dir is not None:
        report.printed_files = purge_print_files(print_dir, retention.printed_days, now=now)
    rules = [
        ("delivered", Status.DELIVERED, NotificationRecord.delivered_at, retention.delivered_days),
        ("returned", Status.RETURNED, NotificationRecord.closed_at, retention.returned_days),
        ("cancelled", Status.CANCELLED, NotificationRecord.closed_at, retention.cancelled_days),
    ]
    # A department route still sending (or refused, waiting for staff) needs the data: the
    # notification is delivered to the back office but not yet to everyone it goes to.
    undelivered = select(OutboxEntry.notification_id).where(
        OutboxEntry.status != OutboxStatus.DELIVERED.value
    )
    for name, status, stamp, days in rules:
        ids = list(
            session.scalars(
                select(NotificationRecord.id).where(
                    and_(
                        NotificationRecord.status == status.value,
                        NotificationRecord.purged_at.is_(None),
                        stamp < now - timedelta(days=days),
                        NotificationRecord.id.not_in(undelivered),
                    )
                )
            )
        )
        _strip(session, ids, now)
        setattr(report, name, len(ids))
    abandoned = list(
        session.scalars(
            select(NotificationRecord.id).where(
                NotificationRecord.status == Status.DRAFT.value,
                NotificationRecord.updated_at < now - timedelta(hours=retention.abandoned_hours),
            )
        )
    )
    if abandoned:
        session.execute(
            delete(NotificationRecord)
            .where(NotificationRecord.id.in_(abandoned))
            .execution_options(synchronize_session=False)
        )
    report.abandoned = len(abandoned)
    report.tenshutsu_info = preentry.purge_tenshutsu_info(session, today=now.date())
    # A resident screen's visit nobody touched as long is forgotten too (kiosk.visits).
    visits.purge_stale(session, now - timedelta(hours=retention.abandoned_hours))
    session.execute(delete(ChangeEvent).where(ChangeEvent.at < now - CHANGES_KEPT))
    meta = session.get(Meta, LAST_PURGE)
    if meta is None:
        session.add(Meta(key=LAST_PURGE, value=now.isoformat()))
    else:
        meta.value = now.isoformat()
    audit.record(
        session,
        actor=actor.audit_id,
        terminal=actor.terminal,
        action="purge",
        subject="notifications",
        detail=dict(asdict(report)),
        at=now,
    )
    log.info("purge: %s", asdict(report))
    return report


def purge_exports(
    session: Session, config: Config, *, now: datetime | None = None, actor: Actor = SYSTEM
) -> int:
    """Delete the reconciliation files whose notifications are past their retention period
    (the day is older than ``retention.delivered_days`` in the counter's time zone), and
    temporary files a crash left; each deletion is audited. Returns how many files went."""
    now = now or utcnow()
    folder = config.csv_dir / RECONCILE_DIR
    if not folder.is_dir():
        return 0
    cutoff = (now - timedelta(days=config.retention.delivered_days)).astimezone(config.tz).date()
    removed = []
    for path in sorted(folder.glob("*.csv")):
        try:
            day = date.fromisoformat(path.stem)
        except ValueError:
            continue  # not one of ours
        if day < cutoff:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path.name)
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - path.lstat().st_mtime > _STALE_TEMP.total_seconds():
                path.unlink()
    if removed:
        audit.record_many(
            session,
            [
                audit.Entry(
                    actor=actor.audit_id,
                    terminal=actor.terminal,
                    action="purge",
                    subject=f"{RECONCILE_DIR}/{name}",
                    detail={"what": "reconcile"},
                    at=now,
                )
                for name in removed
            ],
        )
        log.info("purge: %d reconciliation file(s) deleted", len(removed))
    return len(removed)


def last_purge(session: Session) -> datetime | None:
    """When the purge last ran on this database."""
    meta = session.get(Meta, LAST_PURGE)
    return None if meta is None else datetime.fromisoformat(meta.value)


def purge_if_due(storage: Storage, *, now: datetime | None = None) -> PurgeReport | None:
    """Run the purge when the last run is a day old or more (any process may call this)."""
    now = now or utcnow()
    with storage.transaction() as session:
        last = last_purge(session)
        if last is not None and now - last < timedelta(days=1):
            return None
        report = purge(
            session, storage.config.retention, now=now, print_dir=storage.config.print_dir
        )
        purge_exports(session, storage.config, now=now)
    with storage.reader() as session:
        audit.write_anchor(session, storage.config.data_dir / audit.ANCHOR_FILE)
    return report


class DailyPurge:
    """Runs :func:`purge_if_due` at start and then hourly in a background thread."""

    def __init__(self, storage: Storage, *, check_every: float = 3600.0) -> None:
        self._storage = storage
        self._every = check_every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kiosk-purge", daemon=True)

    def start(self) -> DailyPurge:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                purge_if_due(self._storage)
            except Exception:  # keep the counter running; the next hour tries again
                log.exception("scheduled purge failed")
            self._stop.wait(self._every)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
