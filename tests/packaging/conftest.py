"""Fixtures for IT-facing tests: a counter set up in a temporary folder, and ways to run
``kiosk doctor`` against it in-process or as the command IT types."""

from __future__ import annotations

import json
import os
import re
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


# -- installing (packaging/linux/install.sh) ----------------------------------------------------

INSTALL = ROOT / "packaging" / "linux" / "install.sh"
PASSWORD = "kakanai madoguchi 2026"
MUNICIPALITY = ("--municipality-name", "清瀬市", "--municipality-code", "132217")


def make_bundle(folder: Path, commit: str, *, broken_upgrade: bool = False) -> Path:
    """A bundle folder: ``kiosk`` + ``_internal/build-info.json``, like the frozen build.

    Its ``kiosk`` runs the real command from this checkout through a one-line launcher, so the
    migrations, the key handling, the set-up and ``kiosk doctor`` are the real ones; only the
    freezing is left out (the frozen bundle itself is tested in test_frozen_build.py)."""
    folder.mkdir(parents=True)
    (folder / "_internal").mkdir()
    info = {"version": "0.1.0", "commit": commit, "built_at": "2026-11-01T00:00:00Z"}
    (folder / "_internal" / "build-info.json").write_text(json.dumps(info))
    fail = 'case "$*" in *"db upgrade"*) echo "migration 9999 failed" >&2; exit 1;; esac\n'
    launcher = folder / "kiosk"
    launcher.write_text(
        "#!/bin/sh\n"
        + (fail if broken_upgrade else "")
        + f'cd "{ROOT}" && exec "{sys.executable}" -m kiosk.app "$@"\n'
    )
    launcher.chmod(0o755)
    return folder


def install_env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["INSTALL_ROOT"] = str(root)
    return env


def install_argv(*args: str) -> list[str]:
    """install.sh as the tests run it: no systemd, this account as the service user."""
    user = subprocess.run(["id", "-un"], capture_output=True, text=True).stdout.strip()
    return ["bash", str(INSTALL), "--no-service", "--user", user, *args]


def install(
    root: Path, *args: str, check: bool = True, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run install.sh below ``root`` without a terminal (``stdin`` piped in, else empty)."""
    proc = subprocess.run(
        install_argv(*args),
        capture_output=True,
        text=True,
        env=install_env(root),
        input=stdin if stdin is not None else "",
        timeout=300,
    )
    if check:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def install_and_set_up(root: Path, bundle: Path, *more: str) -> subprocess.CompletedProcess[str]:
    """A first install with every set-up answer given on the command line."""
    return install(
        root,
        str(bundle),
        *MUNICIPALITY,
        "--admin",
        "admin01",
        "--admin-name",
        "管理 一郎",
        "--admin-password-stdin",
        *more,
        stdin=PASSWORD + "\n",
    )


# -- what a terminal shows ----------------------------------------------------------------------


def decode_terminal_qr(text: str) -> list[str]:
    """The QR codes drawn in terminal output, decoded (as a phone's camera would read them).

    Both drawings of :mod:`kiosk.app.terminal` are read: colour escapes (two spaces a module)
    and half blocks (dark modules as spaces)."""
    import zxingcpp
    from PIL import Image, ImageDraw

    rows: list[list[bool]] = []
    for line in text.replace("\r", "").splitlines():
        if "\x1b[40m" in line or "\x1b[47m" in line:
            rows.append([m == "40" for m in re.findall(r"\x1b\[(40|47)m  ", line)])
        elif line and set(line) <= set("█▀▄ ") and "█" in line:
            rows.append([c not in "█▀" for c in line])
            rows.append([c not in "█▄" for c in line])
    if not rows:
        return []
    scale, quiet = 6, 4
    width = max(len(r) for r in rows)
    image = Image.new("L", ((width + 2 * quiet) * scale, (len(rows) + 2 * quiet) * scale), 255)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + quiet) * scale, (y + quiet) * scale
                draw.rectangle([left, top, left + scale - 1, top + scale - 1], fill=0)
    return [r.text for r in zxingcpp.read_barcodes(image)]


def secret_of(uri: str) -> str:
    """The TOTP secret of an ``otpauth://`` URI."""
    from urllib.parse import parse_qs, urlparse

    return parse_qs(urlparse(uri).query)["secret"][0]


@dataclass
class Terminal:
    """A program run on a pseudo-terminal, answering its questions as a person would."""

    output: str = ""
    returncode: int | None = None


def run_on_terminal(
    argv: list[str],
    env: dict[str, str],
    answers: list[tuple[str, Callable[[str], str]]],
    *,
    columns: int = 120,
    timeout: float = 240,
) -> Terminal:
    """Run ``argv`` with a terminal as its controlling tty; when the output so far ends in the
    prompt of the next answer, type ``answer(output)``. Answers are given in order."""
    import fcntl
    import pty
    import select
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))

    def controlling_tty() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        argv,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**env, "TERM": "xterm"},
        preexec_fn=controlling_tty,  # getpass reads the controlling terminal
        close_fds=True,
    )
    os.close(slave)
    seen = Terminal()
    raw = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                if not chunk:
                    break
                raw += chunk
                seen.output = raw.decode("utf-8", errors="replace").replace("\r", "")
                if pending and seen.output.rstrip().endswith(pending[0][0]):
                    _prompt, answer = pending.pop(0)
                    os.write(master, (answer(seen.output) + "\n").encode())
            elif proc.poll() is not None:
                break
        seen.returncode = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    assert not pending, f"never asked {pending[0][0]!r}:\n{seen.output}"
    return seen
