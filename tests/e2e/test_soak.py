"""A short counter day in the test process: nothing a session leaves behind adds up.

The same soak as ``benchmarks/soak.py`` (which plays 300 sessions and prints the ratios), short:
the single-PC counter with the real card stack, database, delivery worker and back office plays
self-service 転居, a family 転入 with a correction at the desk, and a 差戻 with re-filing, over
and over. A Qt binding that loses references to ``None``/``True``/``False`` (PySide6 6.12.0
lost one per event-loop turn and per signal, and the counter aborted by late morning) shows a
steady fall of those counts; a screen or dialog that is never freed shows in the objects the
garbage collector tracks, in the widgets alive and in the memory of the process.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytestmark = [pytest.mark.pcsc, pytest.mark.slow]

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "soak.py"


def soak_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kiosk_soak_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_short_counter_day_keeps_counts_and_memory_flat(qapp: Any, tmp_path: Path) -> None:
    soak = soak_module()
    result = soak.soak(6, 3, tmp_path, app=qapp)
    report = "\n".join(soak.report(result))
    assert result.sessions == 6
    for name in ("none", "true", "false"):
        # Caches filling may add references; a faulty binding takes hundreds per session.
        assert result.per_session(name) > -1, f"references to {name} fall:\n{report}"
    # Each session opens screens and desk dialogs by the dozen; they must all go again.
    assert result.end.objects / result.warm.objects < 1.01, report
    assert result.end.widgets <= result.warm.widgets, f"desk dialogs stay alive:\n{report}"
    # The screens and dialogs a session leaves are freed; what still grows is the day's own
    # records and bounded caches (about 1.03x here). Every screen kept alive made it 1.14x.
    assert result.end.rss_kib / result.warm.rss_kib < 1.10, report
