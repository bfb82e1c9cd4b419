"""Helpers for the department-route tests: a counter configured with department routes (a real
``kiosk.toml``), a family 転入 that brings related procedures, and the rows and deliveries to
assert on."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select

import forms
from forms import related
from kiosk import workflow
from kiosk.config import Config, load_config
from kiosk.storage import AuditEntry, OutboxEntry, Storage
from tests.approvals import approve_new
from tests.forms.factory import tennyu_family
from tests.sync.conftest import FILED_AT, config_env

#: What the 国民健康保険課 receives: the new address and, for each person joining 国保, who they
#: are. Nothing else of the notification may reach it.
KOKUHO_HOUSEHOLD = ["address", "address.postal_code"]
KOKUHO_PERSON = ["person.name", "person.name_kana", "person.birth_date", "person.sex"]
#: What the 子育て支援課 receives for the children of the household.
KOSODATE_HOUSEHOLD = ["address", "head.name"]
KOSODATE_PERSON = ["person.name", "person.birth_date"]


def _toml_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


def kokuho_http(url: str) -> str:
    return (
        "[departments.kokuho]\n"
        'name = "国民健康保険課"\n'
        'procedures = ["kokuho_join", "kokuho_leave", "kokuho_change"]\n'
        'adapter = "http"\n'
        f'url = "{url}"\n'
        f"household = {_toml_list(KOKUHO_HOUSEHOLD)}\n"
        f"person = {_toml_list(KOKUHO_PERSON)}\n"
    )


def kosodate_csv(folder: Path | None = None, encoding: str = "utf-8") -> str:
    text = (
        "[departments.kosodate]\n"
        'name = "子育て支援課"\n'
        'procedures = ["jido_teate", "kodomo_iryo"]\n'
        'adapter = "csv"\n'
        f'csv_encoding = "{encoding}"\n'
        f"household = {_toml_list(KOSODATE_HOUSEHOLD)}\n"
        f"person = {_toml_list(KOSODATE_PERSON)}\n"
    )
    if folder is not None:
        text += f'csv_dir = "{folder}"\n'
    return text


def routes_config(
    tmp_path: Path, database_url: str, *sections: str, **env: str
) -> tuple[Config, Path, dict[str, str]]:
    """A counter whose ``kiosk.toml`` holds ``sections``: (config, file, environment)."""
    path = tmp_path / "kiosk.toml"
    path.write_text("\n".join(sections), encoding="utf-8")
    environment = config_env(tmp_path, database_url, **env)
    return load_config(path, env=environment), path, environment


def family_tennyu(kokuho: bool = True) -> forms.Notification:
    """A family of four moving in: 花子 joins 国保 (when ``kokuho``), 一郎 and 桜 bring 児童手当
    and 子ども医療費 — so the 国保 and 子育て routes apply, each to its own persons."""
    n = tennyu_family()
    n.id = uuid.uuid4()
    if kokuho:
        n.persons[1].answers["kokuho"] = True
    n.related = related.derive(n)
    return n


def approve(storage: Storage, notifications: Iterable[forms.Notification]) -> list[uuid.UUID]:
    """Take each notification through the workflow to 本登録 as the desk does: the back
    office's row and each configured department route's, in the approval's transaction."""
    config = storage.config
    ids = []
    for n in notifications:
        with storage.transaction() as s:
            record = approve_new(
                s, n, clerk=workflow.Actor.system("test"), now=FILED_AT,
                adapter=config.backoffice.adapter, departments=config.departments,
                render_pdf=lambda _n: b"%PDF-1.7 (form)",
            )  # fmt: skip
            ids.append(record.id)
    return ids


def rows(storage: Storage, ids: Iterable[uuid.UUID] | None = None) -> list[OutboxEntry]:
    """Outbox rows (of these notifications), by id."""
    with storage.transaction() as s:
        query = select(OutboxEntry).order_by(OutboxEntry.id)
        if ids is not None:
            query = query.where(OutboxEntry.notification_id.in_(list(ids)))
        found = list(s.scalars(query).all())
        s.expunge_all()
        return found


def route_rows(storage: Storage, route: str) -> list[OutboxEntry]:
    return [r for r in rows(storage) if r.adapter == route]


def audit_of(storage: Storage, action: str) -> list[dict[str, Any]]:
    import json

    with storage.transaction() as s:
        found = s.execute(
            select(AuditEntry.subject, AuditEntry.detail)
            .where(AuditEntry.action == action)
            .order_by(AuditEntry.seq)
        ).all()
    return [{"subject": subject, **json.loads(detail or "{}")} for subject, detail in found]
