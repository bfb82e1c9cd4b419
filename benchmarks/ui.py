"""The resident screens: start-up, screen changes, memory over many sessions, and effort.

Everything is printed as a ratio against a baseline measured in the same run, so the figures do
not depend on the machine:

- **cold start**: a fresh process until the welcome screen's first frame, against a fresh process
  until the first frame of an empty QML window (same Qt, same offscreen platform);
- **screen changes**: from the action to the next frame with the new screen, against an empty
  QML window re-rendering after one property change;
- **memory**: resident set size after 500 scripted resident sessions against after 10 (a ratio
  near 1 means nothing a session leaves behind accumulates);
- **effort**: taps and characters a resident types per scenario on the screens (PIN digits
  included), against the characters the paper 住民異動届 of the same scenario needs (counted
  from the fields of the notification the scenario produced).

The scripted sessions take the card's facts as a card read would hand them over (no PC/SC: the
card stack has its own benchmark, ``card_read.py``); they go through the real view-model and
resident flow, QML screens, rules and an SQLite database.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui.py [--sessions 500] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.resident.app import load_fonts, prepare_qt  # noqa: E402

prepare_qt()

from PySide6.QtCore import QEventLoop, QPointF, QSize, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QGuiApplication, QInputDevice  # noqa: E402
from PySide6.QtQuick import QQuickItem, QQuickView  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

SIZE = QSize(1920, 1080)
TODAY = date(2026, 4, 14)

_COLD_RESIDENT = """
import os, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from ui.resident.app import prepare_qt, load_fonts, ResidentWindow
prepare_qt()
from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import QSize
app = QGuiApplication(sys.argv[:1])
load_fonts()
from kiosk.config import load_config
from kiosk.resident_service import ResidentService
cfg = load_config(env={{"KIOSK_PATHS_DATA_DIR": {data!r}, "KIOSK_PRIVACY_KEY_STORE": "file"}})
w = ResidentWindow(ResidentService(cfg, None), size=QSize(1920, 1080), diagonal_inches=15.6)
w.view.frameSwapped.connect(lambda: (print(time.perf_counter() - t0), app.quit()))
w.view.show()
app.exec()
w.close()
"""

_COLD_EMPTY = """
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickView
from PySide6.QtCore import QSize, QUrl
app = QGuiApplication(sys.argv[:1])
v = QQuickView()
v.setSource(QUrl.fromLocalFile({qml!r}))
v.resize(QSize(1920, 1080))
v.frameSwapped.connect(lambda: (print(time.perf_counter() - t0), app.quit()))
v.show()
app.exec()
"""

EMPTY_QML = "import QtQuick\nRectangle { property int n: 0; color: n % 2 ? 'white' : 'black' }\n"


def _median_subprocess(code: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def cold_start(repeat: int, tmp: Path) -> tuple[float, float]:
    empty = tmp / "empty.qml"
    empty.write_text(EMPTY_QML)
    base = _median_subprocess(_COLD_EMPTY.format(qml=str(empty)), repeat)
    ours = _median_subprocess(_COLD_RESIDENT.format(root=str(ROOT), data=str(tmp / "d")), repeat)
    return ours, base


def pause(ms: int) -> None:
    """Process events for ``ms`` milliseconds (not ``QTest.qWait``: see :func:`_finger`)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _finger(r: Any, action: str, pt: Any) -> None:
    """One real touch-point change; the sequence commits when it is destroyed.

    PySide6 6.12's explicit ``commit()`` and ``QTest.qWait`` drop a reference to ``None`` on each
    call, which crashes the interpreter after some thousands of taps (500 sessions are ~40,000).
    """
    sequence = QTest.touchEvent(r.view, r.device)
    getattr(sequence, action)(0, pt, r.view)
    del sequence


