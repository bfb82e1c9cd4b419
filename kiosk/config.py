"""Configuration: one TOML file (``kiosk.toml``), overridable key by key from the environment.

Configuration, not customisation: everything a municipality may change lives in one validated
file. Every key can be overridden by an environment variable ``KIOSK_<SECTION>_<KEY>`` (for
services and tests), e.g. ``KIOSK_DATABASE_URL`` or ``KIOSK_BACKOFFICE_URL``. With no file at all
the defaults give a working single-PC counter whose data lives under the platform's app-data
folder.

Errors are reported as one line per problem naming the file, section and key, never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal, get_args, get_origin
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from forms import lgcode
from forms.datapacks import PACKS_ENV
from forms.kinds import Kind
from kiosk.errors import ExitCode, KioskError

APP_NAME = "kakanai-madoguchi"
ENV_PREFIX = "KIOSK_"
CONFIG_ENV = "KIOSK_CONFIG"

#: Notification kinds (異動の種類) the counter can take, in the order the screens offer them.
KNOWN_KINDS: tuple[str, ...] = tuple(kind.value for kind in Kind)

#: A configuration file is a few KiB; anything far larger is not one.
MAX_FILE_BYTES = 1024 * 1024
#: Longest text setting (names, URLs, paths) accepted.
MAX_TEXT = 2048

_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/@:]*:)[^\s/@]*@")


def hide_url_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``
    (``postgresql://kiosk:secret@db/kiosk`` → ``postgresql://kiosk:***@db/kiosk``)."""
    return _URL_PASSWORD.sub(r"\1***@", text)


class ConfigError(KioskError):
    """The configuration file or an environment override is invalid (exit status 78, EX_CONFIG)."""

    exit_code = ExitCode.CONFIG


class _Section(BaseModel):
    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, str_max_length=MAX_TEXT, allow_inf_nan=False
    )

    @field_validator("*", mode="before")
    @classmethod
    def _no_control_characters(cls, v: Any) -> Any:
        # A NUL or an escape sequence in a setting ends up in a file name, a log line or a
        # database (PostgreSQL refuses NUL): refuse it here, with the setting's name.
        if isinstance(v, str) and any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in v):
            raise ValueError("control characters are not allowed")
        return v


def local_government_code_ok(code: str) -> bool:
    """Whether a 6-digit 全国地方公共団体コード has a valid check digit (modulus 11)."""
    return lgcode.is_valid(code)


class Municipality(_Section):
    """The municipality (市区町村) running the counter: set at installation, never a sample.

    Both keys start empty; ``kiosk config check`` and ``kiosk doctor`` refuse to call a counter
    ready until they are set (``kiosk config set-municipality`` asks for them).
    """

    name: str = Field(
        default="",
        max_length=32,
        description="Name of the municipality (e.g. 清瀬市): shown to residents, printed on "
        "forms (「…長 様」) and receipts",
    )
    code: str = Field(
        default="",
        description="全国地方公共団体コード of the municipality: 6 digits including the check "
        "digit (e.g. 132217)",
    )

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        v = v.strip()
        if not v.isprintable() or any(c.isspace() for c in v):
            raise ValueError("a municipality name is one word without spaces or control characters")
        return v

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if v and not local_government_code_ok(v):
            raise ValueError(f"{v!r} is not a 6-digit 地方公共団体コード with a valid check digit")
        return v


