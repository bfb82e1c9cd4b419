"""The audit log (操作ログ): append-only, hash-chained, ids only.

Every view, edit, approval, print and export is written here in the same transaction as the
action, with who (staff id), where (terminal), what (action) and whom (notification id) — never
a name or an address. Each entry carries an HMAC-SHA256 over its content and the previous entry's
hash, keyed by a subkey of the data key (which is not in the database): changing, inserting or
deleting an entry breaks the chain, and someone with only database access cannot re-forge it.
``kiosk audit verify`` walks the chain.

Appends are serialised by locking the single ``audit_head`` row, so concurrent writers on
PostgreSQL still produce one linear chain.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from kiosk import privacy, private_files
from kiosk.models import AuditEntry, AuditHead, Meta, utcnow

GENESIS = "0" * 64
#: Anchors of the chain head, kept in the data folder (outside the database).
ANCHOR_FILE = "audit.anchor"

#: Detail values must be plain scalars: ids, codes, counts — never personal data.
DetailValue = str | int | bool | None


AUDIT_KEY_META = "audit_key"


def _key(session: Session) -> bytes:
    """The chain's HMAC key: derived from the data key, or kept (encrypted) after a rotation."""
    cipher = privacy.cipher_for(session.get_bind().dialect)
    stored = session.scalar(select(Meta.value).where(Meta.key == AUDIT_KEY_META))
    if stored is not None:
        return cipher.decrypt(base64.b64decode(stored), b"kiosk_meta.audit_key")
    return cipher.derive("kiosk audit chain v1")


def _digest(
    key: bytes,
    *,
    seq: int,
    at: datetime,
    actor: str,
    terminal: str,
    action: str,
    subject: str,
    detail: str,
    prev_hash: str,
) -> str:
    stamp = at.replace(tzinfo=None).isoformat(timespec="microseconds")
    body = json.dumps(
        [seq, stamp, actor, terminal, action, subject, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str = "",
    terminal: str = "",
    detail: Mapping[str, DetailValue] | None = None,
    at: datetime | None = None,
) -> int:
    """Append one entry inside the caller's transaction; returns its sequence number."""
    for key, value in (detail or {}).items():
        if not isinstance(value, str | int | bool | type(None)):
            raise TypeError(f"audit detail {key!r} must be a scalar id/code, not {type(value)}")
    at = at or utcnow()
    detail_text = json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True)
    # Taking the head row's lock first serialises appenders (row lock on PostgreSQL; SQLite
    # transactions here are BEGIN IMMEDIATE already).
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=AuditHead.seq + 1))
    seq, prev_hash = session.execute(
        select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)
    ).one()
    digest = _digest(
        _key(session),
        seq=seq,
        at=at,
        actor=actor,
        terminal=terminal,
        action=action,
        subject=subject,
        detail=detail_text,
        prev_hash=prev_hash,
    )
    session.execute(
        insert(AuditEntry).values(
            seq=seq,
            at=at,
            actor=actor,
            terminal=terminal,
            action=action,
            subject=subject,
            detail=detail_text,
            prev_hash=prev_hash,
            hash=digest,
        )
    )
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(hash=digest))
    return int(seq)


@dataclass(frozen=True)
class Entry:
    """One entry to append with :func:`record_many` (the arguments of :func:`record`)."""

    actor: str
    action: str
    subject: str = ""
    terminal: str = ""
    detail: Mapping[str, DetailValue] | None = None
    at: datetime | None = None


def record_many(session: Session, entries: list[Entry]) -> list[int]:
    """Append several entries together inside the caller's transaction; returns their
    sequence numbers.

    The same chain as :func:`record` entry by entry (each entry's HMAC covers the one before),
    written with one lock of the head row, one insert and one head update: what a delivery
    worker uses to record a run of deliveries without paying per entry for the chain.
    """
    if not entries:
        return []
    rows: list[dict[str, object]] = []
    seqs: list[int] = []
    for entry in entries:
        for key, value in (entry.detail or {}).items():
            if not isinstance(value, str | int | bool | type(None)):
                raise TypeError(f"audit detail {key!r} must be a scalar id/code, not {type(value)}")
    # Reserve the sequence numbers: the head row's lock serialises appenders as in record().
    # Plain table statements: no ORM bookkeeping for rows nobody holds as objects.
    head_table = cast(Table, AuditHead.__table__)
    session.execute(
        update(head_table).where(head_table.c.id == 1).values(seq=head_table.c.seq + len(entries))
    )
    last_seq, prev_hash = session.execute(
        select(head_table.c.seq, head_table.c.hash).where(head_table.c.id == 1)
    ).one()
    chain_key = _key(session)
    seq = int(last_seq) - len(entries)
    default_at = utcnow()
    for entry in entries:
        seq += 1
        at = entry.at or default_at
        detail_text = json.dumps(dict(entry.detail or {}), ensure_ascii=False, sort_keys=True)
        digest = _digest(
            chain_key,
            seq=seq,
            at=at,
            actor=entry.actor,
            terminal=entry.terminal,
            action=entry.action,
            subject=entry.subject,
            detail=detail_text,
            prev_hash=prev_hash,
        )
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": entry.actor,
                "terminal": entry.terminal,
                "action": entry.action,
                "subject": entry.subject,
                "detail": detail_text,
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        seqs.append(seq)
        prev_hash = digest
    session.execute(insert(cast(Table, AuditEntry.__table__)), rows)
    session.execute(update(head_table).where(head_table.c.id == 1).values(hash=prev_hash))
    return seqs


