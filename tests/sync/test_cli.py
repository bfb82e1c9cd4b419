"""``kiosk sync`` as a process: exit codes, and ``kill -9`` in the middle of a delivery.

Runs on a SQLite file and on a throwaway PostgreSQL database.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.config import Config
from kiosk.storage import OutboxEntry, Status, Storage, open_storage
from sync.signing import CounterKey
from tests.fixtures.backoffice import Fault, FaultProxy, ReceiverServer
from tests.sync.conftest import approve_new, config_env
from tests.sync.test_worker import assert_exactly_once, states


def kiosk(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.app", "sync", *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def env(
    tmp_path: Path, database_url: str, fault_proxy: FaultProxy, counter_key: CounterKey
) -> dict[str, str]:
    key_file = tmp_path / "signing-key.pem"
    key_file.write_bytes(counter_key.private_pem())
    return config_env(
        tmp_path,
        database_url,
        KIOSK_BACKOFFICE_URL=fault_proxy.url,
        KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
    )


FAST = ("--base-delay", "0.05", "--max-delay", "0.3", "--timeout", "2")


def test_once_exits_0_when_everything_was_delivered(
    storage: Storage, env: dict[str, str], receiver: ReceiverServer, fault_proxy: FaultProxy
) -> None:
    ids = approve_new(storage, 3)
    fault_proxy.plan(Fault.answer(503, "1"), Fault.drop())
    proc = kiosk(env, "--once", *FAST)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert_exactly_once(storage, receiver, ids)


def test_once_exits_8_with_a_summary_when_some_are_left(
    storage: Storage, env: dict[str, str], receiver: ReceiverServer, fault_proxy: FaultProxy
) -> None:
    (nid,) = approve_new(storage, 1)
    fault_proxy.down()
    proc = kiosk(env, "--once", "--max-attempts", "2", *FAST)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 8
    assert "1 failed" in err and str(nid) in err and "cannot connect" in err
    assert states(storage, [nid])[nid][0] == Status.DELIVERY_FAILED.value
    # The retry command puts it back; the next run delivers it.
    fault_proxy.up()
    retry = kiosk(env, "--retry", str(nid))
    assert retry.communicate(timeout=60) and retry.returncode == 0
    again = kiosk(env, "--once", *FAST)
    _out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert_exactly_once(storage, receiver, [nid])


@pytest.mark.slow
def test_kill_9_mid_delivery_then_restart_delivers_each_exactly_once(
    storage: Storage, env: dict[str, str], receiver: ReceiverServer, fault_proxy: FaultProxy
) -> None:
    ids = approve_new(storage, 4)
    # The back office stores the first notification but its answer is held back...
    fault_proxy.plan(Fault.slow(60))
    worker = kiosk(env, "--lease", "3", "--poll", "0.2", *FAST[:4], "--timeout", "60")
    try:
        deadline = time.monotonic() + 60
        while not receiver.arrivals():
            assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
            assert time.monotonic() < deadline, "the worker never reached the back office"
            time.sleep(0.05)
        # ...and the worker dies while it waits for that answer.
        worker.kill()
        worker.wait(30)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait(30)
    assert worker.returncode == -9
    with storage.transaction() as s:
        claimed = s.scalars(select(OutboxEntry).where(OutboxEntry.claimed_by.is_not(None))).all()
        assert claimed and all(e.status == "pending" for e in claimed)
    assert {st for st, _o, _r in states(storage, ids).values()} == {Status.APPROVED.value}

    restarted = kiosk(env, "--once", "--max-wait", "60", *FAST)
    _out, err = restarted.communicate(timeout=120)
    assert restarted.returncode == 0, err
    assert_exactly_once(storage, receiver, ids)
    assert sorted(a.replays for a in receiver.arrivals()) == [0, 0, 0, 1]


@pytest.mark.postgres
def test_several_sync_processes_on_postgresql_never_send_one_notification_twice(
    tmp_path: Path,
    postgres_url: str,
    receiver: ReceiverServer,
    counter_key: CounterKey,
    make_sync_config: Callable[[str], Config],
) -> None:
    storage = open_storage(make_sync_config(postgres_url))
    try:
        ids = approve_new(storage, 40)
        key_file = tmp_path / "signing-key.pem"
        key_file.write_bytes(counter_key.private_pem())
        env = config_env(
            tmp_path,
            postgres_url,
            KIOSK_BACKOFFICE_URL=receiver.url,
            KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
        )
        workers = [kiosk(env, "--once", "--batch", "2", *FAST) for _ in range(3)]
        for w in workers:
            _out, err = w.communicate(timeout=180)
            assert w.returncode == 0, err
        assert_exactly_once(storage, receiver, ids)
        assert all(a.replays == 0 for a in receiver.arrivals())  # nothing was sent twice
    finally:
        storage.close()
