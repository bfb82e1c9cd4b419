"""``kiosk config check [FILE]``, ``kiosk config example`` and ``kiosk config set-municipality``.

``config check`` validates the file and says whether the counter is configured to serve: it
fails (exit status 78) while the municipality is unset or a sample, naming what to set.
``config set-municipality`` writes ``[municipality] name`` and ``code`` into the file, asking
for them on a terminal (the code first: Japan Post's data then proposes the name).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url

from forms import lgcode
from kiosk import privacy
from kiosk.app import municipality, terminal, tomledit
from kiosk.config import (
    CONFIG_ENV,
    Config,
    ConfigError,
    Municipality,
    env_overrides,
    example_toml,
    hide_url_passwords,
    load_config,
)
from kiosk.errors import UsageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("config", help="check, print or set the configuration file (kiosk.toml)")
    inner = p.add_subparsers(dest="config_command", metavar="ACTION")
    inner.required = True
    check = inner.add_parser(
        "check",
        help="validate a kiosk.toml (plus KIOSK_* environment overrides) and say whether the "
        "counter is configured to serve",
    )
    check.add_argument("file", nargs="?", help="file to check (default: --config / KIOSK_CONFIG)")
    check.set_defaults(handler=run_check)
    example = inner.add_parser("example", help="print a commented kiosk.toml with the defaults")
    example.set_defaults(handler=run_example)
    muni = inner.add_parser(
        "set-municipality",
        help="write [municipality] name and code into the configuration file (asked on a terminal)",
    )
    muni.add_argument("--name", help="the municipality's name, e.g. 清瀬市")
    muni.add_argument("--code", help="its 6-digit 全国地方公共団体コード, e.g. 132217")
    muni.add_argument(
        "--file", help="configuration file to change (default: --config / KIOSK_CONFIG)"
    )
    muni.add_argument(
        "--if-unset",
        action="store_true",
        help="change nothing when the file already names the municipality (installers)",
    )
    muni.set_defaults(handler=run_set_municipality)


def run_check(args: argparse.Namespace) -> int:
    path = args.file or args.config
    config = load_config(path)
    problems = [
        f"[{section}] {key}: no such file {path}" for section, key, path in config.missing_files()
    ]
    problems += _related_problems(config)
    problems += _department_problems(config)
    if bool(config.backoffice.client_cert) != bool(config.backoffice.client_key):
        problems.append("[backoffice] client_cert and client_key must be given together")
    key_where = ""
    try:
        key_where = privacy.key_store_for(
            config.privacy.key_store, config.key_file, config.privacy.keyring_service
        ).description
    except privacy.KeyError_ as exc:
        problems.append(f"[privacy] key_store: {exc}")
    town = municipality.check(config.municipality)
    problems.extend(f"{p}: {municipality.HOW}" for p in town.problems)
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
    print(f"  municipality: {town.describe(config.municipality)}")
    print(f"  counter: {config.counter.id} {config.counter.name} ({config.counter.timezone})")
    print(f"  database: {database}")
    target = hide_url_passwords(config.backoffice.url) or str(config.csv_dir)
    print(f"  back office: {config.backoffice.adapter} → {target}")
    templates = config.forms.related_templates or "the shipped generic templates"
    print(f"  related forms: {templates}")
    for line in _department_lines(config):
        print(f"  {line}")
    print(f"  data folder: {config.data_dir}")
    print(f"  data key: {key_where} (back it up: without it the data cannot be read)")
    return 0


def _related_problems(config: Config) -> list[str]:
    """The related-procedure rules and form templates, loaded as the counter will load them:
    one line per problem, and each template's procedure must be one the rules know."""
    from forms import related, related_templates

    try:
        rules = (
            related.load_rules(config.forms.related_rules)
            if config.forms.related_rules is not None and config.forms.related_rules.is_file()
            else related.default_rules()
        )
    except related.RulesFileError as exc:
        return [f"[forms] related_rules: {exc}"]
    except OSError as exc:
        return [f"[forms] related_rules: cannot read ({exc.strerror or exc})"]
    try:
        templates = related_templates.load_templates(config.forms.related_templates)
    except related_templates.TemplateError as exc:
        return [f"[forms] related_templates: {exc}"]
    return [
        f"[forms] related_templates: {line}"
        for line in related_templates.unknown_procedures(
            templates, [p.code for p in rules.procedures]
        )
    ]


