"""The reference receiver (参照実装の受信側): the intake contract implemented, for demos and tests.

A back-office vendor implements ``docs/intake-openapi.json``; this FastAPI application is the
executable version of it. It stores what it accepts in an SQLite file, verifies each request's
HTTP Message Signature against the counters' public keys, and (when served over TLS with a
client CA) admits only clients whose certificate that CA issued. Municipalities point the
counter at their vendor's endpoint instead; nothing in the counter depends on this module.

Idempotency (the part vendors most often get wrong):

- a new ``Idempotency-Key`` with a valid body is stored and answered ``201``;
- the same key with the same body (byte for byte, compared by SHA-256) gets the *first* answer
  again, marked ``Idempotent-Replayed: true``, and nothing is stored twice;
- the same key with a different body is answered ``409`` and nothing changes.

Errors are RFC 9457 problem documents (``application/problem+json``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pydantic
from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from forms import Notification
from sync.http_adapter import INTAKE_PATH
from sync.signing import DEFAULT_MAX_AGE, SignatureRejected, TrustedCounters

CONTRACT_VERSION = "1.0.0"
#: What an ``Idempotency-Key`` may look like: visible ASCII without separators, 1-255 chars.
IDEMPOTENCY_KEY_PATTERN = r"^[A-Za-z0-9._:~-]{1,255}$"
_KEY_RE = re.compile(IDEMPOTENCY_KEY_PATTERN)
MAX_BODY_BYTES = 10 * 1024 * 1024

_SCHEMA = """
CREATE TABLE IF NOT EXISTS arrivals (
    idempotency_key TEXT PRIMARY KEY,
    body_sha256     TEXT NOT NULL,
    body            BLOB NOT NULL,
    notification_id TEXT NOT NULL,
    counter         TEXT,
    receipt_id      TEXT NOT NULL UNIQUE,
    received_at     TEXT NOT NULL,
    answer          TEXT NOT NULL,
    replays         INTEGER NOT NULL DEFAULT 0
);
"""


class Receipt(BaseModel):
    """The answer to an accepted notification (受理票)."""

    receipt_id: str = Field(description="The back office's reference for this notification.")
    idempotency_key: str
    notification_id: uuid.UUID
    counter: str | None = Field(description="keyid of the counter whose signature verified.")
    received_at: datetime


class Arrival(BaseModel):
    """One notification the back office holds, as listed by ``GET /v1/notifications``."""

    idempotency_key: str
    notification_id: uuid.UUID
    receipt_id: str
    counter: str | None
    received_at: datetime
    replays: int = Field(
        description="How many later requests with this key were answered by replay."
    )


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str


class ArrivalStore:
    """The receiver's SQLite file: one row per idempotency key, the first answer kept for replay."""

    def __init__(self, path: str | Path) -> None:
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def lookup(self, db: sqlite3.Connection, key: str) -> tuple[str, str] | None:
        row = db.execute(
            "SELECT body_sha256, answer FROM arrivals WHERE idempotency_key = ?", (key,)
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def list(self) -> list[Arrival]:
        with self._lock:
            rows = self._db.execute(
                "SELECT idempotency_key, notification_id, receipt_id, counter, received_at, replays"
                " FROM arrivals ORDER BY received_at, idempotency_key"
            ).fetchall()
        return [
            Arrival(
                idempotency_key=r[0],
                notification_id=r[1],
                receipt_id=r[2],
                counter=r[3],
                received_at=r[4],
                replays=r[5],
            )
            for r in rows
        ]

    def body(self, key: str) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM arrivals WHERE idempotency_key = ?", (key,)
            ).fetchone()
        return None if row is None else bytes(row[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _problem(status: int, title: str, detail: str, **headers: str) -> JSONResponse:
    return JSONResponse(
        Problem(title=title, status=status, detail=detail).model_dump(),
        status_code=status,
        media_type="application/problem+json",
        headers=headers or None,
    )


def _problem_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        },
    }


_INTAKE_DESCRIPTION = """\
Deliver one approved 住民異動届 (本登録). The body is the notification JSON.

**Idempotency.** `Idempotency-Key` is stable per notification: the counter sends the same key
on every retry. The first request with a key that is accepted is stored and answered `201`.
A later request with the same key and the same body (byte-identical; compare SHA-256) MUST get
the first answer again (same status and body) with `Idempotent-Replayed: true`, and MUST NOT
create a second record. A later request with the same key and a different body MUST be
answered `409` without changing anything.

**Signature.** Every request carries an RFC 9421 HTTP Message Signature (label `counter`,
algorithm `ed25519`, tag `kakanai-madoguchi-intake-v1`) covering `@method`, `@path`,
`content-type`, `idempotency-key` and `content-digest` (RFC 9530, `sha-256`), with `created`
and the counter's `keyid`. Receivers MUST check the digest against the body bytes, the
signature against the counter's registered public key, and refuse signatures older than
five minutes (`401`).

**Transport.** HTTPS with mutual TLS: the counter presents a client certificate issued by the
municipality's counter CA, and trusts only the CA pinned for the back office.

**Retries.** The counter retries `408`, `425`, `429`, `5xx`, timeouts and dropped connections
with exponential backoff and jitter, honouring `Retry-After`; it treats `409` and other `4xx`
as final until staff intervene.
"""


