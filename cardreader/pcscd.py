"""Make sure a PC/SC daemon with the virtual reader driver runs (tests, demos, ``card-sim``).

``ensure_pcscd()`` reuses a running pcscd (there can be only one per machine: it owns its
socket) and otherwise starts ``pcscd -f`` in the foreground as a child process; the returned
handle stops only what it started. pcscd reads ``/etc/reader.conf.d/vpcd`` (Debian's
``vsmartcard-vpcd``) and then listens on TCP 35963/35964 for a virtual card.

Never start pcscd with ``-a``/``-d`` here: APDU logging would write the PIN of every VERIFY to
its log. Note for counter machines: the vpcd driver accepts a virtual card from any host that
can reach those ports; install ``vsmartcard-vpcd`` on test and demo machines only, or firewall
the ports.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from cardreader.errors import NoReader, ReaderError
from cardreader.transport import Context

log = logging.getLogger(__name__)

VIRTUAL_READER_PREFIX = "Virtual PCD"


@dataclass
class PcscdHandle:
    """A running pcscd; :meth:`stop` ends it only when this handle started it (and deletes
    its log, kept at :attr:`log_path` while it runs)."""

    started: bool
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    _log_file: IO[bytes] | None = field(default=None, repr=False)

    def stop(self, timeout: float = 5.0) -> None:
        if not self.started or self.process is None:
            return
        proc, self.process = self.process, None
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if self.log_path is not None:
            self.log_path.unlink(missing_ok=True)

    def __enter__(self) -> PcscdHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def pcscd_readers() -> list[str] | None:
    """The readers of the running pcscd, or None when no pcscd answers."""
    try:
        with Context() as ctx:
            return ctx.readers()
    except NoReader:
        return None


def _executable(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin:/usr/local/sbin")
    if found is None:
        raise ReaderError(
            f"{name} not found: install pcscd (and vsmartcard-vpcd for the virtual reader)"
        )
    return found


def _polkit_flag(exe: str) -> list[str]:
    """``--disable-polkit`` where this pcscd has it: pcscd built with polkit refuses clients
    when no polkit daemon runs (containers, minimal kiosk images)."""
    try:
        text = subprocess.run(
            [exe, "--help"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return ["--disable-polkit"] if "--disable-polkit" in text else []


def _has_virtual_reader(readers: list[str] | None) -> bool:
    return any(r.startswith(VIRTUAL_READER_PREFIX) for r in readers or [])


def ensure_pcscd(
    *, timeout: float = 10.0, require_virtual_reader: bool = True, executable: str = "pcscd"
) -> PcscdHandle:
    """Reuse the running pcscd or start ``pcscd -f``; wait until it answers.

    With ``require_virtual_reader`` (the default) it also waits until the vpcd readers are
    listed and raises :class:`ReaderError` if they never are (pcscd running without the
    driver, e.g. started before vsmartcard-vpcd was installed).
    """
    readers = pcscd_readers()
    if readers is not None:
        if require_virtual_reader and not _has_virtual_reader(readers):
            raise ReaderError(
                "pcscd is running without the vsmartcard-vpcd reader driver; "
                "restart it after installing vsmartcard-vpcd"
            )
        log.debug("reusing the running pcscd (readers: %s)", readers)
        return PcscdHandle(started=False)

    exe = _executable(executable)
    fd, name = tempfile.mkstemp(prefix="pcscd-", suffix=".log")
    os.close(fd)
    log_file = open(name, "wb")  # noqa: SIM115 - owned by the handle, closed in stop()
    # -f: foreground, logs to stdout (errors only, never APDUs).
    proc = subprocess.Popen(
        [exe, "-f", *_polkit_flag(exe)],
        stdin=subprocess.DEVNULL,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    handle = PcscdHandle(True, proc, Path(name), log_file)
    deadline = time.monotonic() + timeout
    exited = False
    tail = ""
    while time.monotonic() < deadline:
        if not exited and proc.poll() is not None:
            # Most often another process started pcscd at the same moment and ours gave way
            # to it; keep waiting for that one (it is not ours to stop).
            exited = True
            tail = Path(name).read_text(errors="replace")[-500:].strip()
            handle.stop()
            handle = PcscdHandle(started=False)
        readers = pcscd_readers()
        if readers is not None and (not require_virtual_reader or _has_virtual_reader(readers)):
            if handle.started:
                log.info("started pcscd (pid %d)", proc.pid)
            return handle
        time.sleep(0.1)
    handle.stop()
    if exited:
        raise ReaderError(f"pcscd exited with status {proc.returncode}: {tail}")
    raise ReaderError(f"pcscd did not come up within {timeout} s (log: {name})")
