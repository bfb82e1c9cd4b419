"""The resident flow's work per notification: rule checks, drafts built, encryptions.

Two scenarios are played through the resident screens (the real QML window, offscreen, driven
through the view-model's slots the buttons call; the card's facts handed over by a stand-in for
the reader, as ``ui.py`` does): a 転居 of one person and a 転入 of a family of four (two read
from their own cards, two left for staff). Counted from the first card until the resident
leaves the done screen:

- ``forms.check`` calls (the rules run over a draft);
- drafts built (``forms.prefill_from_card`` for the holder);
- encryptions at rest (``FieldCipher.encrypt``, wrapped here, never in production code).

The same script is run twice in the same invocation, each in its own process: over this
checkout, and over a baseline revision (by default the parent of the first commit that added
the Qt-free flow, ``kiosk/flow``), exported with ``git archive``. It prints the counts and the
ratio after / before.

Usage::

    .venv/bin/python benchmarks/flow.py [--baseline REV]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[1]
# This folder holds ui.py and forms.py, which would shadow the packages of the same names.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
TODAY = date(2026, 4, 14)
HOLDER = ("黒桐　幹也", "東京都清瀬市観布子南１２－７－２０２", date(1980, 2, 17), "1")
FAMILY_HEAD = ("山田　太郎", "福岡県北九州市小倉北区城内９９－９", date(1975, 5, 5), "1")
SPOUSE = ("山田　花子", "福岡県北九州市小倉北区城内９９－９", date(1978, 8, 8), "2")
SIGNATURE = [[(0.1, 0.6), (0.2, 0.3), (0.3, 0.65), (0.4, 0.35), (0.5, 0.6), (0.7, 0.4)]]


# -- the measuring side (runs inside one tree) ------------------------------------------------


class Counts:
    def __init__(self) -> None:
        self.checks = 0
        self.drafts = 0
        self.encryptions = 0

    def snapshot(self) -> dict[str, int]:
        return {"checks": self.checks, "drafts": self.drafts, "encryptions": self.encryptions}


def _wrap_everywhere(original: Any, wrapper: Any) -> None:
    """Replace ``original`` by ``wrapper`` wherever a loaded module of ours holds it by name."""
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("forms", "kiosk", "ui")):
            continue
        for attr, value in list(vars(module).items()):
            if value is original:
                setattr(module, attr, wrapper)


def install_counters(counts: Counts) -> None:
    import forms
    from kiosk import privacy

    check = forms.check
    prefill = forms.prefill_from_card

    def counted_check(*args: Any, **kwargs: Any) -> Any:
        counts.checks += 1
        return check(*args, **kwargs)

    def counted_prefill(*args: Any, **kwargs: Any) -> Any:
        counts.drafts += 1
        return prefill(*args, **kwargs)

    _wrap_everywhere(check, counted_check)
    _wrap_everywhere(prefill, counted_prefill)
    encrypt = privacy.FieldCipher.encrypt

    def counted_encrypt(self: Any, plaintext: bytes, aad: bytes) -> bytes:
        counts.encryptions += 1
        return encrypt(self, plaintext, aad)

    privacy.FieldCipher.encrypt = counted_encrypt  # type: ignore[method-assign]


def _pump(ms: int = 20) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.002)


def _until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 20
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        _pump()
    _pump(30)


def measure() -> dict[str, dict[str, int]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.resident.app import load_fonts, prepare_qt

    prepare_qt()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    load_fonts()
    from kiosk.config import load_config
    from kiosk.resident_service import CardFacts, ResidentService
    from kiosk.storage import open_storage
    from ui.resident.app import ResidentWindow

    class CardOnDesk(ResidentService):
        """The reader's answers without a reader: the facts of the card placed last."""

        facts: ClassVar[list[Any]] = []

        def pin_tries_left(self) -> int:
            return 3

        def read_card(self, pin: str, *, allow_last_try: bool = False) -> Any:
            return self.facts.pop(0)

    def facts(name: str, address: str, born: date, sex: str) -> Any:
        return CardFacts(name=name, address=address, birth_date=born, sex=sex)

    counts = Counts()
    results: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        config = load_config(
            env={
                "KIOSK_PATHS_DATA_DIR": str(Path(tmp) / "data"),
                "KIOSK_PRIVACY_KEY_STORE": "file",
                "KIOSK_MUNICIPALITY_NAME": "清瀬市",
                "KIOSK_MUNICIPALITY_CODE": "132217",
            }
        )
        storage = open_storage(config)
        service = CardOnDesk(config, storage, today=lambda: TODAY, terminal="bench")
        window = ResidentWindow(service, size=QSize(1920, 1080), diagonal_inches=15.6)
        window.view.show()
        vm = window.vm
        _until(lambda: vm.screen == "welcome", "the welcome screen")
        install_counters(counts)

        def screen(name: str) -> None:
            _until(lambda: vm.screen == name and not vm.busy, f"screen {name}")

        def step(name: str) -> None:
            _until(lambda: vm.screen == "step" and vm.state.get("step") == name, f"step {name}")

        def card(holder: tuple[str, str, date, str], *, member: bool = False) -> None:
            service.facts.append(facts(*holder))
            vm.notify_card_inserted()
            screen("pin")
            _until(lambda: int(vm.state.get("triesLeft", -1)) == 3, "tries left")
            vm.submitPin("1234")
            if member:
                reading()
                step("members")
            else:
                screen("identity")

        def reading() -> None:
            """振り仮名: the best proposal for each part, confirmed (a baseline revision without
            the screen goes straight on)."""
            _until(lambda: vm.screen in ("furigana", "guide", "step") and not vm.busy, "reading")
            if vm.screen == "furigana":
                vm.chooseReading("family", 0)
                vm.chooseReading("given", 0)
                vm.confirmReading()

        def address(postal: str, banchi: str, katagaki: str) -> None:
            step("postal")
            vm.lookupPostal(postal)
            step("candidates")
            vm.chooseCandidate(0)
            step("banchi")
            vm.setBanchi(banchi)
            vm.next()
            step("katagaki")
            vm.setKatagaki(katagaki)
            vm.next()

        def sign_and_leave() -> None:
            screen("confirm")
            vm.toSign()
            screen("sign")
            vm.submitSignature(SIGNATURE, 4.0)
            screen("done")
            vm.finish()
            screen("welcome")

        def tenkyo() -> None:
            card(HOLDER)
            vm.confirmIdentity(True)
            reading()
            screen("guide")
            vm.guideAnswer("within")
            step("date")
            vm.setDateDaysAgo(1)
            vm.next()
            address("2040021", "3-5-8", "清瀬ハイツ202")
            step("members")
            vm.next()
            step("household")
            vm.setHead(0)
            vm.next()
            step("related")
            for code in ("kokuho", "shogai_techo", "dog"):
                vm.setRelated(code, code == "dog")
            vm.next()
            sign_and_leave()

        def tennyu_family() -> None:
            card(FAMILY_HEAD)
            vm.confirmIdentity(True)
            reading()
            screen("guide")
            vm.guideAnswer("into")
            _until(lambda: vm.state.get("guideStep") == "abroad", "the abroad question")
            vm.guideAnswer("no")
            step("date")
            vm.setDateDaysAgo(2)
            vm.next()
            address("2040011", "2-14-5", "")
            step("members")
            vm.addMemberByCard()
            screen("placeMember")
            card(SPOUSE, member=True)
            vm.addMemberForStaff()
            vm.addMemberForStaff()
            vm.next()
            step("household")
            vm.setHead(0)
            for i, rel in ((1, "妻"), (2, "子"), (3, "子")):
                vm.setRelationship(i, rel)
            vm.next()
            step("related")
            for code in ("kokuho", "shogai_techo", "dog"):
                vm.setRelated(code, code == "kokuho")
            vm.next()
            sign_and_leave()

        for label, scenario in (("tenkyo", tenkyo), ("tennyu_family", tennyu_family)):
            before = counts.snapshot()
            scenario()
            after = counts.snapshot()
            results[label] = {k: after[k] - before[k] for k in after}
        window.close()
        storage.close()
        app.processEvents()
    return results