@dataclass
class VerifyResult:
    """Outcome of :func:`verify`: how many entries were checked and what is wrong."""

    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def entries(session: Session, *, batch: int = 1000) -> Iterator[AuditEntry]:
    """All entries in order, fetched in batches."""
    last = 0
    while True:
        rows = (
            session.execute(
                select(AuditEntry)
                .where(AuditEntry.seq > last)
                .order_by(AuditEntry.seq)
                .limit(batch)
            )
            .scalars()
            .all()
        )
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify(session: Session, anchors: Path | None = None) -> VerifyResult:
    """Walk the chain and report changed, inserted or deleted entries.

    With ``anchors`` (see :func:`write_anchor`) the newest entries cut off along with the head
    row are found too.
    """
    key = _key(session)
    result = VerifyResult()
    expected_seq = 1
    prev = GENESIS
    for entry in entries(session):
        result.checked += 1
        if entry.seq != expected_seq:
            if entry.seq > expected_seq:
                gap = (
                    f"entry {expected_seq}"
                    if entry.seq == expected_seq + 1
                    else f"entries {expected_seq}-{entry.seq - 1}"
                )
                result.problems.append(f"{gap} deleted")
            else:  # pragma: no cover - seq is the primary key, so it only increases
                result.problems.append(f"entry {entry.seq} out of order")
        if entry.prev_hash != prev:
            result.problems.append(f"entry {entry.seq}: does not follow the entry before it")
        digest = _digest(
            key,
            seq=entry.seq,
            at=entry.at,
            actor=entry.actor,
            terminal=entry.terminal,
            action=entry.action,
            subject=entry.subject,
            detail=entry.detail,
            prev_hash=entry.prev_hash,
        )
        if not hmac.compare_digest(digest, entry.hash):
            result.problems.append(f"entry {entry.seq}: content changed")
        prev = entry.hash
        expected_seq = entry.seq + 1
    head_seq, head_hash = session.execute(
        select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)
    ).one()
    if head_seq >= expected_seq:
        gap = (
            f"entry {head_seq}"
            if head_seq == expected_seq
            else f"entries {expected_seq}-{head_seq}"
        )
        result.problems.append(f"{gap} deleted (the log ends early)")
    elif head_seq == expected_seq - 1 and head_hash != prev:
        result.problems.append("the chain head does not match the last entry")
    elif head_seq < expected_seq - 1:
        result.problems.append(f"entries after {head_seq} were added outside the log")
    if anchors is not None:
        result.problems.extend(check_anchors(session, anchors))
    return result


def head(session: Session) -> tuple[int, str]:
    """The chain's current last sequence number and hash."""
    seq, digest = session.execute(
        select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)
    ).one()
    return int(seq), str(digest)


def database_tag(url: str | URL) -> str:
    """A short tag naming one database (its URL without password; a SQLite path resolved).

    Anchor lines carry it, so a counter whose ``database.url`` changed knows which anchors
    belong to which database, and an emptied database is recognised by its own anchors.
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:":
        parsed = parsed.set(database=str(Path(parsed.database).resolve()))
    parsed = parsed.set(drivername=backend, password=None)
    text = parsed.render_as_string(hide_password=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _session_tag(session: Session) -> str:
    return database_tag(session.get_bind().engine.url)


@dataclass(frozen=True)
class Anchor:
    """One line of the anchor file: the chain's head at a moment, for one database."""

    seq: int
    digest: str
    when: str
    database: str | None  # None: written before anchors named their database

    def about(self, tag: str) -> bool:
        return self.database is None or self.database == tag


def read_anchors(path: Path) -> list[Anchor]:
    """The anchors in ``path`` (none when it does not exist); unreadable lines are skipped."""
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return []
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 2 or not parts[0].isdigit() or len(parts[0]) > 18:
            continue
        when = parts[2] if len(parts) > 2 else "earlier"
        tag = next((p[3:] for p in parts[3:] if p.startswith("db=")), None)
        out.append(Anchor(int(parts[0]), parts[1], when, tag))
    return out


def anchored(path: Path, tag: str) -> bool:
    """Whether the anchor file records the database ``tag`` (see :func:`database_tag`)."""
    return any(a.about(tag) for a in read_anchors(path))


def write_anchor(session: Session, path: Path) -> tuple[int, str]:
    """Append the current head to an anchor file outside the database (mode 0600).

    The chain alone cannot show that its newest entries were cut off together with the head
    row; an anchor kept elsewhere can (:func:`check_anchors`). The anchor also shows that a
    database existed at all (:func:`kiosk.storage.check_not_lost`). ``kiosk audit verify``,
    the daily purge and the first opening of a database write one.
    """
    seq, digest = head(session)
    stamp = utcnow().isoformat(timespec="seconds")
    line = f"{seq} {digest} {stamp} db={_session_tag(session)}\n"
    with private_files.open_private(path, "append") as fh:
        fh.write(line.encode("ascii"))
    return seq, digest


def check_anchors(session: Session, path: Path) -> list[str]:
    """Problems found by comparing the chain with the anchors written earlier (for this
    database: anchors of another database the counter used before are not compared)."""
    tag = _session_tag(session)
    problems = []
    for anchor in read_anchors(path):
        if anchor.seq == 0 or not anchor.about(tag):
            continue
        stored = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == anchor.seq))
        if stored is None:
            problems.append(
                f"entry {anchor.seq}, anchored {anchor.when}, is gone: the log was cut back"
            )
        elif stored != anchor.digest:
            problems.append(f"entry {anchor.seq} differs from its anchor of {anchor.when}")
    return problems
