"""Retention: personal data leaves on schedule; skeletons, the queue and the audit chain stay."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from kiosk import audit, retention, workflow
from kiosk.config import Retention
from kiosk.models import DocumentRecord, NotificationRecord, Status
from kiosk.storage import Storage
from tests.kiosk.conftest import NOW, RECEPTION, REVIEWER, approved, fileable

RULES = Retention(delivered_days=7, returned_days=1, cancelled_days=2, abandoned_hours=1)


def delivered(storage: Storage) -> str:
    nid = approved(storage)
    with storage.transaction() as s:
        workflow.mark_delivered(s, nid, "BO-1", now=NOW)
    return str(nid)


def returned(storage: Storage) -> str:
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
        workflow.confirm(s, n.id, actor=RECEPTION, now=NOW)
        workflow.return_(s, n.id, actor=REVIEWER, reason="住所の誤り", now=NOW)
    return str(n.id)


def cancelled(storage: Storage) -> str:
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
        workflow.cancel(s, n.id, actor=RECEPTION, reason="本人の申出", now=NOW)
    return str(n.id)


def draft(storage: Storage) -> str:
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
    return str(n.id)


def purge(storage: Storage, after: timedelta) -> retention.PurgeReport:
    with storage.transaction() as s:
        return retention.purge(s, RULES, now=NOW + after)


def is_purged(storage: Storage, nid: str) -> bool | None:
    """True: skeleton without personal data; False: data still there; None: row gone."""
    with storage.reader() as s:
        record = s.get(NotificationRecord, workflow.get(s, nid).id) if _exists(s, nid) else None
        if record is None:
            return None
        docs = s.scalar(
            select(func.count())
            .select_from(DocumentRecord)
            .where(DocumentRecord.notification_id == record.id)
        )
        if record.payload is None:
            assert record.reason is None and docs == 0 and record.purged_at is not None
            return True
        return False


def _exists(s: object, nid: str) -> bool:
    try:
        workflow.get(s, nid)  # type: ignore[arg-type]
    except workflow.NotFound:
        return False
    return True


def test_each_kind_goes_after_its_own_period(storage: Storage) -> None:
    ids = {
        "delivered": delivered(storage),
        "returned": returned(storage),
        "cancelled": cancelled(storage),
        "draft": draft(storage),
        "approved": approved(storage).hex,
    }
    purge(storage, timedelta(minutes=30))
    assert {k: is_purged(storage, v) for k, v in ids.items()} == dict.fromkeys(ids, False)

    report = purge(storage, timedelta(hours=2))
    assert report.abandoned == 1 and report.total == 1
    assert is_purged(storage, ids["draft"]) is None  # wiped outright

    report = purge(storage, timedelta(days=1, hours=1))
    assert (report.returned, report.cancelled) == (1, 0)
    assert is_purged(storage, ids["returned"]) is True

    report = purge(storage, timedelta(days=3))
    assert report.cancelled == 1 and is_purged(storage, ids["cancelled"]) is True
    assert is_purged(storage, ids["delivered"]) is False

    report = purge(storage, timedelta(days=8))
    assert report.delivered == 1 and is_purged(storage, ids["delivered"]) is True
    # Not yet delivered: kept however old, the back office does not have it.
    assert is_purged(storage, ids["approved"]) is False

    report = purge(storage, timedelta(days=30))
    assert report.total == 0  # nothing is purged twice
    with storage.reader() as s:
        assert workflow.get(s, ids["delivered"]).state is Status.DELIVERED
        assert audit.verify(s).ok
        with pytest.raises(workflow.NotFound, match="purged"):
            workflow.load(s, ids["delivered"])


def test_purge_if_due_runs_once_a_day(storage: Storage) -> None:
    draft(storage)
    first = retention.purge_if_due(storage, now=NOW + timedelta(hours=2))
    assert first is not None and first.abandoned == 1
    assert retention.purge_if_due(storage, now=NOW + timedelta(hours=20)) is None
    assert retention.purge_if_due(storage, now=NOW + timedelta(hours=27)) is not None


def test_the_daily_thread_purges(storage: Storage) -> None:
    stale = fileable()
    old = NOW - timedelta(days=400)  # created long ago: past every period now
    with storage.transaction() as s:
        workflow.create_draft(s, stale, actor=RECEPTION, counter="1", now=old)
    job = retention.DailyPurge(storage, check_every=3600).start()
    try:
        for _ in range(200):
            with storage.reader() as s:
                if retention.last_purge(s) is not None:
                    break
            job._stop.wait(0.05)
    finally:
        job.stop()
    with storage.reader() as s:
        assert retention.last_purge(s) is not None
        with pytest.raises(workflow.NotFound):
            workflow.get(s, stale.id)
