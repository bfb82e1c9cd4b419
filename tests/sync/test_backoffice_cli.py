"""End to end by the commands people run: ``kiosk backoffice serve`` over mutual TLS, ``kiosk
sync --once`` against it, ``kiosk backoffice list`` to see what arrived."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import load_config
from kiosk.storage import Status, open_storage
from sync.signing import CounterKey
from tests.fixtures.backoffice import Pki
from tests.sync.conftest import approve_new, config_env, write_private
from tests.sync.test_worker import states


def kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk.app", *args],
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path, test_pki: Pki, counter_key: CounterKey) -> Iterator[tuple[int, Path]]:
    keys = tmp_path / "keys"
    keys.mkdir()
    (keys / f"{counter_key.key_id}.pem").write_bytes(counter_key.public_pem())
    port, db = free_port(), tmp_path / "backoffice.sqlite3"
    server = kiosk(
        "backoffice", "serve", "--port", str(port), "--db", str(db), "--trusted-keys", str(keys),
        "--tls-cert", str(test_pki.server_cert), "--tls-key", str(test_pki.server_key),
        "--client-ca", str(test_pki.counter_ca),
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.communicate()[1]
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "kiosk backoffice serve did not start"
                time.sleep(0.1)
        yield port, db
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_sync_once_to_the_served_receiver_over_mutual_tls(
    tmp_path: Path, test_pki: Pki, counter_key: CounterKey, served: tuple[int, Path]
) -> None:
    port, db = served
    key_file = write_private(tmp_path / "signing-key.pem", counter_key.private_pem())
    env = config_env(
        tmp_path,
        f"sqlite:///{tmp_path / 'kiosk.sqlite3'}",
        KIOSK_BACKOFFICE_URL=f"https://127.0.0.1:{port}",
        KIOSK_BACKOFFICE_CA_CERT=str(test_pki.server_ca),
        KIOSK_BACKOFFICE_CLIENT_CERT=str(test_pki.client_cert),
        KIOSK_BACKOFFICE_CLIENT_KEY=str(test_pki.client_key),
        KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
    )
    storage = open_storage(load_config(env=env))
    try:
        ids = approve_new(storage, 2)
        sync = kiosk("sync", "--once", "--base-delay", "0.1", env=env)
        _out, err = sync.communicate(timeout=120)
        assert sync.returncode == 0, err
        assert {s for s, _o, _r in states(storage, ids).values()} == {Status.DELIVERED.value}
    finally:
        storage.close()
    listing = kiosk("backoffice", "list", "--db", str(db))
    out, err = listing.communicate(timeout=60)
    assert listing.returncode == 0, err
    assert "2 notification(s)" in err
    for nid in ids:
        assert f"{nid}  counter=counter-1" in out


@pytest.mark.parametrize("which", ["signing key", "TLS client key"])
def test_sync_refuses_private_keys_other_users_can_read(
    which: str, tmp_path: Path, test_pki: Pki, counter_key: CounterKey
) -> None:
    key_file = write_private(tmp_path / "signing-key.pem", counter_key.private_pem())
    client_key = tmp_path / "client.key"
    client_key.write_bytes(test_pki.client_key.read_bytes())
    client_key.chmod(0o600)
    loose = key_file if which == "signing key" else client_key
    loose.chmod(0o644)
    env = config_env(
        tmp_path,
        f"sqlite:///{tmp_path / 'kiosk.sqlite3'}",
        KIOSK_BACKOFFICE_URL="https://127.0.0.1:9",
        KIOSK_BACKOFFICE_CA_CERT=str(test_pki.server_ca),
        KIOSK_BACKOFFICE_CLIENT_CERT=str(test_pki.client_cert),
        KIOSK_BACKOFFICE_CLIENT_KEY=str(client_key),
        KIOSK_BACKOFFICE_SIGNING_KEY=str(key_file),
    )
    proc = kiosk("sync", "--once", env=env)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 78
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "accessible to other users (mode 0644)" in err and f"chmod 600 {loose}" in err


def test_sync_refuses_plain_http_to_another_host(tmp_path: Path) -> None:
    env = config_env(
        tmp_path,
        f"sqlite:///{tmp_path / 'kiosk.sqlite3'}",
        KIOSK_BACKOFFICE_URL="http://192.0.2.10:8080",
    )
    proc = kiosk("sync", "--once", env=env)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 78
    assert "plain http:// is refused for 192.0.2.10" in err
    assert "Traceback" not in err


def test_serve_refuses_plain_http_off_loopback(tmp_path: Path) -> None:
    proc = kiosk(
        "backoffice", "serve", "--port", "8080", "--db", str(tmp_path / "x.db"),
        "--host", "0.0.0.0", "--unsigned",
    )  # fmt: skip
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "loopback only" in err