class Counter(_Section):
    """This machine's counter (窓口) and its devices."""

    id: str = Field(
        default="1", description="Counter id; 受付番号 are numbered per counter per day"
    )
    name: str = Field(
        default="1番窓口",
        max_length=32,
        description="Counter name shown to residents and printed on receipts",
    )
    reader: str = Field(
        default="",
        max_length=256,
        description="PC/SC reader name; empty = the first reader found",
    )
    resident_screen: int = Field(
        default=1, ge=0, le=16, description="Screen index of the resident touch monitor"
    )
    low_reach: bool = Field(
        default=False,
        description="Resident screens start in the low-reach layout (every control in the lower "
        "two thirds, for a wheelchair user); residents and staff can switch it on the screen",
    )
    timezone: str = Field(
        default="Asia/Tokyo",
        description="Time zone that decides the counter's day and in which times are shown",
    )
    screen_inches: float | None = Field(
        default=None,
        ge=5,
        le=100,
        allow_inf_nan=False,
        description="Diagonal of the resident touch monitor in inches (e.g. 15.6), so touch "
        "targets are 12 mm on it; empty = the size the monitor reports",
    )
    read_aloud: bool = Field(
        default=True,
        description="Offer 音声案内 (each screen read aloud) where a voice is installed",
    )
    speech_engine: str = Field(
        default="",
        max_length=32,
        description="Text-to-speech engine (speechd on Linux, sapi or winrt on Windows); "
        "empty = the first one that works",
    )

    # -- signing (署名): on the screen, or by hand on the printed form -------------------------
    signature: Literal["screen", "paper"] = Field(
        default="screen",
        description="How the resident signs: screen = on the touch screen; paper = the "
        "pre-filled form is printed and signed by hand, and staff record that they checked it",
    )
    signature_by_kind: dict[str, Literal["screen", "paper"]] = Field(
        default_factory=dict,
        description="Per-kind exceptions to signature, e.g. "
        '[counter.signature_by_kind] tennyu = "paper" (kinds: ' + ", ".join(KNOWN_KINDS) + ")",
    )

    def signature_for(self, kind: str) -> Literal["screen", "paper"]:
        """How a notification of ``kind`` is signed at this counter."""
        return self.signature_by_kind.get(kind, self.signature)

    @field_validator("signature_by_kind")
    @classmethod
    def _signature_kinds(cls, v: dict[str, str]) -> dict[str, str]:
        unknown = [k for k in v if k not in KNOWN_KINDS]
        if unknown:
            raise ValueError(f"unknown kind(s) {unknown}; known: {list(KNOWN_KINDS)}")
        return v

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        # ASCII only: the id is part of 受付番号, CSV file names and database keys, and a
        # full-width "１" would be a different counter that looks the same.
        if not v or len(v) > 16 or not all(c.isascii() and (c.isalnum() or c in "-_") for c in v):
            raise ValueError("counter id must be 1-16 ASCII letters, digits, '-' or '_'")
        return v

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r}") from exc
        return v


#: The languages the resident screens are translated into (``ui/resident/translations``), in
#: the welcome screen's order: 日本語, やさしい日本語, then the languages residents most often need.
RESIDENT_LANGUAGES = ("ja", "ja-easy", "en", "zh", "ko", "vi", "pt", "es", "fil", "ne")


