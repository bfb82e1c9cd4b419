"""Private files and folders (非公開ファイル): for the service user only, from the first byte.

Everything the counter writes that may hold personal data (the database, the data key, logs,
audit anchors, PDFs saved when no printer is found, exports) is created here:

- folders are created mode 0700, each missing parent too (``mkdir -p`` would leave the parents
  at the umask's 0755); a folder that already exists is left as it is, since IT may have made
  it on purpose (``/var/lib/kiosk`` owned by the service user);
- files are created mode 0600 by ``open(2)`` itself, never written first and ``chmod``-ed
  afterwards, and never over an existing file unless asked: a new file is ``O_EXCL``, a
  replacement is written beside the target and renamed over it, so a reader (or a crash)
  never sees half a file.

On Windows the modes are not enforced by the file system (the data folder's ACL is set by the
installer); the same calls still give exclusive creation and atomic replacement.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import IO, Literal

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and every missing parent) as 0700; return it.

    Raises :class:`NotADirectoryError` when something that is not a folder is in the way.
    """
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            os.mkdir(folder, FOLDER_MODE)
    if not path.is_dir():
        raise NotADirectoryError(f"{path}: not a folder")
    return path


def _flags(how: Literal["new", "append"]) -> int:
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    return flags | (os.O_EXCL if how == "new" else os.O_APPEND)


def open_private(path: Path, how: Literal["new", "append"] = "new") -> IO[bytes]:
    """Open ``path`` for writing, created 0600 by the same system call.

    ``"new"`` refuses an existing file (:class:`FileExistsError`); ``"append"`` creates the
    file when missing and appends to it. The folder is created private when missing.
    """
    make_private_dir(path.parent)
    fd = os.open(path, _flags(how), FILE_MODE)
    return os.fdopen(fd, "ab" if how == "append" else "wb")


def write_private(path: Path, data: bytes, *, replace: bool = False) -> Path:
    """Write ``data`` to a new private file at ``path`` (flushed to disk); return ``path``.

    Without ``replace`` an existing file is refused (:class:`FileExistsError`). With it, the
    data goes to a temporary file in the same folder that is renamed over ``path`` only once
    complete, so ``path`` holds either the old content or the new, never a part.
    """
    target = path if not replace else path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fh = open_private(target)  # raises before anything exists when the name is taken
    try:
        with fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(target, path)
    except BaseException:
        target.unlink(missing_ok=True)  # ours (created exclusively): no half file is left
        raise
    return path


def write_private_new(folder: Path, filename: str, data: bytes, *, attempts: int = 1000) -> Path:
    """Write ``data`` to ``folder/filename`` as a new private file, or to ``name-2.ext``,
    ``name-3.ext`` … when that name is taken (a document printed twice); return the path."""
    base = Path(filename)
    if base.name != filename or filename in ("", ".", ".."):
        raise ValueError(f"{filename!r} is not a plain file name")
    for n in range(1, attempts + 1):
        name = filename if n == 1 else f"{base.stem}-{n}{base.suffix}"
        try:
            return write_private(folder / name, data)
        except FileExistsError:
            continue
    raise FileExistsError(f"{folder / filename}: {attempts} files of that name already exist")