def _frame_after(view: QQuickView, action: Callable[[], None]) -> float:
    """Seconds from ``action`` to the next frame the view swaps."""
    done: list[float] = []
    t0 = time.perf_counter()
    conn = view.frameSwapped.connect(lambda: done.append(time.perf_counter() - t0))
    action()
    view.update()
    deadline = time.perf_counter() + 5
    while not done and time.perf_counter() < deadline:
        QGuiApplication.processEvents()
    view.frameSwapped.disconnect(conn)
    return done[0] if done else float("nan")


class Resident:
    """A scripted resident on one window: taps are real touch events, counted."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.view = window.view
        self.vm = window.vm
        self.device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
        self.taps = 0
        self.typed = 0

    def _find(self, name: str) -> QQuickItem:
        def walk(item: QQuickItem) -> Any:
            for c in item.childItems():
                if c.isVisible() and c.opacity() > 0:
                    if c.objectName() == name:
                        return c
                    found = walk(c)
                    if found is not None:
                        return found
            return None

        for _ in range(200):
            found = walk(self.view.rootObject())
            if found is not None and found.isEnabled():
                return found
            pause(10)
        raise LookupError(name)

    def tap(self, name: str) -> None:
        item = self._find(name)
        pt = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        _finger(self, "press", pt)
        pause(10)
        _finger(self, "release", pt)
        pause(25)
        self.taps += 1

    def keys(self, digits: str) -> None:
        for ch in digits:
            self.tap(f"key_{ch}")
            self.typed += 1

    def type_text(self, name: str, text: str) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QInputMethodEvent

        item = self._find(name)
        self.tap(name)
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QCoreApplication.sendEvent(item, event)
        self.typed += len(text)

    def card(self, facts: Any, pin: str) -> None:
        """Place a card and type its PIN: the taps count, the card's answer is handed over."""
        vm = self.vm
        vm.service.placed.append(facts)
        vm.cardInserted()
        self.wait(lambda: vm.screen == "pin" and vm.state["triesLeft"] == 3)
        self.keys(pin)
        self.tap("pinOk")  # 決定: the card read itself is card_read.py's business
        self.wait(lambda: vm.screen in ("identity", "furigana") and not vm.busy)

    def reading(self) -> None:
        """振り仮名: tap the best proposal for each part, then 決定."""
        self.tap("reading_family_0")
        self.tap("reading_given_0")
        self.tap("next")

    def wait(self, cond: Callable[[], bool]) -> None:
        for _ in range(500):
            if cond():
                return
            pause(5)
        raise TimeoutError("screen did not change")


def _at_once(work: Callable[[], object], then: Callable[[object], None]) -> None:
    """Run a card operation without a thread, so a screen change is one call."""
    then(work())


def _facts(name: str, address: str, born: date, sex: str) -> Any:
    from kiosk.resident_service import CardFacts

    return CardFacts(name=name, address=address, birth_date=born, sex=sex)


HOLDER = ("黒桐　幹也", "東京都清瀬市観布子南１２－７－２０２", date(1980, 2, 17), "1")
SPOUSE = ("黒桐　鮮花", "東京都清瀬市観布子南１２－７－２０２", date(1982, 3, 3), "2")
FROM_AFAR = ("山田　太郎", "福岡県北九州市小倉北区城内９９－９", date(1975, 5, 5), "1")


def scenario_tenkyo(r: Resident) -> None:
    r.card(_facts(*HOLDER), "1234")
    r.tap("identityYes")
    r.reading()
    r.tap("guide_within")
    r.tap("yesterday")
    r.tap("next")
    r.keys("2040021")
    r.tap("next")
    r.tap("candidate_0")
    r.keys("3-5-8")
    r.tap("next")
    r.type_text("katagakiField", "清瀬ハイツ202")
    r.tap("next")
    r.tap("next")
    r.tap("head_0")
    r.tap("next")
    for q in r.vm.state["relatedQuestions"]:
        r.tap(f"related_{q}_no")
    r.tap("next")


