"""The reference receiver implements the intake contract: idempotency, signatures, listing."""

from __future__ import annotations

import concurrent.futures

import httpx

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
    assert post(receiver, counter_key, b"not json").status_code == 422
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


def test_the_list_shows_what_arrived(receiver: ReceiverServer, counter_key: CounterKey) -> None:
    for i in range(3):
        assert post(receiver, counter_key, body_of(i), f"n-{i}").status_code == 201
    listed = httpx.get(f"{receiver.url}/v1/notifications", trust_env=False).json()
    assert sorted(item["idempotency_key"] for item in listed) == ["n-0", "n-1", "n-2"]
    assert {item["notification_id"] for item in listed} == {
        str(make_notification(i).id) for i in range(3)
    }
