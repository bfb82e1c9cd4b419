"""Shared helpers for the delivery tests: notifications built the way the counter builds them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

import forms
from sync.delivery import Parcel

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
