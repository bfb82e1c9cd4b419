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
PDFs, CSV files, or the password of any URL (database or back office).

The bundle is written whatever is broken (that is when it is needed): a part that cannot be
read is replaced by its one-line reason. The zip is private (0600) and replaces an earlier
file only once complete; the export is recorded in the audit log when the database can be
opened (else a warning says it could not be).
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import logs, private_files
from kiosk.app import doctor
from kiosk.app.commands._context import cli_actor
from kiosk.config import Config, ConfigError, hide_url_passwords, load_config
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
    data["backoffice"]["url"] = hide_url_passwords(config.backoffice.url)
    data["source"] = str(config.source) if config.source else None
    data["data_dir"] = str(config.data_dir)
    return data


def _queue_counts(config: Config) -> dict[str, Any]:
    """Counts per state, read without the data key (states are not encrypted)."""
    from sqlalchemy import func, select
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.storage import (
        NotificationRecord,
        OutboxEntry,
        current_revision,
        first_line,
        make_engine,
    )

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
    except KioskError as exc:
        return {"error": str(exc)}
    except SQLAlchemyError as exc:
        return {"error": f"{type(exc).__name__}: {first_line(exc)}"}
    finally:
        engine.dispose()


def _json(value: Any) -> str:
    return hide_url_passwords(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def write_bundle(config_path: str | None, output: Path) -> Path:
    """Write the support zip to ``output`` (private, replacing it whole); returns its path."""
    ctx = doctor.Context(config_path=config_path)
    report = doctor.run(ctx)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README)
        zf.writestr("doctor.txt", hide_url_passwords(report.as_text()) + "\n")
        zf.writestr("doctor.json", _json(report.as_dict()))
        config: Config | None
        try:
            config = load_config(config_path)
        except ConfigError as exc:
            config = None
            zf.writestr("config.json", _json({"error": str(exc)}))
        if config is not None:
            zf.writestr("config.json", _json(_config_summary(config)))
            zf.writestr("queue.json", _json(_queue_counts(config)))
            for path in logs.log_files(config):
                try:
                    text = path.read_text(encoding="utf-8", errors="replace")
                except OSError as exc:
                    text = f"(cannot read {path.name}: {exc.strerror or exc})\n"
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
    private_files.write_private(output, buffer.getvalue(), replace=True)
    return output


def _audit_export(config_path: str | None, output: Path) -> str | None:
    """Record the export in the audit log; returns why it could not be, or None."""
    from kiosk import audit
    from kiosk.storage import open_storage, parse_database_url, sqlite_path

    try:
        config = load_config(config_path)
        path = sqlite_path(parse_database_url(config.database_url))
        if path is not None and not path.exists():
            return "there is no database yet"
        # Not migrate: exporting changes nothing but the audit log.
        storage = open_storage(config, migrate=False)
    except KioskError as exc:
        return str(exc).splitlines()[0]
    try:
        actor = cli_actor("support-bundle")
        with storage.transaction() as session:
            audit.record(
                session,
                actor=actor.audit_id,
                terminal=actor.terminal,
                action="export",
                subject="support-bundle",
                detail={"file": output.name[:120], "bytes": output.stat().st_size},
            )
    except KioskError as exc:
        return str(exc).splitlines()[0]
    finally:
        storage.close()
    return None


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
    why = _audit_export(config_path, output)
    if why is not None:
        print(
            f"kiosk: warning: the export was not recorded in the audit log: {why}", file=sys.stderr
        )
    return 0
