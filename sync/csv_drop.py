"""CSV-drop delivery: import files in a folder the 住民記録 system collects from (CSV 連携).

The convention (also in ``docs/intake-csv.md``), for one notification with idempotency key K:

1. The counter writes the import CSV (``forms.write_csv``) to a new temporary file
   ``.K.csv.<random>.tmp`` beside it (created exclusively, readable by its owner only), flushes
   and ``fsync``s it, then renames it atomically to ``K.csv`` and ``fsync``s the folder. A
   collector never sees a half-written ``*.csv``: it must ignore names starting with a dot
   (``*.tmp``). The file name is the key, so writing again after a crash replaces the same
   file rather than adding a second one. Files are mode 0600 and folders the counter creates
   0700 from the first byte: the collector runs as the same account, or is given access by the
   folder's ACL, never by files readable to everyone.
2. After importing ``K.csv`` the 住記 system moves it to ``done/K.csv`` (accepted), or to
   ``error/K.csv`` with an optional ``error/K.csv.reason.txt`` (UTF-8, first line shown to
   staff) when it refuses it.
3. The counter marks the notification 送信済 only when ``done/K.csv`` exists, 送信失敗 when
   ``error/K.csv`` does; while ``K.csv`` waits in the folder it keeps checking.

A file that vanished without reaching ``done/`` or ``error/`` is written again: the 住記 side
must therefore move files, never delete them, and treat a second ``K.csv`` as the same
notification (the key is in the file name).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import forms
from sync.delivery import Delivered, Outcome, Parcel, Rejected, RetryLater

DONE_DIR = "done"
ERROR_DIR = "error"
#: Seconds between checks for the 住記 system's acknowledgement.
ACK_POLL_SECONDS = 60.0

_SAFE = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,150}$")


class AwaitingAck(RetryLater):
    """The file is in the drop folder; the back office has not acknowledged it yet.

    Not a failed attempt: waiting for a nightly import must not use up the retry cap.
    """


def file_name(idempotency_key: str) -> str:
    """The drop file's name for a key (the key itself when it is file-name safe)."""
    if _SAFE.match(idempotency_key):
        return f"{idempotency_key}.csv"
    return f"k-{hashlib.sha256(idempotency_key.encode()).hexdigest()[:40]}.csv"


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by the owner only (0700). Folders
    that exist are left as they are (an administrator's shared folder keeps its ACL)."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, 0o700)


#: Flags for a temporary file: created new (never an existing file or a symlink's target).
_EXCLUSIVE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_EXCLUSIVE |= getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def write_atomically(folder: Path, name: str, data: bytes) -> Path:
    """Write ``folder/name`` so it appears whole or not at all, private from the first byte.

    The data goes to a temporary file created exclusively beside the target with a random
    name and mode 0600 (so no symlink planted at a guessable name is followed, and nobody else
    can read it even while it is written), is ``fsync``ed, then renamed over the target (a
    symlink at the target is replaced, not followed). Leftovers of an earlier crash for the
    same name are removed first.
    """
    private_folder(folder)
    final = folder / name
    for stale in folder.glob(f".{glob.escape(name)}*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()  # a symlink is removed itself, its target untouched
    temp = folder / f".{name}.{secrets.token_hex(8)}.tmp"
    fd = os.open(temp, _EXCLUSIVE, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(folder)
    return final


@dataclass
class CsvDropAdapter:
    """Drops one import CSV per notification into ``folder`` and waits for the 住記 ack.

    A department route uses the same adapter with its own ``name`` (the route), ``folder``
    and ``renderer`` (its part of the notification, :func:`sync.department.delivery_csv`):
    the same file convention and acknowledgement.
    """

    folder: Path
    encoding: str = "utf-8"
    ack_poll_seconds: float = ACK_POLL_SECONDS
    name: str = "csv"
    renderer: Callable[[Parcel], bytes] | None = None

    def render(self, parcel: Parcel) -> bytes:
        """The CSV bytes of one notification, as ``forms`` writes the import format (or as
        ``renderer`` writes a department's file)."""
        import io

        if self.renderer is not None:
            return self.renderer(parcel)

        buffer = io.BytesIO()
        forms.write_csv([parcel.notification], buffer, encoding=self.encoding)
        return buffer.getvalue()

    def deliver(self, parcel: Parcel) -> Outcome:
        name = file_name(parcel.idempotency_key)
        try:
            if (self.folder / DONE_DIR / name).exists():
                return Delivered(f"{DONE_DIR}/{name}")
            refused = self.folder / ERROR_DIR / name
            if refused.exists():
                return Rejected(f"the 住記 system refused {name}: {self._reason(refused)}")
            if (self.folder / name).exists():
                return AwaitingAck(
                    f"{name} is waiting to be imported", retry_after=self.ack_poll_seconds
                )
            data = self.render(parcel)
            write_atomically(self.folder, name, data)
        except ValueError as exc:  # e.g. a character the file's encoding cannot hold
            return Rejected(f"cannot write the import CSV: {exc}")
        except OSError as exc:
            return RetryLater(f"cannot write to the CSV drop folder {self.folder}: {exc}")
        return AwaitingAck(f"{name} handed over; waiting for import", self.ack_poll_seconds)

    @staticmethod
    def _reason(refused: Path) -> str:
        reason_file = refused.with_name(refused.name + ".reason.txt")
        try:
            text = reason_file.read_text(encoding="utf-8").strip()
        except OSError:
            return "no reason given"
        return (text.splitlines() or ["no reason given"])[0][:300]

    def close(self) -> None:
        return None