class Forms(_Section):
    """Which notifications and languages the counter offers."""

    kinds: list[str] = Field(
        default_factory=lambda: list(KNOWN_KINDS),
        description="Notification kinds residents may start on the touch screens: "
        f"{', '.join(KNOWN_KINDS)} (staff at the desk take every kind)",
    )
    languages: list[str] = Field(
        default_factory=lambda: list(RESIDENT_LANGUAGES),
        description=f"Languages offered to residents: {', '.join(RESIDENT_LANGUAGES)}",
    )
    related_rules: Path | None = Field(
        default=None,
        description="Related-procedure (関連手続) rules file; empty = the built-in rules",
    )
    related_templates: Path | None = Field(
        default=None,
        description="Folder of related-procedure form templates (*.toml, 関連手続の書類); "
        "empty = the shipped generic templates",
    )

    @field_validator("kinds")
    @classmethod
    def _kinds(cls, v: list[str]) -> list[str]:
        unknown = [k for k in v if k not in KNOWN_KINDS]
        if unknown:
            raise ValueError(f"unknown kind(s) {unknown}; known: {list(KNOWN_KINDS)}")
        if not v:
            raise ValueError("at least one kind must be enabled")
        if len(set(v)) != len(v):
            raise ValueError("a kind is listed twice")
        return v

    @property
    def offered_kinds(self) -> tuple[Kind, ...]:
        """The kinds the resident screens offer, in the screens' order (not the file's)."""
        return tuple(kind for kind in Kind if kind.value in self.kinds)

    @field_validator("languages")
    @classmethod
    def _languages(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("at least one language must be enabled")
        unknown = [code for code in v if code not in RESIDENT_LANGUAGES]
        if unknown:
            raise ValueError(f"no resident screens in {unknown}; known: {list(RESIDENT_LANGUAGES)}")
        return v


class Database(_Section):
    """Where notifications are stored."""

    url: str = Field(
        default="",
        description="SQLAlchemy URL; empty = a SQLite file in the data folder. "
        "For a counter floor: postgresql://user@host/dbname",
    )
    busy_timeout_ms: int = Field(
        default=10000, ge=0, le=600_000, description="How long to wait for a locked database"
    )
    echo: bool = Field(default=False, description="Log every SQL statement (debugging only)")

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if not v:
            return v
        # SQLAlchemy is imported here, not with the module: the resident screens read the
        # configuration before their first frame and need no database until after it.
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(v)
        except (ArgumentError, ValueError):
            raise ValueError(
                "not a database URL: give postgresql://user@host/dbname or sqlite:///path"
            ) from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ValueError(
                f"unsupported database {url.get_backend_name()!r}: use postgresql:// or sqlite:///"
            )
        return v


class Backoffice(_Section):
    """Delivery to the back-office 住民記録 system: an HTTP JSON API or a CSV drop folder."""

    url: str = Field(
        default="", description="HTTP JSON intake URL; empty = use the CSV drop folder"
    )
    csv_dir: Path | None = Field(
        default=None, description="CSV drop folder; empty = 'outbox' in the data folder"
    )
    client_cert: Path | None = Field(
        default=None, description="Client certificate (PEM) for mutual TLS"
    )
    client_key: Path | None = Field(
        default=None, description="Private key (PEM) of the client certificate"
    )
    ca_cert: Path | None = Field(default=None, description="CA bundle to trust for the back office")
    signing_key: Path | None = Field(
        default=None, description="Key (PEM/JWK) that signs each payload"
    )
    csv_encoding: Literal["utf-8", "cp932"] = Field(
        default="utf-8", description="CSV file encoding"
    )

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not v.startswith(("https://", "http://")):
            raise ValueError("back-office url must start with https:// (or http:// on loopback)")
        return v

    @property
    def adapter(self) -> Literal["http", "csv"]:
        """The delivery adapter this configuration selects."""
        return "http" if self.url else "csv"


class Sync(_Section):
    """Delivery to the back office (送信): claim leases, retry pacing, outage detection."""

    lease_seconds: float = Field(
        default=60.0,
        ge=1,
        le=3600,
        allow_inf_nan=False,
        description="How long a delivery worker's claim on a notification lasts; a living "
        "worker renews it while it works, so a crashed one's notifications are free after this",
    )
    retry_base_seconds: float = Field(
        default=2.0,
        ge=0.01,
        le=3600,
        allow_inf_nan=False,
        description="First wait before a notification is tried again after a temporary failure "
        "(doubles each time)",
    )
    retry_max_seconds: float = Field(
        default=300.0,
        ge=0.01,
        le=86400,
        allow_inf_nan=False,
        description="Longest wait between tries of one notification (temporary failures are "
        "retried indefinitely)",
    )
    outage_after_failures: int = Field(
        default=3,
        ge=1,
        le=1000,
        description="Temporary failures in a row after which the back office counts as "
        "unreachable: then one probe at a time, not every notification",
    )
    probe_max_seconds: float = Field(
        default=20.0,
        ge=0.05,
        le=3600,
        allow_inf_nan=False,
        description="Longest wait between probes while the back office is unreachable "
        "(bounds how soon delivery resumes once it is back)",
    )
    alert_after_hours: float = Field(
        default=72.0,
        gt=0,
        le=8760,
        allow_inf_nan=False,
        description="Alert staff when the back office has been unreachable this long "
        "(nothing is dropped)",
    )

    @model_validator(mode="after")
    def _delays(self) -> Sync:
        if self.retry_max_seconds < self.retry_base_seconds:
            raise ValueError("retry_max_seconds must be at least retry_base_seconds")
        return self


class Retention(_Section):
    """How long personal data stays at the counter (the back office keeps the record)."""

    delivered_days: int = Field(
        default=7, ge=0, le=3660, description="Days to keep a delivered notification"
    )
    returned_days: int = Field(
        default=1, ge=0, le=3660, description="Days to keep a returned (差戻) one"
    )
    cancelled_days: int = Field(
        default=1, ge=0, le=3660, description="Days to keep a cancelled (取消) one"
    )
    abandoned_hours: int = Field(
        default=1,
        ge=0,
        le=24 * 366,
        description="Hours after which an unfinished draft (入力中) is wiped",
    )
    printed_days: int = Field(
        default=1,
        ge=0,
        le=3660,
        description="Days to keep a form or receipt PDF saved because no printer was found",
    )


class Timeouts(_Section):
    """Resident session timers, in seconds."""

    idle_seconds: int = Field(
        default=180, ge=10, le=3600, description="End a resident session after this idle time"
    )
    idle_warning_seconds: int = Field(
        default=30,
        ge=0,
        le=3600,
        description="Warn the resident this long before the idle timeout",
    )
    card_removal_grace_seconds: int = Field(
        default=10,
        ge=0,
        le=3600,
        description="Keep the session this long after the card is pulled",
    )
    staff_idle_seconds: int = Field(
        default=900, ge=60, le=86400, description="Lock the staff console when idle"
    )


class Privacy(_Section):
    """Where the data key (for encryption at rest) lives: never inside the database."""

    key_store: Literal["auto", "keyring", "file"] = Field(
        default="auto", description="auto = the OS keyring where present, else a key file"
    )
    key_file: Path | None = Field(
        default=None, description="Key file (mode 0600); empty = 'data.key' in the data folder"
    )
    keyring_service: str = Field(
        default=APP_NAME, min_length=1, max_length=128, description="Service name in the OS keyring"
    )


class Staff(_Section):
    """Staff login."""

    second_factor: Literal["totp", "card", "none"] = Field(
        default="totp", description="Second factor at login: totp, card (IC staff card) or none"
    )
    max_failed_logins: int = Field(
        default=5, ge=1, le=100, description="Lock an account after this many failures"
    )
    lockout_minutes: int = Field(
        default=15, ge=1, le=7 * 24 * 60, description="How long a locked account stays locked"
    )


class Paths(_Section):
    """Folders."""

    data_dir: Path | None = Field(
        default=None, description="Data folder; empty = the platform default"
    )


#: A department route's name: the id in ``[departments.<name>]``, the outbox's route and part of
#: idempotency keys, file and folder names — so short lowercase ASCII, fixed once deliveries ran.
ROUTE_NAME_PATTERN = r"^[a-z][a-z0-9_]{0,31}$"
_ROUTE_NAME = re.compile(ROUTE_NAME_PATTERN)
#: Route names the back office's own routes use.
RESERVED_ROUTES = frozenset({"http", "csv"})
#: At most this many department routes (each is a worker's route and a status line).
MAX_DEPARTMENTS = 32
#: Values every department delivery carries to identify the notification: not whitelisted.
IDENTIFYING_VALUES = frozenset({"reception_number", "kind", "filed_on", "moved_on"})


def _department_values(names: list[str], scope: Literal["household", "person"]) -> list[str]:
    """Check a department's whitelist against the shared vocabulary (forms.related_values, read
    only when a whitelist is given: it builds on the notification's model)."""
    import difflib

    if not names:
        return names
    from forms import related_values

    vocabulary = related_values.HOUSEHOLD if scope == "household" else related_values.PERSON

    for name in names:
        if name in IDENTIFYING_VALUES:
            raise ValueError(f"{name!r} is always sent (it identifies the notification): drop it")
        if name.startswith("procedure.") or name in ("persons.count", "person.no"):
            raise ValueError(
                f"{name!r} describes a related form, not the household or a person; a delivery "
                "carries its procedure codes and each person's line number by itself"
            )
        if name not in vocabulary:
            near = difflib.get_close_matches(name, list(vocabulary), n=1)
            hint = f" (did you mean {near[0]}?)" if near else ""
            raise ValueError(f"unknown {scope} value {name!r}{hint}")
    if len(set(names)) != len(names):
        raise ValueError("a value is listed twice")
    return names


class Department(_Section):
    """A department route (担当課への連携): a department that receives its part of each approved
    notification as data — only the values it is given here (データ最小化), and only for
    notifications that bring one of its related procedures (関連手続).

    Written as ``[departments.<name>]``, ``<name>`` an ASCII id (``kokuho``); delivered with the
    back office's guarantees (outbox row, idempotency key, lease, retries, outage probes).
    """

    name: str = Field(
        min_length=1,
        max_length=64,
        description="The department's name shown to staff (e.g. 国民健康保険課)",
    )
    procedures: list[str] = Field(
        min_length=1,
        max_length=100,
        description="Related-procedure codes (関連手続, e.g. kokuho_join) that send a "
        "notification to this department: it receives one only when one of them applies",
    )
    adapter: Literal["http", "csv"] = Field(
        description="http = signed HTTPS POST of JSON (as to the back office); csv = a file per "
        "notification in a drop folder"
    )
    url: str = Field(default="", description="adapter http: the department system's base URL")
    ca_cert: Path | None = Field(
        default=None, description="adapter http: CA to trust for the department (pinned)"
    )
    client_cert: Path | None = Field(
        default=None, description="adapter http: the counter's client certificate (mutual TLS)"
    )
    client_key: Path | None = Field(
        default=None, description="adapter http: private key of the client certificate"
    )
    csv_dir: Path | None = Field(
        default=None,
        description="adapter csv: drop folder; empty = departments/<name> in the data folder",
    )
    csv_encoding: Literal["utf-8", "cp932"] = Field(
        default="utf-8", description="adapter csv: file encoding"
    )
    household: list[str] = Field(
        default_factory=list,
        max_length=64,
        description="Household values sent (names from the shared vocabulary: address, "
        "head.name …)",
    )
    person: list[str] = Field(
        default_factory=list,
        max_length=64,
        description="Values sent for each person a procedure covers (person.name, "
        "person.birth_date …)",
    )

    _HTTP_ONLY: ClassVar[tuple[str, ...]] = ("url", "ca_cert", "client_cert", "client_key")
    _CSV_ONLY: ClassVar[tuple[str, ...]] = ("csv_dir", "csv_encoding")

    @field_validator("name")
    @classmethod
    def _display(cls, v: str) -> str:
        v = v.strip()
        if not v or not v.isprintable():
            raise ValueError("a department name is printable text")
        return v

    @field_validator("procedures")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        for code in v:
            if not code or len(code) > 64 or not all(c.isascii() and c.isprintable() for c in code):
                raise ValueError(f"{code!r} is not a procedure code (ASCII, 1-64 characters)")
        if len(set(v)) != len(v):
            raise ValueError("a procedure is listed twice")
        return v

    @field_validator("household")
    @classmethod
    def _household(cls, v: list[str]) -> list[str]:
        return _department_values(v, "household")

    @field_validator("person")
    @classmethod
    def _person(cls, v: list[str]) -> list[str]:
        return _department_values(v, "person")

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not v.startswith(("https://", "http://")):
            raise ValueError("url must start with https:// (or http:// on loopback)")
        return v

    @model_validator(mode="after")
    def _adapter_keys(self) -> Department:
        given = self.model_fields_set
        if self.adapter == "http":
            if not self.url:
                raise ValueError("adapter http needs url")
            wrong = [k for k in self._CSV_ONLY if k in given]
        else:
            wrong = [k for k in self._HTTP_ONLY if k in given]
        if wrong:
            raise ValueError(f"{', '.join(wrong)} do(es) not apply to adapter {self.adapter}")
        if self.client_key is not None and self.client_cert is None:
            raise ValueError("client_key needs client_cert")
        if not self.household and not self.person:
            raise ValueError("list the values the department receives (household, person)")
        return self


class Config(BaseModel):
    """The whole validated configuration (see ``kiosk config example``)."""

    model_config = ConfigDict(extra="forbid")

    municipality: Municipality = Field(default_factory=lambda: Municipality())
    counter: Counter = Field(default_factory=lambda: Counter())
    forms: Forms = Field(default_factory=lambda: Forms())
    database: Database = Field(default_factory=lambda: Database())
    backoffice: Backoffice = Field(default_factory=lambda: Backoffice())
    sync: Sync = Field(default_factory=lambda: Sync())
    retention: Retention = Field(default_factory=lambda: Retention())
    timeouts: Timeouts = Field(default_factory=lambda: Timeouts())
    privacy: Privacy = Field(default_factory=lambda: Privacy())
    staff: Staff = Field(default_factory=lambda: Staff())
    paths: Paths = Field(default_factory=lambda: Paths())
    #: Department routes by name (``[departments.<name>]``); none by default.
    departments: dict[str, Department] = Field(default_factory=dict)

    #: The file this configuration was read from, if any (not a TOML key).
    source: Path | None = Field(default=None, exclude=True)

    @field_validator("departments", mode="before")
    @classmethod
    def _route_names(cls, v: Any) -> Any:
        if not isinstance(v, dict):
            raise ValueError("write each route as a table [departments.<name>], e.g. "
                             "[departments.kokuho]")  # fmt: skip
        if len(v) > MAX_DEPARTMENTS:
            raise ValueError(f"at most {MAX_DEPARTMENTS} department routes")
        for name in v:
            if name in RESERVED_ROUTES:
                raise ValueError(f"{name!r} is the back office's route: name the department "
                                 "route otherwise (e.g. kokuho)")  # fmt: skip
            if not _ROUTE_NAME.match(name):
                raise ValueError(f"route name {name!r} must be 1-32 lowercase ASCII letters, "
                                 "digits or '_', starting with a letter (e.g. kokuho)")  # fmt: skip
        return v

    def department_csv_dir(self, route: str) -> Path:
        """The drop folder of a csv department route (its own, never the back office's)."""
        return self.departments[route].csv_dir or self.data_dir / "departments" / route

    @property
    def data_dir(self) -> Path:
        """The data folder: configured, or the platform's per-user app-data folder."""
        if self.paths.data_dir is not None:
            return self.paths.data_dir
        import platformdirs  # only for the default folder: not at every start

        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

    #: Settings that name a file which must exist (``section``, ``key``).
    FILE_SETTINGS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("forms", "related_rules"),
        ("backoffice", "client_cert"),
        ("backoffice", "client_key"),
        ("backoffice", "ca_cert"),
        ("backoffice", "signing_key"),
    )

    def missing_files(self) -> list[tuple[str, str, Path]]:
        """``(section, key, path)`` of each configured file that does not exist."""
        missing = []
        for section, key in self.FILE_SETTINGS:
            value = getattr(getattr(self, section), key)
            if value is not None and not Path(value).is_file():
                missing.append((section, key, Path(value)))
        for route, department in self.departments.items():
            for key in ("ca_cert", "client_cert", "client_key"):
                value = getattr(department, key)
                if value is not None and not Path(value).is_file():
                    missing.append((f"departments.{route}", key, Path(value)))
        return missing

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL to open (a SQLite file in the data folder by default)."""
        url = self.database.url
        if not url:
            return f"sqlite:///{self.data_dir / 'kiosk.sqlite3'}"
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            return "postgresql+psycopg://" + url.split("://", 1)[1]
        return url

    @property
    def key_file(self) -> Path:
        """Where the data key file lives when the key is kept in a file."""
        return self.privacy.key_file or self.data_dir / "data.key"

    @property
    def print_dir(self) -> Path:
        """Where a form or receipt PDF is saved when no printer is found (purged on schedule)."""
        return self.data_dir / "print"

    @property
    def csv_dir(self) -> Path:
        """The CSV drop folder for the back office."""
        return self.backoffice.csv_dir or self.data_dir / "outbox"

    @property
    def tz(self) -> ZoneInfo:
        """The counter's time zone."""
        return ZoneInfo(self.counter.timezone)