def create_app(
    db_path: str | Path,
    *,
    trusted: TrustedCounters | None,
    max_signature_age: timedelta = DEFAULT_MAX_AGE,
) -> FastAPI:
    """The receiver application. ``trusted=None`` accepts unsigned requests (fuzzing, demos)."""
    store = ArrivalStore(db_path)
    app = FastAPI(
        title="住民記録 intake (書かない窓口 → back office)",
        version=CONTRACT_VERSION,
        description=(
            "The contract by which a 書かない窓口 counter delivers approved 住民異動届 to the "
            "back-office 住民記録 system. See the POST operation for idempotency, signatures "
            "and transport."
        ),
    )
    app.state.store = store

    @app.post(
        INTAKE_PATH,
        operation_id="deliverNotification",
        summary="Deliver one approved notification",
        description=_INTAKE_DESCRIPTION,
        status_code=201,
        response_model=Receipt,
        responses={
            201: {
                "description": "Accepted; or, for a key already accepted with the same body, "
                "the first answer again.",
                "headers": {
                    "Idempotent-Replayed": {
                        "description": "Present (true) when this answer is a replay.",
                        "schema": {"type": "string", "enum": ["true"]},
                    }
                },
            },
            400: _problem_response("Missing or malformed Idempotency-Key or body."),
            401: _problem_response("Signature or Content-Digest missing, invalid or stale."),
            409: _problem_response("This Idempotency-Key was used with a different body."),
            413: _problem_response("Body larger than 10 MiB."),
            415: _problem_response("Content-Type is not application/json."),
            422: _problem_response("The body is not a valid notification."),
            503: {
                "description": "Temporarily unavailable; the counter retries after Retry-After.",
                "headers": {"Retry-After": {"schema": {"type": "string"}}},
            },
        },
        openapi_extra={
            "parameters": [
                {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string", "pattern": IDEMPOTENCY_KEY_PATTERN},
                    "description": "Stable per notification and delivery route.",
                },
                {
                    "name": "Content-Digest",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string"},
                    "description": "RFC 9530, sha-256 of the body bytes.",
                },
                {
                    "name": "Signature-Input",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string"},
                    "description": "RFC 9421 signature parameters (label `counter`).",
                },
                {
                    "name": "Signature",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string"},
                    "description": "RFC 9421 signature value (label `counter`).",
                },
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Notification"}}
                },
            },
        },
    )
    async def deliver(request: Request) -> Response:
        key = request.headers.get("idempotency-key")
        if key is None or not _KEY_RE.match(key):
            return _problem(400, "Bad Idempotency-Key", "Idempotency-Key is missing or malformed")
        content_type = request.headers.get("content-type", "")
        if content_type.split(";")[0].strip().lower() != "application/json":
            return _problem(415, "Unsupported Media Type", "send application/json")
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return _problem(413, "Too Large", "the body exceeds 10 MiB")
        counter: str | None = None
        if trusted is not None:
            try:
                counter = trusted.verify(
                    method=request.method,
                    url=str(request.url),
                    headers=[
                        (k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw
                    ],
                    body=body,
                    max_age=max_signature_age,
                )
            except SignatureRejected as exc:
                return _problem(401, "Signature Rejected", str(exc))
        digest = hashlib.sha256(body).hexdigest()
        with store.transaction() as db:
            earlier = store.lookup(db, key)
            if earlier is not None:
                if earlier[0] != digest:
                    return _problem(
                        409,
                        "Idempotency Conflict",
                        "this Idempotency-Key was used with another body",
                    )
                db.execute(
                    "UPDATE arrivals SET replays = replays + 1 WHERE idempotency_key = ?", (key,)
                )
                return JSONResponse(
                    json.loads(earlier[1]),
                    status_code=201,
                    headers={"Idempotent-Replayed": "true"},
                )
            try:
                notification = Notification.model_validate_json(body)
            except pydantic.ValidationError as exc:
                return _problem(422, "Invalid Notification", _summarise(exc))
            except ValueError as exc:  # pragma: no cover - pydantic wraps JSON errors too
                return _problem(422, "Invalid Notification", str(exc)[:300])
            receipt = Receipt(
                receipt_id=f"R-{uuid.uuid4().hex[:16].upper()}",
                idempotency_key=key,
                notification_id=notification.id,
                counter=counter,
                received_at=datetime.now(UTC),
            )
            answer = receipt.model_dump_json()
            db.execute(
                "INSERT INTO arrivals (idempotency_key, body_sha256, body, notification_id,"
                " counter, receipt_id, received_at, answer) VALUES (?,?,?,?,?,?,?,?)",
                (
                    key,
                    digest,
                    body,
                    str(notification.id),
                    counter,
                    receipt.receipt_id,
                    receipt.received_at.isoformat(),
                    answer,
                ),
            )
        return JSONResponse(json.loads(answer), status_code=201)

    @app.get(
        INTAKE_PATH,
        operation_id="listArrivals",
        summary="List what arrived (reference receiver only; not required of vendors)",
        response_model=list[Arrival],
    )
    def list_arrivals() -> list[Arrival]:
        return store.list()

    @app.get("/healthz", operation_id="health", summary="Liveness", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI 3.1 document of ``app``, with the notification schema from ``forms``."""
    document = get_openapi(
        title=app.title,
        version=app.version,
        openapi_version="3.1.0",
        description=app.description,
        routes=app.routes,
    )
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    notification = Notification.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, schema in notification.pop("$defs", {}).items():
        schemas[name] = schema
    schemas["Notification"] = notification
    schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    document["servers"] = [{"url": "https://backoffice.example.jp", "description": "vendor"}]
    return document


def contract_json(document: dict[str, Any]) -> str:
    """The committed form of the contract: stable key order, UTF-8, trailing newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _summarise(exc: pydantic.ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "(body)"
        parts.append(f"{where}: {error['msg']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
