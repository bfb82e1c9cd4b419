"""Storage: the database engine, sessions and schema migrations.

SQLite by default (one counter, one PC): WAL journal, ``synchronous=FULL`` (an approved
notification survives a power cut), foreign keys on, a busy timeout, and every transaction
begins ``IMMEDIATE`` so two writers queue instead of failing half-way. PostgreSQL when
``database.url`` says so (a counter floor).

The schema is owned by the Alembic migrations shipped in :mod:`kiosk.migrations`;
:func:`open_storage` upgrades the database on start, ``kiosk db upgrade`` does it explicitly.

A database this counter used before is never silently started again: when the configured
database is empty (a SQLite file truncated or deleted, PostgreSQL tables dropped) but the audit
anchor in the data folder names it, opening is refused with how to restore the backup
(:func:`check_not_lost`, :class:`DatabaseLostError`). A damaged SQLite file, a full disk or a
file the service cannot read is one line wherever it surfaces (:class:`DatabaseDamagedError`,
:class:`DatabaseError`), and a damaged file is not written to.

The table models are re-exported here (``from kiosk.storage import OutboxEntry``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import URL, Connection, Engine, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiosk import audit, privacy, private_files
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
    "DatabaseDamagedError",
    "DatabaseError",
    "DatabaseLostError",
    "DocumentRecord",
    "Meta",
    "NotificationRecord",
    "OutboxEntry",
    "OutboxStatus",
    "ReceptionSequence",
    "StaffAccount",
    "Status",
    "Storage",
    "check_not_lost",
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


class DatabaseDamagedError(DatabaseError):
    """The SQLite file is not a database or is damaged (truncated, overwritten): restore it."""


class DatabaseLostError(DatabaseError):
    """The database is empty although this counter's audit anchor shows it held data.

    Opening it would silently start a new database (受付番号 from 1 again, the audit chain
    restarted) where one existed; it is refused until the backup is restored.
    """


#: What to do with a damaged or lost database (one line, appended to the messages).
RESTORE_HINT = (
    "stop the counter and restore the database with its data key from the backup "
    "(docs/backup.md; on Linux packaging/linux/restore.sh --database FILE --key FILE), "
    "then run `kiosk db upgrade` and `kiosk doctor`"
)


def first_line(exc: BaseException) -> str:
    """The first non-empty line of an exception's text (drivers write several)."""
    orig = getattr(exc, "orig", None) or exc
    for line in str(orig).splitlines():
        if line.strip():
            return line.strip()
    return type(orig).__name__