def _department_problems(config: Config) -> list[str]:
    """What would stop a department route delivering, found without connecting: a URL personal
    data may not go to, or https without the pinned CA and the client certificate."""
    from sync.transport import EndpointRefused, check_endpoint

    problems = []
    for route, department in config.departments.items():
        if department.adapter != "http":
            continue
        where = f"[departments.{route}]"
        try:
            url = check_endpoint(department.url)
        except EndpointRefused as exc:
            problems.append(f"{where} url: {exc}")
            continue
        if url.scheme == "https":
            if department.ca_cert is None:
                problems.append(f"{where} ca_cert: set the CA of the department system (pinned)")
            if department.client_cert is None:
                problems.append(f"{where} client_cert: set the counter's client certificate")
    return problems


def _department_lines(config: Config) -> list[str]:
    """One line per department route: where it goes, what triggers it, what it carries."""
    lines = []
    for route, d in config.departments.items():
        folder = str(config.department_csv_dir(route))
        target = hide_url_passwords(d.url) if d.adapter == "http" else folder
        values = ", ".join([*d.household, *d.person])
        lines.append(
            f"department route {route} ({d.name}): {d.adapter} → {target}; "
            f"when {' / '.join(d.procedures)}; carries {values}"
        )
    return lines or ["department routes: none"]


def run_example(args: argparse.Namespace) -> int:
    print(example_toml(), end="")
    return 0


def _code_problem(code: str) -> str | None:
    if lgcode.is_valid(code):
        return None
    return "6 digits whose last is the check digit (e.g. 132217 for 清瀬市)"


def _name_problem(code: str) -> Callable[[str], str | None]:
    def problem(name: str) -> str | None:
        if not name:
            return "an answer is needed"
        try:
            found = municipality.check(Municipality(name=name, code=code))
        except ValueError as exc:
            return _first_error(exc)
        return found.problems[0] if found.problems else None

    return problem


def run_set_municipality(args: argparse.Namespace) -> int:
    file = args.file or args.config or os.environ.get(CONFIG_ENV)
    if not file:
        raise UsageError(
            "config set-municipality: which file? give --config FILE (or set KIOSK_CONFIG)"
        )
    path = Path(file)
    if args.if_unset and path.exists():
        current = load_config(path).municipality
        found = municipality.check(current)
        if found.ok:
            print(f"municipality already set in {path}: {found.describe(current)}")
            return 0
    code, name = args.code, args.name
    if code is None or name is None:
        if not terminal.interactive():
            raise terminal.need_terminal(
                "config set-municipality", "give --name NAME and --code CODE"
            )
        if code is None:
            code = terminal.ask("全国地方公共団体コード (6 digits)", check=_code_problem)
        if name is None:
            name = terminal.ask(
                "市区町村名 (municipality)",
                default=municipality.suggested_name(code) or "",
                check=_name_problem(code),
            )
    try:
        wanted = Municipality(name=name, code=code)
    except ValueError as exc:
        raise UsageError(f"config set-municipality: {_first_error(exc)}") from None
    found = municipality.check(wanted)
    if found.problems:
        raise UsageError(f"config set-municipality: {found.problems[0]}")
    tomledit.update_file(path, "municipality", {"name": wanted.name, "code": wanted.code})
    config = load_config(path)  # the whole file must still be valid
    shadow = [n for n in ("KIOSK_MUNICIPALITY_NAME", "KIOSK_MUNICIPALITY_CODE") if n in os.environ]
    print(f"municipality set in {path}: {found.describe(wanted)}")
    if shadow or config.municipality != wanted:
        print(f"warning: {', '.join(shadow)} in the environment override(s) the file")
    return 0


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(exc)
