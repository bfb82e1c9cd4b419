"""Errors a person can act on, and the exit statuses (終了コード) of the ``kiosk`` command.

Every failure a person meets is one line: the ``kiosk`` command prints ``kiosk: <message>`` and
exits with the error's :attr:`KioskError.exit_code`; the screens show
:attr:`KioskError.message_ja`. Each exit status means one thing, whichever command returns it
(:class:`ExitCode`, quoted by the operations guide), so a script or a monitoring system can act on
the number alone.

The tree of errors (where each class lives; exit status in brackets)::

    KioskError                          kiosk.errors        [1]  anything without its own status
    ├── UsageError                      kiosk.errors        [2]  wrong command line or input file,
    │                                                            or a question and no terminal
    ├── ConfigError                     kiosk.config        [78] kiosk.toml or a KIOSK_* variable
    ├── KeyError_                       kiosk.privacy       [3]  the data key (暗号鍵)
    │   ├── KeyMissingError                                      encrypted data, no key
    │   ├── KeyMismatchError                                     a key, but not this database's
    │   └── KeyFileInsecureError                                 others may read the key file
    ├── DatabaseError                   kiosk.storage       [4]  cannot open, unknown schema
    │   ├── DatabaseLostError                                    emptied or deleted: restore it
    │   └── DatabaseDamagedError                                 a damaged file, never written to
    ├── WorkflowError                   kiosk.workflow      [5]  a step of a notification refused
    │   ├── IllegalTransition                                    not from this state
    │   ├── ConcurrentChange                                     someone else changed it first
    │   ├── NotFound                                             no such notification
    │   ├── NotPermitted                                         the role may not do this
    │   └── NotReady                                             cannot be filed yet
    ├── StaffError                      kiosk.staff         [6]  a staff account operation refused
    │   ├── LoginFailed                                          id, password or second factor
    │   └── AccountDisabled                                      disabled while logged in
    ├── Refused                         kiosk.staff_messages [5] a desk action refused, in Japanese
    │   ├── NeedsAcknowledgement                                 注意 findings not acknowledged
    │   ├── Gone                                                 no such notification any more
    │   └── SessionEnded                                         the account was disabled
    ├── PairingError                    kiosk.pairing       [7]  tablet ↔ desk pairing refused
    │   ├── WrongCode
    │   ├── CodeExpired
    │   └── TooManyAttempts
    ├── ResidentCardProblem             kiosk.resident_service   a card problem on the screens
    ├── SignatureMissing                kiosk.resident_service   the resident has not signed
    ├── NotFileable                     kiosk.resident_service   the rules still find errors
    ├── TenshutsuLookupError            kiosk.preentry      [2]  転出証明書情報 asked for wrongly
    ├── VisitConflict                   kiosk.visits        [5]  the other side saved it first
    ├── DeliveryConfigError             sync.service        [78] delivery settings cannot work
    ├── TokenError                      kiosk.app.tenshutsu_receiver [78] the hand-over token file
    ├── SiteError                       kiosk.app.preentry_web.site [78] the pre-entry page's files
    └── WorkerBusy                      sync.worker         [75] another worker delivers

``tests/kiosk/test_cli.py`` keeps this drawing true: every subclass that exists is named here.
"""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar, NamedTuple


class ExitCode(IntEnum):
    """Exit statuses of the ``kiosk`` command: each number means one thing for every command."""

    OK = 0
    FAILURE = 1
    USAGE = 2
    DATA_KEY = 3
    DATABASE = 4
    WORKFLOW = 5
    STAFF = 6
    PAIRING = 7
    NOT_DELIVERED = 8
    NO_CARD = 10
    WRONG_PIN = 11
    PIN_LOCKED = 12
    INTERNAL = 70
    BUSY = 75
    CONFIG = 78
    INTERRUPTED = 130


class ExitMeaning(NamedTuple):
    """What one exit status means, for IT (English) and for staff (Japanese), and what to do."""

    code: ExitCode
    meaning: str
    meaning_ja: str
    action: str


