"""Backup and restore as docs/backup.md describes it (packaging/linux/backup.sh, restore.sh):
a notification stored before the backup reads back after the counter's data is lost and
restored, on SQLite and on PostgreSQL; the database without its key stays closed."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk import privacy, workflow
from kiosk.storage import open_storage
from tests.packaging.conftest import ROOT, Counter, store_notification

MakeCounter = Callable[..., Counter]
SCRIPTS = ROOT / "packaging" / "linux"


def run(script: str, *args: str) -> str:
    proc = subprocess.run(
        ["bash", str(SCRIPTS / script), *args], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def backup(counter: Counter, url: str, dest: Path, key_dest: Path) -> tuple[Path, Path]:
    out = run(
        "backup.sh",
        "--dest", str(dest),
        "--key-dest", str(key_dest),
        "--data-dir", str(counter.data_dir),
        "--database-url", url,
    )  # fmt: skip
    lines = dict(line.split(": ", 1) for line in out.strip().splitlines())
    return Path(lines["database"]), Path(lines["key"])


def test_backup_restore_reads_the_notification_back(
    make_counter: MakeCounter, database_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    sqlite = database_url.startswith("sqlite")
    url = "" if sqlite else database_url
    counter = make_counter(url).setup()
    nid = store_notification(counter.config())
    storage = open_storage(counter.config())
    with storage.transaction() as s:
        before = workflow.load(s, nid).model_dump_json()
    storage.close()

    db_file, key_file = backup(counter, url, tmp_path / "backup-db", tmp_path / "backup-key")
    assert db_file.parent != key_file.parent  # two places, as the guide asks
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"

    # The machine is lost: a new one with an empty data folder (and an empty database server).
    shutil.rmtree(counter.data_dir)
    cluster = None if sqlite else request.getfixturevalue("postgres_cluster")
    new_url = "" if cluster is None else cluster.create_database()
    replacement = make_counter(new_url)
    run(
        "restore.sh",
        "--database", str(db_file),
        "--key", str(key_file),
        "--data-dir", str(replacement.data_dir),
        "--database-url", new_url,
    )  # fmt: skip

    storage = open_storage(replacement.config())
    try:
        with storage.transaction() as s:
            assert workflow.load(s, nid).model_dump_json() == before
    finally:
        storage.close()
    assert replacement.doctor().finding("key").status.value == "ok"


def test_a_database_restored_without_its_key_stays_closed(
    make_counter: MakeCounter, tmp_path: Path
) -> None:
    counter = make_counter().setup()
    store_notification(counter.config())
    db_file, _key = backup(counter, "", tmp_path / "b", tmp_path / "k")
    stranger = tmp_path / "stranger.key"
    stranger.write_bytes(base64.b64encode(os.urandom(32)) + b"\n")
    shutil.rmtree(counter.data_dir)
    replacement = make_counter()
    run(
        "restore.sh",
        "--database", str(db_file),
        "--key", str(stranger),
        "--data-dir", str(replacement.data_dir),
    )  # fmt: skip
    with pytest.raises(privacy.KeyMismatchError):
        open_storage(replacement.config())
    finding = replacement.doctor().finding("key")
    assert finding.status.value == "fail"
