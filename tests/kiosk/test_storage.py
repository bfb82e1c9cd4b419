"""Storage: migrations, SQLite settings, the data key, and encryption at rest."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

import kiosk.pairing  # noqa: F401 - registers the pairings table in the metadata
from kiosk import preentry as _preentry  # noqa: F401 - and the 転出証明書情報 table
from kiosk import privacy, workflow
from kiosk import visits as _visits  # noqa: F401 - and the visits table
from kiosk.config import Config
from kiosk.models import Base, Status
from kiosk.storage import (
    DatabaseError,
    current_revision,
    head_revision,
    make_engine,
    open_storage,
    upgrade,
)
from tests.kiosk.conftest import NOW, RECEPTION, approved, fileable


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_a_database_from_an_older_release_opens_after_upgrade(
    database_url: str, make_config: Callable[..., Config]
) -> None:
    engine = make_engine(database_url)
    upgrade(engine, "0001")  # the first release's schema, without the audit triggers
    engine.dispose()
    config = make_config(database_url)
    with pytest.raises(DatabaseError, match="kiosk db upgrade"):
        open_storage(config, migrate=False)
    storage = open_storage(config)
    try:
        assert current_revision(storage.engine) == head_revision()
        nid = approved(storage)
        with storage.reader() as s:
            assert workflow.get(s, nid).state is Status.APPROVED
    finally:
        storage.close()


def test_sqlite_runs_with_wal_full_sync_and_foreign_keys(
    make_config: Callable[..., Config],
) -> None:
    storage = open_storage(make_config())
    try:
        with storage.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
        path = Path(storage.engine.url.database or "")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        storage.close()


def test_default_config_puts_the_database_in_the_data_folder(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    config = make_config()
    storage = open_storage(config)
    storage.close()
    assert (tmp_path / "data" / "kiosk.sqlite3").is_file()
    key = tmp_path / "data" / "data.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    # The key the database was opened with is the one written there.
    written = privacy.FileKeyStore(key).get()
    assert written is not None and privacy.FieldCipher(written).key_id == storage.cipher.key_id


def test_no_name_or_address_in_the_sqlite_file(make_config: Callable[..., Config]) -> None:
    storage = open_storage(make_config())
    n = fileable()
    try:
        approved(storage, n)
        with storage.transaction() as s:
            workflow.create_draft(s, fileable(), actor=RECEPTION, counter="1", now=NOW)
        path = Path(storage.engine.url.database or "")
    finally:
        storage.close()
    # Everything written, including what still sits in the WAL file.
    blob = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
    assert len(blob) > 10_000
    person = n.persons[0]
    for clear in (
        person.name.family,
        person.name.given,
        person.name.family_kana,
        n.new_address.town,
        n.new_address.banchi,
        n.new_address.katagaki,
        n.previous_address.town,
        n.filer.phone,
        person.honseki,
    ):
        for encoding in ("utf-8", "utf-16-le"):
            assert clear.encode(encoding) not in blob, clear
    # The stored payload still decrypts to the original.
    storage = open_storage(make_config())
    try:
        with storage.reader() as s:
            assert workflow.load(s, n.id).persons[0].name.family == person.name.family
    finally:
        storage.close()


def test_personal_columns_are_ciphertext_in_postgresql(
    postgres_url: str, make_config: Callable[..., Config]
) -> None:
    storage = open_storage(make_config(postgres_url))
    n = fileable()
    try:
        approved(storage, n)
        with storage.engine.connect() as conn:
            raw = conn.execute(text("SELECT payload FROM notifications")).scalar_one()
            form = text("SELECT content FROM documents WHERE kind = 'form'")
            pdf = conn.execute(form).scalar_one()
    finally:
        storage.close()
    assert n.persons[0].name.family.encode() not in bytes(raw)
    assert not bytes(pdf).startswith(b"%PDF")


def test_losing_the_key_is_detected(database_url: str, make_config: Callable[..., Config]) -> None:
    config = make_config(database_url)
    storage = open_storage(config)
    approved(storage)
    storage.close()
    config.key_file.rename(config.key_file.with_suffix(".lost"))
    with pytest.raises(privacy.KeyMissingError, match="key is missing"):
        open_storage(config)
    assert not config.key_file.exists()  # and no fresh key was silently made


def test_a_different_key_is_detected(database_url: str, make_config: Callable[..., Config]) -> None:
    config = make_config(database_url)
    open_storage(config).close()
    config.key_file.unlink()
    privacy.FileKeyStore(config.key_file).put(privacy.new_key())
    with pytest.raises(privacy.KeyMismatchError, match="does not open this database"):
        open_storage(config)


def test_a_key_file_others_can_read_is_refused(make_config: Callable[..., Config]) -> None:
    config = make_config()
    open_storage(config).close()
    os.chmod(config.key_file, 0o644)
    with pytest.raises(privacy.KeyFileInsecureError, match="chmod 600"):
        open_storage(config)


def test_a_field_moved_to_another_column_does_not_decrypt() -> None:
    cipher = privacy.FieldCipher(privacy.new_key())
    blob = cipher.encrypt(b"secret", b"notifications.payload")
    assert cipher.decrypt(blob, b"notifications.payload") == b"secret"
    with pytest.raises(privacy.KeyMismatchError):
        cipher.decrypt(blob, b"notifications.reason")
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(privacy.KeyMismatchError):
        cipher.decrypt(tampered, b"notifications.payload")


def test_unreachable_database_is_one_clear_error(make_config: Callable[..., Config]) -> None:
    config = make_config("postgresql://nobody@/nowhere?host=/nonexistent-dir")
    with pytest.raises(DatabaseError, match="cannot"):
        open_storage(config)


def test_sqlite_file_is_a_real_sqlite_database(make_config: Callable[..., Config]) -> None:
    config = make_config()
    open_storage(config).close()
    conn = sqlite3.connect(config.data_dir / "kiosk.sqlite3")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert {"notifications", "outbox", "audit_log", "staff", "alembic_version"} <= tables


def test_asking_for_a_keyring_where_there_is_none_is_a_clear_error(
    make_config: Callable[..., Config],
) -> None:
    if privacy.keyring_available():  # pragma: no cover - desktops with a Secret Service
        pytest.skip("this machine has an OS keyring")
    config = make_config(KIOSK_PRIVACY_KEY_STORE="keyring")
    with pytest.raises(privacy.KeyMissingError, match="no OS keyring is available"):
        open_storage(config)
    # "auto" falls back to the key file: the key it made is there, and it is the one in use.
    auto = make_config(KIOSK_PRIVACY_KEY_STORE="auto")
    storage = open_storage(auto)
    storage.close()
    written = privacy.FileKeyStore(auto.key_file).get()
    assert written is not None
    assert privacy.FieldCipher(written).key_id == storage.cipher.key_id


def test_a_database_from_a_newer_release_is_refused(
    database_url: str, make_config: Callable[..., Config]
) -> None:
    config = make_config(database_url)
    open_storage(config).close()
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer release"):
        open_storage(config)


@pytest.mark.postgres
def test_machines_starting_together_set_up_one_schema_and_one_key(
    postgres_url: str, tmp_path: Path
) -> None:
    """Two desks opening a fresh PostgreSQL database at once (sharing the key file)."""
    import threading

    from kiosk.config import load_config

    env = {
        "KIOSK_DATABASE_URL": postgres_url,
        "KIOSK_PATHS_DATA_DIR": str(tmp_path / "shared"),
        "KIOSK_PRIVACY_KEY_STORE": "file",
    }
    errors: list[BaseException] = []
    opened: list[object] = []
    barrier = threading.Barrier(3)

    def start() -> None:
        barrier.wait()
        try:
            storage = open_storage(load_config(env=env))
            opened.append(storage.cipher.key_id)
            storage.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert len(opened) == 3 and len(set(opened)) == 1  # type: ignore[arg-type]
    # ... and it is the key the shared file holds.
    shared = privacy.FileKeyStore(tmp_path / "shared" / "data.key").get()
    assert shared is not None and opened[0] == privacy.FieldCipher(shared).key_id
