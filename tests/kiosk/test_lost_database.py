"""A database that existed is never silently started again; a damaged one is never written.

The evidence that a database existed lives outside it: the audit anchor file in the data folder
names every database the counter opened, and the data key sits beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from kiosk import audit, workflow
from kiosk.config import Config
from kiosk.models import NotificationRecord
from kiosk.storage import (
    DatabaseDamagedError,
    DatabaseLostError,
    check_not_lost,
    make_engine,
    open_storage,
)
from tests.kiosk.conftest import NOW, RECEPTION, fileable


def _file_one(config: Config) -> str:
    storage = open_storage(config)
    try:
        with storage.transaction() as s:
            n = fileable()
            record = workflow.create_draft(s, n, actor=RECEPTION, counter="1", now=NOW)
            workflow.confirm(s, n.id, actor=RECEPTION, now=NOW)
            return workflow.reception_label(record.counter, record.reception_no or 0)
    finally:
        storage.close()


def _empty_sqlite(config: Config) -> Path:
    path = Path(make_url(config.database_url).database or "")
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    path.write_bytes(b"")
    return path


def _empty_postgresql(url: str) -> None:
    """Drop every table, as a mistaken script or a restore into the wrong database would."""
    parsed = make_url(url)
    with psycopg.connect(
        host=parsed.query["host"], port=int(parsed.query["port"]), user=parsed.username,
        dbname=parsed.database, autocommit=True,
    ) as conn:  # fmt: skip
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def _empty(config: Config, url: str) -> None:
    if url.startswith("sqlite"):
        _empty_sqlite(config)
    else:
        _empty_postgresql(url)


def test_a_fresh_counter_starts_and_records_its_database(
    database_url: str, make_config: Callable[..., Config]
) -> None:
    config = make_config(database_url)
    assert _file_one(config) == "1-001"
    anchors = audit.read_anchors(config.data_dir / audit.ANCHOR_FILE)
    assert [a.database for a in anchors] == [audit.database_tag(config.database_url)]
    check_not_lost(config)  # the doctor's call: nothing to say about a healthy database


def test_an_emptied_database_is_refused_and_left_empty(
    database_url: str, make_config: Callable[..., Config]
) -> None:
    config = make_config(database_url)
    assert _file_one(config) == "1-001"
    _empty(config, database_url)
    with pytest.raises(DatabaseLostError, match=r"restore\.sh") as caught:
        open_storage(config)
    assert "\n" not in str(caught.value)
    assert "data.key" in str(caught.value) and "audit.anchor" in str(caught.value)
    with pytest.raises(DatabaseLostError):
        check_not_lost(config)
    engine = make_engine(config.database_url)
    try:
        with engine.connect() as conn:
            tables = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master"
                if database_url.startswith("sqlite")
                else "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).scalar()
    finally:
        engine.dispose()
    assert tables == 0, "no schema was created in the emptied database"


def test_a_deleted_sqlite_file_is_not_created_again(make_config: Callable[..., Config]) -> None:
    config = make_config()
    _file_one(config)
    path = _empty_sqlite(config)
    path.unlink()
    with pytest.raises(DatabaseLostError):
        open_storage(config)
    assert not path.exists()


def test_after_the_restore_the_same_day_continues(make_config: Callable[..., Config]) -> None:
    """Put back the backup (here: a copy taken before) and numbering goes on at 1-002."""
    config = make_config()
    _file_one(config)
    path = Path(make_url(config.database_url).database or "")
    storage = open_storage(config)
    storage.engine.dispose()  # checkpoint the WAL into the file
    storage.close()
    backup = path.read_bytes()
    _empty_sqlite(config)
    with pytest.raises(DatabaseLostError):
        open_storage(config)
    path.write_bytes(backup)
    assert _file_one(config) == "1-002"


def test_moving_the_anchor_aside_starts_an_empty_database_on_purpose(
    make_config: Callable[..., Config],
) -> None:
    config = make_config()
    _file_one(config)
    _empty_sqlite(config)
    anchors = config.data_dir / audit.ANCHOR_FILE
    anchors.rename(anchors.with_name("audit.anchor.old"))
    assert _file_one(config) == "1-001"


def test_another_database_url_is_a_different_database(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    """Moving to a new database is not mistaken for losing the old one, and anchors of the
    old one are not held against the new one by ``audit verify``."""
    first = make_config()
    _file_one(first)
    second = make_config(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    assert second.data_dir == first.data_dir
    assert _file_one(second) == "1-001"
    storage = open_storage(second)
    try:
        with storage.reader() as s:
            result = audit.verify(s, second.data_dir / audit.ANCHOR_FILE)
    finally:
        storage.close()
    assert result.ok, result.problems


def test_anchors_from_before_they_named_a_database_still_count(
    make_config: Callable[..., Config],
) -> None:
    config = make_config()
    _file_one(config)
    anchors = config.data_dir / audit.ANCHOR_FILE
    anchors.write_text("0 " + "0" * 64 + " 2026-04-01T00:00:00+00:00\n", encoding="ascii")
    _empty_sqlite(config)
    with pytest.raises(DatabaseLostError):
        open_storage(config)


@pytest.mark.parametrize("cut", [0.05, 0.3, 0.7])
def test_a_damaged_sqlite_file_is_refused_and_not_written(
    make_config: Callable[..., Config], cut: float
) -> None:
    config = make_config()
    _file_one(config)
    storage = open_storage(config)
    storage.close()
    path = Path(make_url(config.database_url).database or "")
    data = path.read_bytes()
    damaged = data[: int(len(data) * cut)]
    _empty_sqlite(config)
    path.write_bytes(damaged)
    with pytest.raises(DatabaseDamagedError, match="is damaged") as caught:
        storage = open_storage(config)
        try:
            with storage.reader() as s:  # a cut late in the file shows on reading
                list(s.scalars(select(NotificationRecord.payload)))
        finally:
            storage.close()
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == damaged