# -- the comparing side -------------------------------------------------------------------------


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def default_baseline() -> str:
    """The parent of the first commit that added the Qt-free flow (``kiosk/flow``)."""
    added = _git("rev-list", "--reverse", "HEAD", "--", "kiosk/flow").splitlines()
    return f"{added[0]}^" if added else "HEAD"


def export(rev: str, into: Path) -> Path:
    archive = into / "tree.tar"
    with archive.open("wb") as fh:
        subprocess.run(["git", "archive", rev], cwd=ROOT, stdout=fh, check=True)
    tree = into / "tree"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


def run_in(tree: Path) -> dict[str, dict[str, int]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--measure", "--tree", str(tree)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"measuring in {tree} failed:\n{out.stderr[-3000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default=None, help="git revision to compare with")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tree", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        if args.tree:
            sys.path.insert(0, args.tree)
        print(json.dumps(measure()))
        sys.stdout.flush()
        os._exit(0)  # skip Qt's teardown: everything is printed

    baseline = args.baseline or default_baseline()
    label = _git("rev-parse", "--short", baseline)
    with tempfile.TemporaryDirectory() as tmp:
        before = run_in(export(baseline, Path(tmp)))
    after = run_in(ROOT)
    print(f"per notification, from the first card to the resident leaving (baseline {label}):")
    print(f"  {'scenario':16s} {'measure':12s} {'before':>7s} {'after':>7s} {'after/before':>13s}")
    for scenario in after:
        for what in ("checks", "drafts", "encryptions"):
            b, a = before[scenario][what], after[scenario][what]
            ratio = f"{a / b:.2f}" if b else "-"
            print(f"  {scenario:16s} {what:12s} {b:7d} {a:7d} {ratio:>13s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