SECTIONS: dict[str, type[_Section]] = {
    name: field.annotation  # type: ignore[misc]
    for name, field in Config.model_fields.items()
    if isinstance(field.annotation, type) and issubclass(field.annotation, _Section)
}


def _format_error(
    where: str, exc: ValidationError, overrides: Mapping[str, Mapping[str, Any]]
) -> str:
    lines = []
    for err in exc.errors():
        loc = [str(p) for p in err["loc"]]
        if len(loc) >= 2 and loc[0] == "departments":
            # One table per route: name it as the file does, [departments.kokuho] url.
            key = f"[departments.{loc[1]}]" + (f" {'.'.join(loc[2:])}" if len(loc) > 2 else "")
        elif len(loc) >= 2:
            key = f"[{loc[0]}] {'.'.join(loc[1:])}"
        elif loc:
            key = f"[{loc[0]}]" if loc[0] in SECTIONS or loc[0] == "departments" else loc[0]
        else:
            key = "(top level)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif "input" in err and not isinstance(err["input"], dict | list):
            shown = hide_url_passwords(repr(err["input"]))
            msg += f" (got {shown if len(shown) <= 80 else shown[:77] + '...'})"
        if len(loc) >= 2 and loc[1] in overrides.get(loc[0], {}):
            msg += f" (from {ENV_PREFIX}{loc[0].upper()}_{loc[1].upper()})"
        lines.append(f"{where}: {key}: {msg}")
    return "\n".join(lines)


