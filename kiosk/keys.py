"""Data key rotation (暗号鍵の更新): re-encrypt every encrypted field under a new key.

Rotate when someone who could read the key leaves, or on the municipality's schedule. The new
key is first written beside the old one (pending), then every encrypted column is re-encrypted
in ONE database transaction together with the key check value, and only then does the new key
replace the old. A crash before the commit leaves the old key valid; a crash after it is
finished on the next start (:func:`kiosk.storage.open_storage` promotes the pending key).

The audit chain keeps its HMAC key across rotations (stored encrypted under the current key),
so ``audit verify`` still checks entries written before.
"""

from __future__ import annotations

import base64

from sqlalchemy import LargeBinary, Table, inspect, literal, select, text, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import sqltypes

import kiosk.pairing  # noqa: F401 - its table belongs to the metadata rotated here
from kiosk import audit, privacy
from kiosk import preentry as _preentry  # noqa: F401 - so does the 転出証明書情報 table
from kiosk.errors import KioskError
from kiosk.models import Base, Meta
from kiosk.storage import Storage
from kiosk.workflow import Actor


def encrypted_columns() -> list[tuple[Table, list[tuple[str, str]]]]:
    """Every table with encrypted columns, with (column name, purpose) pairs."""
    out = []
    for table in Base.metadata.sorted_tables:
        cols = [
            (c.name, c.type.purpose)
            for c in table.columns
            if isinstance(c.type, privacy.EncryptedBytes)
        ]
        if cols:
            out.append((table, cols))
    return out


def _refuse_leftovers(
    session: Session, old: privacy.FieldCipher, handled: set[tuple[str, str]]
) -> None:
    """Abort (roll back) if any binary column still holds a field under the old key.

    A safety net for tables whose model was not loaded: after the rotation nothing encrypted
    with the old key may remain, or it would be unreadable once the old key is gone.
    """
    inspector = inspect(session.connection())
    marker = b"\x01" + old.key_id
    for table in inspector.get_table_names():
        for column in inspector.get_columns(table):
            if (table, column["name"]) in handled:
                continue
            if not isinstance(column["type"], LargeBinary | sqltypes._Binary):
                continue
            blobs = session.execute(text(f'SELECT "{column["name"]}" FROM "{table}"')).scalars()
            if any(b is not None and bytes(b).startswith(marker) for b in blobs):
                raise KioskError(
                    f"{table}.{column['name']} holds data under the old key but its model is "
                    "not known to the rotation: nothing was changed"
                )


def rotate_key(storage: Storage, *, actor: Actor, promote: bool = True) -> str:
    """Re-encrypt everything under a fresh key; returns the new key id (hex).

    ``promote=False`` stops before the new key replaces the old (for crash tests).
    """
    config = storage.config
    store = privacy.key_store_for(
        config.privacy.key_store, config.key_file, config.privacy.keyring_service
    )
    old = storage.cipher
    raw = privacy.new_key()
    new = privacy.FieldCipher(raw)
    store.put_pending(raw)
    counts: dict[str, int] = {}
    with storage.transaction() as session:
        audit.record(
            session,
            actor=actor.audit_id,
            terminal=actor.terminal,
            action="key_rotate",
            subject="data-key",
            detail={"old": old.key_id.hex(), "new": new.key_id.hex()},
        )
        audit_key = audit._key(session)  # keep the chain's key across the rotation
        for table, cols in encrypted_columns():
            pk = list(table.primary_key.columns)
            query = select(*pk, *[type_coerce(table.c[name], LargeBinary) for name, _ in cols])
            rows = session.execute(query).all()
            for row in rows:
                values = {}
                for i, (name, purpose) in enumerate(cols):
                    blob = row[len(pk) + i]
                    if blob is None:
                        continue
                    plain = old.decrypt(bytes(blob), purpose.encode())
                    values[name] = literal(new.encrypt(plain, purpose.encode()), LargeBinary)
                if values:
                    where = [c == row[j] for j, c in enumerate(pk)]
                    session.execute(update(table).where(*where).values(values))
            counts[table.name] = len(rows)
        sealed = base64.b64encode(new.encrypt(audit_key, b"kiosk_meta.audit_key")).decode()
        for key, value in (
            ("key_check", privacy.make_key_check(new)),
            ("key_id", new.key_id.hex()),
            (audit.AUDIT_KEY_META, sealed),
        ):
            meta = session.get(Meta, key)
            if meta is None:
                session.add(Meta(key=key, value=value))
            else:
                meta.value = value
        _refuse_leftovers(
            session, old, {(t.name, n) for t, cols in encrypted_columns() for n, _ in cols}
        )
    privacy.bind_cipher(storage.engine, new)
    storage.cipher = new
    if promote:
        store.promote_pending()
    return new.key_id.hex()
