"""The reference receiver (参照実装の受信側): the intake contract implemented, for demos and tests.

A back-office vendor implements ``docs/intake-openapi.json``; this FastAPI application is the
executable version of it. It stores what it accepts in an SQLite file, verifies each request's
HTTP Message Signature against the counters' public keys, and (when served over TLS with a
client CA) admits only clients whose certificate that CA issued. Municipalities point the
counter at their vendor's endpoint instead; nothing in the counter depends on this module.

It also implements a department system's side of a department route (``POST
/v1/department-deliveries``, :mod:`sync.department`): the same signatures, idempotency and
limits, one record per route and notification.

Idempotency (the part vendors most often get wrong):

- a new ``Idempotency-Key`` with a valid body is stored and answered ``201``;
- the same key with the same body (byte for byte, compared by SHA-256) gets the *first* answer
  again, marked ``Idempotent-Replayed: true``, and nothing is stored twice;
- the same key with a different body is answered ``409`` and nothing changes;
- a notification already accepted under another key is answered ``409`` (naming the first
  receipt) and nothing changes: one notification, one record.

Hostile input is refused before it costs anything: the size is checked from
``Content-Length`` and again while the body streams in (never more than 10 MiB is held), the
signature over the headers is checked before a byte of the body is read, the body against its
signed ``Content-Digest`` before it is parsed, and JSON with non-finite numbers (``NaN``,
``Infinity``) is refused. ``GET /v1/notifications`` (what arrived) exists only when the
receiver is started with the admin listing on, and answers loopback clients only.

Errors are RFC 9457 problem documents (``application/problem+json``).
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import json
import math
import os
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
from sync.department import DepartmentDelivery
from sync.http_adapter import DEPARTMENT_PATH, INTAKE_PATH, RECEIPT_ID_PATTERN
from sync.signing import DEFAULT_MAX_AGE, SignatureRejected, SignedHeaders, TrustedCounters

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
CREATE TABLE IF NOT EXISTS department_arrivals (
    idempotency_key TEXT PRIMARY KEY,
    body_sha256     TEXT NOT NULL,
    body            BLOB NOT NULL,
    route           TEXT NOT NULL,
    notification_id TEXT NOT NULL,
    counter         TEXT,
    receipt_id      TEXT NOT NULL UNIQUE,
    received_at     TEXT NOT NULL,
    answer          TEXT NOT NULL,
    replays         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (route, notification_id)
);
"""
#: One notification, one record (files from older releases may hold duplicates: then the
#: lookup in the transaction still refuses new ones).
_UNIQUE_NOTIFICATION = (
    "CREATE UNIQUE INDEX IF NOT EXISTS arrivals_notification ON arrivals (notification_id)"
)


class Receipt(BaseModel):
    """The answer to an accepted notification (受理票)."""

    receipt_id: str = Field(
        description="The back office's reference for this notification: 1-128 visible ASCII "
        "characters (no spaces). A 201 without a usable receipt_id is refused by the counter.",
        pattern=RECEIPT_ID_PATTERN,
        min_length=1,
        max_length=128,
    )
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


class DepartmentReceipt(BaseModel):
    """The answer to an accepted department delivery."""

    receipt_id: str = Field(
        description="The department's reference for this delivery: 1-128 visible ASCII "
        "characters (no spaces).",
        pattern=RECEIPT_ID_PATTERN,
        min_length=1,
        max_length=128,
    )
    idempotency_key: str
    route: str
    notification_id: uuid.UUID
    counter: str | None = Field(description="keyid of the counter whose signature verified.")
    received_at: datetime


class DepartmentArrival(BaseModel):
    """One department delivery the receiver holds."""

    idempotency_key: str
    route: str
    notification_id: uuid.UUID
    receipt_id: str
    counter: str | None
    received_at: datetime
    replays: int


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str


