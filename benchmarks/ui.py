"""The resident screens: start-up, screen changes, memory over many sessions, and effort.

The start-up and the screen changes are timed on a slower CPU, as on the tablet-class machine a
counter puts in front of residents: the measured processes run under a CPU quota
(``--cpu-quota``, default ``0.5``: half of one core for all their threads together, about the
single-thread speed of a Celeron / Pentium Silver / Atom tablet on a desktop or server core; see
``cpu_quota.py`` for how, and for the fallback where no cgroup can be made). The driver (this
process) is not throttled: it only starts the measured children and waits for them, and the
parts it runs itself (effort, memory) count taps, characters and bytes, which a slower CPU does
not change.

Every figure is a ratio against a baseline measured in the same run under the same quota, so it
does not depend on the machine, except the one absolute figure the performance goal sets:

- **cold start**: a fresh ``kiosk tablet`` (the command a counter starts, full-screen on a
  1920×1080 screen) until the welcome screen's first frame, against a fresh process until the
  first frame of an empty QML window of that size (same Qt, same offscreen platform, same quota);
- **screen changes**: from the action to the first frame that shows the new screen, against an
  empty QML window re-rendering after one property change, measured in one throttled child;
  the 95th percentile of all changes is printed in milliseconds too (goal: ≤ 100 ms);
- **memory**: resident set size after 500 scripted resident sessions against after 10 (a ratio
  near 1 means nothing a session leaves behind accumulates);
- **effort**: taps and characters a resident types per scenario on the screens (PIN digits
  included), against the characters the paper 住民異動届 of the same scenario needs (counted
  from the fields of the notification the scenario produced).

The scripted sessions take the card's facts as a card read would hand them over (no PC/SC: the
card stack has its own benchmark, ``card_read.py``); they go through the real view-model and
resident flow, QML screens, rules and an SQLite database.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui.py [--quick] [--cpu-quota 0.5]
        [--duty-cycle] [--sessions 500] [--repeat 5]

``--quick`` (a couple of minutes) times fewer runs and skips the memory part; ``--cpu-quota 0``
runs unthrottled; ``--duty-cycle`` uses the SIGSTOP/SIGCONT fallback even where a cgroup works.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import os
import re
import statistics
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

import cpu_quota  # noqa: E402

from ui.resident.app import load_fonts, prepare_qt  # noqa: E402

prepare_qt()

from PySide6.QtCore import QEventLoop, QPointF, QSize, QTimer, QUrl  # noqa: E402
from PySide6.QtGui import QGuiApplication, QInputDevice  # noqa: E402
from PySide6.QtQuick import QQuickItem, QQuickView  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

SIZE = QSize(1920, 1080)
TODAY = date(2026, 4, 14)

#: The resident screens as a counter starts them: the ``kiosk tablet`` command, full-screen,
#: against a fresh data folder's database (made on the first run), quitting once ready for a
#: card. The command logs both figures (:meth:`ui.resident.app.ResidentWindow.log_start_up`),
#: counted from when the process began loading the counter.
_COLD_RESIDENT = """
import sys
sys.path.insert(0, {root!r})
from kiosk.app.cli import main
sys.exit(main(["tablet", "--quit-when-ready", "--reader", "Benchmark Reader 00 00",
               "--screen-inches", "15.6"]))