#: The table the operations guide quotes (``docs/exit-codes.md``, generated from this).
EXIT_CODES: tuple[ExitMeaning, ...] = (
    ExitMeaning(
        ExitCode.OK,
        "done; for a check (`doctor`, `config check`, `audit verify`, `db status`): all is well",
        "正常に終了しました。",
        "",
    ),
    ExitMeaning(
        ExitCode.FAILURE,
        "a check found a problem (`doctor`: the counter cannot serve; `audit verify`: the log "
        "was changed; `db status`: an upgrade is needed; `form check`: cannot be filed), or "
        "a failure without a status of its own",
        "確認で問題が見つかったか、処理を完了できませんでした。",
        "read the line printed above (and `kiosk doctor`)",
    ),
    ExitMeaning(
        ExitCode.USAGE,
        "the command line is wrong, an input file is not what the command reads, or the "
        "command must ask a question and has no terminal",
        "コマンドの指定が正しくありません。",
        "see `kiosk COMMAND --help`; give the answer as an option (e.g. `--password-stdin`)",
    ),
    ExitMeaning(
        ExitCode.DATA_KEY,
        "the data key (暗号鍵) is missing, is not this database's, or is readable by others",
        "暗号鍵が見つからないか、このデータベースの鍵ではありません。",
        "restore the key from its backup (docs/backup.md); never create a new one",
    ),
    ExitMeaning(
        ExitCode.DATABASE,
        "the database cannot be opened, or its schema is one this release cannot use",
        "データベースを開けません。",
        "check `[database] url` and the server; `kiosk db status`",
    ),
    ExitMeaning(
        ExitCode.WORKFLOW,
        "a step of a notification was refused (its state, a duplicate, not fileable yet)",
        "この届出にはその操作ができません。",
        "reload the notification and decide again",
    ),
    ExitMeaning(
        ExitCode.STAFF,
        "a staff account operation or a login was refused (password rules, unknown id)",
        "職員アカウントの操作ができませんでした。",
        "read the line printed above; `kiosk staff list`",
    ),
    ExitMeaning(
        ExitCode.PAIRING,
        "pairing a tablet with a desk was refused (wrong or expired code, too many tries)",
        "端末のペアリングができませんでした。",
        "ask the tablet for a new code and type it on the desk (Ctrl+K)",
    ),
    ExitMeaning(
        ExitCode.NOT_DELIVERED,
        "`kiosk sync --once` / `--status`: notifications are still waiting or failed delivery "
        "(送信失敗)",
        "送信待ちまたは送信失敗の届出があります。",
        "fix the cause shown, then `kiosk sync --retry ID` (docs/operations.md)",
    ),
    ExitMeaning(
        ExitCode.NO_CARD,
        "`kiosk card read`: no card, not a My Number Card, or the card was removed",
        "カードを読み取れませんでした。",
        "place the card on the reader and try again",
    ),
    ExitMeaning(
        ExitCode.WRONG_PIN,
        "`kiosk card read`: the card refused the PIN (the line says how many tries are left)",
        "暗証番号が違います。",
        "ask the holder for the PIN again; never guess",
    ),
    ExitMeaning(
        ExitCode.PIN_LOCKED,
        "`kiosk card read`: the PIN is locked, or one try is left and `--allow-last-try` was not "
        "given (nothing was sent to the card)",
        "暗証番号がロックされているか、残り1回です。",
        "a locked PIN is reset at the municipality's JPKI desk",
    ),
    ExitMeaning(
        ExitCode.INTERNAL,
        "an unexpected error (a fault in the program): one line here, the details in the log",
        "予期しないエラーが起きました。",
        "run `kiosk support-bundle` and send the zip to support",
    ),
    ExitMeaning(
        ExitCode.BUSY,
        "another `kiosk sync` already delivers from this SQLite database; try again later",
        "別の送信処理が動いています。",
        "run one delivery worker per SQLite database",
    ),
    ExitMeaning(
        ExitCode.CONFIG,
        "the configuration (kiosk.toml or a KIOSK_* variable) is invalid or incomplete, e.g. "
        "the municipality is not set",
        "設定ファイル (kiosk.toml) に誤りがあるか、設定が足りません。",
        "`kiosk config check` says what to set (docs/configuration.md)",
    ),
    ExitMeaning(
        ExitCode.INTERRUPTED,
        "stopped with Ctrl+C",
        "中断しました。",
        "",
    ),
)

_MEANINGS = {m.code: m for m in EXIT_CODES}


def meaning(code: int) -> ExitMeaning | None:
    """The table row of an exit status (None for a number the table does not have)."""
    try:
        return _MEANINGS[ExitCode(code)]
    except ValueError:
        return None


def one_line(error: BaseException) -> str:
    """An error as one line for a person: its type and the first line of its message
    (``OSError: disk full``), or its type alone when it has no message."""
    first = (str(error).strip().splitlines() or [""])[0]
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


class KioskError(Exception):
    """An error a person can act on: one line, an exit status, a stable code and Japanese text.

    ``str(exc)`` is the line the ``kiosk`` command prints (for IT). :attr:`message_ja` is the
    line for staff (a class's :attr:`default_message_ja`, else the meaning of its exit status).
    :attr:`code` is stable across releases, for logs, monitoring and support: a class's own,
    else the name of its exit status (``database``, ``data-key`` …).
    """

    exit_code: int = ExitCode.FAILURE
    code: str = ""
    default_message_ja: ClassVar[str] = ""

    def __init__(
        self,
        message: str,
        *,
        exit_code: int | None = None,
        message_ja: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code
        row = meaning(self.exit_code)
        self.code = code or type(self).code or _code_of(self.exit_code)
        self.message_ja: str = (
            message_ja or self.default_message_ja or (row.meaning_ja if row else message)
        )


def _code_of(exit_code: int) -> str:
    try:
        return ExitCode(exit_code).name.lower().replace("_", "-")
    except ValueError:
        return "error"


class UsageError(KioskError):
    """The command line or an input file is wrong, or an answer is needed and there is no
    terminal to ask on (exit status 2)."""

    exit_code = ExitCode.USAGE
