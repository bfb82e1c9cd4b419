"""Fixtures for IT-facing tests: a counter set up in a temporary folder, and ways to run
``kiosk doctor`` against it in-process or as the command IT types."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk import workflow
from kiosk.app import doctor
from kiosk.config import Config, load_config
from kiosk.storage import open_storage
from tests.forms.factory import tenkyo_single

ROOT = Path(__file__).resolve().parents[2]
#: When the test notifications are filed (the forms factory's day, 10:00 in Japan).
FILED_AT = datetime(2026, 4, 10, 1, 0, tzinfo=UTC)


@dataclass
class Counter:
    """A counter's settings as environment variables (what a service unit would set)."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def config(self) -> Config:
        return load_config(env=self.env)

    def setup(self) -> Counter:
        """First start: create the database (migrated) and the data key, and the CSV folder."""
        storage = open_storage(self.config())
        storage.close()
        self.config().csv_dir.mkdir(parents=True, exist_ok=True)
        return self

    def doctor(self, **context: Any) -> doctor.Report:
        """Run every check in-process against this counter."""
        return doctor.run(doctor.Context(env=dict(self.env), **context))

    def command(self, *args: str, extra_env: dict[str, str] | None = None) -> tuple[int, str]:
        """Run ``kiosk ARGS`` as a separate process; returns (exit status, stdout)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(self.env)
        env.update(extra_env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "kiosk.app", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        return proc.returncode, proc.stdout + proc.stderr

    def doctor_json(self, *args: str, **kw: Any) -> tuple[int, dict[str, Any]]:
        status, out = self.command("doctor", "--json", *args, **kw)
        start = out.index("{")
        return status, json.loads(out[start : out.rindex("}") + 1])


@pytest.fixture
def make_counter(tmp_path: Path) -> Callable[..., Counter]:
    """``make_counter(database_url="", **KIOSK_vars)``: a counter living in a tmp folder."""

    def make(database_url: str = "", **env: str) -> Counter:
        root = tmp_path / f"counter-{uuid.uuid4().hex[:6]}"
        base = {
            "KIOSK_PATHS_DATA_DIR": str(root / "data"),
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_DATABASE_URL": database_url,
            "KIOSK_MUNICIPALITY_NAME": "清瀬市",
            "KIOSK_MUNICIPALITY_CODE": "132217",
        }
        base.update(env)
        return Counter(root, base)

    return make


def store_notification(config: Config) -> uuid.UUID:
    """Store one notification through the workflow (as the resident screen does); returns id."""
    n = tenkyo_single()
    n.id = uuid.uuid4()
    storage = open_storage(config)
    try:
        with storage.transaction() as s:
            actor = workflow.Actor.system("test")
            workflow.create_draft(s, n, actor=actor, counter="1", now=FILED_AT)
    finally:
        storage.close()
    return n.id


def by_check(report: dict[str, Any], check: str) -> dict[str, str]:
    return next(c for c in report["checks"] if c["check"] == check)