"""

_LOGGED = re.compile(
    r"resident screens: (welcome screen drawn|ready for a card) (\d+) ms after start"
)

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

#: The empty window again, after importing what of the core the welcome screen still needs
#: before its first frame (the configuration: pydantic, ``forms`` with its model): the share of
#: the cold start that is those Python modules rather than the screens.
_COLD_CORE = _COLD_EMPTY.replace(
    "from PySide6.QtGui import QGuiApplication",
    "sys.path.insert(0, {root!r})\nimport kiosk.config\nfrom PySide6.QtGui import QGuiApplication",
)

EMPTY_QML = "import QtQuick\nRectangle { property int n: 0; color: n % 2 ? 'white' : 'black' }\n"


#: Our packages, whose bytecode an installed counter has (the frozen bundle ships it).
PACKAGES = ("cardreader", "forms", "kiosk", "sync", "ui")


def compile_bytecode() -> None:
    """Compile our packages' bytecode before timing fresh processes, as a counter has it
    installed: where the environment forbids writing bytecode (``PYTHONDONTWRITEBYTECODE``),
    every module changed since its last compile would otherwise be compiled again in every
    run, and the cold start would time the compiler."""
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)


def tablet_screen(tmp: Path) -> dict[str, str]:
    """The environment of the timed children: Qt's offscreen platform with one 1920×1080
    screen (the size the empty window is given), so the full-screen resident window draws as
    many pixels as the baseline."""
    screens = tmp / "screens.json"
    screens.write_text(
        json.dumps({"screens": [{"name": "tablet", "x": 0, "y": 0, "width": 1920, "height": 1080}]})
    )
    return {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "KIOSK_PATHS_DATA_DIR": str(tmp / "d"),
        "KIOSK_PRIVACY_KEY_STORE": "file",
    }


def logged_start_up(log: Path) -> tuple[float, float]:
    """Seconds to the first frame and to ready for a card, from the last start in ``log``."""
    found: dict[str, float] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        if m := _LOGGED.search(line):
            found[m.group(1)] = int(m.group(2)) / 1000
    return found["welcome screen drawn"], found["ready for a card"]


def cold_start(repeat: int, tmp: Path, quota: cpu_quota.Quota, cgroup: bool) -> list[float]:
    """Median seconds to the first frame of (the resident screens, an empty QML window, the empty
    window after importing the core), and to the resident screens being ready for a card (the
    core is made in idle time after their first frame), each run a fresh process under
    ``quota``; the kinds alternate so other load on the machine hits them alike. A first
    ``kiosk tablet`` run, not timed, makes the database, as the counter's installation has."""
    empty = tmp / "empty.qml"
    empty.write_text(EMPTY_QML)
    compile_bytecode()
    env = tablet_screen(tmp)
    log = tmp / "d" / "logs" / "tablet.log"
    resident = [sys.executable, "-c", _COLD_RESIDENT.format(root=str(ROOT))]
    cpu_quota.run(resident, cpu_quota.Quota(0), env=env)
    codes = (
        _COLD_EMPTY.format(qml=str(empty)),
        _COLD_CORE.format(qml=str(empty), root=str(ROOT)),
    )
    times: list[list[float]] = [[] for _ in range(len(codes) + 2)]
    for _ in range(repeat):
        cpu_quota.run(resident, quota, cgroup=cgroup, env=env)
        drawn, ready = logged_start_up(log)
        times[0].append(drawn)
        times[-1].append(ready)
        for i, code in enumerate(codes, start=1):
            out = cpu_quota.run([sys.executable, "-c", code], quota, cgroup=cgroup, env=env)
            times[i].append(float(out.strip().splitlines()[-1]))
    return [statistics.median(t) for t in times]


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


def _frame_after(
    view: QQuickView, action: Callable[[], None], shown: Callable[[], bool] | None = None
) -> float:
    """Seconds from ``action`` to the first frame the view swaps once ``shown()`` holds (the new
    screen is there: a screen loaded asynchronously counts when it is drawn, not before)."""
    done: list[float] = []
    ready = [shown is None]

    def swapped() -> None:
        # The software scene graph the offscreen platform uses draws on this thread: what
        # shown() sees at the swap is what the frame drew.
        if not done and (ready[0] or (shown is not None and shown())):
            done.append(time.perf_counter() - t0)

    conn = view.frameSwapped.connect(swapped)
    t0 = time.perf_counter()
    action()
    view.update()
    deadline = time.perf_counter() + 10
    while not done and time.perf_counter() < deadline:
        if not ready[0] and shown is not None and shown():
            ready[0] = True
            view.update()
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

    def _find(self, name: str, tries: int = 200) -> QQuickItem:
        def walk(item: QQuickItem) -> Any:
            for c in item.childItems():
                if c.isVisible() and c.opacity() > 0:
                    if c.objectName() == name:
                        return c
                    found = walk(c)
                    if found is not None:
                        return found
            return None

        for _ in range(tries):
            found = walk(self.view.rootObject())
            if found is not None and found.isEnabled():
                return found
            pause(10)
        raise LookupError(name)

    def has(self, name: str) -> bool:
        """Whether a control shows now (no waiting for it)."""
        try:
            self._find(name, tries=1)
        except LookupError:
            return False
        return True

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
    pause(50)
    while r.has("confirmMore"):  # 署名へ進む opens once every section has been on screen
        r.tap("confirmMore")
        pause(50)
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


def _settle(window: Any) -> None:
    """Let the window finish what it does in idle time after its first frame (the 振り仮名
    dictionary, screens compiled ahead): a resident arrives minutes after the tablet starts."""
    for _ in range(6000):
        if not window.vm.warming_up:
            break
        pause(10)
    pause(200)


def _empty_view(tmp: Path) -> QQuickView:
    empty = QQuickView()
    (tmp / "empty.qml").write_text(EMPTY_QML)
    empty.setSource(QUrl.fromLocalFile(str(tmp / "empty.qml")))
    empty.resize(SIZE)
    empty.show()
    QTest.qWaitForWindowExposed(empty)
    return empty


