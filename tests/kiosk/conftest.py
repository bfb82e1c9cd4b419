"""Fixtures for the counter core: a configured, opened database on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.config import Config, load_config
from kiosk.storage import Storage, open_storage
from tests.fixtures.postgres import (  # noqa: F401 - fixtures, used by name
    database_url,
    postgres_cluster,
    postgres_url,
)

#: 2026-04-10 10:00 in Japan: the day the forms test factory's notifications are filed.
NOW = datetime(2026, 4, 10, 1, 0, tzinfo=UTC)


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Config]:
    """A configuration with its data folder and key file in the test's tmp dir."""

    def make(url: str = "", **env: str) -> Config:
        base = {
            "KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"),
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_DATABASE_URL": url,
        }
        base.update(env)
        return load_config(env=base)

    return make


@pytest.fixture
def config(make_config: Callable[..., Config], database_url: str) -> Config:  # noqa: F811
    return make_config(database_url)


@pytest.fixture
def storage(config: Config) -> Iterator[Storage]:
    opened = open_storage(config)
    yield opened
    opened.close()
