"""Every failure IT meets at the command line is one line on stderr, never a traceback.

Each case runs ``kiosk …`` as the separate process IT types, against a real SQLite file, a real
PostgreSQL database or a real folder, and checks both the line and that nothing was lost or
half-written.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import audit
from kiosk.config import load_config
from kiosk.models import NotificationRecord
from kiosk.storage import open_storage
from tests.forms.factory import tenkyo_single
from tests.packaging.conftest import ROOT

PASSWORD = "quiet maple ferry lantern"


@dataclass
class Run:
    status: int
    out: str
    err: str

    @property
    def line(self) -> str:
        """The one line on stderr (asserting there is exactly one and no traceback)."""
        assert "Traceback" not in self.err + self.out, self.err
        lines = [line for line in self.err.splitlines() if line.strip()]
        assert len(lines) == 1, f"expected one line on stderr, got:\n{self.err}"
        return lines[0]


@dataclass
class Site:
    """A counter's environment in a tmp folder."""

    root: Path
    env: dict[str, str]

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def db(self) -> Path:
        return self.data_dir / "kiosk.sqlite3"

    def kiosk(self, *args: str, stdin: str = "", **extra: str) -> Run:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(self.env)
        env.update(extra)
        proc = subprocess.run(
            [sys.executable, "-m", "kiosk.app", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=180,
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[..., Site]:
    def make(url: str = "", **env: str) -> Site:
        root = tmp_path / f"site{len(list(tmp_path.iterdir()))}"
        base = {
            "KIOSK_PATHS_DATA_DIR": str(root / "data"),
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_DATABASE_URL": url,
        }
        base.update(env)
        return Site(root, base)

    return make


@pytest.fixture
def site(make_site: Callable[..., Site]) -> Site:
    """A SQLite counter that has filed one notification (受付番号 1-001)."""
    counter = make_site()
    notification = counter.root / "n.json"
    counter.root.mkdir(parents=True)
    notification.write_text(tenkyo_single().model_dump_json(), encoding="utf-8")
    run = counter.kiosk("submit", str(notification))
    assert run.status == 0, run.err
    assert "1-001" in run.out
    return counter


def _notification_file(site: Site) -> Path:
    other = tenkyo_single()
    other.id = uuid.uuid4()
    path = site.root / "other.json"
    path.write_text(other.model_dump_json(), encoding="utf-8")
    return path


DAMAGE = {
    "garbage": lambda data: b"this is not a database\n" * 10,
    "truncated": lambda data: data[: len(data) // 3],
}


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize(
    "command",
    [
        ("staff", "list"),
        ("audit", "list"),
        ("audit", "verify"),
        ("purge",),
        ("submit", "{notification}"),
        ("db", "status"),
        ("db", "upgrade"),
        ("key", "rotate"),
    ],
)
def test_a_damaged_sqlite_file_is_one_line_in_every_command(
    site: Site, damage: str, command: tuple[str, ...]
) -> None:
    data = site.db.read_bytes()
    for extra in ("-wal", "-shm"):
        site.db.with_name(site.db.name + extra).unlink(missing_ok=True)
    damaged = DAMAGE[damage](data)
    site.db.write_bytes(damaged)
    args = [a.format(notification=_notification_file(site)) for a in command]
    run = site.kiosk(*args)
    assert run.status == 4
    line = run.line
    assert line.startswith("kiosk: ")
    assert "damaged" in line and "restore" in line and "docs/backup.md" in line
    assert site.db.read_bytes() == damaged, "a damaged file is left as it is for the restore"


def test_an_emptied_database_is_refused_not_started_again(site: Site) -> None:
    """Truncated to 0 bytes: 受付番号 would start again at 1-001 the same day."""
    site.db.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        site.db.with_name(site.db.name + extra).unlink(missing_ok=True)
    for command in (("staff", "list"), ("submit", str(_notification_file(site))), ("purge",)):
        run = site.kiosk(*command)
        assert run.status == 4, run.err
        line = run.line
        assert "is empty" in line and "restore.sh" in line and "audit.anchor" in line
        assert "data.key" in line
    assert site.db.stat().st_size == 0, "nothing was created in its place"
    # The same when the file is gone altogether: no new file appears.
    site.db.unlink()
    for command in (("submit", str(_notification_file(site))), ("db", "upgrade"), ("db", "status")):
        run = site.kiosk(*command)
        assert run.status == 4 and "is empty" in run.line, command
        assert not site.db.exists(), command


def test_config_check_names_the_bad_setting(make_site: Callable[..., Site], tmp_path: Path) -> None:
    counter = make_site()
    for url in ("postgresql://kiosk:hunter2@db:notaport/kiosk", "::not a url::", "mysql://x/y"):
        run = counter.kiosk("config", "check", KIOSK_DATABASE_URL=url)
        assert run.status == 78
        line = run.line
        assert "[database] url" in line and "KIOSK_DATABASE_URL" in line
        assert "hunter2" not in line
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    run = counter.kiosk("config", "check", str(deep))
    assert run.status == 78 and "nested too deeply" in run.line
    run = counter.kiosk("config", "check", KIOSK_COUNTER_ID="１")
    assert run.status == 78 and "[counter] id" in run.line and "ASCII" in run.line
    run = counter.kiosk("config", "check", KIOSK_RETENTION_DELIVERED_DAYS="99999999999")
    assert run.status == 78 and "[retention] delivered_days" in run.line
    assert not counter.data_dir.exists(), "checking a configuration writes nothing"


def test_a_full_width_counter_id_files_nothing(site: Site) -> None:
    run = site.kiosk("submit", str(_notification_file(site)), KIOSK_COUNTER_ID="１")
    assert run.status == 78 and "[counter] id" in run.line
    storage = open_storage(load_config(env=site.env))
    try:
        with storage.reader() as s:
            counters = list(s.scalars(select(NotificationRecord.counter)))
    finally:
        storage.close()
    assert counters == ["1"], "only the first notification was filed"


def test_backoffice_list_on_something_that_is_not_a_database(
    make_site: Callable[..., Site], tmp_path: Path
) -> None:
    counter = make_site()
    for name, content in (("notes.txt", b"hello\n" * 100), ("folder", None)):
        target = tmp_path / name
        if content is None:
            target.mkdir()
        else:
            target.write_bytes(content)
        run = counter.kiosk("backoffice", "list", "--db", str(target))
        assert run.status == 1
        assert str(target) in run.line
        if content is not None:
            assert target.read_bytes() == content


@pytest.mark.postgres
def test_overlong_staff_ids_and_names_on_postgresql(
    make_site: Callable[..., Site], postgres_url: str
) -> None:
    counter = make_site(postgres_url)
    ok = counter.kiosk(
        "staff", "add", "a" * 58, "--name", "窓口 太郎", "--role", "受付", "--password-stdin",
        stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert ok.status == 0, ok.err
    for login_id, name in (
        ("b" * 59, "窓口 花子"),
        ("c" * 500, "窓口 花子"),
        ("rec02", "名" * 129),
    ):
        run = counter.kiosk(
            "staff", "add", login_id, "--name", name, "--role", "受付", "--password-stdin",
            stdin=PASSWORD + "\n",
        )  # fmt: skip
        assert run.status == 6
        assert "文字" in run.line
    listing = counter.kiosk("staff", "list")
    assert listing.status == 0
    assert [line.split("\t")[0] for line in listing.out.splitlines()] == ["a" * 58]


def test_support_bundle_when_the_database_is_unreachable(
    make_site: Callable[..., Site], tmp_path: Path
) -> None:
    counter = make_site(
        "postgresql://kiosk:db-secret-pw@/kiosk?host=/nonexistent-socket-dir",
        KIOSK_BACKOFFICE_URL="https://counter:bo-secret-pw@127.0.0.1:9/intake",
    )
    out = tmp_path / "bundle.zip"
    run = counter.kiosk("support-bundle", "--output", str(out))
    assert run.status == 0, run.err
    assert "not recorded in the audit log" in run.line
    assert (out.stat().st_mode & 0o777) == 0o600
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        blob = b"".join(zf.read(n) for n in names)
        queue = zf.read("queue.json").decode()
    assert {"doctor.txt", "config.json", "queue.json"} <= names
    assert "cannot open the database" in queue
    assert b"db-secret-pw" not in blob and b"bo-secret-pw" not in blob
    assert b"***" in blob


def test_support_bundle_and_audit_list_are_audited(site: Site, tmp_path: Path) -> None:
    out = tmp_path / "bundle.zip"
    assert site.kiosk("support-bundle", "--output", str(out)).status == 0
    run = site.kiosk("audit", "list")
    assert run.status == 0
    rows = list(csv.reader(io.StringIO(run.out)))[1:]
    exports = [(r[4], r[5]) for r in rows if r[4] == "export"]
    assert exports == [("export", "support-bundle"), ("export", "audit-log")]
    assert all(r[2].startswith("system:cli-") for r in rows if r[4] == "export")


def test_a_data_key_readable_by_others_is_one_line(site: Site) -> None:
    key = site.data_dir / "data.key"
    key.chmod(0o644)
    run = site.kiosk("staff", "list")
    assert run.status == 3
    assert "chmod 600" in run.line


def test_anchor_lines_name_their_database(site: Site) -> None:
    anchors = audit.read_anchors(site.data_dir / audit.ANCHOR_FILE)
    assert anchors and all(a.database for a in anchors)
