"""Setting a counter up as IT does it: the installer (or ``kiosk config set-municipality`` and
``kiosk staff first-admin`` on their own) names the municipality and creates the first
administrator, whose authenticator is shown as a QR code in the terminal. Every run ends with a
login that works: the password and a one-time code computed from the secret the QR code holds
(decoded from the terminal output as a phone's camera would), checked by the core's login —
the staff console's login dialog calls the same function."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pyotp
import pytest

from kiosk import staff
from kiosk.config import Config, load_config
from kiosk.storage import open_storage
from kiosk.workflow import Actor
from tests.packaging.conftest import (
    PASSWORD,
    ROOT,
    Counter,
    decode_terminal_qr,
    install,
    install_and_set_up,
    install_argv,
    install_env,
    make_bundle,
    run_on_terminal,
    secret_of,
)

MakeCounter = Callable[..., Counter]


def log_in(config: Config, login_id: str, password: str, code: str) -> Actor:
    """The staff console's login check (password + second factor), committed as it does."""
    storage = open_storage(config)
    try:
        with storage.transaction() as session:
            return staff.login(session, login_id, password, code, method="totp")
    finally:
        storage.close()


def only_qr(output: str) -> str:
    uris = decode_terminal_qr(output)
    assert len(uris) == 1, output
    assert uris[0].startswith("otpauth://totp/")
    return uris[0]


def installed_config(root: Path) -> Config:
    return load_config(root / "etc/kiosk/kiosk.toml", env={})


