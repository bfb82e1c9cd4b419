"""Change notification: another process's committed change is seen within a second."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk import changes, workflow
from kiosk.config import Config
from kiosk.models import Status
from kiosk.storage import Storage
from tests.kiosk.conftest import NOW, RECEPTION, fileable

ROOT = Path(__file__).resolve().parents[2]

OTHER_PROCESS = """
import sys
from kiosk.config import load_config
from kiosk.storage import open_storage
from kiosk import workflow
from tests.kiosk.conftest import NOW, REVIEWER
storage = open_storage(load_config())
with storage.transaction() as s:
    workflow.start_review(s, sys.argv[1], actor=REVIEWER, now=NOW)
"""


def test_a_change_in_another_process_is_seen(storage: Storage, config: Config) -> None:
    n = fileable()
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
        workflow.confirm(s, n.id, actor=RECEPTION, now=NOW)
    with changes.ChangeWatcher(storage) as watcher:
        assert watcher.wait(0.1) == []  # history is not replayed
        env = {
            "KIOSK_PATHS_DATA_DIR": str(config.data_dir),
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_DATABASE_URL": config.database.url,
            "PATH": "/usr/bin:/bin",
        }
        subprocess.run(
            [sys.executable, "-c", OTHER_PROCESS, str(n.id)], cwd=ROOT, env=env, check=True
        )
        seen = watcher.wait(1.0)
        assert [(c.notification_id, c.status) for c in seen] == [(n.id, Status.REVIEWING.value)]
        assert watcher.wait(0.2) == []  # each change is reported once


def test_the_watcher_wakes_for_a_change_made_while_it_waits(storage: Storage) -> None:
    import threading

    n = fileable()
    with changes.ChangeWatcher(storage, poll_interval=0.05) as watcher:
        timer = threading.Timer(0.3, lambda: _create(storage, n))
        timer.start()
        try:
            seen = []
            for _ in range(20):  # up to 20 s on a very loaded machine, normally one round
                seen = watcher.wait(1.0)
                if seen:
                    break
        finally:
            timer.join()
    assert [c.notification_id for c in seen] == [n.id]


def _create(storage: Storage, n: object) -> None:
    with storage.transaction() as s:
        workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)  # type: ignore[arg-type]
