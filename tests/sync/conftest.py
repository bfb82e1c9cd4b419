"""Shared helpers for the delivery tests: notifications built the way the counter builds them,
and a counter database (SQLite file or throwaway PostgreSQL, ``database_url`` from
``tests/fixtures/postgres.py``) holding approved ones."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

import forms
from kiosk import workflow
from kiosk.config import Config, load_config
from kiosk.storage import Storage, open_storage
from sync.delivery import Parcel
from tests.forms.factory import tenkyo_single

_NAMESPACE = uuid.UUID("6f1c2a52-5b0e-4c39-9a55-0d1f7d8e2b10")
_FAMILIES = ["山田", "佐藤", "鈴木", "髙橋", "渡邊", "伊藤"]
_GIVEN = ["太郎", "花子", "一郎", "美咲", "翔太", "陽菜"]


@dataclass(frozen=True)
class CardFacts:
    """The card's basic four facts (what ``forms.prefill_from_card`` reads)."""

    name: str
    address: str
    birth_date: dt.date
    sex: str
    alerts: tuple[str, ...] = field(default_factory=tuple)


def make_notification(i: int = 0) -> forms.Notification:
    """A 転居 draft pre-filled from a card, distinct per ``i``."""
    facts = CardFacts(
        name=f"{_FAMILIES[i % len(_FAMILIES)]} {_GIVEN[(i // len(_FAMILIES)) % len(_GIVEN)]}",
        address=f"東京都千代田区千代田{1 + i % 9}番{1 + i % 30}号",
        birth_date=dt.date(1950 + i % 60, 1 + i % 12, 1 + i % 28),
        sex="1" if i % 2 else "2",
    )
    draft = forms.prefill_from_card(facts, kind=forms.Kind.TENKYO, filed_on=dt.date(2026, 11, 30))
    draft.id = uuid.uuid5(_NAMESPACE, str(i))  # the same notification for the same i
    return draft


def parcel_for(notification: forms.Notification) -> Parcel:
    return Parcel(notification.id, f"n-{notification.id.hex}", notification)


@pytest.fixture
def parcels() -> Callable[[int], list[Parcel]]:
    """``parcels(n)``: n distinct notifications ready for an adapter."""

    def make(n: int) -> list[Parcel]:
        return [parcel_for(make_notification(i)) for i in range(n)]

    return make


# -- an opened counter database with approved notifications --------------------------------------

#: When the test notifications are filed and approved (the forms factory's day, in Japan).
FILED_AT = datetime(2026, 4, 10, 1, 0, tzinfo=UTC)
COUNTER_ID = "counter-1"


def write_private(path: Path, data: bytes) -> Path:
    """Write a private key file as an administrator should: readable by its owner only."""
    path.touch(mode=0o600)
    path.write_bytes(data)
    return path


#: ``[sync]`` settings that compress time for tests: the same behaviour, shorter waits.
QUICK_SYNC = {
    "KIOSK_SYNC_RETRY_BASE_SECONDS": "0.05",
    "KIOSK_SYNC_RETRY_MAX_SECONDS": "0.4",
    "KIOSK_SYNC_PROBE_MAX_SECONDS": "0.4",
}


def config_env(tmp_path: Path, database_url: str, **extra: str) -> dict[str, str]:
    """Environment for a counter whose data lives in ``tmp_path`` (as ``kiosk`` reads it)."""
    env = {
        "KIOSK_PATHS_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_PRIVACY_KEY_STORE": "file",
        "KIOSK_DATABASE_URL": database_url,
        "KIOSK_COUNTER_ID": COUNTER_ID,
    }
    env.update(extra)
    return env


@pytest.fixture
def config(tmp_path: Path, database_url: str) -> Config:
    return load_config(env=config_env(tmp_path, database_url))


@pytest.fixture
def storage(config: Config) -> Iterator[Storage]:
    opened = open_storage(config)
    yield opened
    opened.close()


def approve_new(storage: Storage, count: int, adapter: str = "http") -> list[uuid.UUID]:
    """``count`` new notifications taken through the workflow to 本登録 (outbox rows written)."""
    actor = workflow.Actor.system("test")
    ids = []
    for _ in range(count):
        n = tenkyo_single()
        with storage.transaction() as s:
            workflow.create_draft(s, n, actor=actor, counter="1", now=FILED_AT)
            workflow.confirm(s, n.id, actor=actor, now=FILED_AT)
            workflow.start_review(s, n.id, actor=actor, now=FILED_AT)
            workflow.approve(
                s, n.id, actor=actor, adapter=adapter,  # type: ignore[arg-type]
                now=FILED_AT, render_pdf=lambda _n: b"%PDF-1.7 (form rendered by forms)",
            )  # fmt: skip
        ids.append(n.id)
    return ids


@pytest.fixture
def make_sync_config(tmp_path: Path) -> Callable[[str], Config]:
    """``make_sync_config(url)``: a counter configuration on database ``url``."""

    def make(url: str) -> Config:
        return load_config(env=config_env(tmp_path, url))

    return make
