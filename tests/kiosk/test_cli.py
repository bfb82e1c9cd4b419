"""The commands: submit, db upgrade/status, purge, staff, audit — one clear line on errors, an
exit status that means one thing, reading commands that never create a database, and a parser
that is quick to build."""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib
import io
import json
import pkgutil
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kiosk import staff, workflow
from kiosk.app.cli import main
from kiosk.config import Config, ConfigError
from kiosk.errors import ExitCode, KioskError
from kiosk.models import OutboxEntry, Status
from kiosk.privacy import KeyMissingError
from kiosk.storage import DatabaseError, open_storage
from tests.kiosk.conftest import NOW, fileable


def totp_secret(out: str) -> str:
    """The authenticator secret a command printed (in groups of four, for typing by hand)."""
    line = next(line for line in out.splitlines() if line.startswith("totp secret"))
    return line.split(": ", 1)[1].replace(" ", "")


@pytest.fixture
def env(config: Config, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(config.data_dir))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")
    monkeypatch.setenv("KIOSK_DATABASE_URL", config.database.url)
    monkeypatch.setenv("KIOSK_COUNTER_ID", "4")
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    return config


def test_db_upgrade_and_status(env: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "status"]) == 1
    assert "needs `kiosk db upgrade`" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "database upgraded: empty →" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "already at" in capsys.readouterr().out
    assert main(["db", "status"]) == 0


def test_submit_files_and_queues(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = fileable()
    path = tmp_path / "n.json"
    path.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["submit", str(path)]) == 0
    out = capsys.readouterr().out
    assert str(n.id) in out and "本登録" in out and "4-001" in out
    storage = open_storage(env)
    try:
        with storage.reader() as s:
            assert workflow.get(s, n.id).state is Status.APPROVED
            assert s.scalars(select(OutboxEntry)).one().adapter == "csv"
    finally:
        storage.close()
    # The same notification again is refused, not filed twice.
    assert main(["submit", str(path)]) == 5
    assert "already exists" in capsys.readouterr().err


