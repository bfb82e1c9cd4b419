"""``kiosk sync`` and ``kiosk config check`` with department routes, as processes: ``kill -9``
in the middle of a department's delivery, ``--status``, ``--route``, ``--retry``.

Runs on a SQLite file and on a throwaway PostgreSQL database.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.storage import OutboxEntry, Status, Storage, open_storage
from sync.signing import CounterKey
from tests.fixtures.backoffice import Fault, FaultProxy, ReceiverServer
from tests.sync.conftest import QUICK_SYNC, write_private
from tests.sync.routes_helpers import (
    approve,
    family_tennyu,
    kokuho_http,
    kosodate_csv,
    route_rows,
    routes_config,
)


def kiosk(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.app", *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(env: dict[str, str], *args: str, timeout: float = 120) -> tuple[int, str, str]:
    proc = kiosk(env, *args)
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


@pytest.fixture
def department(tmp_path: Path, counter_key: CounterKey) -> Iterator[ReceiverServer]:
    server = ReceiverServer(
        tmp_path / "kokuho.sqlite3", trusted_pems={counter_key.key_id: counter_key.public_pem()}
    ).start()
    yield server
    server.stop()


@pytest.fixture
def department_proxy(department: ReceiverServer) -> Iterator[FaultProxy]:
    proxy = FaultProxy(("127.0.0.1", department.port)).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def counter(
    tmp_path: Path,
    database_url: str,
    receiver: ReceiverServer,
    department_proxy: FaultProxy,
    counter_key: CounterKey,
) -> Iterator[tuple[Storage, dict[str, str]]]:
    """A counter with the 国保 route (HTTP, behind the fault proxy) and the 子育て route (CSV):
    its storage, and the environment a ``kiosk`` process reads (KIOSK_CONFIG names the file)."""
    key_file = write_private(tmp_path / "signing-key.pem", counter_key.private_pem())
    config, path, env = routes_config(
        tmp_path,
        database_url,
        kokuho_http(department_proxy.url),
        kosodate_csv(tmp_path / "kosodate"),
        KIOSK_BACKOFFICE_URL=receiver.url,
        KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
        **QUICK_SYNC,
    )
    storage = open_storage(config)
    yield storage, {**env, "KIOSK_CONFIG": str(path)}
    storage.close()


def arrivals(server: ReceiverServer) -> list[object]:
    return list(server.app.state.store.department_list())


@pytest.mark.slow
def test_kill_9_mid_department_delivery_then_restart_delivers_it_exactly_once(
    counter: tuple[Storage, dict[str, str]],
    database_url: str,
    receiver: ReceiverServer,
    department: ReceiverServer,
    department_proxy: FaultProxy,
) -> None:
    storage, env = counter
    # SQLite: a lease far longer than the test (the restarted worker holds the file lock and
    # takes the dead one's claims over at once). PostgreSQL: a short lease only a living worker
    # renews.
    lease = "5" if database_url.startswith("postgresql") else "3600"
    env = {**env, "KIOSK_SYNC_LEASE_SECONDS": lease}
    ids = approve(storage, [family_tennyu() for _ in range(3)])
    # The department stores the first part it gets, but its answer is held back...
    department_proxy.plan(Fault.slow(120))
    # The child's pipes are closed by the ``with``, whatever happens.
    with kiosk(env, "sync", "--route", "http", "--route", "kokuho", "--poll", "0.2",
               "--timeout", "120") as worker:  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while not arrivals(department):
                assert worker.poll() is None, worker.stderr.read() if worker.stderr else ""
                assert time.monotonic() < deadline, "the worker never reached the department"
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
        held = s.scalars(
            select(OutboxEntry).where(
                OutboxEntry.adapter == "kokuho", OutboxEntry.claimed_by.is_not(None)
            )
        ).all()
        assert held and all(e.status == "pending" for e in held)

    restarted = run(env, "sync", "--once", "--route", "http", "--route", "kokuho",
                    "--timeout", "5")  # fmt: skip
    assert restarted[0] == 0, restarted[2]
    got = arrivals(department)
    keys = sorted(r.idempotency_key for r in route_rows(storage, "kokuho"))
    assert sorted(a.idempotency_key for a in got) == keys  # type: ignore[attr-defined]
    assert sorted(a.notification_id for a in got) == sorted(ids)  # type: ignore[attr-defined]
    # The part that arrived before the crash was sent again under its key: a replay.
    assert sorted(a.replays for a in got) == [0, 0, 1]  # type: ignore[attr-defined]
    assert {r.status for r in route_rows(storage, "kokuho")} == {"delivered"}
    assert sorted(a.notification_id for a in receiver.arrivals()) == sorted(ids)


def test_status_lists_department_routes_by_name_and_one_no_longer_configured(
    counter: tuple[Storage, dict[str, str]], department_proxy: FaultProxy, tmp_path: Path
) -> None:
    storage, env = counter
    (nid,) = approve(storage, [family_tennyu()])
    department_proxy.plan(Fault.answer(422))
    code, _out, err = run(env, "sync", "--once", "--route", "kokuho", "--timeout", "5")
    assert code == 8 and "Traceback" not in err
    code, out, _err = run(env, "sync", "--status")
    assert code == 8
    lines = out.splitlines()
    http = next(x for x in lines if x.startswith("http "))
    assert http.endswith("1 pending, 0 failed (送信失敗)")
    kokuho = next(x for x in lines if x.startswith("kokuho "))
    assert kokuho == "kokuho (国民健康保険課, HTTP JSON): 0 pending, 1 failed (送信失敗)"
    kosodate = next(x for x in lines if x.startswith("kosodate "))
    assert kosodate == "kosodate (子育て支援課, CSV drop): 1 pending, 0 failed (送信失敗)"
    assert f"{nid} failed: HTTP 422" in out

    # The 子育て route is taken out of the file: its waiting row is still shown, never hidden.
    path = Path(env["KIOSK_CONFIG"])
    path.write_text(kokuho_http(department_proxy.url), encoding="utf-8")
    code, out, _err = run(env, "sync", "--status")
    kosodate = next(x for x in out.splitlines() if x.startswith("kosodate "))
    assert "NOT CONFIGURED" in kosodate and "1 pending" in kosodate
    code, _out, err = run(env, "sync", "--once", "--route", "kosodate")
    assert code == 1
    assert err.strip().splitlines() == [
        "kiosk: --route kosodate: not configured (no [departments.NAME])"
    ]


def test_retry_puts_a_refused_department_part_back_and_it_arrives_once(
    counter: tuple[Storage, dict[str, str]],
    department: ReceiverServer,
    department_proxy: FaultProxy,
) -> None:
    storage, env = counter
    (nid,) = approve(storage, [family_tennyu()])
    department_proxy.plan(Fault.answer(409))
    code, _out, err = run(env, "sync", "--once", "--route", "http", "--route", "kokuho",
                          "--timeout", "5")  # fmt: skip
    assert code == 8 and f"{nid} kokuho failed: HTTP 409" in err
    with storage.transaction() as s:
        from kiosk.storage import NotificationRecord

        record = s.get(NotificationRecord, nid)
        assert record is not None and record.status == Status.DELIVERED.value
    code, out, err = run(env, "sync", "--retry", str(nid))
    assert code == 0, err
    assert out.strip() == f"{nid}: queued again (kokuho)"
    code, _out, err = run(env, "sync", "--once", "--route", "kokuho", "--timeout", "5")
    assert code == 0, err
    assert len(arrivals(department)) == 1
    # Nothing left to retry: one line, no traceback.
    code, _out, err = run(env, "sync", "--retry", str(nid))
    assert code != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_config_check_reports_the_routes(counter: tuple[Storage, dict[str, str]]) -> None:
    _storage, env = counter
    town = {"KIOSK_MUNICIPALITY_NAME": "清瀬市", "KIOSK_MUNICIPALITY_CODE": "132217"}
    code, out, err = run({**env, **town}, "config", "check")
    assert code == 0, err
    lines = [x.strip() for x in out.splitlines()]
    kokuho = next(x for x in lines if x.startswith("department route kokuho"))
    assert kokuho.startswith("department route kokuho (国民健康保険課): http → http://127.0.0.1:")
    assert "when kokuho_join / kokuho_leave / kokuho_change" in kokuho
    assert kokuho.endswith(
        "carries address, address.postal_code, person.name, person.name_kana, "
        "person.birth_date, person.sex"
    )
    kosodate = next(x for x in lines if x.startswith("department route kosodate"))
    assert kosodate.startswith("department route kosodate (子育て支援課): csv → ")
    assert kosodate.split(" → ")[1].split(";")[0].endswith("/kosodate")