@pytest.mark.slow
def test_a_fresh_install_ends_with_an_administrator_who_can_log_in(tmp_path: Path) -> None:
    root = tmp_path / "root"
    proc = install_and_set_up(root, make_bundle(tmp_path / "b1", "aaaa1111"))
    out = proc.stdout
    assert "municipality set in" in out and "清瀬市 (132217, 東京都)" in out
    assert "staff admin01 added (管理)" in out
    assert PASSWORD not in proc.stdout + proc.stderr
    # The QR code in the installer's output holds the secret also printed for typing by hand.
    uri = only_qr(out)
    secret = secret_of(uri)
    typed = next(line for line in out.splitlines() if line.startswith("totp secret"))
    assert typed.split(": ", 1)[1].replace(" ", "") == secret

    config = installed_config(root)
    assert (config.municipality.name, config.municipality.code) == ("清瀬市", "132217")
    check = subprocess.run(
        [sys.executable, "-m", "kiosk.app", "config", "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**install_env(root), "KIOSK_CONFIG": str(root / "etc/kiosk/kiosk.toml")},
        timeout=120,
    )
    assert check.returncode == 0, check.stderr
    assert "municipality: 清瀬市 (132217, 東京都)" in check.stdout
    # The doctor run at the end of the installation did not find the municipality missing.
    assert "[OK  ] Municipality (市区町村): 清瀬市 (132217, 東京都)" in out

    with pytest.raises(staff.LoginFailed):
        log_in(config, "admin01", PASSWORD, "000000")
    actor = log_in(config, "admin01", PASSWORD, pyotp.TOTP(secret).now())
    assert actor.id == "admin01" and actor.roles == {"管理"}


@pytest.mark.slow
def test_installing_again_asks_nothing_once_set_up(tmp_path: Path) -> None:
    root = tmp_path / "root"
    install_and_set_up(root, make_bundle(tmp_path / "b1", "aaaa1111"))
    again = install(root, str(make_bundle(tmp_path / "b2", "bbbb2222")))  # no terminal, no answers
    assert "municipality already set" in again.stdout
    assert "an administrator exists already: admin01 (管理 一郎)" in again.stdout
    assert decode_terminal_qr(again.stdout) == []


@pytest.mark.slow
def test_installing_without_a_terminal_or_answers_says_what_to_give(tmp_path: Path) -> None:
    root = tmp_path / "root"
    proc = install(root, str(make_bundle(tmp_path / "b1", "aaaa1111")), check=False)
    assert proc.returncode == 1
    errors = proc.stderr.strip().splitlines()
    assert (
        "kiosk: config set-municipality: no terminal to ask on: give --name NAME and --code CODE"
        in errors
    )
    assert "--municipality-name, --municipality-code and --admin-password-stdin" in errors[-1]
    assert "Traceback" not in proc.stderr and "Warning" not in proc.stderr
    # The build itself is installed; set-up can follow.
    assert (root / "opt/kiosk/current/kiosk").exists()
    assert "[FAIL] Municipality" in proc.stdout


@pytest.mark.slow
def test_installing_on_a_terminal_asks_checks_the_code_digit_and_confirms_the_phone(
    tmp_path: Path,
) -> None:
    root = tmp_path / "root"
    bundle = make_bundle(tmp_path / "b1", "aaaa1111")

    def code_from_phone(output: str) -> str:
        return pyotp.TOTP(secret_of(only_qr(output))).now()

    seen = run_on_terminal(
        install_argv(str(bundle)),
        install_env(root),
        [
            ("(6 digits):", lambda _: "131017"),  # a typo: the check digit catches it
            ("(6 digits):", lambda _: "132217"),
            ("[清瀬市]:", lambda _: ""),  # the name Japan Post's data gives the code
            ("[admin]:", lambda _: "admin07"),
            ("[管理者]:", lambda _: "管理 花子"),
            ("(password):", lambda _: PASSWORD),
            ("(again):", lambda _: PASSWORD),
            ("(the 6-digit code the app shows now):", code_from_phone),
        ],
    )
    assert seen.returncode == 0, seen.output
    assert "6 digits whose last is the check digit" in seen.output
    assert "ok: the authenticator works" in seen.output
    assert "\x1b[40m" in seen.output  # drawn in colours on a wide terminal
    assert PASSWORD not in seen.output  # no echo
    config = installed_config(root)
    assert config.municipality.name == "清瀬市"
    secret = secret_of(only_qr(seen.output))
    actor = log_in(config, "admin07", PASSWORD, pyotp.TOTP(secret).now())
    assert actor.roles == {"管理"}


# -- the commands on their own ------------------------------------------------------------------


def kiosk(counter: Counter, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(counter.env)
    return subprocess.run(
        [sys.executable, "-m", "kiosk.app", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "instead"),
    [
        (("staff", "add", "rec01", "--name", "受付 一郎", "--role", "受付"), "--password-stdin"),
        (("staff", "passwd", "rec01"), "--password-stdin"),
        (("staff", "first-admin"), "--password-stdin"),
        (("config", "set-municipality"), "--name NAME and --code CODE"),
    ],
)
def test_commands_that_must_ask_fail_in_one_line_without_a_terminal(
    make_counter: MakeCounter, tmp_path: Path, args: tuple[str, ...], instead: str
) -> None:
    toml = tmp_path / "kiosk.toml"
    toml.write_text("", encoding="utf-8")
    counter = make_counter(KIOSK_CONFIG=str(toml))
    proc = kiosk(counter, *args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("kiosk: ") and "no terminal to ask on" in lines[0]
    assert instead in lines[0]
    # Nothing was created on the way to the question.
    assert not (counter.data_dir / "kiosk.sqlite3").exists()


def test_staff_add_reads_a_piped_password_and_prints_the_qr_code(make_counter: MakeCounter) -> None:
    counter = make_counter()
    args = ("staff", "add", "rev01", "--name", "審査 次郎", "--role", "審査", "--password-stdin")
    proc = kiosk(counter, *args, stdin=PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    secret = secret_of(only_qr(proc.stdout))
    assert log_in(counter.config(), "rev01", PASSWORD, pyotp.TOTP(secret).now()).id == "rev01"


@pytest.mark.parametrize("columns", [120, 80])
def test_staff_add_on_a_terminal_shows_the_qr_code_and_checks_a_code(
    make_counter: MakeCounter, columns: int
) -> None:
    counter = make_counter()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(counter.env)
    seen = run_on_terminal(
        [sys.executable, "-m", "kiosk.app", "staff", "add", "rec02", "--name", "受付 三郎",
         "--role", "受付"],
        env,
        [
            ("(password):", lambda _: PASSWORD),
            ("(again):", lambda _: PASSWORD),
            ("(the 6-digit code the app shows now):",
             lambda out: pyotp.TOTP(secret_of(only_qr(out))).now()),
        ],
        columns=columns,
    )  # fmt: skip
    assert seen.returncode == 0, seen.output
    # Too narrow for colour squares (98 columns): half blocks, which still scan.
    assert ("\x1b[40m" in seen.output) is (columns == 120)
    secret = secret_of(only_qr(seen.output))
    assert log_in(counter.config(), "rec02", PASSWORD, pyotp.TOTP(secret).now()).id == "rec02"


def test_a_phone_that_scanned_wrongly_is_found_at_once(make_counter: MakeCounter) -> None:
    counter = make_counter()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(counter.env)
    seen = run_on_terminal(
        [sys.executable, "-m", "kiosk.app", "staff", "first-admin"],
        env,
        [
            ("[admin]:", lambda _: ""),
            ("[管理者]:", lambda _: ""),
            ("(password):", lambda _: PASSWORD),
            ("(again):", lambda _: PASSWORD),
            *[("(the 6-digit code the app shows now):", lambda _: "123456")] * 3,
        ],
    )
    assert seen.returncode == 6
    assert "kiosk staff totp admin" in seen.output.strip().splitlines()[-1]


def test_set_municipality_keeps_the_rest_of_the_file(
    make_counter: MakeCounter, tmp_path: Path
) -> None:
    toml = tmp_path / "kiosk.toml"
    original = (
        '# our counter\n[municipality]\n# set by the installer\nname = "サンプル市"\n\n'
        '[counter]\nname = "2番窓口"  # by the door\n'
    )
    toml.write_text(original, encoding="utf-8")
    toml.chmod(0o640)
    counter = make_counter()
    counter.env.pop("KIOSK_MUNICIPALITY_NAME")
    counter.env.pop("KIOSK_MUNICIPALITY_CODE")
    bad = kiosk(counter, "--config", str(toml), "config", "set-municipality",
                "--name", "清瀬市", "--code", "131016")  # fmt: skip
    assert bad.returncode == 2
    assert "131016 is 東京都千代田区" in bad.stderr
    assert toml.read_text(encoding="utf-8") == original  # refused: nothing written
    ok = kiosk(counter, "--config", str(toml), "config", "set-municipality",
               "--name", "清瀬市", "--code", "132217")  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert toml.read_text(encoding="utf-8") == original.replace(
        'name = "サンプル市"\n', 'name = "清瀬市"\ncode = "132217"\n'
    )
    assert oct(toml.stat().st_mode & 0o777) == "0o640"
    assert kiosk(counter, "--config", str(toml), "config", "check").returncode == 0