def scenario_tennyu_family(r: Resident) -> None:
    r.card(_facts(*FROM_AFAR), "1234")
    r.tap("identityYes")
    r.reading()
    r.tap("guide_into")
    r.tap("guide_no")
    r.tap("next")
    r.keys("2040011")
    r.tap("next")
    r.tap("candidate_0")
    r.keys("2-14-5")
    r.tap("next")
    r.tap("katagakiNone")
    r.tap("addByCard")
    r.card(_facts(SPOUSE[0].replace("黒桐", "山田"), FROM_AFAR[1], SPOUSE[2], "2"), "5678")
    r.reading()
    r.tap("addForStaff")
    r.tap("addForStaff")
    r.tap("next")
    r.tap("head_0")
    r.tap("rel_1_妻")
    r.tap("rel_2_子")
    r.tap("rel_3_子")
    r.tap("next")
    for q in r.vm.state["relatedQuestions"]:
        r.tap(f"related_{q}_{'yes' if q == 'kokuho' else 'no'}")
    r.tap("next")


def scenario_tenshutsu_abroad(r: Resident) -> None:
    r.card(_facts(*HOLDER), "1234")
    r.tap("identityYes")
    r.reading()
    r.tap("guide_out")
    r.tap("guide_yes")
    for _ in range(10):
        r.tap("plus_day")
    r.tap("next")
    r.type_text("countryField", "アメリカ合衆国")
    r.tap("next")
    r.tap("next")
    for q in r.vm.state["relatedQuestions"]:
        r.tap(f"related_{q}_no")
    r.tap("next")


def sign_and_file(r: Resident) -> Any:
    """Sign (one stroke, one tap on the pad counted) and file; returns the filed draft."""
    r.wait(lambda: r.vm.screen == "confirm")
    notification = r.vm.flow.checked()[0]
    r.tap("next")
    r.wait(lambda: r.vm.screen == "sign")
    pad = r._find("signaturePad")
    pts = [
        pad.mapToScene(QPointF(pad.width() * x, pad.height() * 0.5)).toPoint()
        for x in (0.2, 0.5, 0.8)
    ]
    _finger(r, "press", pts[0])
    for p in pts[1:]:
        _finger(r, "move", p)
    _finger(r, "release", pts[-1])
    r.taps += 1
    r.tap("signSubmit")
    r.wait(lambda: r.vm.screen == "done")
    r.tap("finish")
    r.wait(lambda: r.vm.screen == "welcome")
    return notification


def paper_characters(n: Any) -> int:
    """Characters a resident writes by hand on the paper form of the same notification
    (:func:`forms.effort.paper_characters`, which the counter's own figures use too)."""
    from forms.effort import paper_characters as count

    return count(n)


def make_window(tmp: Path) -> Any:
    from kiosk.config import load_config
    from kiosk.resident_service import ResidentService
    from kiosk.storage import open_storage
    from ui.resident.app import ResidentWindow

    config = load_config(
        env={
            "KIOSK_PATHS_DATA_DIR": str(tmp / "data"),
            "KIOSK_PRIVACY_KEY_STORE": "file",
            "KIOSK_MUNICIPALITY_NAME": "清瀬市",
            "KIOSK_MUNICIPALITY_CODE": "132217",
        }
    )
    storage = open_storage(config)

    class CardOnDesk(ResidentService):
        """The reader's answers without a reader: the facts of the card placed last."""

        placed: list[Any]

        def pin_tries_left(self) -> int:
            return 3

        def read_card(self, pin: str, *, allow_last_try: bool = False) -> Any:
            return self.placed.pop(0)

    service = CardOnDesk(config, storage, today=lambda: TODAY, terminal="bench")
    service.placed = []
    window = ResidentWindow(service, size=SIZE, diagonal_inches=15.6)
    window.view.show()
    QTest.qWaitForWindowExposed(window.view)
    return window, storage


