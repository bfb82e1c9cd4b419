"""What ``kiosk doctor`` asks the operating system: printers, time synchronisation, speech
voices and font coverage. Each probe is one function returning a small dataclass, and says
"cannot tell" (None) rather than failing where the tool it asks is missing (a container, a
Windows edition without the service); :class:`kiosk.app.doctor.Context` lets a test put its
own answer in place of any of them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------------
# Printers


@dataclass(frozen=True)
class Printers:
    """The printers the system knows (CUPS on Linux, the spooler on Windows)."""

    names: list[str] = field(default_factory=list)
    default: str = ""


def printers() -> Printers | None:
    """The system's printers through Qt (None: Qt's print support cannot be loaded)."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return None
    names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
    return Printers(names, QPrinterInfo.defaultPrinterName() or "")


# ---------------------------------------------------------------------------------------------
# Time synchronisation


@dataclass(frozen=True)
class TimeSync:
    """Whether the system clock follows a time server: True, False, or None (cannot tell)."""

    synchronised: bool | None
    how: str = ""
    detail: str = ""


def _run(argv: list[str], timeout: float = 5.0) -> subprocess.CompletedProcess[str] | None:
    exe = shutil.which(argv[0])
    if exe is None:
        return None
    try:
        return subprocess.run(
            [exe, *argv[1:]], capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired, UnicodeDecodeError):
        return None


def time_sync() -> TimeSync:
    """Ask systemd-timedated (``timedatectl``), chrony (``chronyc``) or Windows Time (``w32tm``)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _w32tm()
    out = _run(["timedatectl", "show", "-p", "NTPSynchronized", "--value"])
    if out is not None and out.returncode == 0:
        value = out.stdout.strip()
        if value in ("yes", "no"):
            return TimeSync(value == "yes", "timedatectl", f"NTPSynchronized={value}")
    chrony = _run(["chronyc", "-n", "tracking"])
    if chrony is not None and chrony.returncode == 0:
        leap = re.search(r"Leap status\s*:\s*(.+)", chrony.stdout)
        status = leap.group(1).strip() if leap else ""
        return TimeSync(status == "Normal", "chronyc", f"leap status {status or 'unknown'}")
    return TimeSync(None, "", "neither timedatectl nor chronyc answered")


def _w32tm() -> TimeSync:  # pragma: no cover - Windows only
    out = _run(["w32tm", "/query", "/status"])
    if out is None:
        return TimeSync(None, "", "w32tm is not available")
    if out.returncode != 0:
        return TimeSync(False, "w32tm", "the Windows Time service (W32Time) is not running")
    source = ""
    for line in out.stdout.splitlines():
        # The labels are translated (ソース:), the values are not.
        if "Local CMOS Clock" in line or "Free-running System Clock" in line:
            return TimeSync(False, "w32tm", line.split(":", 1)[-1].strip())
        if re.match(r"^\s*(Source|ソース)\s*:", line):
            source = line.split(":", 1)[1].strip()
    return TimeSync(bool(source), "w32tm", f"source {source or 'unknown'}")


# ---------------------------------------------------------------------------------------------
# Speech (音声案内)


@dataclass(frozen=True)
class Voices:
    """The text-to-speech engine the resident screens would use and its voices' locales."""

    engine: str | None
    locales: list[str] = field(default_factory=list)
    note: str = ""


def _engine_loads(name: str) -> bool:
    """speechd needs the speech-dispatcher library; Qt reports a failed load as critical, so
    it is not even tried without it."""
    if name == "speechd":
        import ctypes.util

        return ctypes.util.find_library("speechd") is not None
    return True


def voices(engine: str | None) -> Voices:
    """The engine ``engine`` (None: the first that works) and the locales it can speak."""
    try:
        from PySide6.QtCore import QCoreApplication, QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return Voices(None, note="Qt TextToSpeech is not installed")
    available = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    usable = [e for e in available if _engine_loads(e)]
    if engine and engine not in available:
        return Voices(
            None, note=f"no engine {engine!r} (available: {', '.join(available) or 'none'})"
        )
    name = engine or (usable[0] if usable else None)
    if name is None:
        missing = [e for e in available if e not in usable]
        why = f" ({', '.join(missing)}: library missing)" if missing else ""
        return Voices(None, note=f"no speech engine can start{why}")
    tts = QTextToSpeech(name)
    deadline = time.monotonic() + 3.0
    app = QCoreApplication.instance()
    while tts.state() not in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
        if time.monotonic() > deadline:
            break
        if app is not None:
            app.processEvents()
        time.sleep(0.05)
    if tts.state() == QTextToSpeech.State.Error:
        return Voices(None, note=f"{name}: {tts.errorString() or 'the engine failed to start'}")
    locales = sorted({QLocale(loc).bcp47Name() for loc in tts.availableLocales()})
    return Voices(name, locales)


# ---------------------------------------------------------------------------------------------
# Glyph coverage of the resident screens' languages


_MARKUP = re.compile(r"%\d+|%L\d+|<[^>]*>|&[a-z]+;")


def language_text(code: str) -> str:
    """Every character the resident screens show in language ``code``: its name on the
    welcome screen and its translations (the Japanese sources for 日本語)."""
    from ui.resident.i18n import BY_CODE, LANGUAGES

    language = BY_CODE[code]
    parts = [language.native_name]
    ts = language.ts_path
    if ts is None:  # Japanese is the source language: the sources of any translation
        ts = next(lang.ts_path for lang in LANGUAGES if lang.ts_path is not None)
        tag = "source"
    else:
        tag = "translation"
    if ts is not None and ts.is_file():
        root = ET.parse(ts).getroot()
        parts.extend(el.text or "" for el in root.iter(tag))
    text = _MARKUP.sub("", "".join(parts))
    # Furigana marks {漢字|かんじ}: both parts are drawn; the braces and bar are markup.
    return "".join(sorted({c for c in text if c.isprintable() and not c.isspace()} - set("{|}")))