def test_commands_log_to_a_private_file_without_personal_data(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = fileable()
    path = tmp_path / "n.json"
    path.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["--debug", "submit", str(path)]) == 0
    log = env.data_dir / "logs" / "submit.log"
    assert log.is_file(), "IT finds each command's log under the data folder"
    assert log.stat().st_mode & 0o077 == 0
    text = log.read_text(encoding="utf-8")
    assert f"notification {n.id}: reviewing → approved" in text
    person = n.persons[0].name
    for secret in (person.family, person.given, n.new_address.town):
        assert secret and secret not in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a valid notification"),
        (json.dumps({"kind": "tenkyo"}), "not a valid notification: todoke: Field required"),
    ],
)
def test_submit_rejects_bad_files_in_one_line(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert main(["submit", str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_submit_refuses_an_unfileable_notification(
    env: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = fileable()
    n.persons = []
    path = tmp_path / "n.json"
    path.write_text(n.model_dump_json(), encoding="utf-8")
    assert main(["submit", str(path)]) == 5
    assert "cannot be filed yet" in capsys.readouterr().err


def test_purge_command(env: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["purge"]) == 0
    assert capsys.readouterr().out.startswith("purged 0:")


def test_staff_add_and_passwd(
    env: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("first passphrase ok\n"))
    assert main(["staff", "add", "rev09", "--name", "審査 太郎", "--role", "審査",
                 "--role", "reception", "--password-stdin"]) == 0  # fmt: skip
    secret = totp_secret(capsys.readouterr().out)
    monkeypatch.setattr("sys.stdin", io.StringIO("second passphrase ok\n"))
    assert main(["staff", "passwd", "rev09", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["staff", "passwd", "rev09", "--password-stdin"]) == 6
    assert "10文字以上" in capsys.readouterr().err
    import pyotp

    storage = open_storage(env)
    try:
        with storage.transaction() as s:
            actor = staff.login(s, "rev09", "second passphrase ok", pyotp.TOTP(secret).now())
        assert actor.roles == {"審査", "受付"}
    finally:
        storage.close()


def test_staff_list_disable_and_new_totp(
    env: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyotp

    monkeypatch.setattr("sys.stdin", io.StringIO("first passphrase ok\n"))
    assert main(["staff", "add", "rec05", "--name", "受付 花子", "--role", "受付",
                 "--password-stdin"]) == 0  # fmt: skip
    old_secret = totp_secret(capsys.readouterr().out)
    assert main(["staff", "totp", "rec05"]) == 0  # a lost phone: new secret
    new_secret = totp_secret(capsys.readouterr().out)
    assert main(["staff", "disable", "rec05"]) == 0
    assert main(["staff", "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split("\t") == [
        "rec05", "受付 花子", "受付", "totp", "disabled"
    ]  # fmt: skip
    storage = open_storage(env)

    def login(secret: str) -> str:
        failure: staff.LoginFailed | None = None
        with storage.transaction() as s:
            try:
                return staff.login(s, "rec05", "first passphrase ok", pyotp.TOTP(secret).now()).id
            except staff.LoginFailed as exc:
                failure = exc
        raise failure

    try:
        with pytest.raises(staff.LoginFailed):
            login(new_secret)  # disabled
        assert main(["staff", "enable", "rec05"]) == 0
        with pytest.raises(staff.LoginFailed):
            login(old_secret)  # the old phone no longer works
        assert login(new_secret) == "rec05"
    finally:
        storage.close()


def test_version_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    import kiosk

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {kiosk.__version__}"


# -- reading commands never create a database ---------------------------------------------------


def _schema(config: Config) -> str | None:
    from kiosk.storage import current_revision, make_engine

    engine = make_engine(config.database_url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def test_staff_list_says_when_there_are_none_and_creates_no_database(
    env: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    sqlite_file = env.data_dir / "kiosk.sqlite3" if not env.database.url else None
    assert main(["staff", "list"]) == 0
    assert "no staff accounts: there is no database yet" in capsys.readouterr().out
    assert main(["purge", "--dry-run"]) == 0
    assert main(["audit", "list"]) == 0
    assert main(["audit", "verify"]) == 0
    capsys.readouterr()
    if sqlite_file is not None:
        assert not sqlite_file.exists()
    assert _schema(env) is None
    open_storage(env).close()
    assert main(["staff", "list"]) == 0
    assert capsys.readouterr().out.startswith("no staff accounts yet")


def test_a_locked_account_is_listed_with_the_counters_time(
    env: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("first passphrase ok\n"))
    assert main(["staff", "add", "rec07", "--name", "受付", "--role", "受付",
                 "--password-stdin"]) == 0  # fmt: skip
    capsys.readouterr()
    storage = open_storage(env)
    try:
        for _ in range(5):
            with storage.transaction() as s, contextlib.suppress(staff.LoginFailed):
                staff.login(s, "rec07", "wrong password!", "000000")
    finally:
        storage.close()
    assert main(["staff", "list"]) == 0
    state = capsys.readouterr().out.strip().split("\t")[-1]
    assert re.fullmatch(r"locked until \d{4}-\d\d-\d\d \d\d:\d\d JST", state), state


def test_purge_dry_run_counts_and_changes_nothing(
    env: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk import audit

    n = fileable()
    storage = open_storage(env)
    try:
        with storage.transaction() as s:  # a draft abandoned on 2026-04-10: past its hour
            workflow.create_draft(s, n, actor=workflow.SYSTEM, counter="4", now=NOW)
        with storage.reader() as s:
            entries = audit.head(s)
    finally:
        storage.close()
    assert main(["purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("would purge 1: 0 delivered, 0 returned, 0 cancelled, 1 abandoned")
    assert "(nothing changed)" in out and " JST" in out
    storage = open_storage(env)
    try:
        with storage.reader() as s:
            assert workflow.get(s, n.id).state is Status.DRAFT  # still there
            assert audit.head(s) == entries  # not even an audit entry
    finally:
        storage.close()
    assert main(["purge"]) == 0
    assert capsys.readouterr().out.startswith("purged 1:")


def test_audit_list_reads_and_shows_days_in_the_counters_time_zone(
    env: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk import audit

    storage = open_storage(env)
    try:
        with storage.transaction() as s:
            for subject, at in (
                ("late-on-the-9th", datetime(2026, 4, 9, 14, 30, tzinfo=UTC)),  # 23:30 JST
                ("early-on-the-10th", datetime(2026, 4, 9, 16, 30, tzinfo=UTC)),  # 01:30 JST
                ("morning-of-the-10th", NOW),  # 10:00 JST
            ):
                audit.record(s, actor="system:test", action="probe", subject=subject, at=at)
    finally:
        storage.close()
    assert main(["audit", "list", "--since", "2026-04-10", "--until", "2026-04-10"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    probes = [(r[5], r[1]) for r in rows[1:] if r[4] == "probe"]
    assert probes == [
        ("early-on-the-10th", "2026-04-10T01:30:00+09:00"),
        ("morning-of-the-10th", "2026-04-10T10:00:00+09:00"),
    ]
    assert main(["audit", "list", "--until", "2026-04-09"]) == 0
    out = capsys.readouterr().out
    assert "late-on-the-9th" in out and "2026-04-09T23:30:00+09:00" in out
    assert "early-on-the-10th" not in out


# -- errors: one line, one meaning per exit status ----------------------------------------------


def test_a_wrong_command_line_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["staff", "add", "rec01"])
    assert done.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "kiosk staff add: the following arguments are required: --name, --role "
        "(see `kiosk staff add --help`)"
    ]


def _all_errors() -> list[type[KioskError]]:
    for name in ("kiosk", "sync"):
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, f"{name}."):
            if ".migrations" not in info.name and not info.name.startswith("kiosk.app"):
                importlib.import_module(info.name)
    found: list[type[KioskError]] = []
    todo = [KioskError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_is_in_the_drawn_tree_with_a_status_a_code_and_japanese() -> None:
    import kiosk.errors

    tree = kiosk.errors.__doc__ or ""
    for cls in _all_errors():
        assert re.search(rf"[─ ]{cls.__name__}\b", tree), f"{cls.__name__} is not in the tree"
        assert int(cls.exit_code) in {int(c) for c in ExitCode}, cls
        exc = cls.__new__(cls)
        KioskError.__init__(exc, "probe")
        assert exc.code and exc.message_ja, cls
    database = DatabaseError("cannot open")
    assert (database.code, database.exit_code) == ("database", ExitCode.DATABASE)
    assert database.message_ja == "データベースを開けません。"
    assert KeyMissingError("gone").code == "data-key"
    assert KioskError("x", message_ja="職員向けの説明").message_ja == "職員向けの説明"


def test_an_exit_status_means_one_thing_across_commands() -> None:
    from kiosk.app.commands import card, form, sync

    statuses = {
        "usage": form.EXIT_NOT_A_NOTIFICATION,
        "data key": KeyMissingError.exit_code,
        "database": DatabaseError.exit_code,
        "workflow": workflow.WorkflowError.exit_code,
        "staff": staff.StaffError.exit_code,
        "not delivered": sync.EXIT_LEFT,
        "no card": card.EXIT_NO_USABLE_CARD,
        "wrong PIN": card.EXIT_WRONG_PIN,
        "PIN locked": card.EXIT_REFUSED_OR_BLOCKED,
        "configuration": ConfigError.exit_code,
    }
    assert len(set(statuses.values())) == len(statuses), statuses


# -- start-up: building the parser stays light ---------------------------------------------------

#: What the tablet's parser may not import: each costs tens of milliseconds at start-up.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "pydantic",
    "PySide6",
    "httpx",
    "cryptography",
    "reportlab",
    "kiosk.storage",
    "kiosk.workflow",
    "kiosk.audit",
    "kiosk.staff",
    "kiosk.config",
    "cardreader",
)

#: Run in a fresh interpreter: builds the parser while watching imports, then prints, for each
#: heavy module found loaded, the chain of our modules that imported it (outermost first).
_WATCH_PARSER_IMPORTS = """
import json, sys

HEAVY = {heavy!r}
OURS = ("kiosk", "forms", "cardreader", "sync", "ui")
seen = {{}}


def chain():
    names, frame = [], sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.split(".")[0] in OURS and name != "kiosk.app.cli" and name not in names:
            names.append(name)
        frame = frame.f_back
    return " -> ".join(reversed(names)) or "?"


class Watch:
    def find_spec(self, name, path=None, target=None):
        for heavy in HEAVY:
            if (name == heavy or name.startswith(heavy + ".")) and heavy not in seen:
                seen[heavy] = chain()
        return None


sys.meta_path.insert(0, Watch())
from kiosk.app.cli import build_parser

build_parser(["tablet"])
print(json.dumps({{h: seen.get(h, "?") for h in HEAVY if h in sys.modules}}))
"""


def _fresh_interpreter(code: str) -> Any:
    """What ``code`` prints as JSON, run in a fresh interpreter from the repository's root
    (what a module imports shows only in a process that has imported nothing yet)."""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_the_tablets_parser_imports_nothing_heavy() -> None:
    """The resident touch screens' start (``kiosk tablet``) pays for whatever building its
    parser imports: its command module and what it shares with the others (``_context``) stay
    light at their top level, and the handler imports the database, Qt and the rest itself."""
    found: dict[str, str] = _fresh_interpreter(_WATCH_PARSER_IMPORTS.format(heavy=HEAVY))
    assert not found, "building the parser imports heavy modules:\n" + "\n".join(
        f"  {heavy} (imported by {by})" for heavy, by in found.items()
    )


_COMMAND_MODULES_LOADED = """
import json, sys
from kiosk.app.cli import build_parser

build_parser({argv!r})
print(json.dumps(sorted(
    m for m in sys.modules
    if m.startswith("kiosk.app.commands.") and not m.rsplit(".", 1)[1].startswith("_")
)))
"""


@pytest.mark.parametrize(
    ("argv", "loaded"),
    [
        (["tablet", "--windowed"], ["kiosk.app.commands.tablet"]),
        (["--config", "card.toml", "card-sim", "--persona", "x"], ["kiosk.app.commands.card"]),
        (["support-bundle"], ["kiosk.app.commands.support"]),
    ],
)
def test_a_command_line_loads_only_its_commands_module(argv: list[str], loaded: list[str]) -> None:
    """``kiosk tablet`` (the resident screens' start) waits for its own command's module alone,
    not for the other commands' modules."""
    assert _fresh_interpreter(_COMMAND_MODULES_LOADED.format(argv=argv)) == loaded


def test_every_command_is_found_by_its_name() -> None:
    """Each command lives in the module its name says (:func:`kiosk.app.cli.command_module`):
    a command registered elsewhere would make every start of it load all the commands."""
    from kiosk.app import cli

    full = cli.build_parser()
    commands = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert len(commands) >= 19
    for command in commands:
        alone = cli.build_parser([command])
        names = next(a for a in alone._actions if isinstance(a, argparse._SubParsersAction)).choices
        assert command in names and len(names) < len(commands), command


def test_a_mistyped_command_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    """A command line naming no command (or one no module has) gets the whole list."""
    with pytest.raises(SystemExit) as done:
        main(["card-foo"])
    assert done.value.code == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "invalid choice: 'card-foo'" in err
    assert "'tablet'" in err and "'card-sim'" in err