def rss_kib() -> int:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        ours, base = cold_start(args.repeat, tmp)
        print(f"cold start to the welcome screen: {ours / base:.2f}x an empty QML window")

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        load_fonts()
        window, storage = make_window(tmp)
        r = Resident(window)

        empty = QQuickView()
        (tmp / "empty.qml").write_text(EMPTY_QML)
        empty.setSource(QUrl.fromLocalFile(str(tmp / "empty.qml")))
        empty.resize(SIZE)
        empty.show()
        QTest.qWaitForWindowExposed(empty)
        root = empty.rootObject()
        baseline = statistics.median(
            _frame_after(empty, lambda: root.setProperty("n", root.property("n") + 1))
            for _ in range(20)
        )

        # Screen changes: walk the 転居 flow, timing each change of screen.
        changes: dict[str, list[float]] = {}
        vm = window.vm
        card_work = vm.flow.run_card
        vm.flow.run_card = _at_once
        for _ in range(args.repeat):
            vm.service.placed.append(_facts(*HOLDER))
            vm.cardInserted()
            steps: list[tuple[str, Callable[[], None]]] = [
                ("pin → identity", lambda: vm.submitPin("1234")),
                ("identity → furigana", lambda: vm.confirmIdentity(True)),
                ("furigana → guide", vm.skipReading),
                ("guide → date", lambda: vm.guideAnswer("within")),
                ("date → postal", vm.next),
                ("postal → candidates", lambda: vm.lookupPostal("2040021")),
                ("candidates → banchi", lambda: vm.chooseCandidate(0)),
            ]
            for label, action in steps:
                changes.setdefault(label, []).append(_frame_after(window.view, action))
            vm.setBanchi("1-2-3")
            for label in ("banchi → katagaki", "katagaki → members", "members → household"):
                changes.setdefault(label, []).append(_frame_after(window.view, vm.next))
            vm.setHead(0)
            changes.setdefault("household → related", []).append(_frame_after(window.view, vm.next))
            for q in vm.state["relatedQuestions"]:
                vm.setRelated(q, False)
            changes.setdefault("related → confirm", []).append(_frame_after(window.view, vm.next))
            changes.setdefault("confirm → sign", []).append(_frame_after(window.view, vm.toSign))
            changes.setdefault("sign → welcome (wipe)", []).append(
                _frame_after(window.view, vm.backToWelcome)
            )
        vm.flow.run_card = card_work
        print("screen changes (next frame), against an empty QML window re-rendering:")
        for label, times in changes.items():
            print(f"  {label:24s} {statistics.median(times) / baseline:6.1f}x")

        # Effort per scenario.
        print("resident effort per scenario (screens) against the paper form:")
        header = f"{'scenario':28s} {'taps':>5s} {'typed':>6s} {'paper chars':>12s}"
        print(f"  {header} {'typed/paper':>12s}")
        for label, script in (
            ("転居, one person", scenario_tenkyo),
            ("転入, family of four", scenario_tennyu_family),
            ("転出 abroad", scenario_tenshutsu_abroad),
        ):
            r.taps = r.typed = 0
            script(r)
            n = sign_and_file(r)
            paper = paper_characters(n)
            print(f"  {label:28s} {r.taps:5d} {r.typed:6d} {paper:12d} {r.typed / paper:12.2f}")

        # Memory: RSS after 10 sessions against after N.
        def session() -> None:
            scenario_tenkyo(r)
            sign_and_file(r)

        for _ in range(10):
            session()
        after_10 = rss_kib()
        for _ in range(args.sessions - 10):
            session()
        after_n = rss_kib()
        print(
            f"memory after {args.sessions} sessions against after 10: {after_n / after_10:.3f}x "
            f"({after_10 // 1024} MiB → {after_n // 1024} MiB)"
        )
        window.close()
        empty.close()
        storage.close()
        empty.deleteLater()
        window.view.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    # Skip the interpreter's teardown: collecting the last Qt wrappers at exit can crash
    # PySide6 after everything was measured and printed.
    os._exit(status)
