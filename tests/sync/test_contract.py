"""The committed intake contract is current and complete; fuzzing the receiver finds no 500s."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.checks import not_a_server_error

import forms
from sync.contract import COMMITTED, contract_text
from tests.fixtures.backoffice import ReceiverServer


def test_the_committed_contract_is_up_to_date() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == contract_text(), (
        "docs/intake-openapi.json is stale: run `python -m sync.contract`"
    )


def test_the_contract_states_the_endpoint_body_idempotency_and_errors() -> None:
    doc = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert doc["openapi"].startswith("3.1")
    post = doc["paths"]["/v1/notifications"]["post"]
    headers = {p["name"]: p for p in post["parameters"] if p["in"] == "header"}
    assert headers["Idempotency-Key"]["required"] is True
    assert {"Signature", "Signature-Input", "Content-Digest"} <= set(headers)
    assert set(post["responses"]) >= {"201", "400", "401", "409", "415", "422", "503"}
    assert "same body" in post["description"] and "409" in post["description"]
    body = post["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/Notification"}
    # The body schema is the forms model's own.
    ours = doc["components"]["schemas"]["Notification"]
    model = forms.Notification.model_json_schema(ref_template="#/components/schemas/{model}")
    model.pop("$defs", None)
    assert ours == model


def _schema() -> Any:
    return schemathesis.openapi.from_dict(json.loads(COMMITTED.read_text(encoding="utf-8")))


@pytest.fixture
def unsigned_receiver(tmp_path: Path) -> Iterator[ReceiverServer]:
    """Accepts unsigned requests, so generated bodies reach validation and storage."""
    server = ReceiverServer(tmp_path / "fuzz.sqlite3", trusted_pems=None).start()
    yield server
    server.stop()


schema = _schema()


@pytest.mark.slow
@schema.parametrize()
@hypothesis.settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    database=None,
)
def test_fuzzing_the_unsigned_receiver_finds_no_server_errors(
    case: Any, unsigned_receiver: ReceiverServer
) -> None:
    case.call_and_validate(base_url=unsigned_receiver.url, checks=[not_a_server_error])


@pytest.mark.slow
@schema.parametrize()
@hypothesis.settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    database=None,
)
def test_fuzzing_the_signing_receiver_finds_no_server_errors(
    case: Any, receiver: ReceiverServer
) -> None:
    case.call_and_validate(base_url=receiver.url, checks=[not_a_server_error])