def department_problems(config: Config) -> list[str]:
    """What a department route asks that the rest of the configuration cannot give, one line
    each naming the route and key: a procedure code the related-procedure rules do not know
    (the route would never be used), or a drop folder shared with the back office or another
    route (the 住記 system would import a department's file, or two routes' acknowledgements
    would mix).

    The rules are the configured file when it can be read (when it cannot, ``kiosk config
    check`` reports that on its own line), else the built-in ones.
    """
    if not config.departments:
        return []
    import difflib

    from forms import related

    problems: list[str] = []
    rules_file = config.forms.related_rules
    try:
        rules = (
            related.default_rules()
            if rules_file is None
            else related.load_rules(rules_file)
            if rules_file.is_file()
            else None
        )
    except (related.RulesFileError, OSError):
        rules = None
    known = [p.code for p in rules.procedures] if rules is not None else []
    folders: dict[Path, str] = {config.csv_dir.resolve(): "the back office's [backoffice] csv_dir"}
    for route, department in config.departments.items():
        where = f"[departments.{route}]"
        for code in department.procedures if rules is not None else ():
            if code not in known:
                near = difflib.get_close_matches(code, known, n=1)
                hint = f" (did you mean {near[0]}?)" if near else ""
                problems.append(
                    f"{where} procedures: no related procedure {code!r} in the rules{hint}"
                )
        if department.adapter == "csv":
            folder = config.department_csv_dir(route).resolve()
            if folder in folders:
                problems.append(f"{where} csv_dir: {folder} is already {folders[folder]}")
            folders.setdefault(folder, f"the drop folder of [departments.{route}]")
    return problems


