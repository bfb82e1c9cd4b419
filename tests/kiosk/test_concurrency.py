"""Several desks on one database: races have one winner, numbers stay unique, the chain linear."""

from __future__ import annotations

import functools
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from sqlalchemy import func, select

from kiosk import audit, workflow
from kiosk.config import Config
from kiosk.models import DocumentRecord, OutboxEntry, Status
from kiosk.storage import Storage, open_storage
from tests.approvals import review_new
from tests.kiosk.conftest import NOW, RECEPTION, REVIEWER, fileable

T = TypeVar("T")


def race(n: int, work: Callable[[int], T]) -> list[T | BaseException]:
    """Run ``work(i)`` in ``n`` threads released at the same instant; results or errors."""
    barrier = threading.Barrier(n)
    results: list[T | BaseException] = [RuntimeError("not run")] * n

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work(i)
        except BaseException as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def in_review(storage: Storage) -> uuid.UUID:
    n = fileable()
    with storage.transaction() as s:
        review_new(s, n, clerk=RECEPTION, reviewer=REVIEWER, now=NOW)
    return n.id


def approve_as(
    storage: Storage, nid: uuid.UUID, version: int, desks: list[workflow.Actor], i: int
) -> str:
    with storage.transaction() as s:
        workflow.approve(s, nid, actor=desks[i], adapter="csv", expected_version=version, now=NOW)
    return desks[i].id


@pytest.fixture
def pg_storage(make_config: Callable[..., Config], postgres_url: str) -> Iterator[Storage]:
    opened = open_storage(make_config(postgres_url))
    yield opened
    opened.close()


@pytest.mark.postgres
def test_two_approvals_racing_on_postgresql(pg_storage: Storage) -> None:
    storage = pg_storage
    for _ in range(3):
        nid = in_review(storage)
        with storage.reader() as s:
            version = workflow.get(s, nid).version
        desks = [
            workflow.Actor.staff("rev01", ["審査"], "desk-1"),
            workflow.Actor.staff("rev02", ["審査"], "desk-2"),
        ]

        results = race(2, functools.partial(approve_as, storage, nid, version, desks))
        winners = [r for r in results if isinstance(r, str)]
        losers = [r for r in results if isinstance(r, BaseException)]
        assert len(winners) == 1, results
        assert len(losers) == 1 and isinstance(losers[0], workflow.ConcurrentChange), results
        with storage.reader() as s:
            record = workflow.get(s, nid)
            assert record.state is Status.APPROVED and record.reviewer == winners[0]
            outbox = s.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.notification_id == nid)
            )
            docs = s.scalar(
                select(func.count())
                .select_from(DocumentRecord)
                .where(DocumentRecord.notification_id == nid)
            )
            assert (outbox, docs) == (1, 2)  # the form and the receipt
    with storage.reader() as s:
        assert audit.verify(s).ok


def test_racing_reviewers_one_takes_it(storage: Storage) -> None:
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
        workflow.confirm(s, n.id, actor=RECEPTION, now=NOW)
        version = workflow.get(s, n.id).version

    def take(i: int) -> str:
        actor = workflow.Actor.staff(f"rev{i}", ["審査"])
        with storage.transaction() as s:
            workflow.start_review(s, n.id, actor=actor, expected_version=version, now=NOW)
        return actor.id

    results = race(4, take)
    winners = [r for r in results if isinstance(r, str)]
    assert len(winners) == 1, results
    assert all(
        isinstance(r, workflow.ConcurrentChange) for r in results if isinstance(r, BaseException)
    ), results
    with storage.reader() as s:
        assert workflow.get(s, n.id).reviewer == winners[0]


def test_concurrent_confirmations_get_unique_consecutive_numbers(storage: Storage) -> None:
    ids = []
    for _ in range(8):
        n = fileable()
        with storage.transaction() as s:
            workflow.create_draft(s, n, actor=RECEPTION, counter="7", now=NOW)
        ids.append(n.id)

    def confirm(i: int) -> int:
        with storage.transaction() as s:
            record = workflow.confirm(s, ids[i], actor=RECEPTION, now=NOW)
            assert record.reception_no is not None
            return record.reception_no

    results = race(len(ids), confirm)
    assert sorted(r for r in results if isinstance(r, int)) == list(range(1, 9)), results
    with storage.reader() as s:
        result = audit.verify(s)
        assert result.ok, result.problems
