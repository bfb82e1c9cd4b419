"""The reference receiver implements the intake contract: idempotency, signatures, limits,
listing — and refuses hostile requests before they cost it anything."""

from __future__ import annotations

import concurrent.futures
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sync.receiver import MAX_BODY_BYTES
from sync.signing import CounterKey, sign_request
from tests.fixtures.backoffice import ReceiverServer
from tests.sync.conftest import make_notification


def post(
    receiver: ReceiverServer,
    key: CounterKey | None,
    body: bytes,
    idempotency_key: str | None = "n-1",
    content_type: str = "application/json",
) -> httpx.Response:
    headers = {"Content-Type": content_type}
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key
    with httpx.Client(trust_env=False, timeout=10) as client:
        request = client.build_request(
            "POST", f"{receiver.url}/v1/notifications", content=body, headers=headers
        )
        if key is not None:
            sign_request(request, key)
        return client.send(request)


def body_of(i: int) -> bytes:
    return make_notification(i).model_dump_json().encode()


def test_a_delivery_is_stored_once_and_its_answer_replayed(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    first = post(receiver, counter_key, body_of(0))
    assert first.status_code == 201
    again = post(receiver, counter_key, body_of(0))
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    arrivals = receiver.arrivals()
    assert [(a.idempotency_key, a.replays, a.counter) for a in arrivals] == [
        ("n-1", 1, "counter-1")
    ]
    assert arrivals[0].receipt_id == first.json()["receipt_id"]


def test_the_same_key_with_another_body_is_a_conflict_and_changes_nothing(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    assert post(receiver, counter_key, body_of(0)).status_code == 201
    conflict = post(receiver, counter_key, body_of(1))
    assert conflict.status_code == 409
    assert conflict.headers["content-type"].startswith("application/problem+json")
    assert receiver.app.state.store.body("n-1") == body_of(0)


def test_unsigned_or_forged_deliveries_are_refused_and_not_stored(
    receiver: ReceiverServer,
) -> None:
    assert post(receiver, None, body_of(0)).status_code == 401
    forged = post(receiver, CounterKey.generate("counter-1"), body_of(0))
    assert forged.status_code == 401
    assert "signature" in forged.json()["detail"]
    assert receiver.arrivals() == []


def test_malformed_requests_get_4xx_problems(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    assert post(receiver, None, body_of(0), idempotency_key=None).status_code == 400
    assert post(receiver, counter_key, body_of(0), idempotency_key="has space").status_code == 400
    assert post(receiver, counter_key, body_of(0), content_type="text/plain").status_code == 415
    invalid = post(receiver, counter_key, b'{"kind": "nonsense"}')
    assert invalid.status_code == 422
    assert "kind" in invalid.json()["detail"]
    assert post(receiver, counter_key, b"not json").status_code == 400
    assert post(receiver, counter_key, b"\xff\xfe{}").status_code == 400
    assert receiver.arrivals() == []


def test_concurrent_duplicates_are_stored_once(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    body = body_of(3)
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: post(receiver, counter_key, body, "n-3"), range(16)))
    assert {a.status_code for a in answers} == {201}
    assert len({a.json()["receipt_id"] for a in answers}) == 1
    (arrival,) = receiver.arrivals()
    assert arrival.replays == 15


@pytest.fixture
def listing_receiver(tmp_path: Path, counter_key: CounterKey) -> Iterator[ReceiverServer]:
    """The receiver started with the admin listing (``kiosk backoffice serve --admin-listing``)."""
    server = ReceiverServer(
        tmp_path / "listing.sqlite3",
        trusted_pems={counter_key.key_id: counter_key.public_pem()},
        admin_listing=True,
    ).start()
    yield server
    server.stop()


def test_the_admin_listing_shows_what_arrived_to_this_machine(
    listing_receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    for i in range(3):
        assert post(listing_receiver, counter_key, body_of(i), f"n-{i}").status_code == 201
    listed = httpx.get(f"{listing_receiver.url}/v1/notifications", trust_env=False).json()
    assert sorted(item["idempotency_key"] for item in listed) == ["n-0", "n-1", "n-2"]
    assert {item["notification_id"] for item in listed} == {
        str(make_notification(i).id) for i in range(3)
    }


def test_without_the_admin_listing_nobody_can_list_what_arrived(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    assert post(receiver, counter_key, body_of(0)).status_code == 201
    answer = httpx.get(f"{receiver.url}/v1/notifications", trust_env=False)
    assert answer.status_code == 405
    assert str(make_notification(0).id) not in answer.text


def test_the_receivers_file_is_private(receiver: ReceiverServer, counter_key: CounterKey) -> None:
    assert post(receiver, counter_key, body_of(0)).status_code == 201
    assert stat.S_IMODE(receiver.db_path.stat().st_mode) == 0o600


def test_one_notification_under_a_second_key_is_refused_naming_the_first_receipt(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    first = post(receiver, counter_key, body_of(0), "n-first")
    assert first.status_code == 201
    second = post(receiver, counter_key, body_of(0), "n-second")
    assert second.status_code == 409
    assert first.json()["receipt_id"] in second.json()["detail"]
    assert [a.idempotency_key for a in receiver.arrivals()] == ["n-first"]


@pytest.mark.parametrize(
    "number", [b"NaN", b"Infinity", b"-Infinity", b"1e999"], ids=["nan", "inf", "-inf", "1e999"]
)
def test_non_finite_numbers_are_not_json_and_nothing_is_stored(
    number: bytes, receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    body = body_of(0)
    tampered = body[:-1] + b', "extra": ' + number + b"}"
    answer = post(receiver, counter_key, tampered)
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert receiver.arrivals() == []


def test_a_body_that_does_not_match_its_signed_digest_is_refused(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    with httpx.Client(trust_env=False, timeout=10) as client:
        request = client.build_request(
            "POST", f"{receiver.url}/v1/notifications", content=body_of(0),
            headers={"Content-Type": "application/json", "Idempotency-Key": "n-1"},
        )  # fmt: skip
        sign_request(request, counter_key)
        swapped = client.build_request(
            "POST", request.url, content=body_of(1), headers=dict(request.headers)
        )
        swapped.headers["content-length"] = str(len(body_of(1)))
        answer = client.send(swapped)
    assert answer.status_code == 401
    assert "Content-Digest" in answer.json()["detail"]
    assert receiver.arrivals() == []


def _raw_request(receiver: ReceiverServer, head: str, body_chunks: Iterator[bytes]) -> str:
    """Send a request by hand (what an attacker does), stop when the receiver answers or stops
    reading, and return the status line of its answer."""
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=10) as sock:
        sock.sendall(head.encode("latin-1"))
        sock.settimeout(2)
        try:
            for chunk in body_chunks:
                sock.sendall(chunk)
        except OSError:
            pass  # the receiver answered and closed, or stopped reading: as it should
        sock.settimeout(10)
        answer = b""
        while b"\r\n" not in answer:
            data = sock.recv(4096)
            if not data:
                break
            answer += data
    return answer.split(b"\r\n", 1)[0].decode("latin-1")


def _head(receiver: ReceiverServer, extra: str) -> str:
    return (
        "POST /v1/notifications HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{receiver.port}\r\n"
        "Content-Type: application/json\r\nIdempotency-Key: n-1\r\n"
        f"{extra}\r\n"
    )


def test_a_huge_declared_body_is_refused_before_it_is_read(receiver: ReceiverServer) -> None:
    head = _head(receiver, f"Content-Length: {400 * 1024 * 1024}\r\n")
    status = _raw_request(receiver, head, iter([b"{" * 65536]))
    assert status.startswith("HTTP/1.1 413")
    assert receiver.arrivals() == []


def test_an_unsigned_body_of_unknown_length_is_refused_without_being_read(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    sent = 0

    def endless() -> Iterator[bytes]:  # 400 MB, if anyone read it
        nonlocal sent
        chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"
        for _ in range(6400):
            sent += 0x10000
            yield chunk

    status = _raw_request(receiver, _head(receiver, "Transfer-Encoding: chunked\r\n"), endless())
    assert status.startswith("HTTP/1.1 401")
    assert sent < 100 * 1024 * 1024  # answered long before the 400 MB were through
    assert post(receiver, counter_key, body_of(0)).status_code == 201  # and still serving


def test_a_signed_body_over_the_limit_is_cut_off_while_it_streams(
    receiver: ReceiverServer, counter_key: CounterKey
) -> None:
    body = b'{"pad": "' + b"x" * (MAX_BODY_BYTES + 1024) + b'"}'
    with httpx.Client(trust_env=False) as client:
        request = client.build_request(
            "POST", f"{receiver.url}/v1/notifications", content=body,
            headers={"Content-Type": "application/json", "Idempotency-Key": "n-1"},
        )  # fmt: skip
        sign_request(request, counter_key)
    headers = "".join(
        f"{name}: {value}\r\n"
        for name, value in request.headers.items()
        if name.lower() not in ("content-length", "host")
    )
    head = _head(receiver, "Transfer-Encoding: chunked\r\n").replace(
        "Content-Type: application/json\r\nIdempotency-Key: n-1\r\n", headers
    )

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 0x10000):
            part = body[start : start + 0x10000]
            yield f"{len(part):x}\r\n".encode() + part + b"\r\n"
        yield b"0\r\n\r\n"

    assert _raw_request(receiver, head, chunks()).startswith("HTTP/1.1 413")
    assert receiver.arrivals() == []