def _env_value(section: type[_Section], key: str, raw: str) -> Any:
    """Turn an environment string into what the field expects (lists: JSON or commas)."""
    annotation = section.model_fields[key].annotation
    if get_origin(annotation) is dict:
        return json.loads(raw) if raw.strip() else {}
    if get_origin(annotation) is list:
        text = raw.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    if raw == "" and type(None) in get_args(annotation):
        return None
    return raw


def env_overrides(env: Mapping[str, str]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """The ``KIOSK_<SECTION>_<KEY>`` overrides in ``env``, and the KIOSK_ names that match none."""
    overrides: dict[str, dict[str, Any]] = {}
    unknown: list[str] = []
    for name, raw in env.items():
        if not name.startswith(ENV_PREFIX) or name in (CONFIG_ENV, PACKS_ENV):
            continue
        rest = name[len(ENV_PREFIX) :].lower()
        for section_name, section in SECTIONS.items():
            if rest.startswith(section_name + "_") and rest[len(section_name) + 1 :] in (
                section.model_fields
            ):
                key = rest[len(section_name) + 1 :]
                try:
                    value = _env_value(section, key, raw)
                except json.JSONDecodeError as exc:
                    raise ConfigError(f"{name}: not JSON: {exc.msg}") from exc
                overrides.setdefault(section_name, {})[key] = value
                break
        else:
            unknown.append(name)
    return overrides, sorted(unknown)


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, turning every failure into a one-line :class:`ConfigError`."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise ConfigError(
                f"{path}: larger than {MAX_FILE_BYTES // 1024} KiB: not a configuration file"
            )
        return tomllib.loads(raw.decode("utf-8"))
    except RecursionError as exc:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from exc
    except IsADirectoryError as exc:
        raise ConfigError(f"{path}: a folder, not a configuration file") from exc
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such configuration file") from exc
    except PermissionError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file (permission denied)") from (
            exc
        )
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror}") from exc


