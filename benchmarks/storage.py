"""Storage throughput: notifications stored + approved per second, against a bare insert loop.

For SQLite (a file, WAL, synchronous=FULL) and PostgreSQL (a throwaway local cluster started
here), in the same run:

- baseline: a bare SQLAlchemy Core loop inserting one row per transaction with the notification's
  JSON as text (no encryption, no audit, no workflow);
- filed: ``workflow.submit_confirmed``'s path per notification (入力中 → 確認済 → 審査中 → 本登録
  in one transaction: ``forms.check`` twice, encryption, 受付番号, audit chain, change rows,
  outbox row, PDF stored), with the PDF rendered once up front so rendering is left out;
- desk path: the same as four transactions, as a counter does it (confirm, review, approve);
- with rendering: ``filed`` including ``forms.render_pdf`` for every notification.

Prints rates and ratios to the baseline; nothing is asserted (no wall-clock thresholds).
Usage: ``python benchmarks/storage.py [N]`` (default N = 200).
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Column, Integer, MetaData, Table, Text, insert  # noqa: E402

import forms  # noqa: E402
from kiosk import workflow  # noqa: E402
from kiosk.config import load_config  # noqa: E402
from kiosk.storage import Storage, make_engine, open_storage  # noqa: E402
from tests.approvals import approve_new  # noqa: E402
from tests.fixtures.postgres import PostgresCluster  # noqa: E402
from tests.forms import factory  # noqa: E402

REVIEWER = workflow.Actor.staff("bench-rev", ["審査", "受付"], "bench")
SYSTEM = workflow.Actor.system("bench")


def notifications(n: int) -> list[forms.Notification]:
    out = []
    for _ in range(n):
        item = factory.tenkyo_single()
        item.id = uuid.uuid4()
        out.append(item)
    return out


def rate(n: int, run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return n / (time.perf_counter() - start)


def baseline(url: str, items: list[forms.Notification]) -> float:
    engine = make_engine(url)
    table = Table(
        "bench_plain",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("payload", Text, nullable=False),
    )
    table.metadata.create_all(engine)
    payloads = [i.model_dump_json() for i in items]

    def run() -> None:
        for p in payloads:
            with engine.begin() as conn:
                conn.execute(insert(table).values(payload=p))

    try:
        return rate(len(items), run)
    finally:
        engine.dispose()


def measure(url: str, data_dir: Path, n: int) -> dict[str, float]:
    config = load_config(
        env={
            "KIOSK_DATABASE_URL": url,
            "KIOSK_PATHS_DATA_DIR": str(data_dir),
            "KIOSK_PRIVACY_KEY_STORE": "file",
        }
    )
    storage = open_storage(config)
    pdf = forms.render_pdf(factory.tenkyo_single())
    results = {"baseline": baseline(url, notifications(n))}
    try:
        # The PDF is rendered once, above: these rows measure storage, not reportlab.
        batch = notifications(n)
        results["filed"] = rate(n, lambda: _run_filed(storage, batch, lambda _n: pdf))
        desk_batch = notifications(n)

        def desk() -> None:
            for item in desk_batch:
                with storage.transaction() as s:
                    workflow.create_draft(s, item, actor=REVIEWER, counter="B2")
                with storage.transaction() as s:
                    workflow.confirm(s, item.id, actor=REVIEWER)
                with storage.transaction() as s:
                    workflow.start_review(s, item.id, actor=REVIEWER)
                with storage.transaction() as s:
                    workflow.approve(
                        s, item.id, actor=REVIEWER, adapter="csv", render_pdf=lambda _n: pdf
                    )

        results["desk path"] = rate(n, desk)
        few = max(5, n // 10)
        render_batch = notifications(few)
        results["with rendering"] = rate(
            few, lambda: _run_filed(storage, render_batch, forms.render_pdf)
        )
    finally:
        storage.close()
    return results


def _run_filed(
    storage: Storage, batch: list[forms.Notification], render: Callable[[forms.Notification], bytes]
) -> None:
    """``submit_confirmed``'s path, with the renderer chosen by the caller."""
    for item in batch:
        with storage.transaction() as s:
            approve_new(s, item, clerk=SYSTEM, counter="B1", render_pdf=render)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        backends: list[tuple[str, dict[str, float]]] = []
        sqlite_url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        backends.append(("SQLite", measure(sqlite_url, Path(tmp) / "sqlite-data", n)))
        with PostgresCluster() as cluster:
            pg_url = cluster.create_database()
            backends.append(("PostgreSQL", measure(pg_url, Path(tmp) / "pg-data", n)))
    print(f"notifications stored + approved per second (N = {n}; ratio = rate / baseline rate)")
    for name, results in backends:
        base = results["baseline"]
        print(f"\n{name}")
        for label, value in results.items():
            print(f"  {label:<16} {value:9.1f}/s   ratio {value / base:6.3f}")


if __name__ == "__main__":
    main()
