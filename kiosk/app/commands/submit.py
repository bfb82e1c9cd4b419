"""``kiosk submit FILE.json``: file an already confirmed notification as 本登録 and queue it."""

from __future__ import annotations

import argparse
from pathlib import Path

from pydantic import ValidationError

import forms
from kiosk import workflow
from kiosk.app.commands._context import cli_actor, storage_from
from kiosk.errors import KioskError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "submit", help="store a confirmed notification (JSON) as 本登録 and queue its delivery"
    )
    p.add_argument("file", help="the notification as JSON (forms.Notification)")
    p.set_defaults(handler=run)


def _read(path: Path) -> forms.Notification:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KioskError(f"{path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise KioskError(f"{path}: not UTF-8 text") from exc
    try:
        return forms.Notification.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(document)"
        more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise KioskError(f"{path}: not a valid notification: {where}: {first['msg']}{more}") from (
            exc
        )


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    notification = _read(path)
    storage = storage_from(args)
    config = storage.config
    try:
        with storage.transaction() as session:
            record = workflow.submit_confirmed(
                session,
                notification,
                counter=config.counter.id,
                adapter=config.backoffice.adapter,
                actor=cli_actor("submit"),
                tz=config.tz,
                departments=config.departments,
            )
            label = workflow.reception_label(record.counter, record.reception_no or 0)
    finally:
        storage.close()
    print(
        f"{record.id}: {record.state.ja} (受付番号 {label}), "
        f"queued for delivery ({config.backoffice.adapter})"
    )
    return 0
