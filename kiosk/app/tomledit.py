"""Set a few keys of ``kiosk.toml`` in place, keeping every comment and every other line.

Installers and ``kiosk config set-municipality`` write settings into a file IT also edits by
hand, so the file is changed line by line rather than rewritten: within ``[section]`` the line
``key = …`` is replaced (or added at the end of the section), and a missing section is added at
the end. The result is parsed again and must hold exactly the new values, else nothing is
written; the file is replaced atomically and keeps its mode and owner.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

from kiosk.errors import KioskError


def _header(section: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*\[\s*{re.escape(section)}\s*\]\s*(#.*)?$")


_ANY_HEADER = re.compile(r"^\s*\[")


def _quote(value: str) -> str:
    # A TOML basic string: JSON's escapes are TOML's for the characters a setting may hold.
    return json.dumps(value, ensure_ascii=False)


def set_keys(text: str, section: str, values: Mapping[str, str]) -> str:
    """``text`` with ``[section]`` holding ``values`` (strings); other lines unchanged."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if _header(section).match(line)), None)
    if start is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines.append(f"[{section}]")
        lines.extend(f"{key} = {_quote(value)}" for key, value in values.items())
        return "\n".join(lines) + "\n"
    end = next((i for i in range(start + 1, len(lines)) if _ANY_HEADER.match(lines[i])), len(lines))
    missing = dict(values)
    for i in range(start + 1, end):
        for key in list(missing):
            if re.match(rf"^\s*{re.escape(key)}\s*=", lines[i]):
                lines[i] = f"{key} = {_quote(missing.pop(key))}"
    last = end
    while last > start + 1 and not lines[last - 1].strip():
        last -= 1
    lines[last:last] = [f"{key} = {_quote(value)}" for key, value in missing.items()]
    return "\n".join(lines) + "\n"


def update_file(path: Path, section: str, values: Mapping[str, str]) -> None:
    """Write ``values`` into ``[section]`` of the TOML file at ``path`` (created if missing)."""
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise KioskError(f"{path}: cannot read ({exc})") from exc
    new = set_keys(text, section, values)
    try:
        parsed = tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        raise KioskError(f"{path}: not valid TOML ({exc}); correct it by hand first") from exc
    got = parsed.get(section, {})
    if not isinstance(got, dict) or any(got.get(k) != v for k, v in values.items()):
        raise KioskError(
            f"{path}: [{section}] is written in a form this command cannot change; set "
            + ", ".join(f"{k} = {_quote(v)}" for k, v in values.items())
            + " by hand"
        )
    tmp = path.with_name(f".{path.name}.new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(new)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            st = path.stat()
            os.chmod(tmp, st.st_mode & 0o7777)
            with contextlib.suppress(AttributeError, PermissionError):
                os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise KioskError(f"{path}: cannot write ({exc.strerror or exc})") from exc
