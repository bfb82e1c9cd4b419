"""Trim the ICU data library of Qt's Linux wheels (libicudata.so.NN, ~31 MiB) for the bundle.

Qt Core links ICU; of ICU's data the counter needs the collation, time zone and locale data of
the languages the resident screens offer, the normalisation and character property tables,
the break rules and the Japanese converters. What it never asks ICU for — unit, currency,
language and region names (Qt carries its own CLDR data), transliteration, spelled-out numbers,
converters of other scripts, the locale data of other languages (ICU falls back to its root
locale) and the dictionaries of South-East Asian word breaking — comes out: about 24 MiB.

How: the data is one symbol (``icudtNN_dat``, ICU's "common data" package) in that library.
It is copied out, items are removed with ICU's own ``icupkg`` (package icu-devtools), and a
library of the same name exporting the same symbol is assembled from the result with ``gcc``.
Used by packaging/kiosk.spec on Linux; without icupkg or gcc the build keeps the full data and
says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

#: The languages whose locale data stays (the resident screens' languages; fil is tl).
LANGUAGES = frozenset({"root", "ja", "en", "zh", "ko", "vi", "pt", "es", "fil", "tl", "ne"})
#: Trees dropped whole: names Qt takes from its own CLDR data, transliteration, spelled-out
#: numbers.
DROPPED_TREES = ("unit/", "curr/", "lang/", "region/", "translit/", "rbnf/")
#: Trees whose locale files are filtered by :data:`LANGUAGES`.
LOCALE_TREES = ("", "coll/", "zone/")
#: Converters kept: the Japanese character sets (Shift_JIS/CP932, EUC-JP) and Windows-1252 (the
#: program converts text with Python's codecs; these are for Qt's own use, should it need any).
KEPT_CONVERTERS = re.compile(r"^(ibm-(943|33722|954|5348|1252)_|euc-jp-)")
_LOCALE_FILE = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res$")


def removable(item: str) -> bool:
    """Whether the package item ``item`` (``coll/de.res``, ``ibm-1386_P100-2001.cnv`` …) goes.

    >>> [removable(i) for i in ("coll/ja.res", "coll/de.res", "unit/ja.res", "zoneinfo64.res")]
    [False, True, True, False]
    >>> [removable(i) for i in ("ibm-943_P15A-2003.cnv", "ibm-1386_P100-2001.cnv", "de_CH.res")]
    [False, True, True]
    """
    if item.startswith(DROPPED_TREES):
        return True
    if item.endswith(".cnv"):
        return not KEPT_CONVERTERS.match(item)
    folder, _, name = item.rpartition("/")
    if folder + ("/" if folder else "") in LOCALE_TREES and _LOCALE_FILE.match(name):
        return name.split("_")[0].removesuffix(".res") not in LANGUAGES
    return False


def _symbol(library: Path, name: str) -> tuple[int, int]:
    """(file offset, size) of the data symbol ``name`` in ``library``."""
    symbols = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.search(rf"^([0-9a-f]+) ([0-9a-f]+) \w {re.escape(name)}$", symbols, re.M)
    if found is None:
        raise LookupError(f"{library.name} exports no {name}")
    address, size = int(found.group(1), 16), int(found.group(2), 16)
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        parts = re.findall(r"\S+", line.split("]", 1)[-1]) if "]" in line else []
        if len(parts) >= 5 and re.fullmatch(r"[0-9a-f]{8,}", parts[2]):
            start, offset, length = int(parts[2], 16), int(parts[3], 16), int(parts[4], 16)
            if start <= address < start + length:
                return address - start + offset, size
    raise LookupError(f"no section of {library.name} holds {name}")


def trim(library: Path, work: Path) -> Path:
    """A trimmed copy of ``library`` (libicudata.so.NN), made in ``work``; returns its path."""
    version = re.search(r"\.so\.(\d+)", library.name)
    if version is None:
        raise ValueError(f"{library.name} is not an ICU data library")
    for tool in ("icupkg", "gcc", "nm", "readelf"):
        if shutil.which(tool) is None:
            raise FileNotFoundError(f"{tool} is not installed (icu-devtools, gcc, binutils)")
    name = f"icudt{version.group(1)}_dat"
    offset, size = _symbol(library, name)
    work.mkdir(parents=True, exist_ok=True)
    # icupkg names a package's items after its file: the trimmed one keeps the original name.
    package = f"icudt{version.group(1)}l.dat"
    full, small = work / package, work / "trimmed" / package
    small.parent.mkdir(exist_ok=True)
    with library.open("rb") as fh:
        fh.seek(offset)
        full.write_bytes(fh.read(size))
    items = subprocess.run(
        ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
    ).stdout.split()
    remove = work / "remove.txt"
    remove.write_text("\n".join(i for i in items if removable(i)) + "\n", encoding="ascii")
    small.unlink(missing_ok=True)
    subprocess.run(["icupkg", "-r", str(remove), str(full), str(small)], check=True)
    assembly = work / "icudata.S"
    assembly.write_text(
        f"\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n{name}:\n"
        f'\t.incbin "{small}"\n\t.size {name}, . - {name}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    out = work / library.name
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(out),
            str(assembly),
        ],
        check=True,
    )
    return out


if __name__ == "__main__":
    import sys

    source = Path(sys.argv[1])
    made = trim(source, Path(sys.argv[2]))
    mib = 2**20
    print(f"{made}: {made.stat().st_size / mib:.1f} MiB (was {source.stat().st_size / mib:.1f})")
