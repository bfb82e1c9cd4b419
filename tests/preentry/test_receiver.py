"""The counter's 転出証明書情報 route (``kiosk preentry receive``): a real HTTP server on loopback
over the real database; only the back office's token gets in, bad bodies keep nothing."""

from __future__ import annotations

import json
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kiosk.app.tenshutsu_receiver import Receiver, TokenError, read_token, write_token
from kiosk.errors import KioskError
from kiosk.preentry import find_all
from kiosk.storage import Storage
from tests.preentry.samples import TENSHUTSU_CSV


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "secrets" / "tenshutsu.token"
    write_token(path)
    return path


@pytest.fixture
def receiver(storage: Storage, token_file: Path) -> Iterator[Receiver]:
    server = Receiver(("127.0.0.1", 0), storage, read_token(token_file))
    server.start()
    yield server
    server.shutdown()
    server.server_close()


def _declared_only(receiver: Receiver, token: str, length: int) -> bytes:
    """A request that only announces a body that large: refused before a byte of it is read."""
    host, port = receiver.server_address[:2]
    with socket.create_connection((str(host), int(port)), timeout=10) as sock:
        sock.sendall(
            f"POST /v1/tenshutsu-info HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: text/csv\r\nContent-Length: {length}\r\n\r\n".encode()
        )
        return sock.recv(4096)


def _held(storage: Storage) -> int:
    with storage.reader() as session:
        return len(find_all(session))


def test_the_back_office_hands_over_certificate_data(
    receiver: Receiver, token_file: Path, storage: Storage
) -> None:
    token = read_token(token_file)
    auth = {"Authorization": f"Bearer {token}"}
    url = receiver.url + "/v1/tenshutsu-info"
    with httpx.Client() as client:
        assert client.get(receiver.url + "/v1/health").json() == {"status": "ok"}

        refused = [
            client.post(url, content=TENSHUTSU_CSV.encode(), headers={"Content-Type": "text/csv"}),
            client.post(url, content=b"x", headers={"Authorization": "Bearer wrong" + token[5:]}),
            client.post(url, content=b"x", headers={"Authorization": token}),
        ]
        assert [r.status_code for r in refused] == [401, 401, 401]
        assert refused[0].headers["content-type"].startswith("application/problem+json")

        wrong_type = client.post(url, content=b"x", headers={**auth, "Content-Type": "text/xml"})
        assert wrong_type.status_code == 415
        too_big = _declared_only(receiver, token, 6 * 1024 * 1024)
        assert too_big.startswith(b"HTTP/1.1 413")
        bad = TENSHUTSU_CSV.replace("1982-03-01", "1982-02-30")
        invalid = client.post(
            url, content=bad.encode(), headers={**auth, "Content-Type": "text/csv"}
        )
        assert invalid.status_code == 422
        assert "row 3: column 生年月日" in invalid.json()["detail"]
        assert "鮮花" not in invalid.text
        assert _held(storage) == 0  # nothing kept from a refused body

        first = client.post(
            url, content=TENSHUTSU_CSV.encode("cp932"), headers={**auth, "Content-Type": "text/csv"}
        )
        assert first.status_code == 201
        assert first.json() == {"added": 1, "replaced": 0, "expired": 0}
        again = client.post(
            url, content=TENSHUTSU_CSV.encode(), headers={**auth, "Content-Type": "text/csv"}
        )
        assert again.json() == {"added": 0, "replaced": 1, "expired": 0}
        (record,) = [json.loads(r.model_dump_json()) for r in _records(storage)]
        doc = {"format": "tenshutsu-info", "version": 1, "records": [record]}
        as_json = client.post(
            url, content=json.dumps(doc).encode(),
            headers={**auth, "Content-Type": "application/json"},
        )  # fmt: skip
        assert as_json.status_code == 201
    assert _held(storage) == 1


def _records(storage: Storage) -> list:  # type: ignore[type-arg]
    with storage.reader() as session:
        return find_all(session)


def test_the_token_file_is_private_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "t.token"
    write_token(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(read_token(path)) >= 32
    with pytest.raises(TokenError, match="already exists"):
        write_token(path)
    os.chmod(path, 0o644)
    with pytest.raises(TokenError, match="chmod 600"):
        read_token(path)
    short = tmp_path / "short.token"
    short.write_text("abc")
    short.chmod(0o600)
    with pytest.raises(TokenError, match="at least 32"):
        read_token(short)


def test_without_tls_it_listens_on_loopback_only(storage: Storage) -> None:
    with pytest.raises(KioskError, match="loopback only"):
        Receiver(("0.0.0.0", 0), storage, "x" * 40)
