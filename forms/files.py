"""Reading the files the forms commands are given, with a size limit.

A notification, a rules file or a CSV is read whole into memory; a path that turns out to be
``/dev/zero``, a multi-gigabyte file or a pipe that never ends must stop at once with one line,
not fill the memory. :func:`read_bounded` reads at most ``limit + 1`` bytes and refuses more.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["FileTooLarge", "read_bounded"]


class FileTooLarge(ValueError):
    """A file larger than the limit for what it should hold."""


def read_bounded(path: str | Path, limit: int, *, what: str = "file") -> bytes:
    """The bytes of ``path``, or :class:`FileTooLarge` when it holds more than ``limit`` bytes.

    OSError (missing, unreadable, a directory) passes through for the caller to word.
    """
    with Path(path).open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(
            f"{path}: larger than {limit:,} bytes, too large for a {what}; nothing was read"
        )
    return data
