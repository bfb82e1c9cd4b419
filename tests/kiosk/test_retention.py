"""Retention: personal data leaves on schedule; skeletons, the queue and the audit chain stay.

What is purged is checked in the database itself: the rows and their encrypted columns as stored
(ciphertext, read without the data key), and every column of every table for the ciphertext a
notification had before, so nothing of it survives under another name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import LargeBinary, inspect, select, text, type_coerce

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


@dataclass(frozen=True)
class Stored:
    """A notification's row as the database holds it: encrypted columns as raw ciphertext."""

    payload: bytes | None
    reason: bytes | None
    purged_at: datetime | None
    documents: tuple[bytes, ...]

    def ciphertexts(self) -> list[bytes]:
        return [b for b in (self.payload, self.reason, *self.documents) if b is not None]


def _raw(value: object) -> bytes | None:
    return None if value is None else bytes(value)  # type: ignore[call-overload]


def stored(storage: Storage, nid: str) -> Stored | None:
    """The row of ``nid`` read without decrypting anything; None when there is no row."""
    n, d = NotificationRecord.__table__.c, DocumentRecord.__table__.c
    key = uuid.UUID(nid)
    with storage.engine.connect() as conn:
        row = conn.execute(
            select(
                type_coerce(n.payload, LargeBinary),
                type_coerce(n.reason, LargeBinary),
                n.purged_at,
            ).where(n.id == key)
        ).first()
        if row is None:
            return None
        documents = conn.scalars(
            select(type_coerce(d.content, LargeBinary)).where(d.notification_id == key)
        ).all()
    return Stored(_raw(row[0]), _raw(row[1]), row[2], tuple(bytes(c) for c in documents))


def found_anywhere(storage: Storage, blobs: list[bytes]) -> list[str]:
    """``table.column`` of every stored value, in any table, that holds one of ``blobs``."""
    places = []
    with storage.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            result = conn.execute(text(f'SELECT * FROM "{table}"'))
            columns = list(result.keys())
            for row in result:
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, bytes | bytearray | memoryview) and any(
                        blob in bytes(value) for blob in blobs
                    ):
                        places.append(f"{table}.{column}")
    return places


def assert_purged(storage: Storage, nid: str, before: Stored) -> None:
    """``nid`` is a skeleton: no payload, reason or document, and its old ciphertext is gone."""
    now = stored(storage, nid)
    assert now is not None, "the skeleton row stays (the queue and the audit chain name it)"
    assert (now.payload, now.reason, now.documents) == (None, None, ())
    assert now.purged_at is not None
    assert found_anywhere(storage, before.ciphertexts()) == []


def test_each_kind_goes_after_its_own_period(storage: Storage) -> None:
    ids = {
        "delivered": delivered(storage),
        "returned": returned(storage),
        "cancelled": cancelled(storage),
        "draft": draft(storage),
        "approved": str(approved(storage)),
    }
    before = {k: stored(storage, v) for k, v in ids.items()}
    assert all(b is not None and b.payload for b in before.values())
    assert before["approved"] is not None and before["approved"].documents  # the form PDF

    def unchanged(*kinds: str) -> bool:
        return all(stored(storage, ids[k]) == before[k] for k in kinds)

    purge(storage, timedelta(minutes=30))
    assert unchanged(*ids)

    report = purge(storage, timedelta(hours=2))
    assert report.abandoned == 1 and report.total == 1
    # The abandoned draft is wiped outright: no row, and its ciphertext nowhere.
    assert stored(storage, ids["draft"]) is None
    assert before["draft"] is not None
    assert found_anywhere(storage, before["draft"].ciphertexts()) == []
    assert unchanged("delivered", "returned", "cancelled", "approved")

    report = purge(storage, timedelta(days=1, hours=1))
    assert (report.returned, report.cancelled) == (1, 0)
    assert before["returned"] is not None and before["returned"].reason is not None
    assert_purged(storage, ids["returned"], before["returned"])

    report = purge(storage, timedelta(days=3))
    assert report.cancelled == 1
    assert before["cancelled"] is not None
    assert_purged(storage, ids["cancelled"], before["cancelled"])
    assert unchanged("delivered", "approved")

    report = purge(storage, timedelta(days=8))
    assert report.delivered == 1
    assert before["delivered"] is not None and before["delivered"].documents
    assert_purged(storage, ids["delivered"], before["delivered"])
    # Not yet delivered: kept however old, the back office does not have it.
    assert unchanged("approved")

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
    before = stored(storage, str(stale.id))
    assert before is not None and before.payload
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
    assert stored(storage, str(stale.id)) is None
    assert found_anywhere(storage, before.ciphertexts()) == []


def test_rule_verdicts_kept_in_memory_do_not_outlive_their_day() -> None:
    """A desk remembers each verdict it reached (findings may quote the data) for the day it
    judged only: the first verdict of a new day forgets every earlier day's."""
    from datetime import date

    from tests.forms.factory import tenkyo_single

    n = tenkyo_single()
    payload = n.model_dump_json()
    workflow.checked_payload(n.id, payload, n, date(2026, 3, 30))
    assert any(k[0] == n.id and k[2] == date(2026, 3, 30) for k in workflow._CHECKED)
    other = tenkyo_single()
    workflow.checked_payload(other.id, other.model_dump_json(), other, date(2026, 3, 31))
    assert not any(k[2] < date(2026, 3, 31) for k in workflow._CHECKED)
    assert any(k[0] == other.id for k in workflow._CHECKED)
