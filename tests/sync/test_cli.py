"""``kiosk sync`` as a process: exit codes, ``--status``, bad options, and ``kill -9`` in the
middle of a delivery.

Runs on a SQLite file and on a throwaway PostgreSQL database.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import workflow
from kiosk.config import Config
from kiosk.storage import OutboxEntry, Status, Storage, open_storage
from sync.signing import CounterKey
from tests.fixtures.backoffice import Fault, FaultProxy, ReceiverServer
from tests.sync.conftest import QUICK_SYNC, approve_new, config_env, write_private
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
    key_file = write_private(tmp_path / "signing-key.pem", counter_key.private_pem())
    return config_env(
        tmp_path,
        database_url,
        KIOSK_BACKOFFICE_URL=fault_proxy.url,
        KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
        **QUICK_SYNC,
    )


FAST = ("--timeout", "2")


def test_once_exits_0_when_everything_was_delivered(
    storage: Storage, env: dict[str, str], receiver: ReceiverServer, fault_proxy: FaultProxy
) -> None:
    ids = approve_new(storage, 3)
    fault_proxy.plan(Fault.answer(503, "1"), Fault.drop())
    proc = kiosk(env, "--once", *FAST)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert_exactly_once(storage, receiver, ids)


def test_once_during_an_outage_exits_8_and_fails_nothing(
    storage: Storage, env: dict[str, str], receiver: ReceiverServer, fault_proxy: FaultProxy
) -> None:
    (nid,) = approve_new(storage, 1)
    fault_proxy.down()
    proc = kiosk(env, "--once", "--max-wait", "3", *FAST)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 8
    assert "1 pending" in err and "0 failed" in err
    assert "住民記録システムに接続できません" in err and "1 件待ち" in err
    assert "Traceback" not in err
    assert states(storage, [nid])[nid][0] == Status.APPROVED.value  # waiting, not 送信失敗
    # What the desk and doctor will say, in the counter's time zone.
    status = kiosk(env, "--status")
    out, _err = status.communicate(timeout=60)
    assert status.returncode == 8
    assert re.search(r"住民記録システムに接続できません（\d\d:\d\d から、1 件待ち）", out)
    assert "last error: cannot connect" in out
    # The back office returns: the next run delivers it, once.
    fault_proxy.up()
    again = kiosk(env, "--once", *FAST)
    _out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert_exactly_once(storage, receiver, [nid])


def test_a_refusal_exits_8_with_the_reason_and_retry_sends_it_again(
    storage: Storage, env: dict[str, str], receiver: ReceiverServer, fault_proxy: FaultProxy
) -> None:
    (nid,) = approve_new(storage, 1)
    fault_proxy.plan(Fault.answer(422))
    proc = kiosk(env, "--once", *FAST)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 8
    assert "1 failed" in err and str(nid) in err and "HTTP 422" in err
    assert states(storage, [nid])[nid][0] == Status.DELIVERY_FAILED.value
    retry = kiosk(env, "--retry", str(nid))
    assert retry.communicate(timeout=60) and retry.returncode == 0
    again = kiosk(env, "--once", *FAST)
    _out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert_exactly_once(storage, receiver, [nid])


@pytest.mark.slow
def test_kill_9_mid_delivery_then_restart_delivers_everything_within_a_minute(
    storage: Storage,
    env: dict[str, str],
    database_url: str,
    receiver: ReceiverServer,
    fault_proxy: FaultProxy,
) -> None:
    # SQLite: a lease far longer than the test, to show that the restarted worker (holding the
    # file lock) takes the dead one's claims over at once. PostgreSQL: a short lease (the
    # default is a minute) that only a living worker renews.
    lease = "5" if database_url.startswith("postgresql") else "3600"
    env = {**env, "KIOSK_SYNC_LEASE_SECONDS": lease}
    ids = approve_new(storage, 4)
    # The back office stores the first notification but its answer is held back...
    fault_proxy.plan(Fault.slow(120))
    worker = kiosk(env, "--poll", "0.2", "--timeout", "120")
    try:
        deadline = time.monotonic() + 60
        while not receiver.arrivals():
            assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
            assert time.monotonic() < deadline, "the worker never reached the back office"
            time.sleep(0.05)
        # ...and the worker dies (power cut) while it waits for that answer.
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
    if not database_url.startswith("postgresql"):
        # Nobody holds the worker's lock: nothing is "being delivered now".
        status = kiosk(env, "--status")
        out, _err = status.communicate(timeout=60)
        assert "4 pending," in out and "being delivered now" not in out

    restarted = kiosk(env, "--once", *FAST)
    _out, err = restarted.communicate(timeout=60)  # delivered and 送信済 within a minute
    assert restarted.returncode == 0, err
    assert_exactly_once(storage, receiver, ids)
    assert sorted(a.replays for a in receiver.arrivals()) == [0, 0, 0, 1]


def test_status_shows_every_route_also_one_not_configured_now(
    storage: Storage, tmp_path: Path, database_url: str
) -> None:
    http_ids = approve_new(storage, 3, adapter="http")
    csv_ids = approve_new(storage, 2, adapter="csv")
    with storage.transaction() as s:
        workflow.mark_delivery_failed(s, http_ids[0], "HTTP 422 住所コード")
        workflow.mark_delivery_failed(s, csv_ids[0], "the 住記 system refused it")
    env = config_env(tmp_path, database_url)  # no [backoffice] url: the http route is off now
    proc = kiosk(env, "--status")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 8, err
    lines = out.splitlines()
    http_line = next(line for line in lines if line.startswith("http "))
    csv_line = next(line for line in lines if line.startswith("csv "))
    assert "NOT CONFIGURED" in http_line and "2 pending" in http_line and "1 failed" in http_line
    assert "NOT CONFIGURED" not in csv_line
    assert "1 pending" in csv_line and "1 failed" in csv_line
    assert f"{http_ids[0]} failed: HTTP 422 住所コード" in out
    assert f"{csv_ids[0]} failed: the 住記 system refused it" in out
    assert str(http_ids[1]) in out and str(http_ids[2]) in out


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "1e309", "0", "soon"])
def test_numeric_options_must_be_finite_and_in_range(
    value: str, storage: Storage, env: dict[str, str]
) -> None:
    proc = kiosk(env, "--once", "--base-delay", value)
    _out, err = proc.communicate(timeout=60)  # ends at once, never loops
    assert proc.returncode == 2
    assert "--base-delay" in err and "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("kiosk sync: argument --base-delay")


def test_a_non_finite_setting_is_one_line_naming_it(storage: Storage, env: dict[str, str]) -> None:
    proc = kiosk({**env, "KIOSK_SYNC_RETRY_BASE_SECONDS": "nan"}, "--once")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 78
    assert "[sync] retry_base_seconds" in err and "KIOSK_SYNC_RETRY_BASE_SECONDS" in err
    assert "Traceback" not in err


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
        key_file = write_private(tmp_path / "signing-key.pem", counter_key.private_pem())
        env = config_env(
            tmp_path,
            postgres_url,
            KIOSK_BACKOFFICE_URL=receiver.url,
            KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
            **QUICK_SYNC,
        )
        workers = [kiosk(env, "--once", "--batch", "2", *FAST) for _ in range(3)]
        for w in workers:
            _out, err = w.communicate(timeout=180)
            assert w.returncode == 0, err
        assert_exactly_once(storage, receiver, ids)
        assert all(a.replays == 0 for a in receiver.arrivals())  # nothing was sent twice
    finally:
        storage.close()


def test_the_help_names_the_workers_own_batch(capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.app.cli import main
    from sync.worker import BATCH

    with pytest.raises(SystemExit):
        main(["sync", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"rows claimed at once (default: {BATCH}," in help_text