class ArrivalStore:
    """The receiver's SQLite file: one row per idempotency key, the first answer kept for replay."""

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            # What arrives is personal data: the file (and its -wal/-shm) readable by the owner
            # only, from the first byte.
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        # An old file with duplicates keeps no index: the lookup still guards new arrivals.
        with contextlib.suppress(sqlite3.IntegrityError):
            self._db.execute(_UNIQUE_NOTIFICATION)
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

    def lookup(
        self, db: sqlite3.Connection, key: str, table: str = "arrivals"
    ) -> tuple[str, str] | None:
        row = db.execute(
            f"SELECT body_sha256, answer FROM {_table(table)} WHERE idempotency_key = ?", (key,)
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def department_holder(
        self, db: sqlite3.Connection, route: str, notification_id: str
    ) -> tuple[str, str] | None:
        """The key and receipt a notification's part for ``route`` was accepted under."""
        row = db.execute(
            "SELECT idempotency_key, receipt_id FROM department_arrivals"
            " WHERE route = ? AND notification_id = ?",
            (route, notification_id),
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def department_list(self) -> list[DepartmentArrival]:
        with self._lock:
            rows = self._db.execute(
                "SELECT idempotency_key, route, notification_id, receipt_id, counter,"
                " received_at, replays FROM department_arrivals"
                " ORDER BY received_at, idempotency_key"
            ).fetchall()
        return [
            DepartmentArrival(
                idempotency_key=r[0],
                route=r[1],
                notification_id=r[2],
                receipt_id=r[3],
                counter=r[4],
                received_at=r[5],
                replays=r[6],
            )
            for r in rows
        ]

    def department_body(self, key: str) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM department_arrivals WHERE idempotency_key = ?", (key,)
            ).fetchone()
        return None if row is None else bytes(row[0])

    def holder(self, db: sqlite3.Connection, notification_id: str) -> tuple[str, str] | None:
        """The key and receipt a notification was accepted under, if it was."""
        row = db.execute(
            "SELECT idempotency_key, receipt_id FROM arrivals WHERE notification_id = ?"
            " ORDER BY received_at LIMIT 1",
            (notification_id,),
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


def _table(name: str) -> str:
    if name not in ("arrivals", "department_arrivals"):  # never a name from a request
        raise ValueError(name)
    return name


def _problem(status: int, title: str, detail: str, **headers: str) -> JSONResponse:
    return JSONResponse(
        Problem(title=title, status=status, detail=detail).model_dump(),
        status_code=status,
        media_type="application/problem+json",
        headers=headers or None,
    )


def _refuse(status: int, title: str, detail: str) -> JSONResponse:
    """A problem answered before the body was read: the connection is closed after it, so
    the server neither reads nor discards the rest of what the client keeps sending."""
    return _problem(status, title, detail, Connection="close")


def _signed_json_post(schema: str, key_description: str) -> dict[str, Any]:
    """The OpenAPI of a signed JSON POST: the headers every delivery carries (an
    Idempotency-Key, RFC 9530 Content-Digest, RFC 9421 signature) and a body of ``schema``."""

    def header(name: str, description: str, pattern: str | None = None) -> dict[str, Any]:
        schema_of: dict[str, Any] = {"type": "string"}
        if pattern is not None:
            schema_of["pattern"] = pattern
        return {
            "name": name,
            "in": "header",
            "required": True,
            "schema": schema_of,
            "description": description,
        }

    return {
        "parameters": [
            header("Idempotency-Key", key_description, IDEMPOTENCY_KEY_PATTERN),
            header("Content-Digest", "RFC 9530, sha-256 of the body bytes."),
            header("Signature-Input", "RFC 9421 signature parameters (label `counter`)."),
            header("Signature", "RFC 9421 signature value (label `counter`)."),
        ],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
        },
    }


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

**One notification, one record.** A notification (its `id`) already accepted under another
`Idempotency-Key` MUST be answered `409` (naming the first receipt) without storing it again.

**Limits.** Bodies over 10 MiB are refused (`413`), from `Content-Length` before reading or
while reading. JSON that is not RFC 8259 JSON, including the non-finite numbers `NaN` and
`Infinity`, is refused (`400`). The answer's `receipt_id` is 1-128 visible ASCII characters.

**Retries.** The counter treats `400`, `401`, `409`, `413`, `415`, `422` and a `201` without a
usable `receipt_id` as final until staff intervene. Everything else it retries, however long it
takes: `408`, `425`, `429`, `5xx`, other statuses, timeouts, refused or dropped connections and
TLS failures, with capped exponential backoff and jitter, honouring `Retry-After`; while the
back office is unreachable it sends one probe at a time.
"""


_DEPARTMENT_DESCRIPTION = """\
Deliver one approved notification's part for one department (a department route, 担当課への
連携). The body is a `DepartmentDelivery`: the notification's identification (id, 受付番号,
kind, dates), the route's related procedures that applied, and only the household and person
values the route was configured to carry (names from the related-procedure value vocabulary).

