"""PySide6's check of every module imported after it, answered from the file's bytes."""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

import kiosk.config  # noqa: F401 - a module that does not use PySide6
import ui.resident.app  # noqa: F401 - puts the quick check in place, as the screens' start does
from ui import pyside_scan


def test_the_quick_check_is_in_place_and_answers_as_pyside_does() -> None:
    """The resident screens' start puts the quick check in place (a PySide6 release that names
    its check differently leaves the start slow: this says so), and for every module loaded it
    gives PySide's own answer, for the modules that use PySide6 as for the rest."""
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "reads_bytes", False), "PySide6 checks imported modules its own way"
    assert pyside_scan.read_sources_quickly()
    assert feature._mod_uses_pyside is quick, "put in place once, not wrapped again"
    pysides = inspect.getclosurevars(quick).nonlocals["original"]
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: pysides(m) for m in modules}
    assert answers["ui.resident.app"] and answers["ui.resident.viewmodel"]
    assert not answers["json"] and not answers["kiosk.config"]
