"""Log files without personal data, and the support bundle built from them."""

from __future__ import annotations

import json
import logging
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk import logs
from sync.signing import CounterKey
from tests.fixtures.logs import written
from tests.packaging.conftest import Counter, store_notification

MakeCounter = Callable[..., Counter]


@pytest.fixture
def clean_logging() -> Iterator[None]:
    yield
    logs.teardown_logging()


def test_redact_removes_names_numbers_and_pins_but_keeps_the_workflow_words() -> None:
    line = (
        "2026-04-10 10:00:01 INFO kiosk.workflow: notification 7f3a 本登録 by rev01 "
        "(resident 髙橋　花子, 東京都千代田区千代田1番1号, number 123456789012, pin=1234, "
        "ﾀｶﾊｼ, 暗証番号: 9876)"
    )
    out = logs.redact(line)
    for secret in ("髙橋", "花子", "千代田", "123456789012", "1234", "9876", "ﾀｶﾊｼ"):
        assert secret not in out
    assert "本登録" in out
    assert "2026-04-10 10:00:01" in out
    assert "notification 7f3a" in out and "rev01" in out


def test_log_file_is_private_redacted_and_rotates(
    make_counter: MakeCounter, clean_logging: None
) -> None:
    config = make_counter().config()
    path = logs.setup_logging(config, "run", max_bytes=2000, backups=3)
    assert path == config.data_dir / "logs" / "run.log"
    log = logging.getLogger("kiosk.test")
    log.info("read card of %s", "山田太郎")
    try:
        raise ValueError("address 大阪府大阪市北区 not found")
    except ValueError:
        log.exception("lookup failed")
    first = written(path)
    assert "read card of [" in first and "lookup failed" in first
    assert "山田" not in first and "大阪" not in first
    for i in range(200):
        log.info("delivery %d of notification 0a1b2c done", i)
    written(path)
    files = logs.log_files(config)
    names = {p.name for p in files}
    assert names == {"run.log", "run.log.1", "run.log.2", "run.log.3"}
    assert all(p.stat().st_size <= 2500 for p in files)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "delivery 199 of notification 0a1b2c done" in path.read_text(encoding="utf-8")


def test_tracebacks_are_redacted(make_counter: MakeCounter, clean_logging: None) -> None:
    config = make_counter().config()
    path = logs.setup_logging(config, "sync")
    assert path is not None
    try:
        raise KeyError("鈴木一郎")
    except KeyError:
        logging.getLogger("kiosk.test").exception("failed for %s", "123456789012")
    text = written(path)
    assert "Traceback" in text and "KeyError" in text
    assert "鈴木" not in text and "123456789012" not in text


def test_the_console_names_an_error_in_one_line_and_the_file_keeps_its_traceback(
    make_counter: MakeCounter, clean_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    config = make_counter().config()
    path = logs.setup_logging(config, "sync")
    assert path is not None
    try:
        raise OSError("disk full\nwhile writing the outbox")
    except OSError:
        logging.getLogger("kiosk.test").exception("could not write")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "could not write (OSError: disk full)" in err
    assert "Traceback" in written(path)


@pytest.mark.qt_no_exception_capture  # the test harness's own hook would hear of it too
def test_an_error_in_a_qt_slot_during_a_command_is_one_line_not_a_traceback(
    qapp: Any,
    make_counter: MakeCounter,
    clean_logging: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Qt prints an error a slot raised as a traceback and goes on; while a command runs, it is
    logged instead (the screens' tap that met a database gone, say)."""
    from PySide6.QtCore import QObject, QTimer, Signal, Slot

    class Screen(QObject):
        tapped = Signal()

        @Slot()
        def on_tap(self) -> None:
            raise LookupError("no screen named 'nowhere'")

    config = make_counter().config()
    path = logs.setup_logging(config, "tablet")
    assert path is not None
    screen = Screen()
    screen.tapped.connect(screen.on_tap)
    with logs.uncaught_errors_logged():
        QTimer.singleShot(0, screen.tapped.emit)
        qapp.processEvents()
        qapp.processEvents()
    err = capsys.readouterr().err
    assert "LookupError: no screen named 'nowhere'" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "Traceback" in written(path)


def test_an_unexpected_error_ends_a_command_with_one_line_and_exit_70(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clean_logging: None,
) -> None:
    """A fault in the program (here a command made to fail so) is one line and the documented
    status, the traceback kept for support in the command's log file."""
    from kiosk.app import cli
    from kiosk.app.commands import audit
    from kiosk.errors import ExitCode

    monkeypatch.setenv("KIOSK_PATHS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_PRIVACY_KEY_STORE", "file")

    def broken(_args: Any) -> int:
        raise ZeroDivisionError("division by zero\nin the audit chain")

    monkeypatch.setattr(audit, "run_verify", broken)
    status = cli.main(["audit", "verify"])
    err = capsys.readouterr().err
    assert status == ExitCode.INTERNAL
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("kiosk: unexpected error (ZeroDivisionError: division by zero)")
    logs.teardown_logging()  # closes (flushes) the command's log file
    log = (tmp_path / "data" / "logs" / "audit.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "in the audit chain" in log


def test_support_bundle_has_doctor_logs_versions_and_nothing_secret(
    make_counter: MakeCounter, tmp_path: Path, clean_logging: None
) -> None:
    key = CounterKey.generate("1")
    key_path = tmp_path / "signing-key.pem"
    key_path.write_bytes(key.private_pem())
    counter = make_counter(KIOSK_BACKOFFICE_SIGNING_KEY=str(key_path)).setup()
    config = counter.config()
    store_notification(config)
    logs.setup_logging(config, "run")
    logging.getLogger("kiosk.test").warning("resident 佐藤美咲 at counter 1")
    logs.teardown_logging()

    out = tmp_path / "support.zip"
    status, text = counter.command("support-bundle", "--output", str(out))
    assert status == 0, text
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert {"README.txt", "doctor.txt", "doctor.json", "config.json", "queue.json"} <= names
        assert "logs/run.log" in names
        blob = b"".join(zf.read(n) for n in names)
        doctor_report = json.loads(zf.read("doctor.json"))
        queue = json.loads(zf.read("queue.json"))
        run_log = zf.read("logs/run.log").decode()
    assert "checks" in doctor_report and doctor_report["versions"]["kiosk"]
    assert queue["notifications"] == {"draft": 1}
    assert "resident […] at counter 1" in run_log
    # No personal data, no keys.
    data_key = config.key_file.read_bytes().strip()
    assert data_key not in blob
    assert b"PRIVATE KEY" not in blob
    assert "佐藤".encode() not in blob and "美咲".encode() not in blob
    assert b"SQLite format 3" not in blob


# The test harness's own hook hears of it too, and warns.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_in_a_thread_during_a_command_is_one_line(
    make_counter: MakeCounter, clean_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading

    config = make_counter().config()
    logs.setup_logging(config, "sync")

    def work() -> None:
        raise RuntimeError("the worker's thread stopped")

    with logs.uncaught_errors_logged():
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    err = capsys.readouterr().err
    assert "RuntimeError: the worker's thread stopped" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_hook_installed_before_still_hears_of_an_uncaught_error(
    make_counter: MakeCounter,
    clean_logging: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A test harness (or a crash reporter) that installed its hook first is still told."""
    import sys

    heard: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: heard.append(error))
    logs.setup_logging(make_counter().config(), "desk")
    error = ValueError("a fault in a screen")
    with logs.uncaught_errors_logged():
        sys.excepthook(ValueError, error, None)
    assert heard == [error]
    assert "unexpected error (ValueError: a fault in a screen)" in capsys.readouterr().err
