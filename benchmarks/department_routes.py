"""Department routes: delivering a family 転入 to the back office and two departments, against
the back office alone.

Measures, in one run and on loopback only, for N family 転入 (four persons; the 国保 route
applies to one of them, the 子育て route to the two children):

- *alone*: the outbox worker drains the N back-office rows to the reference receiver;
- *with routes*: the same N notifications configured with two HTTP department routes
  (国民健康保険課, 子育て支援課, each a reference receiver's department endpoint): the worker
  drains 3 N rows — the back office's and each department's part (minimised payload, own
  idempotency key, recorded with its receipt and an audit entry).

Each case runs on a fresh database ``--repeat`` times, the two cases taking turns to go first;
the medians and the ratio *with routes / alone* are printed (figures, not assertions), and the
approvals' time too (the approval transaction writes the department rows). Every part is checked
to have arrived exactly once. Usage::

    python benchmarks/department_routes.py [--count 200] [--repeat 3] [--database-url URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.config import load_config  # noqa: E402
from kiosk.storage import Storage, open_storage  # noqa: E402
from sync import service  # noqa: E402
from sync.signing import CounterKey  # noqa: E402
from sync.worker import OutboxWorker  # noqa: E402
from tests.fixtures.backoffice import ReceiverServer  # noqa: E402
from tests.sync.routes_helpers import approve, family_tennyu, kokuho_http  # noqa: E402

HARD_LIMIT_SECONDS = 1800.0


def kosodate_http(url: str) -> str:
    return (
        "[departments.kosodate]\n"
        'name = "子育て支援課"\n'
        'procedures = ["jido_teate", "kodomo_iryo"]\n'
        'adapter = "http"\n'
        f'url = "{url}"\n'
        'household = ["address", "head.name"]\n'
        'person = ["person.name", "person.birth_date"]\n'
    )


def run_once(
    folder: Path, database_url: str | None, key: CounterKey, count: int, routes: bool
) -> tuple[float, float, int]:
    """(approval seconds, delivery seconds, rows delivered) on a fresh database."""
    folder.mkdir(parents=True)
    trusted = {key.key_id: key.public_pem()}
    servers = [ReceiverServer(folder / "backoffice.sqlite3", trusted_pems=trusted).start()]
    sections: list[str] = []
    if routes:
        servers += [
            ReceiverServer(folder / f"{name}.sqlite3", trusted_pems=trusted).start()
            for name in ("kokuho", "kosodate")
        ]
        sections = [kokuho_http(servers[1].url), kosodate_http(servers[2].url)]
    key_file = folder / "signing-key.pem"
    key_file.touch(mode=0o600)
    key_file.write_bytes(key.private_pem())
    path = folder / "kiosk.toml"
    path.write_text("\n".join(sections), encoding="utf-8")
    env = {
        "KIOSK_PATHS_DATA_DIR": str(folder / "data"),
        "KIOSK_PRIVACY_KEY_STORE": "file",
        "KIOSK_DATABASE_URL": database_url or f"sqlite:///{folder / 'kiosk.sqlite3'}",
        "KIOSK_COUNTER_ID": key.key_id,
        "KIOSK_BACKOFFICE_URL": servers[0].url,
        "KIOSK_BACKOFFICE_SIGNING_KEY": str(key_file),
    }
    storage: Storage = open_storage(load_config(path, env=env))
    try:
        notifications = [family_tennyu() for _ in range(count)]
        start = time.perf_counter()
        ids = approve(storage, notifications)
        approving = time.perf_counter() - start
        worker = OutboxWorker(storage, service.build_adapters(storage.config), batch=20)
        with worker:
            start = time.perf_counter()
            summary = worker.drain(max_wait=HARD_LIMIT_SECONDS)
            delivering = time.perf_counter() - start
        assert (summary.pending, summary.failed) == (0, 0), summary.text()
        got: list[uuid.UUID] = [a.notification_id for a in servers[0].arrivals()]
        assert sorted(got) == sorted(ids)
        rows = len(got)
        for server in servers[1:]:
            parts = server.app.state.store.department_list()
            assert sorted(p.notification_id for p in parts) == sorted(ids)
            assert all(p.replays == 0 for p in parts)
            rows += len(parts)
        return approving, delivering, rows
    finally:
        storage.close()
        for server in servers:
            server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="paired runs (median)")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    args = parser.parse_args()
    if not 1 <= args.count <= 20_000 or not 1 <= args.repeat <= 20:
        parser.error("--count 1..20000, --repeat 1..20")
    if args.database_url:
        print("note: with --database-url every run adds to that database", flush=True)
    key = CounterKey.generate("bench-1")
    alone: list[tuple[float, float, int]] = []
    routed: list[tuple[float, float, int]] = []
    with tempfile.TemporaryDirectory(prefix="routes-bench-") as tmp:
        # Warm up (imports, connections, the first receiver start), untimed.
        run_once(Path(tmp) / "warm", args.database_url, key, 10, True)
        for turn in range(args.repeat):
            order = (False, True) if turn % 2 == 0 else (True, False)
            for routes in order:
                folder = Path(tmp) / f"run{turn}-{'routes' if routes else 'alone'}"
                result = run_once(folder, args.database_url, key, args.count, routes)
                (routed if routes else alone).append(result)
                print(
                    f"  run {turn + 1} {'with routes' if routes else 'alone      '}: "
                    f"approve {result[0]:.2f} s, deliver {result[1]:.2f} s "
                    f"({result[2]} rows)",
                    flush=True,
                )
    a_approve = statistics.median(r[0] for r in alone)
    a_deliver = statistics.median(r[1] for r in alone)
    r_approve = statistics.median(r[0] for r in routed)
    r_deliver = statistics.median(r[1] for r in routed)
    print(f"{args.count} family 転入 (back office + 国保 + 子育て routes vs back office alone)")
    print(f"  deliver: alone {a_deliver:.2f} s, with routes {r_deliver:.2f} s (medians)")
    print(f"  ratio deliver with routes / alone: {r_deliver / a_deliver:.2f} (3 rows vs 1 each)")
    print(f"  ratio per delivered row: {(r_deliver / 3) / a_deliver:.2f}")
    print(f"  approve: alone {a_approve:.2f} s, with routes {r_approve:.2f} s, "
          f"ratio {r_approve / a_approve:.2f}")  # fmt: skip
    print("every part arrived exactly once (checked by route and notification)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
