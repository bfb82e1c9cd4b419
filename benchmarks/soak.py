"""A whole counter day in one process: memory and the interpreter's reference counts stay flat.

One process runs the single-PC counter as a municipality does all day — the resident's touch
window and the staff console, the delivery worker, the real card stack (pcscd + vpcd + the
emulator) and a reference back office on loopback — and plays the demo's scenarios over and
over: self-service 転居, a family 転入 with a correction dialog at the desk, a 差戻 and
re-filing, the desk's acknowledgement and return dialogs, printing. Each scenario is one
resident session and at least one modal dialog at the desk.

Printed, as ratios against the same process after the warm-up sessions:

- ``memory after N sessions against after W``: resident set size (a ratio near 1 means nothing a
  session leaves behind accumulates);
- ``Python objects``: live objects the garbage collector tracks;
- ``widgets``: the Qt widgets alive (the desk's dialogs must all go again when they close);
- ``references to None / True / False per session``: how far the interpreter's counts moved per
  session after the warm-up (a binding that loses references shows a steady negative drift and,
  after some thousands of turns, aborts the process: PySide6 6.12.0 did).

Usage::

    .venv/bin/python benchmarks/soak.py [--sessions 300] [--warmup 10]

``tests/e2e/test_soak.py`` runs a short version of the same function and asserts that nothing
drifts down and memory stays within bounds.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: The scenarios a soak session cycles through (each one resident and some desk dialogs).
ROUND = ("tenkyo", "tennyu-family", "return-resubmit")


@dataclass(frozen=True)
class Sample:
    """The process after some sessions."""

    sessions: int
    rss_kib: int
    objects: int
    #: Qt widgets alive (``QApplication.allWidgets``): windows, panes and any dialog not yet freed.
    widgets: int
    none: int
    true: int
    false: int


@dataclass(frozen=True)
class Soak:
    """What a soak measured: after the warm-up and at the end."""

    warm: Sample
    end: Sample
    seconds: float

    @property
    def sessions(self) -> int:
        return self.end.sessions - self.warm.sessions

    def per_session(self, name: str) -> float:
        return (getattr(self.end, name) - getattr(self.warm, name)) / max(1, self.sessions)


class _BlindCamera:
    """The walkthrough's camera, taking no pictures (a day of screenshots is not the point)."""

    def __init__(self) -> None:
        self.saved: list[Path] = []
        self.count = 0

    def resident(self, window: Any, name: str) -> None:
        return None

    def staff(self, widget: Any, name: str) -> None:
        return None


def rss_kib() -> int:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def sample(sessions: int) -> Sample:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    # Widgets closed during the session are deleted on the next turns of the event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
    gc.collect()
    return Sample(
        sessions=sessions,
        rss_kib=rss_kib(),
        objects=len(gc.get_objects()),
        widgets=len(QApplication.allWidgets()),
        none=sys.getrefcount(None),
        true=sys.getrefcount(True),
        false=sys.getrefcount(False),
    )


def soak(sessions: int, warmup: int, out: Path, app: Any = None) -> Soak:
    """Play ``warmup`` then ``sessions`` scenario sessions in this process; measure both ends.

    ``app``: the process's ``QApplication`` when one exists (a test run has one)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from kiosk.app.counter import prepare_qt

    if app is None:
        prepare_qt()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["kiosk-soak"])
    from kiosk.app import walkthrough
    from kiosk.app.demo import offscreen_stage

    with offscreen_stage(out, app) as (_demo, _windows, stage):
        camera: Any = _BlindCamera()
        login_id, password, second = stage.login
        walkthrough.Clerk(stage.console, camera).login(login_id, password, second())

        def play(count: int, done: int) -> None:
            for i in range(done, done + count):
                walkthrough.PLAYS[ROUND[i % len(ROUND)]](stage, camera)

        play(warmup, 0)
        warm = sample(warmup)
        start = time.perf_counter()
        play(sessions, warmup)
        end = sample(warmup + sessions)
        seconds = time.perf_counter() - start
    return Soak(warm, end, seconds)


def report(result: Soak) -> list[str]:
    w, e = result.warm, result.end
    return [
        f"sessions: {result.sessions} after {w.sessions} warm-up "
        f"({result.seconds / max(1, result.sessions):.1f} s each)",
        f"memory after {e.sessions} sessions against after {w.sessions}: "
        f"{e.rss_kib / w.rss_kib:.3f}x ({w.rss_kib // 1024} MiB → {e.rss_kib // 1024} MiB)",
        f"Python objects after {e.sessions} against after {w.sessions}: "
        f"{e.objects / w.objects:.3f}x",
        f"Qt widgets after {e.sessions} against after {w.sessions}: "
        f"{e.widgets / max(1, w.widgets):.3f}x ({w.widgets} → {e.widgets})",
        "references per session after the warm-up: "
        f"None {result.per_session('none'):+.2f}, True {result.per_session('true'):+.2f}, "
        f"False {result.per_session('false'):+.2f} "
        f"(counts {w.none}/{w.true}/{w.false} → {e.none}/{e.true}/{e.false})",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        result = soak(args.sessions, args.warmup, Path(tmp))
    for line in report(result):
        print(line)
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    os._exit(status)  # skip collecting the last Qt wrappers at exit: measured and printed
