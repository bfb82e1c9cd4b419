"""Crash safety: a counter process killed with SIGKILL at any point leaves a consistent database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import audit, workflow
from kiosk.config import Config
from kiosk.models import DocumentRecord, NotificationRecord, OutboxEntry, Status
from kiosk.storage import open_storage

ROOT = Path(__file__).resolve().parents[2]
FILED = {Status.APPROVED, Status.DELIVERED, Status.DELIVERY_FAILED}


def child(config: Config, **env: str) -> subprocess.Popen[str]:
    full = {
        **os.environ,
        "KIOSK_PATHS_DATA_DIR": str(config.data_dir),
        "KIOSK_PRIVACY_KEY_STORE": "file",
        "KIOSK_DATABASE_URL": config.database.url,
        **env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.kiosk.crash_child"],
        cwd=ROOT,
        env=full,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_consistent(config: Config) -> dict[Status, int]:
    """Every invariant a half-finished write could break; returns the count per state."""
    storage = open_storage(config)
    try:
        with storage.reader() as s:
            records = s.scalars(select(NotificationRecord)).all()
            outbox = {e.notification_id: e for e in s.scalars(select(OutboxEntry))}
            docs = s.execute(select(DocumentRecord.notification_id, DocumentRecord.kind)).all()
            for r in records:
                workflow.load(s, r.id)  # the payload decrypts and parses
                filed = r.state in FILED
                assert (r.id in outbox) == filed, (r.id, r.state)
                kinds = sorted(kind for nid, kind in docs if nid == r.id)
                assert kinds == (["form", "receipt"] if filed else []), (r.id, r.state)
                assert (r.reception_no is not None) == (r.state is not Status.DRAFT)
                if r.state is Status.DELIVERED:
                    assert outbox[r.id].status == "delivered"
            assert set(outbox) <= {r.id for r in records}
            numbers = [(r.counter, r.reception_day, r.reception_no) for r in records]
            numbers = [n for n in numbers if n[2] is not None]
            assert len(numbers) == len(set(numbers))
            result = audit.verify(s)
            assert result.ok, result.problems
            approvals = [e for e in audit.entries(s) if e.action == "approve"]
            assert len(approvals) == sum(r.state in FILED for r in records)
            counts: dict[Status, int] = {}
            for r in records:
                counts[r.state] = counts.get(r.state, 0) + 1
            return counts
    finally:
        storage.close()


def test_killed_inside_the_approval_transaction(config: Config) -> None:
    open_storage(config).close()  # create the database and key first
    proc = child(config, CRASH_IN="approve", CRASH_NOTIFICATIONS="1")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, err
    assert out.splitlines()[-1].split()[1] == "review"
    counts = assert_consistent(config)
    assert counts == {Status.REVIEWING: 1}
    # The counter carries on: the same notification can be approved after the restart.
    nid = out.splitlines()[-1].split()[2]
    storage = open_storage(config)
    try:
        with storage.transaction() as s:
            workflow.approve(s, nid, actor=workflow.Actor.staff("rev01", ["審査"]), adapter="csv")
    finally:
        storage.close()
    assert assert_consistent(config) == {Status.APPROVED: 1}


@pytest.mark.slow
@pytest.mark.parametrize("kill_after_lines", [1, 4, 7, 11])
def test_killed_at_any_point_between_steps(config: Config, kill_after_lines: int) -> None:
    open_storage(config).close()
    with child(config, CRASH_NOTIFICATIONS="4") as proc:
        assert proc.stdout is not None
        for _ in range(kill_after_lines):
            assert proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)  # wherever it is now: between steps or inside one
        proc.wait(timeout=60)
    before = assert_consistent(config)
    assert sum(before.values()) >= 1
    again = child(config, CRASH_NOTIFICATIONS="2")
    _out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    after = assert_consistent(config)
    assert after.get(Status.DELIVERED, 0) == before.get(Status.DELIVERED, 0) + 2
