"""The Qt binding (PySide6) releases known to break a counter, and whether the installed one is one.

PySide6 6.12.0 on Python 3.11 takes a reference from ``None`` on every turn of the event loop
(two per modal dialog) and from ``True``/``False`` on every signal emitted from Python; after
some thousands of turns the interpreter aborts (``none_dealloc``), which on a counter floor is
late morning. 6.11.3 keeps every count exact. ``pyproject.toml`` pins the known-good release;
this table is what ``kiosk doctor`` and the frozen build refuse, so a counter whose binding was
changed by hand is told so before its first resident, not at 11 a.m.
``tests/ui/test_binding_refcounts.py`` catches a new faulty release whatever this table says.

Nothing here loads a Qt library: the build reads it before any is loaded.
"""

from __future__ import annotations

from importlib import metadata

#: Release → what goes wrong with it.
FAULTY: dict[str, str] = {
    "6.12.0": (
        "loses references to None/True/False on every event-loop turn, dialog and signal; "
        "the counter aborts after some thousands of screens"
    ),
}


def installed() -> str | None:
    """The installed binding's release, or None when it is absent: from the package metadata
    (``PySide6-Essentials``), else from the package itself (a frozen bundle carries no
    metadata)."""
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    try:
        import PySide6  # only the package: no Qt library is loaded
    except ImportError:
        return None
    return str(PySide6.__version__)


def fault(release: str | None) -> str | None:
    """Why ``release`` must not run a counter, or None when nothing is known against it.

    >>> fault("6.12.0") is not None, fault("6.11.3")
    (True, None)
    """
    if release is None:
        return None
    return FAULTY.get(release)
