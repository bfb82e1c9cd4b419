"""Signatures prove which counter sent a delivery and that nothing in it was changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from sync.signing import CounterKey, SignatureRejected, TrustedCounters, sign_request

URL = "https://backoffice.example.jp/v1/notifications"
BODY = '{"id": "x", "氏名": "山田 太郎"}'.encode()


def signed(
    key: CounterKey, *, body: bytes = BODY, created: datetime | None = None
) -> httpx.Request:
    request = httpx.Request(
        "POST",
        URL,
        content=body,
        headers={"Content-Type": "application/json", "Idempotency-Key": "n-1"},
    )
    sign_request(request, key, created=created)
    return request


def verify(trusted: TrustedCounters, request: httpx.Request, **changes: object) -> str:
    headers = httpx.Headers(request.headers)
    for name, value in changes.items():
        if name == "body":
            continue
        headers[name.replace("_", "-")] = str(value)
    body = changes.get("body", request.content)
    assert isinstance(body, bytes)
    return trusted.verify(
        method=request.method, url=str(request.url), headers=headers.multi_items(), body=body
    )


@pytest.fixture
def key() -> CounterKey:
    return CounterKey.generate("counter-7")


@pytest.fixture
def trusted(key: CounterKey) -> TrustedCounters:
    return TrustedCounters.from_pems({key.key_id: key.public_pem()})


def test_a_signed_request_verifies_and_names_its_counter(
    key: CounterKey, trusted: TrustedCounters
) -> None:
    request = signed(key)
    assert request.headers["Content-Digest"].startswith("sha-256=:")
    assert 'keyid="counter-7"' in request.headers["Signature-Input"]
    assert verify(trusted, request) == "counter-7"


def test_a_changed_body_is_refused(key: CounterKey, trusted: TrustedCounters) -> None:
    with pytest.raises(SignatureRejected, match="Content-Digest"):
        verify(trusted, signed(key), body=BODY.replace("太郎".encode(), "次郎".encode()))


def test_a_body_moved_under_another_idempotency_key_is_refused(
    key: CounterKey, trusted: TrustedCounters
) -> None:
    with pytest.raises(SignatureRejected):
        verify(trusted, signed(key), idempotency_key="n-2")


def test_a_signature_by_an_unknown_counter_is_refused(trusted: TrustedCounters) -> None:
    with pytest.raises(SignatureRejected):
        verify(trusted, signed(CounterKey.generate("counter-7")))


def test_a_stale_signature_is_refused(key: CounterKey, trusted: TrustedCounters) -> None:
    old = datetime.now(UTC) - timedelta(minutes=30)
    with pytest.raises(SignatureRejected):
        verify(trusted, signed(key, created=old))


def test_an_unsigned_request_is_refused(trusted: TrustedCounters) -> None:
    with pytest.raises(SignatureRejected, match="Signature-Input"):
        trusted.verify(
            method="POST", url=URL, headers=[("content-type", "application/json")], body=BODY
        )


def test_garbage_signature_headers_are_refused_not_crashing(
    key: CounterKey, trusted: TrustedCounters
) -> None:
    with pytest.raises(SignatureRejected):
        verify(trusted, signed(key), signature="counter=not-base64", signature_input="((")


def test_keys_round_trip_through_pem_files(tmp_path, key: CounterKey) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "signing.pem").write_bytes(key.private_pem())
    (tmp_path / "trusted").mkdir()
    (tmp_path / "trusted" / "counter-7.pem").write_bytes(key.public_pem())
    loaded = CounterKey.load(tmp_path / "signing.pem", "counter-7")
    trusted = TrustedCounters.from_directory(tmp_path / "trusted")
    assert trusted.key_ids() == ["counter-7"]
    assert verify(trusted, signed(loaded)) == "counter-7"
