"""Log files (ログ): rotating, per command, and scrubbed of personal data before they are written.

The rule is that code logs ids, never names, addresses or numbers of residents; this module is
the second line of defence for the day someone forgets. Every line (message and traceback) goes
through :func:`redact` before it reaches a file or the console:

- secrets after their key become ``[PIN]`` (``pin=1234``, ``"pin": "1234"``, ``暗証番号：１２３４``,
  ``password=…``), and the password of any URL becomes ``***``;
- the value of a field named like a name (``name``, ``family_kana``, ``氏名`` …, see
  :data:`NAME_KEYS`) becomes ``[氏名]``: a quoted value whole, an unquoted one as the run of
  letters, spaces, apostrophes, dots and hyphens after the key, in any script;
- 12 digits in a row or in the card's 4-4-4 groups (``1234 5678 9012``, ``1234-5678-9012``)
  become ``[番号]`` (the shape of a 個人番号, マイナンバー; full-width and kanji digits fall
  under the next rule); other groupings are left, so dates and 受付番号 in file names stay;
- Japanese text (kanji, kana, full-width forms) becomes ``[…]`` unless it is one of the
  workflow's own words (状態, 異動の種類 …, :data:`ALLOWED_TERMS`), and so does every word
  holding a letter outside ASCII (Hangul, Vietnamese, Cyrillic …): log messages are written
  in English with those Japanese terms, while names and addresses are not.

Files live in ``<data folder>/logs/<command>.log`` (one file per command, so the counter
process and a command IT runs beside it never rotate the same file), rotate at
:data:`MAX_BYTES` keeping :data:`BACKUPS` old files, and are readable by the service user only.
``kiosk support-bundle`` exports them.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from kiosk import private_files
from kiosk.config import Config, hide_url_passwords
from kiosk.errors import KioskError, one_line

MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 10
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"

#: Japanese words log messages may carry: workflow states, notification kinds, roles.
ALLOWED_TERMS = frozenset(
    {
        "入力中",
        "確認済",
        "審査中",
        "本登録",
        "仮登録",
        "差戻",
        "送信済",
        "送信失敗",
        "取消",
        "転入",
        "転居",
        "転出",
        "世帯変更",
        "住民異動届",
        "受付",
        "審査",
        "管理",
        "受付番号",
        "窓口",
        "券面事項入力補助AP",
    }
)

#: Keys whose value is a secret (never logged): PINs, 照合番号B, passwords.
_SECRET_KEY = r"pin(?:[_-]?code|[12])?|暗証番号|照合番号b?|password|passwd|passphrase|パスワード"
_SECRET = re.compile(
    rf"""(?ix)(?<![a-z])({_SECRET_KEY})(["']?\s*[:=：]\s*|\s+)
    (?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;&)}}\]]+)"""
)
#: Keys whose value is a person's name, as field names in JSON, reprs and key=value text.
NAME_KEYS = (
    r"[a-z_]*name[a-z_]*|family|given|surname|middle|kana|furigana|romaji|alias|"
    r"氏名|名前|氏|姓|名|フリガナ|ふりがな|通称"
)
_NAME_VALUE = re.compile(
    rf"""(?ix)(?<![a-z])(["']?({NAME_KEYS})["']?\s*[:=：]\s*)
    (?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\W\d_](?:[^\W\d_]|[\s'’.\-])*)"""
)
#: 12 digits in a row, or in the card's 4-4-4 groups (``1234 5678 9012``, ``1234-5678-9012``).
_DIGIT_RUN = re.compile(
    r"(?<![0-9])(?:[0-9]{12}|[0-9]{4}([ \t\-‐‑–—ー.]{1,2})[0-9]{4}\1[0-9]{4})(?![0-9])"
)
# Kanji (incl. extension planes), kana, half-width kana, full-width forms, 々〆ヶ.
_JAPANESE = re.compile(
    r"[\u3005\u3006\u30f6\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uff10-\uff5a\uff66-\uff9f\U00020000-\U0003134f]+"
)
#: A word (letters only) holding at least one letter outside ASCII.
_FOREIGN_WORD = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")
#: The placeholders this module writes (kept by the Japanese rule).
_PLACEHOLDERS = frozenset({"番号", "氏名"})


#: ``…name`` keys that name things, not people (their values are kept).
_THING_NAMES = frozenset(
    {
        "filename", "file_name", "hostname", "host_name", "dbname", "db_name", "pathname",
        "typename", "type_name", "nodename", "classname", "class_name", "modulename",
        "module_name", "reader_name", "printer_name", "printername", "app_name", "key_name",
        "field_name", "table_name", "column_name", "service_name", "server_name", "font_name",
        "queue_name", "logger_name", "func_name", "funcname", "attr_name", "tag_name",
        "dirname", "basename", "domain_name", "adapter_name", "counter_name", "rename",
        "renamed", "names_file", "username", "user_name", "login_name",
    }
)  # fmt: skip


def _name_value(match: re.Match[str]) -> str:
    key = match.group(2).lower()
    return match.group(0) if key in _THING_NAMES else f"{match.group(1)}[氏名]"


def _japanese(match: re.Match[str]) -> str:
    word = match.group(0)
    return word if word in ALLOWED_TERMS or word in _PLACEHOLDERS else "[…]"


def redact(text: str) -> str:
    """``text`` without what could identify a resident (see the module docstring)."""
    text = unicodedata.normalize("NFC", hide_url_passwords(text))
    text = _SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}[PIN]", text)
    text = _NAME_VALUE.sub(_name_value, text)
    text = _DIGIT_RUN.sub("[番号]", text)
    text = _JAPANESE.sub(_japanese, text)
    return _FOREIGN_WORD.sub(_japanese, text)


class RedactingFormatter(logging.Formatter):
    """A formatter whose whole output (message, arguments, traceback) is redacted."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class ConsoleFormatter(RedactingFormatter):
    """The console's formatter (a terminal, the service's journal): one line a record. An error
    is named by its type and the first line of its message, with where its traceback is: the
    log file keeps tracebacks for IT, and nobody at a terminal reads one."""

    def format(self, record: logging.LogRecord) -> str:
        if not (record.exc_info or record.exc_text or record.stack_info):
            return super().format(record)
        error = record.exc_info[1] if record.exc_info else None
        line = record.getMessage()
        if error is not None:
            line += f" ({one_line(error)})"
        one = logging.makeLogRecord({**record.__dict__, "msg": line, "args": None})
        one.exc_info = one.exc_text = one.stack_info = None
        return super().format(one)


#: ``extra=FILES_ONLY``: a record for the log file alone (the console says it otherwise).
FILES_ONLY = {"files_only": True}


def _not_files_only(record: logging.LogRecord) -> bool:
    return not getattr(record, "files_only", False)


@contextmanager
def uncaught_errors_logged() -> Iterator[None]:
    """While a command runs, an error nothing caught — in a Qt slot of the screens, say, which Qt
    would print as a traceback and go on, or in a thread of its own — is logged instead: one
    line on the console, the traceback in the log file. A :class:`KioskError` is the project's
    own one-line refusal and is logged as that line alone."""
    previous = sys.excepthook
    previous_thread = threading.excepthook
    log = logging.getLogger("kiosk.uncaught")

    def note(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, KioskError):
            log.warning("%s", error)
        else:
            log.error("unexpected error", exc_info=(kind, error, tb))

    # A hook installed before ours (a test harness's) still hears of every error.
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(error, KeyboardInterrupt):
            note(kind, error, tb)
            if previous is sys.__excepthook__:
                return
        previous(kind, error, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            note(args.exc_type, args.exc_value, args.exc_traceback)
        if previous_thread is not threading.__excepthook__:
            previous_thread(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    try:
        yield
    finally:
        sys.excepthook = previous
        threading.excepthook = previous_thread


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotating file handler whose files are created readable by the owner only (0600)."""

    def _open(self):  # type: ignore[no-untyped-def]
        old = os.umask(0o077)
        try:
            return super()._open()
        finally:
            os.umask(old)


def log_dir(config: Config) -> Path:
    """Where the log files are: ``<data folder>/logs``."""
    return config.data_dir / "logs"


def setup_logging(
    config: Config | None,
    command: str,
    *,
    debug: bool = False,
    console_level: int = logging.WARNING,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
) -> Path | None:
    """Send this process's logs to ``<data folder>/logs/<command>.log`` (INFO and up, DEBUG with
    ``debug``) and to stderr (``console_level`` and up, one line a record unless ``debug``:
    :class:`ConsoleFormatter`), both redacted.

    Returns the log file, or None when there is no usable data folder (no configuration, or
    the folder cannot be created): then only the console is used. Safe to call again (the
    handlers it installed before are replaced).
    """
    teardown_logging()
    root = logging.getLogger()
    formatter = RedactingFormatter(FORMAT)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if debug else console_level)
    console.setFormatter(formatter if debug else ConsoleFormatter(FORMAT))
    console.addFilter(_not_files_only)
    console._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(console)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    if config is None:
        return None
    folder = log_dir(config)
    safe = re.sub(r"[^A-Za-z0-9_-]", "-", command) or "kiosk"
    path = folder / f"{safe}.log"
    try:
        private_files.make_private_dir(folder)
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file (%s): logging to the console only", exc)
        return None
    handler.setLevel(logging.DEBUG if debug else logging.INFO)
    handler.setFormatter(formatter)
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


def teardown_logging() -> None:
    """Remove the handlers :func:`setup_logging` installed (end of process, tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()


def log_files(config: Config) -> list[Path]:
    """The current and rotated log files, oldest name first."""
    folder = log_dir(config)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and ".log" in p.name)
