"""``kiosk support-bundle [--output FILE]``: one zip file to send to support (サポート用情報).

It holds what a support engineer needs and nothing personal or secret:

- ``doctor.txt`` / ``doctor.json``: every check of ``kiosk doctor`` and the versions;
- ``config.json``: the effective settings, with any password in the database URL hidden
  (settings name files, they never contain keys);
- ``queue.json``: how many notifications are in each state and each delivery state (counts,
  no content);
- ``logs/``: the log files, redacted once more on the way out (:func:`kiosk.logs.redact`);
- ``README.txt``: what is inside.

Never in it: the database, the data key, the signing key, certificates and their private keys,
PDFs, CSV files.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import logs
from kiosk.app import doctor
from kiosk.config import Config, ConfigError, load_config
from kiosk.errors import KioskError

README = """\
Support bundle of a 書かない窓口 counter (kakanai-madoguchi).

doctor.txt, doctor.json  result of `kiosk doctor` and the versions of every part
config.json              effective settings (database password hidden; no keys)
queue.json               number of notifications per state and per delivery state
logs/                    log files (personal data removed when written and again here)

This file contains no personal data, no database, no data key, no signing key and no
certificate private key.
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "support-bundle",
        help="write a zip of logs, doctor output and versions for support (no personal data)",
        description="Write one zip file for support: the doctor report, versions, settings, "
        "queue counts and the log files. No personal data, no keys.",
    )
    p.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="zip file to write (default: kiosk-support-<counter>-<time>.zip here)",
    )
    p.set_defaults(handler=run_support_bundle)


def _config_summary(config: Config) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    data: dict[str, Any] = json.loads(config.model_dump_json())
    data["database"]["url"] = make_url(config.database_url).render_as_string(hide_password=True)
    data["source"] = str(config.source) if config.source else None
    data["data_dir"] = str(config.data_dir)
    return data


def _queue_counts(config: Config) -> dict[str, Any]:
    """Counts per state, read without the data key (states are not encrypted)."""
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.storage import NotificationRecord, OutboxEntry, current_revision, make_engine

    try:
        engine = make_engine(config.database_url, busy_timeout_ms=config.database.busy_timeout_ms)
    except KioskError as exc:
        return {"error": str(exc)}
    try:
        if current_revision(engine) is None:
            return {"schema": None}
        with engine.connect() as conn:
            states = conn.execute(
                select(NotificationRecord.status, func.count()).group_by(NotificationRecord.status)
            ).all()
            outbox = conn.execute(
                select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)
            ).all()
        return {
            "schema": current_revision(engine),
            "notifications": {str(s): int(n) for s, n in states},
            "deliveries": {str(s): int(n) for s, n in outbox},
        }
    except SQLAlchemyError as exc:
        return {"error": type(exc).__name__}
    finally:
        engine.dispose()


def write_bundle(config_path: str | None, output: Path) -> Path:
    """Write the support zip to ``output``; returns its path."""
    ctx = doctor.Context(config_path=config_path)
    report = doctor.run(ctx)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README)
        zf.writestr("doctor.txt", report.as_text() + "\n")
        zf.writestr(
            "doctor.json", json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
        )
        config: Config | None
        try:
            config = load_config(config_path)
        except ConfigError as exc:
            config = None
            zf.writestr("config.json", json.dumps({"error": str(exc)}, ensure_ascii=False))
        if config is not None:
            zf.writestr(
                "config.json",
                json.dumps(_config_summary(config), ensure_ascii=False, indent=2) + "\n",
            )
            zf.writestr(
                "queue.json", json.dumps(_queue_counts(config), ensure_ascii=False, indent=2)
            )
            for path in logs.log_files(config):
                text = path.read_text(encoding="utf-8", errors="replace")
                zf.writestr(f"logs/{path.name}", logs.redact(text))
        zf.writestr(
            "system.json",
            json.dumps(
                {
                    "created_at": datetime.now(UTC).isoformat(),
                    "host": platform.node(),
                    "platform": platform.platform(),
                },
                indent=2,
            ),
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(buffer.getvalue())
    return output


def run_support_bundle(args: argparse.Namespace) -> int:
    config_path = getattr(args, "config", None)
    if args.output:
        output = Path(args.output)
    else:
        try:
            counter = load_config(config_path).counter.id
        except ConfigError:
            counter = "unknown"
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        output = Path(f"kiosk-support-{counter}-{stamp}.zip")
    try:
        write_bundle(config_path, output)
    except OSError as exc:
        raise KioskError(f"cannot write {output}: {exc.strerror or exc}") from exc
    print(f"support bundle written: {output} ({output.stat().st_size // 1024} KiB)")
    return 0
