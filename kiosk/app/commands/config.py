"""``kiosk config check [FILE]`` and ``kiosk config example``."""

from __future__ import annotations

import argparse
import os

from sqlalchemy.engine import make_url

from kiosk import privacy
from kiosk.config import (
    ConfigError,
    env_overrides,
    example_toml,
    hide_url_passwords,
    load_config,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("config", help="check or print the configuration file (kiosk.toml)")
    inner = p.add_subparsers(dest="config_command", metavar="ACTION")
    inner.required = True
    check = inner.add_parser(
        "check", help="validate a kiosk.toml (plus KIOSK_* environment overrides)"
    )
    check.add_argument("file", nargs="?", help="file to check (default: --config / KIOSK_CONFIG)")
    check.set_defaults(handler=run_check)
    example = inner.add_parser("example", help="print a commented kiosk.toml with the defaults")
    example.set_defaults(handler=run_example)


def run_check(args: argparse.Namespace) -> int:
    path = args.file or args.config
    config = load_config(path)
    problems = [
        f"[{section}] {key}: no such file {path}" for section, key, path in config.missing_files()
    ]
    if bool(config.backoffice.client_cert) != bool(config.backoffice.client_key):
        problems.append("[backoffice] client_cert and client_key must be given together")
    key_where = ""
    try:
        key_where = privacy.key_store_for(
            config.privacy.key_store, config.key_file, config.privacy.keyring_service
        ).description
    except privacy.KeyError_ as exc:
        problems.append(f"[privacy] key_store: {exc}")
    where = str(config.source) if config.source else "defaults (no file)"
    if problems:
        raise ConfigError("\n".join(f"{where}: {p}" for p in problems))
    _, unknown = env_overrides(os.environ)
    for name in unknown:
        print(f"warning: {name} matches no configuration key and is ignored")
    url = make_url(config.database_url)
    database = (
        f"SQLite file {url.database}"
        if url.get_backend_name() == "sqlite"
        else f"PostgreSQL {url.render_as_string(hide_password=True)}"
    )
    print(f"ok: {where}")
    print(f"  municipality: {config.municipality.name} ({config.municipality.code})")
    print(f"  counter: {config.counter.id} {config.counter.name}")
    print(f"  database: {database}")
    target = hide_url_passwords(config.backoffice.url) or str(config.csv_dir)
    print(f"  back office: {config.backoffice.adapter} → {target}")
    print(f"  data folder: {config.data_dir}")
    print(f"  data key: {key_where} (back it up: without it the data cannot be read)")
    return 0


def run_example(args: argparse.Namespace) -> int:
    print(example_toml(), end="")
    return 0
