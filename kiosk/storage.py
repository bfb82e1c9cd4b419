"""Storage: the database engine, sessions and schema migrations.

SQLite by default (one counter, one PC): WAL journal, ``synchronous=FULL`` (an approved
notification survives a power cut), foreign keys on, a busy timeout, and every transaction
begins ``IMMEDIATE`` so two writers queue instead of failing half-way. PostgreSQL when
``database.url`` says so (a counter floor).

The schema is owned by the Alembic migrations shipped in :mod:`kiosk.migrations`;
:func:`open_storage` upgrades the database on start, ``kiosk db upgrade`` does it explicitly.

The table models are re-exported here (``from kiosk.storage import OutboxEntry``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiosk import privacy
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.models import (
    AuditEntry,
    AuditHead,
    Base,
    ChangeEvent,
    DocumentRecord,
    Meta,
    NotificationRecord,
    OutboxEntry,
    OutboxStatus,
    ReceptionSequence,
    StaffAccount,
    Status,
    utcnow,
)

__all__ = [
    "AuditEntry",
    "AuditHead",
    "Base",
    "ChangeEvent",
    "DatabaseError",
    "DocumentRecord",
    "Meta",
    "NotificationRecord",
    "OutboxEntry",
    "OutboxStatus",
    "ReceptionSequence",
    "StaffAccount",
    "Status",
    "Storage",
    "make_engine",
    "open_storage",
    "upgrade",
    "utcnow",
]

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)


class DatabaseError(KioskError):
    """The database cannot be opened or is not at a usable schema version."""

    exit_code = 4


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see below).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    return on_connect


def make_engine(url: str, *, busy_timeout_ms: int = 10000, echo: bool = False) -> Engine:
    """An engine for ``url`` with the counter's connection settings applied."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            path.parent.mkdir(parents=True, exist_ok=True)
            # Readable by the service user only (its -wal/-shm files take the same mode).
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        engine = create_engine(parsed, echo=echo)
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the write lock up front (and wait for it) instead of failing when
            # a read transaction later tries to write; read-only sessions stay DEFERRED.
            mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    if parsed.get_backend_name() == "postgresql":
        args: dict[str, Any] = {"connect_timeout": max(1, busy_timeout_ms // 1000)}
        return create_engine(parsed, echo=echo, pool_pre_ping=True, connect_args=args)
    raise DatabaseError(
        f"unsupported database {parsed.get_backend_name()!r}: use SQLite or PostgreSQL"
    )


def _alembic_config(connection: Connection) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest schema revision this release knows."""
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None: empty database)."""
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise DatabaseError(f"cannot open the database: {exc.orig}") from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (idempotent).

    A database written by a newer release (a revision this one does not know) is refused with
    a clear error rather than touched.
    """
    current = current_revision(engine)
    script = ScriptDirectory(str(MIGRATIONS))
    if current is not None:
        try:
            script.get_revision(current)
        except AlembicError as exc:
            raise DatabaseError(
                f"the database is at schema {current}, which this release does not know: "
                "it was upgraded by a newer release; run that release (never downgrade data)"
            ) from exc
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)
    except OperationalError as exc:
        raise DatabaseError(f"cannot upgrade the database: {exc.orig}") from exc


class Storage:
    """An open database: engine, session factory and the bound data key."""

    def __init__(self, engine: Engine, config: Config, cipher: privacy.FieldCipher) -> None:
        self.engine = engine
        self.config = config
        self.cipher = cipher
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.readers = sessionmaker(
            engine.execution_options(sqlite_begin="DEFERRED"), expire_on_commit=False
        )

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def session(self) -> Session:
        """A new session for writing; ``with storage.session() as s, s.begin(): ...``."""
        return self.sessions()

    def reader(self) -> Session:
        """A new session for reading only (on SQLite it does not wait for writers)."""
        return self.readers()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _meta_get(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return None if row is None else row.value


def _attach_key(engine: Engine, config: Config) -> privacy.FieldCipher:
    """Find the data key, or create one for a fresh database; refuse on a lost/foreign key."""
    store = privacy.key_store_for(
        config.privacy.key_store, config.key_file, config.privacy.keyring_service
    )
    with Session(engine) as session, session.begin():
        stored_check = _meta_get(session, "key_check")
        key = store.get()
        if stored_check is not None:
            pending = store.get_pending()
            if key is not None:
                cipher = privacy.FieldCipher(key)
                try:
                    privacy.verify_key_check(cipher, stored_check, store.description)
                    return cipher
                except privacy.KeyMismatchError:
                    if pending is None:
                        raise
            if pending is not None:
                # A key rotation committed its data but stopped before the new key took the
                # old one's place: finish it.
                cipher = privacy.FieldCipher(pending)
                privacy.verify_key_check(cipher, stored_check, store.description + " (new)")
                store.promote_pending()
                log.warning("finished an interrupted data key rotation")
                return cipher
            raise privacy.KeyMissingError(
                f"the database holds encrypted data but its key is missing from "
                f"{store.description}: restore it from the backup (on a counter floor: copy it "
                "from the machine that set up the database); refusing to start"
            )
        has_data = session.execute(select(NotificationRecord.id).limit(1)).first() is not None
        if has_data:
            raise privacy.KeyMissingError(
                "the database holds notifications but no key check value: refusing to start"
            )
        if key is None:
            key = privacy.new_key()
            store.put(key)
        cipher = privacy.FieldCipher(key)
        session.add(Meta(key="key_check", value=privacy.make_key_check(cipher)))
        session.add(Meta(key="key_id", value=cipher.key_id.hex()))
        return cipher


#: pg_advisory_lock key serialising set-up (migrations, first key) between machines.
_SETUP_LOCK = 0x6B696F736B  # "kiosk"


@contextmanager
def _setup_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, one process at a time upgrades the schema and sets up the key."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({_SETUP_LOCK})")
        conn.commit()
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_SETUP_LOCK})")
            conn.commit()


def open_storage(config: Config, *, migrate: bool = True) -> Storage:
    """Open (and by default upgrade) the configured database with its data key bound.

    Raises :class:`DatabaseError` when the database is unreachable or, with ``migrate=False``,
    not at this release's schema; :class:`kiosk.privacy.KeyError_` subclasses on key problems.
    """
    engine = make_engine(
        config.database_url,
        busy_timeout_ms=config.database.busy_timeout_ms,
        echo=config.database.echo,
    )
    try:
        with _setup_lock(engine):
            if migrate:
                upgrade(engine)
            else:
                rev = current_revision(engine)
                if rev != head_revision():
                    raise DatabaseError(
                        f"the database schema is at {rev or 'nothing'}, this release needs "
                        f"{head_revision()}: run `kiosk db upgrade`"
                    )
            cipher = _attach_key(engine, config)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open the database: {exc.orig}") from exc
    except BaseException:
        engine.dispose()
        raise
    privacy.bind_cipher(engine, cipher)
    return Storage(engine, config, cipher)