def measure_screen_changes(repeat: int, tmp: Path) -> dict[str, Any]:
    """In the throttled child: the empty window's re-render times and each screen change's, in
    seconds, walking the 転居 flow ``repeat`` times (the first walk loads each screen first)."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    load_fonts()
    window, storage = make_window(tmp)
    _settle(window)
    empty = _empty_view(tmp)
    root = empty.rootObject()
    baseline = [
        _frame_after(empty, lambda: root.setProperty("n", root.property("n") + 1))
        for _ in range(20)
    ]
    empty.close()

    loader = window.view.rootObject().findChild(QQuickItem, "screenLoader")

    def screen_name() -> str:
        item = loader.property("item")
        return item.objectName() if item is not None else ""  # set once the screen is ready

    changes: dict[str, list[float]] = {}
    vm = window.vm
    card_work = vm.flow.run_card
    vm.flow.run_card = _at_once

    def timed(label: str, action: Callable[[], None]) -> None:
        before = screen_name()
        changes.setdefault(label, []).append(
            _frame_after(window.view, action, lambda: screen_name() not in ("", before))
        )

    for _ in range(repeat):
        vm.service.placed.append(_facts(*HOLDER))
        vm.cardInserted()
        pause(50)
        timed("pin → identity", lambda: vm.submitPin("1234"))
        timed("identity → furigana", lambda: vm.confirmIdentity(True))
        timed("furigana → guide", vm.skipReading)
        timed("guide → date", lambda: vm.guideAnswer("within"))
        timed("date → postal", vm.next)
        timed("postal → candidates", lambda: vm.lookupPostal("2040021"))
        timed("candidates → banchi", lambda: vm.chooseCandidate(0))
        vm.setBanchi("1-2-3")
        for label in ("banchi → katagaki", "katagaki → members", "members → household"):
            timed(label, vm.next)
        vm.setHead(0)
        timed("household → related", vm.next)
        for q in vm.state["relatedQuestions"]:
            vm.setRelated(q, False)
        timed("related → confirm", vm.next)
        timed("confirm → sign", vm.toSign)
        timed("sign → welcome (wipe)", vm.backToWelcome)
        pause(50)
    vm.flow.run_card = card_work
    window.close()
    storage.close()
    app.processEvents()
    return {"baseline": baseline, "changes": changes}


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank), so a handful of slow changes is not averaged away."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--cpu-quota",
        type=float,
        default=0.5,
        help="share of one core the measured processes may use (0: unthrottled)",
    )
    parser.add_argument(
        "--duty-cycle", action="store_true", help="throttle by SIGSTOP/SIGCONT, not a cgroup"
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs, no memory part")
    parser.add_argument("--child", choices=["screens"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.repeat = min(args.repeat, 3)
        args.sessions = 0

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if args.child == "screens":
            print(json.dumps(measure_screen_changes(args.repeat, tmp)))
            return 0

        quota = cpu_quota.Quota(args.cpu_quota)
        cgroup = not args.duty_cycle
        print(f"CPU quota: {quota.share:g} of one core — {cpu_quota.method(quota, cgroup=cgroup)}")
        ours, base, core, ready = cold_start(args.repeat, tmp, quota, cgroup)
        print(
            f"cold start: {ours / base:.2f}x an empty QML window "
            f"(to the welcome screen's first frame; median of {args.repeat})"
        )
        print(
            f"  of which the configuration's imports (kiosk.config): {(core - base) / base:.2f}x; "
            f"the command line, logging and screens: {(ours - core) / base:.2f}x"
        )
        print(
            f"  the core (flow, service, database), made in idle time after the first frame: "
            f"ready at {ready / base:.2f}x"
        )

        child = [sys.executable, __file__, "--child", "screens", "--repeat", str(args.repeat)]
        measured = json.loads(cpu_quota.run(child, quota, cgroup=cgroup).strip().splitlines()[-1])
        baseline = statistics.median(measured["baseline"])
        changes: dict[str, list[float]] = measured["changes"]
        every = [t for times in changes.values() for t in times]
        print(
            f"p95 screen change: {p95(every) * 1000:.0f} ms ({len(every)} changes; the empty "
            f"window re-renders in {baseline * 1000:.1f} ms)"
        )
        slowest = max(changes, key=lambda label: max(changes[label]))
        print(f"slowest screen change: {max(changes[slowest]) * 1000:.0f} ms ({slowest})")
        print(
            "screen changes (to the first frame showing the new screen), median against an "
            "empty QML window re-rendering:"
        )
        for label, times in changes.items():
            print(
                f"  {label:24s} {statistics.median(times) / baseline:6.1f}x"
                f"   (slowest {max(times) / baseline:.1f}x)"
            )

        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        load_fonts()
        window, storage = make_window(tmp)
        r = Resident(window)

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

        if args.sessions > 10:
            for _ in range(10):
                session()
            after_10 = rss_kib()
            for _ in range(args.sessions - 10):
                session()
            after_n = rss_kib()
            print(
                f"memory after {args.sessions} sessions against after 10: "
                f"{after_n / after_10:.3f}x ({after_10 // 1024} MiB → {after_n // 1024} MiB)"
            )
        else:
            print("memory: not measured (--quick, or --sessions 10 or fewer)")
        window.close()
        storage.close()
        window.view.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    # Skip the interpreter's teardown: collecting the last Qt wrappers at exit can crash
    # PySide6 after everything was measured and printed.
    os._exit(status)
