"""A desk on a counter floor sees a new filing through change notification, not by polling.

The desk is a :class:`StaffService` on its own engine of a throwaway PostgreSQL database; the
filing comes from another process (a tablet), as on a floor. The desk is woken by ``NOTIFY``
(:class:`kiosk.changes.ChangeWatcher`), decides what to reload as the console does
(:func:`kiosk.desk_queue.refresh_for`) and reads the new row alone: the statements of that
refresh, and the rows they read, are the same with 2 rows in its queue as with 22.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from kiosk.config import Config
from kiosk.desk_queue import refresh_for
from kiosk.models import Status
from kiosk.staff_service import StaffService, StaffUser
from kiosk.storage import Storage, open_storage
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

ROOT = Path(__file__).resolve().parents[2]

#: A tablet filing one notification (仮登録) from a process of its own.
TABLET = """
import sys, uuid
from kiosk import workflow
from kiosk.config import load_config
from kiosk.storage import open_storage
from tests.staff.conftest import family_tennyu
storage = open_storage(load_config(), migrate=False)
n = family_tennyu()
n.id = uuid.UUID(sys.argv[1])
print(workflow.submit_from_resident(
    storage, n, counter="1", terminal="tablet-9", resident_session=uuid.uuid4()))
storage.close()
"""


class Meter:
    """Statements a desk's engine runs, and the rows its reads return."""

    def __init__(self, storage: Storage) -> None:
        self.statements = 0
        self.rows = 0
        event.listen(storage.engine, "after_cursor_execute", self._count)

    def _count(self, _conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        self.statements += 1
        if statement.lstrip().upper().startswith("SELECT") and cursor.rowcount > 0:
            self.rows += cursor.rowcount

    def reset(self) -> None:
        self.statements = self.rows = 0


@pytest.fixture
def floor(tmp_path: Path, postgres_url: str) -> Iterator[tuple[Config, Storage, Storage]]:  # noqa: F811
    config = make_config(tmp_path / "data", postgres_url)
    tablets = open_storage(config)  # the other tablets of the floor, filing meanwhile
    desk = open_storage(config)
    try:
        yield config, tablets, desk
    finally:
        tablets.close()
        desk.close()


def _file_from_another_process(config: Config) -> tuple[uuid.UUID, str]:
    nid = uuid.uuid4()
    env = {
        "KIOSK_PATHS_DATA_DIR": str(config.data_dir),
        "KIOSK_PRIVACY_KEY_STORE": "file",
        "KIOSK_DATABASE_URL": config.database.url,
        "KIOSK_MUNICIPALITY_NAME": "清瀬市",
        "KIOSK_MUNICIPALITY_CODE": "132217",
        "PATH": "/usr/bin:/bin",
    }
    done = subprocess.run(
        [sys.executable, "-c", TABLET, str(nid)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return nid, done.stdout.strip().splitlines()[-1]


def _sees_filing(
    config: Config, service: StaffService, user: StaffUser, meter: Meter
) -> tuple[int, int]:
    """A filing by another process reaches the desk's queue through NOTIFY; returns the
    statements and the rows read by the refresh that showed it."""
    with service.watch() as watcher:
        nid, label = _file_from_another_process(config)
        found = []
        for _ in range(20):  # one round normally; up to 20 s on a loaded machine
            found = watcher.wait(timeout=1.0)
            if any(c.notification_id == nid for c in found):
                break
        plan = refresh_for(found, shown=None)
        assert nid in plan.notifications and plan.day and not plan.review
        meter.reset()
        rows = service.queue(user, changed=plan.notifications)
        statements, read = meter.statements, meter.rows
    row = next(r for r in rows if r.id == nid)
    assert (row.label, row.status, row.terminal) == (label, Status.CONFIRMED, "tablet-9")
    assert row.persons == 4 and row.waiting_seconds is not None
    return statements, read


def test_a_desk_sees_a_new_filing_through_notification_without_reading_every_row(
    floor: tuple[Config, Storage, Storage],
) -> None:
    config, tablets, desk = floor
    secret = add_staff(desk, "sato", ["審査", "受付"], "佐藤")
    service = StaffService(config, desk, terminal="desk-1")
    user = service.login("sato", PASSWORD, totp(secret))
    meter = Meter(desk)
    for _ in range(2):
        file_notification(tablets, family_tennyu())
    assert len(service.queue(user)) == 2  # at login: the whole queue

    small = _sees_filing(config, service, user, meter)
    assert len(service.queue(user, changed=())) == 3  # the tick: nothing read again

    for _ in range(20):
        file_notification(tablets, family_tennyu())
    assert len(service.queue(user)) == 23  # F5: the whole queue again
    large = _sees_filing(config, service, user, meter)

    # The refresh reads the changed row alone: as many statements and rows with 23 in the
    # queue as with 3 (the account check, the paired tablets, the row).
    assert large == small
    assert small[1] <= 3

    # A change of state alone is one row again, and its findings are kept as they were.
    rows = service.queue(user)
    first = rows[0]
    meter.reset()
    review = service.open(user, first.id)  # takes it: 審査中
    assert review.status is Status.REVIEWING
    meter.reset()
    again = service.queue(user, changed=(first.id,))
    assert meter.statements == large[0] and meter.rows <= large[1]
    moved = next(r for r in again if r.id == first.id)
    assert moved.status is Status.REVIEWING and moved.badges == first.badges
    assert len(again) == 24