def load_config(
    path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> Config:
    """Load and validate the configuration.

    ``path`` is the TOML file; when None, ``KIOSK_CONFIG`` names it, and with neither the
    defaults are used. ``KIOSK_<SECTION>_<KEY>`` variables in ``env`` (default: the process
    environment) override file values. Raises :class:`ConfigError` with every problem found.
    """
    env = os.environ if env is None else env
    if path is None and env.get(CONFIG_ENV):
        path = env[CONFIG_ENV]
    data: dict[str, Any] = {}
    where = "defaults"
    source: Path | None = None
    if path is not None:
        source = Path(path)
        data = read_toml(source)
        where = str(source)
    overrides, _unknown = env_overrides(env)
    for section_name, values in overrides.items():
        current = data.get(section_name)
        if current is None:
            current = data[section_name] = {}
        if not isinstance(current, dict):
            raise ConfigError(f"{where}: [{section_name}] must be a table")
        current.update(values)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_error(where, exc, overrides)) from exc
    except RecursionError as exc:  # pragma: no cover - read_toml refuses such files first
        raise ConfigError(f"{where}: nested too deeply") from exc
    problems = department_problems(config)
    if problems:
        raise ConfigError("\n".join(f"{where}: {line}" for line in problems))
    config.source = source
    return config


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value), ensure_ascii=False)


