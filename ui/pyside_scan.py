"""PySide6's look at every module imported after it, answered from the file's bytes.

Once PySide6 is imported, its ``__feature__`` machinery (``shibokensupport.feature``) asks of
every Python module imported afterwards whether its source mentions "PySide6", to decide whether
``from __feature__ import snake_case`` may switch it. It asks through ``inspect.getsource``,
which goes through ``linecache`` and costs about 0.1 ms a module: some hundreds of modules
follow PySide6 in the resident screens' start (the screens, then the core in idle time), about a
tenth of an empty window's whole start on a tablet. :func:`read_sources_quickly` answers the
same question by reading the file's bytes; anything else (no source file, an unreadable one) is
still PySide's own answer. The counter uses no ``__feature__``, so the answer only matters to
PySide; the replacement keeps it the same all the same.

Nothing happens when PySide6 is not imported yet or names its check differently (another
release): the start is then as slow as PySide makes it, never wrong.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_CHECK = "_mod_uses_pyside"


def read_sources_quickly() -> bool:
    """Replace PySide6's per-import source check with one that reads the file's bytes; True when
    it is in place (now or before)."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, _CHECK, None)
    if original is None:
        return False
    if getattr(original, "reads_bytes", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return original(module)
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    return True
