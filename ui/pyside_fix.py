"""A guard against a reference-counting fault of PySide6 6.12 in ``SignalInstance.emit()``.

``emit()`` returns ``True``/``False`` without owning a reference to it, so every signal emitted
from Python takes one reference from ``True``; after some thousands of emits the interpreter
aborts (``bool_dealloc: deallocating True or False``). A resident screen emits a few hundred
signals per resident, so an unguarded counter would stop within a morning.

:func:`emit` emits and gives the reference back, but only when a probe at import time shows the
fault (a fixed PySide6 needs nothing, and then nothing is done).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    result = probe.fired.emit()
    before = sys.getrefcount(result)
    for _ in range(8):
        probe.fired.emit()
    lost = before - sys.getrefcount(result)
    if lost > 0:  # put back what the probe itself took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
    return lost >= 8


EMIT_LOSES_A_REFERENCE = _emit_loses_a_reference()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, keeping the interpreter's count of ``True``/``False`` right."""
    result = signal.emit(*args)
    if EMIT_LOSES_A_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
