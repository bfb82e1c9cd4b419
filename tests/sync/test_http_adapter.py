"""The HTTP adapter against the real receiver, through faults and TLS mistakes.

After every fault the notification is sent again under the same key and arrives exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from sync.delivery import Delivered, Parcel, Rejected, RetryLater
from sync.http_adapter import HttpAdapter, Timeouts, parse_retry_after
from sync.signing import CounterKey
from sync.transport import client_tls_context
from tests.fixtures.backoffice import Fault, FaultProxy, Pki, ReceiverServer
from tests.sync.conftest import make_notification, parcel_for


@pytest.fixture
def parcel() -> Parcel:
    return parcel_for(make_notification(5))


@pytest.fixture
def adapter(fault_proxy: FaultProxy, counter_key: CounterKey) -> Iterator[HttpAdapter]:
    a = HttpAdapter(fault_proxy.url, key=counter_key, timeouts=Timeouts(read=1.0))
    yield a
    a.close()


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault.refuse(), "connection lost"),
        (Fault.answer(500), "HTTP 500"),
        (Fault.answer(503, "7"), "HTTP 503"),
        (Fault.answer(429, "2"), "HTTP 429"),
        (Fault.slow(3.0), "timed out"),
        (Fault.drop(), "connection lost"),
    ],
    ids=["refused", "500", "503", "429", "slow", "dropped-after-received"],
)
def test_each_fault_is_retried_and_arrives_exactly_once(
    fault: Fault,
    reason: str,
    adapter: HttpAdapter,
    parcel: Parcel,
    fault_proxy: FaultProxy,
    receiver: ReceiverServer,
) -> None:
    fault_proxy.plan(fault)
    outcome = adapter.deliver(parcel)
    assert isinstance(outcome, RetryLater)
    assert reason in outcome.reason
    if fault.retry_after:
        assert outcome.retry_after == float(fault.retry_after)
    delivered = adapter.deliver(parcel)
    assert isinstance(delivered, Delivered)
    (arrival,) = receiver.arrivals()
    assert arrival.idempotency_key == parcel.idempotency_key
    assert arrival.receipt_id == delivered.receipt
    # When the first attempt reached the back office, the second was answered by replay.
    assert arrival.replays == (1 if fault.kind in ("slow", "drop") else 0)


def test_receiver_down_then_up(
    adapter: HttpAdapter, parcel: Parcel, fault_proxy: FaultProxy, receiver: ReceiverServer
) -> None:
    fault_proxy.down()
    outcome = adapter.deliver(parcel)
    assert isinstance(outcome, RetryLater)
    assert "cannot connect" in outcome.reason
    fault_proxy.up()
    assert isinstance(adapter.deliver(parcel), Delivered)
    assert len(receiver.arrivals()) == 1


def test_a_conflicting_body_is_rejected_for_staff(
    adapter: HttpAdapter, parcel: Parcel, receiver: ReceiverServer
) -> None:
    assert isinstance(adapter.deliver(parcel), Delivered)
    changed = Parcel(parcel.notification_id, parcel.idempotency_key, make_notification(6))
    outcome = adapter.deliver(changed)
    assert isinstance(outcome, Rejected)
    assert "409" in outcome.reason


def test_a_counter_the_back_office_does_not_know_is_rejected(
    fault_proxy: FaultProxy, parcel: Parcel, receiver: ReceiverServer
) -> None:
    stranger = HttpAdapter(fault_proxy.url, key=CounterKey.generate("counter-9"))
    outcome = stranger.deliver(parcel)
    stranger.close()
    assert isinstance(outcome, Rejected)
    assert "401" in outcome.reason
    assert receiver.arrivals() == []


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert parse_retry_after("120", now=now) == 120.0
    later = format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(later, now=now) == 90.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


# -- mutual TLS --------------------------------------------------------------------------------


@pytest.fixture
def tls_receiver(
    tmp_path: Path, test_pki: Pki, counter_key: CounterKey
) -> Iterator[ReceiverServer]:
    server = ReceiverServer(
        tmp_path / "tls-backoffice.sqlite3",
        trusted_pems={counter_key.key_id: counter_key.public_pem()},
        tls=(test_pki.server_cert, test_pki.server_key, test_pki.counter_ca),
    ).start()
    yield server
    server.stop()


def _deliver_over_tls(
    server: ReceiverServer,
    key: CounterKey,
    parcel: Parcel,
    *,
    ca: Path,
    cert: Path | None,
    cert_key: Path | None,
) -> object:
    adapter = HttpAdapter(
        server.url,
        key=key,
        tls=client_tls_context(ca_file=ca, client_cert=cert, client_key=cert_key),
    )
    try:
        return adapter.deliver(parcel)
    finally:
        adapter.close()


def test_mutual_tls_delivers(
    tls_receiver: ReceiverServer, test_pki: Pki, counter_key: CounterKey, parcel: Parcel
) -> None:
    outcome = _deliver_over_tls(
        tls_receiver, counter_key, parcel,
        ca=test_pki.server_ca, cert=test_pki.client_cert, cert_key=test_pki.client_key,
    )  # fmt: skip
    assert isinstance(outcome, Delivered)
    assert len(tls_receiver.arrivals()) == 1


@pytest.mark.parametrize(
    "mistake",
    ["server-not-from-pinned-ca", "no-client-certificate", "client-certificate-from-rogue-ca"],
)
def test_tls_mistakes_deliver_nothing_and_say_why(
    mistake: str,
    tls_receiver: ReceiverServer,
    test_pki: Pki,
    counter_key: CounterKey,
    parcel: Parcel,
) -> None:
    ca, cert, cert_key = test_pki.server_ca, test_pki.client_cert, test_pki.client_key
    if mistake == "server-not-from-pinned-ca":
        ca = test_pki.rogue_ca
    elif mistake == "no-client-certificate":
        cert = cert_key = None
    else:
        cert, cert_key = test_pki.rogue_client_cert, test_pki.rogue_client_key
    outcome = _deliver_over_tls(
        tls_receiver, counter_key, parcel, ca=ca, cert=cert, cert_key=cert_key
    )
    assert isinstance(outcome, RetryLater)
    if mistake == "server-not-from-pinned-ca":
        assert "CERTIFICATE_VERIFY_FAILED" in outcome.reason
    assert tls_receiver.arrivals() == []
    # Once the configuration is right, the same notification goes through, once.
    fixed = _deliver_over_tls(
        tls_receiver, counter_key, parcel,
        ca=test_pki.server_ca, cert=test_pki.client_cert, cert_key=test_pki.client_key,
    )  # fmt: skip
    assert isinstance(fixed, Delivered)
    assert len(tls_receiver.arrivals()) == 1


def test_a_server_impersonating_the_back_office_gets_nothing(
    tmp_path: Path, test_pki: Pki, counter_key: CounterKey, parcel: Parcel
) -> None:
    impostor = ReceiverServer(
        tmp_path / "impostor.sqlite3",
        trusted_pems=None,
        tls=(test_pki.rogue_server_cert, test_pki.rogue_server_key, None),
    ).start()
    try:
        outcome = _deliver_over_tls(
            impostor, counter_key, parcel,
            ca=test_pki.server_ca, cert=test_pki.client_cert, cert_key=test_pki.client_key,
        )  # fmt: skip
        assert isinstance(outcome, RetryLater)
        assert impostor.arrivals() == []
    finally:
        impostor.stop()
