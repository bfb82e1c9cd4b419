"""Two desks on one PostgreSQL: both see a new arrival, only one can approve it.

Each desk is its own :class:`StaffService` with its own database engine (as two PCs would be),
sharing one throwaway PostgreSQL database; the race is two threads released together.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.errors import KioskError
from kiosk.models import OutboxEntry, Status
from kiosk.staff_service import StaffService
from kiosk.storage import open_storage
from tests.fixtures.postgres import postgres_cluster, postgres_url  # noqa: F401 - fixtures
from tests.staff.conftest import (
    PASSWORD,
    add_staff,
    family_tennyu,
    file_notification,
    make_config,
    totp,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def desks(tmp_path: Path, postgres_url: str) -> Iterator[list[StaffService]]:  # noqa: F811
    config = make_config(tmp_path / "data", postgres_url)
    first = open_storage(config)
    second = open_storage(config)  # a second engine: the other desk's own connections
    try:
        yield [
            StaffService(config, first, terminal="desk-1"),
            StaffService(config, second, terminal="desk-2"),
        ]
    finally:
        first.close()
        second.close()


def test_two_desks_race_to_approve(desks: list[StaffService]) -> None:
    a, b = desks
    secret_a = add_staff(a.storage, "sato", ["審査"], "佐藤")
    secret_b = add_staff(a.storage, "suzuki", ["審査"], "鈴木")
    user_a = a.login("sato", PASSWORD, totp(secret_a))
    user_b = b.login("suzuki", PASSWORD, totp(secret_b))
    n = family_tennyu()
    watcher = b.watch()
    try:
        label = file_notification(a.storage, n)
        # The other desk is woken by the change (LISTEN/NOTIFY), not by polling the queue.
        assert any(c.notification_id == n.id for c in watcher.wait(timeout=2.0))
    finally:
        watcher.close()
    assert [r.label for r in b.queue(user_b)] == [label]

    review_a = a.open(user_a, n.id)  # takes it: 審査中
    review_b = b.open(user_b, n.id)  # sees it 審査中, same version
    assert review_a.version == review_b.version and review_b.status is Status.REVIEWING

    barrier = threading.Barrier(2)
    outcomes: dict[str, Any] = {}

    def approve(name: str, service: StaffService, user: Any, version: int) -> None:
        barrier.wait()
        try:
            outcomes[name] = service.approve(user, n.id, expected_version=version).status
        except KioskError as exc:
            outcomes[name] = exc

    threads = [
        threading.Thread(target=approve, args=("a", a, user_a, review_a.version)),
        threading.Thread(target=approve, args=("b", b, user_b, review_b.version)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    won = [k for k, v in outcomes.items() if v is Status.APPROVED]
    lost = [v for v in outcomes.values() if isinstance(v, KioskError)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    assert "先に変更しました" in str(lost[0]) or "はできません" in str(lost[0])
    with a.storage.transaction() as s:
        rows = s.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.notification_id == n.id)
        )
    assert rows == 1
    trail = [action for _at, _who, action, _d in a.audit_trail(n.id)]
    assert trail.count("approve") == 1
    assert a.audit_ok()