def parse_database_url(url: str) -> URL:
    """``url`` parsed, or :class:`DatabaseError` naming what is wrong (never a traceback)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(f"not a database URL: {first_line(exc)}") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(f"unsupported database {backend!r}: use SQLite or PostgreSQL")
    return parsed


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


# SQLite's primary result codes (https://sqlite.org/rescode.html) that a person must act on.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def _sqlite_errors(path: str, busy_timeout_ms: int) -> Any:
    """A ``handle_error`` hook turning SQLite's conditions into one-line :class:`DatabaseError`.

    Wherever the failure surfaces (opening, a query in the middle of a command, a commit), the
    person sees what happened to the file and what to do, not a driver traceback. Constraint
    violations are left alone: the workflow handles those itself.
    """

    def on_error(context: ExceptionContext) -> DatabaseError | None:
        exc = context.original_exception
        if not isinstance(exc, sqlite3.Error) or isinstance(exc, sqlite3.IntegrityError):
            return None
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        reason = first_line(exc)
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return DatabaseDamagedError(
                f"the database {path} is damaged ({reason}); nothing more was written to it: "
                + RESTORE_HINT
            )
        if code == _SQLITE_FULL:
            return DatabaseError(
                f"the database {path} cannot grow: the disk is full ({reason}); the change was "
                "not saved: free disk space and try again"
            )
        if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_PERM, _SQLITE_READONLY):
            return DatabaseError(
                f"cannot read or write the database {path} ({reason}): check that the file and "
                "its folder belong to the service user and that the disk is healthy"
            )
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return DatabaseError(
                f"the database {path} is busy: another process held it for more than "
                f"{busy_timeout_ms} ms ({reason}); nothing was changed: try again"
            )
        return None

    return on_error


def make_engine(url: str, *, busy_timeout_ms: int = 10000, echo: bool = False) -> Engine:
    """An engine for ``url`` with the counter's connection settings applied.

    A SQLite file that does not exist yet is created empty, mode 0600 in a 0700 folder.
    """
    parsed = parse_database_url(url)
    if parsed.get_backend_name() == "sqlite":
        where = parsed.database or ":memory:"
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            try:
                private_files.make_private_dir(path.parent)
                # Readable by the service user only (its -wal/-shm files take the same mode).
                os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
            except OSError as exc:
                raise DatabaseError(
                    f"cannot open the database {path}: {exc.strerror or exc}"
                ) from exc
        engine = create_engine(parsed, echo=echo)
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "handle_error", _sqlite_errors(where, busy_timeout_ms))

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the write lock up front (and wait for it) instead of failing when
            # a read transaction later tries to write; read-only sessions stay DEFERRED.
            mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    args: dict[str, Any] = {"connect_timeout": max(1, busy_timeout_ms // 1000)}
    return create_engine(parsed, echo=echo, pool_pre_ping=True, connect_args=args)


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
        raise DatabaseError(f"cannot open the database: {first_line(exc)}") from exc


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
        raise DatabaseError(f"cannot upgrade the database: {first_line(exc)}") from exc


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


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (None: not SQLite, or in memory)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _sqlite_file_is_empty(path: Path) -> bool:
    """Whether a SQLite file holds no counter data, read without writing anything.

    A damaged file is not "empty": opening it reports the damage instead.
    """
    if not path.exists():
        return True
    if path.stat().st_size == 0 and not path.with_name(path.name + "-wal").exists():
        return True
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        meta = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kiosk_meta'"
        ).fetchone()
        if meta is None:
            return True
        row = conn.execute("SELECT 1 FROM kiosk_meta WHERE key = 'key_check'").fetchone()
        return row is None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _server_database_is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        if not inspect(conn).has_table(Meta.__tablename__):
            return True
        return conn.execute(select(Meta.value).where(Meta.key == "key_check")).first() is None


def anchor_file(config: Config) -> Path:
    """The audit anchor file of this counter (``<data folder>/audit.anchor``)."""
    return config.data_dir / audit.ANCHOR_FILE


def check_not_lost(config: Config, engine: Engine | None = None) -> None:
    """Refuse a database that is empty although this counter has held data in it.

    The evidence is kept outside the database: the audit anchor file in the data folder
    (:func:`kiosk.audit.write_anchor`) records every database this counter opened (by a tag of
    its URL, see :func:`kiosk.audit.database_tag`); the data key sits beside it. If the
    configured database has no key check value (no tables, or a file truncated to 0 bytes)
    while an anchor names it, it was deleted or emptied: raise :class:`DatabaseLostError`
    saying how to restore it, rather than let a new database start silently.

    Reads only; a SQLite file that does not exist is not created. ``engine`` (PostgreSQL)
    saves a connection; without it one is opened and closed. ``kiosk doctor`` calls this.
    """
    anchors = anchor_file(config)
    url = parse_database_url(config.database_url)
    if not audit.anchored(anchors, audit.database_tag(url)):
        return
    path = sqlite_path(url)
    if path is not None:
        empty = _sqlite_file_is_empty(path)
        where = f"SQLite file {path}"
    else:
        where = url.render_as_string(hide_password=True)
        own = engine is None
        engine = engine or make_engine(config.database_url)
        try:
            empty = _server_database_is_empty(engine)
        except OperationalError as exc:
            raise DatabaseError(f"cannot open the database: {first_line(exc)}") from exc
        finally:
            if own:
                engine.dispose()
    if not empty:
        return
    evidence = f"the audit anchor {anchors} shows"
    try:
        store = privacy.key_store_for(
            config.privacy.key_store, config.key_file, config.privacy.keyring_service
        )
        if store.get() is not None:
            evidence = f"the audit anchor {anchors} and the data key in {store.description} show"
    except Exception:  # the key's own problems are reported when the key is read
        pass
    raise DatabaseLostError(
        f"the database ({where}) is empty, but {evidence} that this counter used it before: "
        f"it was deleted or emptied, and no new one is started in its place; {RESTORE_HINT}. "
        f"To start an empty database on purpose instead, move {anchors} aside first"
    )


def _anchor_once(engine: Engine, config: Config) -> None:
    """Write this database's first anchor (the evidence :func:`check_not_lost` reads)."""
    anchors = anchor_file(config)
    try:
        if audit.anchored(anchors, audit.database_tag(engine.url)):
            return
        with Session(engine) as session:
            audit.write_anchor(session, anchors)
    except OSError as exc:
        log.warning("cannot write the audit anchor %s: %s", anchors, exc.strerror or exc)


def open_storage(config: Config, *, migrate: bool = True) -> Storage:
    """Open (and by default upgrade) the configured database with its data key bound.

    Raises :class:`DatabaseError` when the database is unreachable or, with ``migrate=False``,
    not at this release's schema, :class:`DatabaseDamagedError` for a damaged SQLite file,
    :class:`DatabaseLostError` for an emptied one (:func:`check_not_lost`), and
    :class:`kiosk.privacy.KeyError_` subclasses on key problems.
    """
    sqlite = sqlite_path(parse_database_url(config.database_url)) is not None
    if sqlite:
        check_not_lost(config)  # before the file is created or written
    engine = make_engine(
        config.database_url,
        busy_timeout_ms=config.database.busy_timeout_ms,
        echo=config.database.echo,
    )
    try:
        with _setup_lock(engine):
            if not sqlite:
                check_not_lost(config, engine)
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
            privacy.bind_cipher(engine, cipher)
            _anchor_once(engine, config)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open the database: {first_line(exc)}") from exc
    except BaseException:
        engine.dispose()
        raise
    return Storage(engine, config, cipher)
