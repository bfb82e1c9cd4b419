"""The Qt binding must keep the interpreter's reference counts of None, True and False exact.

PySide6 6.12.0 on Python 3.11 takes one reference from None per ``processEvents()``, two per
``QEventLoop.exec()`` (every modal dialog) and one from True/False per ``emit()``: after a few
thousand turns of a counter's day the interpreter aborts (``none_dealloc``). The project pins a
release without the fault; this test fails on any installed binding that drifts, so the next
faulty release is caught here and not at a counter at 11 a.m.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("refcount_probe.py")

#: Turns per call: more than a counter makes of the costliest call in an hour.
TURNS = 3000


def test_binding_keeps_none_true_false_counts_exact() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(TURNS)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert done.returncode == 0, (
        f"the Qt binding aborted the interpreter (exit {done.returncode}) within {TURNS} turns "
        f"of processEvents/exec/emit: {done.stderr.strip().splitlines()[:2]}"
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    drifted = {
        call: counts
        for call, counts in report["drift"].items()
        if any(abs(delta) > 5 for delta in counts.values())
    }
    assert not drifted, f"reference counts drift over {TURNS} turns: {drifted}"
