"""CSV-drop delivery: import files in a folder the 住民記録 system collects from (CSV 連携).

The convention (also in ``docs/intake-csv.md``), for one notification with idempotency key K:

1. The counter writes the import CSV (``forms.write_csv``) to ``.K.csv.tmp`` in the drop
   folder, flushes and ``fsync``s it, then renames it atomically to ``K.csv`` and ``fsync``s
   the folder. A collector never sees a half-written ``*.csv``: it must ignore names starting
   with a dot (``*.tmp``). The file name is the key, so writing again after a crash replaces
   the same file rather than adding a second one.
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

import hashlib
import os
import re
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


def write_atomically(folder: Path, name: str, data: bytes) -> Path:
    """Write ``folder/name`` so it appears whole or not at all (temp file, fsync, rename)."""
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    temp = folder / f".{name}.tmp"
    with open(temp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, final)
    _fsync_dir(folder)
    return final


@dataclass
class CsvDropAdapter:
    """Drops one import CSV per notification into ``folder`` and waits for the 住記 ack."""

    folder: Path
    encoding: str = "utf-8"
    ack_poll_seconds: float = ACK_POLL_SECONDS
    name: str = "csv"

    def render(self, parcel: Parcel) -> bytes:
        """The CSV bytes of one notification, as ``forms`` writes the import format."""
        import io

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