Idempotency, signatures, transport, limits and retries are those of `POST /v1/notifications`.
One record per route and notification: a part already accepted for this `route` and
`notification_id` under another `Idempotency-Key` MUST be answered `409`.
"""


class _NotJson(ValueError):
    """The body is not RFC 8259 JSON (or holds a non-finite number)."""


def _no_constant(name: str) -> Any:
    raise _NotJson(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJson(f"{text[:40]} is out of range for a number")
    return value


def strict_json(body: bytes) -> Any:
    """Parse ``body`` as RFC 8259 JSON: UTF-8, and no ``NaN``/``Infinity`` (nor numbers so
    large they become infinite). Raises ``ValueError`` with a one-line reason."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _NotJson(f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    except _NotJson:
        raise
    except (ValueError, RecursionError) as exc:
        raise _NotJson(f"not JSON: {str(exc).splitlines()[0][:200]}") from exc


def _is_loopback_client(request: Request) -> bool:
    if request.client is None:
        return False
    try:
        return ipaddress.ip_address(request.client.host).is_loopback
    except ValueError:
        return False


def create_app(
    db_path: str | Path,
    *,
    trusted: TrustedCounters | None,
    max_signature_age: timedelta = DEFAULT_MAX_AGE,
    admin_listing: bool = False,
) -> FastAPI:
    """The receiver application. ``trusted=None`` accepts unsigned requests (fuzzing, demos).

    ``admin_listing`` adds ``GET /v1/notifications`` (what arrived), answered to loopback
    clients only: it is the reference receiver's own convenience, not part of the contract.
    """
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

    async def receive(request: Request) -> tuple[str, bytes, str | None] | Response:
        """Headers, signature, body and digest checked, in that order (the cheap refusals
        first): the key, the body and the counter whose signature verified."""
        key = request.headers.get("idempotency-key")
        if key is None or not _KEY_RE.match(key):
            return _refuse(400, "Bad Idempotency-Key", "Idempotency-Key is missing or malformed")
        content_type = request.headers.get("content-type", "")
        if content_type.split(";")[0].strip().lower() != "application/json":
            return _refuse(415, "Unsupported Media Type", "send application/json")
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit() or len(declared) > 12:
                return _refuse(400, "Bad Content-Length", "Content-Length is malformed")
            if int(declared) > MAX_BODY_BYTES:
                return _refuse(413, "Too Large", "the body exceeds 10 MiB")
        signed: SignedHeaders | None = None
        if trusted is not None:
            # Before a byte of the body is read: an unsigned or forged request costs nothing.
            try:
                signed = trusted.verify_headers(
                    method=request.method,
                    url=str(request.url),
                    headers=[
                        (k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw
                    ],
                    max_age=max_signature_age,
                )
            except SignatureRejected as exc:
                return _refuse(401, "Signature Rejected", str(exc))
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                return _refuse(413, "Too Large", "the body exceeds 10 MiB")
            chunks.append(chunk)
        body = b"".join(chunks)
        del chunks
        counter: str | None = None
        if signed is not None:
            try:
                signed.check_body(body)
            except SignatureRejected as exc:
                return _problem(401, "Signature Rejected", str(exc))
            counter = signed.key_id
        try:
            strict_json(body)
        except ValueError as exc:
            return _problem(400, "Not JSON", str(exc))
        return key, body, counter

    def replay(db: sqlite3.Connection, key: str, digest: str, table: str) -> Response | None:
        """The first answer again for a key already used with this body, 409 for a key used
        with another body, None for a new key."""
        earlier = store.lookup(db, key, table)
        if earlier is None:
            return None
        if earlier[0] != digest:
            return _problem(
                409, "Idempotency Conflict", "this Idempotency-Key was used with another body"
            )
        db.execute(
            f"UPDATE {_table(table)} SET replays = replays + 1 WHERE idempotency_key = ?", (key,)
        )
        return JSONResponse(
            json.loads(earlier[1]), status_code=201, headers={"Idempotent-Replayed": "true"}
        )

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
            400: _problem_response(
                "Missing or malformed Idempotency-Key or Content-Length, or a body that is not "
                "JSON (RFC 8259: no NaN or Infinity)."
            ),
            401: _problem_response("Signature or Content-Digest missing, invalid or stale."),
            409: _problem_response(
                "This Idempotency-Key was used with a different body, or this notification "
                "was accepted under another Idempotency-Key."
            ),
            413: _problem_response("Body larger than 10 MiB."),
            415: _problem_response("Content-Type is not application/json."),
            422: _problem_response("The body is not a valid notification."),
            503: {
                "description": "Temporarily unavailable; the counter retries after Retry-After.",
                "headers": {"Retry-After": {"schema": {"type": "string"}}},
            },
        },
        openapi_extra=_signed_json_post(
            "Notification", "Stable per notification and delivery route."
        ),
    )
    async def deliver(request: Request) -> Response:
        received = await receive(request)
        if isinstance(received, Response):
            return received
        key, body, counter = received
        digest = hashlib.sha256(body).hexdigest()
        with store.transaction() as db:
            replayed = replay(db, key, digest, "arrivals")
            if replayed is not None:
                return replayed
            try:
                notification = Notification.model_validate_json(body)
            except pydantic.ValidationError as exc:
                return _problem(422, "Invalid Notification", _summarise(exc))
            except ValueError as exc:  # pragma: no cover - pydantic wraps JSON errors too
                return _problem(422, "Invalid Notification", str(exc)[:300])
            holder = store.holder(db, str(notification.id))
            if holder is not None:
                return _problem(
                    409,
                    "Already Accepted",
                    f"notification {notification.id} was accepted under another "
                    f"Idempotency-Key (receipt {holder[1]})",
                )
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

    @app.post(
        DEPARTMENT_PATH,
        operation_id="deliverDepartmentPart",
        summary="Deliver one notification's part for a department (department routes)",
        description=_DEPARTMENT_DESCRIPTION,
        status_code=201,
        response_model=DepartmentReceipt,
        responses={
            201: {
                "description": "Accepted; or, for a key already accepted with the same body, "
                "the first answer again (with Idempotent-Replayed: true)."
            },
            400: _problem_response("Malformed headers, or a body that is not JSON."),
            401: _problem_response("Signature or Content-Digest missing, invalid or stale."),
            409: _problem_response(
                "This Idempotency-Key was used with a different body, or this notification's "
                "part for this route was accepted under another Idempotency-Key."
            ),
            413: _problem_response("Body larger than 10 MiB."),
            415: _problem_response("Content-Type is not application/json."),
            422: _problem_response("The body is not a valid department delivery."),
        },
        openapi_extra=_signed_json_post("DepartmentDelivery", "Stable per notification and route."),
    )
    async def deliver_department(request: Request) -> Response:
        received = await receive(request)
        if isinstance(received, Response):
            return received
        key, body, counter = received
        digest = hashlib.sha256(body).hexdigest()
        with store.transaction() as db:
            replayed = replay(db, key, digest, "department_arrivals")
            if replayed is not None:
                return replayed
            try:
                part = DepartmentDelivery.model_validate_json(body)
            except pydantic.ValidationError as exc:
                return _problem(422, "Invalid Department Delivery", _summarise(exc))
            holder = store.department_holder(db, part.route, str(part.notification_id))
            if holder is not None:
                return _problem(
                    409,
                    "Already Accepted",
                    f"notification {part.notification_id} was accepted for route {part.route} "
                    f"under another Idempotency-Key (receipt {holder[1]})",
                )
            receipt = DepartmentReceipt(
                receipt_id=f"D-{uuid.uuid4().hex[:16].upper()}",
                idempotency_key=key,
                route=part.route,
                notification_id=part.notification_id,
                counter=counter,
                received_at=datetime.now(UTC),
            )
            answer = receipt.model_dump_json()
            db.execute(
                "INSERT INTO department_arrivals (idempotency_key, body_sha256, body, route,"
                " notification_id, counter, receipt_id, received_at, answer)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    key,
                    digest,
                    body,
                    part.route,
                    str(part.notification_id),
                    counter,
                    receipt.receipt_id,
                    receipt.received_at.isoformat(),
                    answer,
                ),
            )
        return JSONResponse(json.loads(answer), status_code=201)

    if admin_listing:

        @app.get(
            INTAKE_PATH,
            operation_id="listArrivals",
            summary="List what arrived (reference receiver only; loopback clients only)",
            response_model=list[Arrival],
            include_in_schema=False,
        )
        def list_arrivals(request: Request) -> Response:
            if not _is_loopback_client(request):
                return _problem(403, "Forbidden", "the listing answers loopback clients only")
            return JSONResponse([a.model_dump(mode="json") for a in store.list()])

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
    part = DepartmentDelivery.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, schema in part.pop("$defs", {}).items():
        schemas[name] = schema
    schemas["DepartmentDelivery"] = part
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