def example_toml() -> str:
    """A complete, commented ``kiosk.toml`` holding the defaults; it passes ``config check``."""
    out = [
        "# kiosk.toml: configuration of the 書かない窓口 counter.",
        "# Every key may be overridden by an environment variable KIOSK_<SECTION>_<KEY>,",
        "# e.g. KIOSK_DATABASE_URL. Keys left commented out take the default shown.",
    ]
    defaults = Config.model_validate({})
    for section_name, section in SECTIONS.items():
        out.append("")
        doc = (section.__doc__ or "").strip().splitlines()[0]
        out.append(f"# {doc}")
        out.append(f"[{section_name}]")
        current = getattr(defaults, section_name)
        for key, field in section.model_fields.items():
            if field.description:
                out.append(f"# {field.description}")
            value = getattr(current, key)
            if value is None or value == "":
                out.append(f'# {key} = ""')
            else:
                out.append(f"{key} = {_toml_value(value)}")
    out += [
        "",
        "# Department routes (担当課への連携): none by default. Each [departments.<name>] sends",
        "# the department only the values it lists, for notifications that bring one of its",
        "# related procedures (docs/department-routes.md). For example:",
        "# [departments.kokuho]",
        '# name = "国民健康保険課"',
        '# procedures = ["kokuho_join", "kokuho_leave", "kokuho_change"]',
        '# adapter = "csv"',
        '# household = ["address", "head.name"]',
        '# person = ["person.name", "person.name_kana", "person.birth_date", "person.sex"]',
    ]
    return "\n".join(out) + "\n"
